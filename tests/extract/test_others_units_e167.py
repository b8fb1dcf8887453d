"""Another body's department in news published by others (GOLD_SPEC §4.1, §4.2, §4.3; invented names): a unit
printed alone again after the sentence printed it with its hospital, and a unit after 该院 where the hospital was
last printed with one of its units, are that hospital's — not the one the article's text names most."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def test_a_unit_printed_again_alone_is_the_unit_its_hospital_was_printed_with():
    found = posts_with_orgs_in(
        "共青团蓼州市委 关于表彰蓼州市青年文明号的决定",
        "蓼州市第三人民医院副院长甘望舒出席。蓼州市第三人民医院心内科副主任贝思远参加。",
        "菁陂医科大学附属第一医院急诊医学科青年护理团队（号长：急诊医学科护士长、主管护师鲁一鸣）；",
        "蓼州市儿童医院新生儿外科（号长：新生儿外科副主任、副主任医师柏青岚）。",
    )
    assert ("鲁一鸣", "护士长", "菁陂医科大学附属第一医院急诊医学科") in found
    assert ("柏青岚", "副主任医师", "蓼州市儿童医院新生儿外科") in found


def test_a_unit_after_this_hospital_is_the_hospital_last_printed_with_a_unit():
    found = posts_with_orgs_in(
        "蓼州市欧美同学会组织专家赴菁陂县开展义诊，义诊在菁陂县人民医院门诊广场举行，菁陂县人民医院院长甘望舒致辞。",
        "蓼州医科大学附属第一医院心血管内科主任、主任医师贝思远为村民诊疗；该院眼科副主任、副主任医师鲁一鸣为老人检查了白内障。",
        "菁陂县人民医院副院长柏青岚陪同。",
    )
    assert ("鲁一鸣", "副主任", "蓼州医科大学附属第一医院眼科") in found
