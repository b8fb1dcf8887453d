"""Bodies of chains and second names (wave 34, E169; invented names): a party committee's
department after a seat whose chain prints no place of its own (the place belongs to the chain
before) stays as printed with its level word (GOLD_SPEC §4.3), while a chain that prints the
place takes it (§4.10); a hospital printed short before ``同时挂“某县医共体总院”牌子`` carries that
second name, so a post printed under the 总院 is the hospital's (§4.7, §4.12)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_department_after_a_seat_with_no_place_of_its_own_stays_as_printed():
    found = posts(
        "2月3日，桐岭县人民医院开展节前慰问。"
        "桐岭县委副书记、县长甄立远，县委常委、宣传部部长管一鸣，副县长冉一舟陪同。"
    )
    assert ("管一鸣", "部长", "县委宣传部") in found
    assert ("甄立远", "县长", "桐岭县") in found


def test_a_department_after_a_seat_printed_with_its_place_takes_the_place():
    found = posts(
        "2月3日，桐岭县人民医院开展节前慰问。"
        "桐岭县委副书记、县长甄立远，桐岭县委常委、宣传部部长管一鸣陪同。"
    )
    assert ("管一鸣", "部长", "桐岭县委宣传部") in found


def test_a_hospital_printed_short_before_its_second_name_holds_the_posts_under_it():
    found = posts(
        "桐岭县医共体由桐岭县人民医院牵头，去年底完成挂牌，县人民医院同时挂“县医共体总院”牌子。"
        "会上，县医共体总院党委委员、办公室主任管一鸣宣读了决定。"
    )
    assert ("管一鸣", "党委委员", "桐岭县人民医院") in found


def test_a_unit_under_the_member_name_a_bracket_declared_is_the_hospitals():
    found = posts(
        "桐岭县人民医院（县医共体总院）急诊科主任甄立远，县医共体总院公共卫生管理中心主任管一鸣分别授课。"
    )
    assert ("管一鸣", "主任", "桐岭县人民医院公共卫生管理中心") in found


def test_a_township_printed_with_its_county_only_in_its_clinics_name_stays_alone():
    found = posts(
        "3月2日，桐岭县柏溪乡卫生院举办乡村医生培训班。",
        "开班式上，柏溪乡党委副书记、乡长甄立远致辞。",
    )
    assert ("甄立远", "乡长", "柏溪乡") in found


def test_a_township_printed_once_with_its_county_takes_it():
    found = posts(
        "3月2日，义诊队走进桐岭县柏溪乡，为村民免费体检。",
        "柏溪乡党委副书记、乡长甄立远致辞。",
    )
    assert ("甄立远", "乡长", "桐岭县柏溪乡") in found
