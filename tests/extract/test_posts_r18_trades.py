"""Posts of round 18's trades kept whole (lexicon/titles.tsv, role_words.txt; HELDOUT18
conventions 3–6; names and places invented)."""

from __future__ import annotations

from .conftest import pairs_of, posts_in, posts_with_orgs_in


def test_panel_members_of_arbitration_and_mediation():
    found = posts_in("溪桥仲裁委员会决定，聘任溪桥市人民医院主任医师庞远山为仲裁员。",
                     "溪桥市医疗纠纷人民调解委员会主任调解员卜青禾介绍了调解流程。")
    assert ("庞远山", "仲裁员") in found
    assert ("卜青禾", "主任调解员") in found and ("卜青禾", "调解员") not in found
    found_orgs = posts_with_orgs_in("溪桥仲裁委员会决定，聘任溪桥市人民医院主任医师庞远山为仲裁员。")
    assert ("庞远山", "仲裁员", "溪桥仲裁委员会") in found_orgs


def test_an_overseas_associations_acting_head():
    found = pairs_of("溪桥同乡会署理会长甄晓梅一行到院捐赠。")
    assert ("甄晓梅", "署理会长") in found and ("甄晓梅", "会长") not in found


def test_posts_kept_whole():
    assert ("庞远山", "首席分析师") in pairs_of("溪桥证券首席分析师庞远山认为，并购将提升效率。")
    found = pairs_of("学校学位评定委员会委员、护理学院院长卜青禾作报告。")
    assert ("卜青禾", "学位评定委员会委员") in found
    found = posts_in("会上宣布聘任甄晓梅为内科专业基地教学主任。")
    assert ("甄晓梅", "专业基地教学主任") in found and ("甄晓梅", "教学主任") not in found


def test_a_founding_partner_is_no_post():
    found = pairs_of("溪桥资本创始合伙人、董事长庞远山出席签约仪式。")
    assert ("庞远山", "董事长") in found and ("庞远山", "合伙人") not in found
