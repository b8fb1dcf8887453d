"""Lists of posts (E156): members each after their own institution before 当选; rows after a
counted appointing heading (新聘学科带头人5名：甲为…；乙为…)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _appointed(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, date="2025-05"))
    return {(a.person, a.title, a.org) for a in facts.appointments}


def test_each_name_after_its_institution_before_dangxuan_is_elected():
    found = _appointed(
        "5月17日，江北市医学会急诊分会第四届委员会换届选举会议召开。",
        "江北市第三人民医院柏一舒、我院雷一东、江北新区医院汤一梅等15人当选常务委员；我院急诊科副主任医师鲍一杰当选秘书。",
    )
    assert {(n, "常务委员", "江北市医学会急诊分会") for n in ("柏一舒", "雷一东", "汤一梅")} <= found


def test_rows_after_a_counted_heading_take_its_post_and_their_units():
    found = _appointed(
        "5月17日，江北市儿童医院院长办公会审议通过学科带头人聘任名单。",
        "新聘学科带头人4名：小儿心脏外科主任、主任医师柏一舒为心胸外科学科带头人；新生儿科主任雷一东为新生儿学科带头人；"
        "小儿骨科副主任欧一帆、小儿神经内科主任医师樊一书分别为小儿骨科、小儿神经学科带头人。",
    )
    assert {
        ("柏一舒", "学科带头人", "心胸外科"), ("雷一东", "学科带头人", "新生儿科"),
        ("欧一帆", "学科带头人", "小儿骨科"), ("樊一书", "学科带头人", "小儿神经内科"),
    } <= found


def test_names_among_a_society_posts_roster_hold_the_post():
    found = _appointed(
        "5月17日，江北省医师协会全科医师分会第三届委员会换届大会召开。大会选举产生了第三届委员会委员九十三名、常务委员三十一名。",
        "常务委员名单中，来自基层医疗卫生机构的有柏一舒、雷一东、汤一梅等十二人，比上一届增加了五人。",
    )
    assert {(n, "常务委员", "江北省医师协会全科医师分会") for n in ("柏一舒", "雷一东", "汤一梅")} <= found
