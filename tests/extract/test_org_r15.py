"""Organizations of posts after round 14, as general rules of Chinese news (invented names):
a short form printed with only its level word (市医疗保障局) is the body the article prints in
full (GOLD_SPEC §4.3), also when a governing verb (会同) joins that full name to another body's."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_body_joined_by_huitong_is_named_in_full_for_its_short_forms():
    found = posts(
        "6月1日，桐溪市医疗保障局会同桐溪市发展和改革委员会召开听证会。"
        "市医疗保障局党组书记、局长尤明远出席，市医疗保障局价格科科长冉一舟介绍方案。"
    )
    assert ("尤明远", "局长", "桐溪市医疗保障局") in found
    assert ("冉一舟", "科长", "桐溪市医疗保障局价格科") in found


def test_a_committee_department_after_a_seat_is_the_party_body_printed_in_full():
    found = posts(
        "5月3日，中共桐岭市委组织部在桐岭市人民医院召开座谈会。"
        "市委常委、组织部部长甄立远出席并讲话，市委组织部副部长管一鸣主持。"
    )
    assert ("甄立远", "部长", "中共桐岭市委组织部") in found
    assert ("管一鸣", "副部长", "中共桐岭市委组织部") in found


def test_a_committee_department_never_printed_in_full_keeps_the_place():
    found = posts("5月3日，桐岭市人民医院召开座谈会。区委常委、宣传部部长甄立远出席并讲话。", title=None)
    assert not any(org and org.startswith("中共") for _n, _t, org in found)


def test_a_unit_whose_own_name_starts_with_hospital_keeps_it():
    found = posts(
        "8月3日，桐岭市第三人民医院开展院感督查。医院感染管理科科长尤明远讲解手卫生，医院外科主任葛小雨介绍。"
    )
    assert ("尤明远", "科长", "医院感染管理科") in found
    assert ("葛小雨", "主任", "外科") in found


def test_a_ward_under_a_department_after_a_time_like_word_keeps_the_department():
    found = posts("4月21日，桐岭市第三人民医院老年医学科二病区启用。老年医学科二病区护士长葛小雨介绍。")
    assert ("葛小雨", "护士长", "老年医学科二病区") in found


def test_a_unit_under_a_short_form_of_our_hospital_is_ours():
    found = posts(
        "4月21日，桐岭县人民医院老年医学科病区启用。县人民医院建设老年病区是落实要求的举措。"
        "县医院康复医学科主任管一鸣表示，将派出康复治疗师。"
    )
    assert ("管一鸣", "主任", "康复医学科") in found


def test_a_seat_carried_in_a_chain_takes_the_body_printed_in_full():
    found = posts(
        "6月1日，桐溪市医疗保障局召开听证会。"
        "市医疗保障局党组书记、局长尤明远出席并讲话，党组成员、副局长冉一舟主持听证会。"
    )
    assert ("冉一舟", "党组成员", "桐溪市医疗保障局") in found
