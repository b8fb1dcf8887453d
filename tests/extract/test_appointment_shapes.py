"""Appointment notices as hospitals print them: 任命…为…，提名为…人选; 聘任…为…，兼任…."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import is_short_form

from .conftest import one_article


def appointed(*paragraphs: str) -> set[tuple[str, str, str | None, str]]:
    facts = issue_to_facts(one_article(*paragraphs, date="2024-03"))
    return {(a.person, a.title, a.org, a.action) for a in facts.appointments}


def test_a_nomination_clause_gives_the_same_person_the_post():
    found = appointed("3月28日，宣读了市委的任免决定：任命甘一霖同志为砺石市第三人民医院党委书记，提名为院长人选。")
    assert found == {("甘一霖", "党委书记", "砺石市第三人民医院", "appoint"),
                     ("甘一霖", "院长", "砺石市第三人民医院", "appoint")}


def test_a_concurrent_post_after_the_appointment():
    found = appointed("经研究决定：聘任车一雨为护理部副主任，兼任急诊科护士长；聘任窦一博为信息科科长。")
    assert ("车一雨", "护士长", "急诊科", "appoint") in found and ("车一雨", "副主任", "护理部", "appoint") in found
    assert ("窦一博", "科长", "信息科", "appoint") in found


def test_wei_glued_to_a_place_is_not_part_of_the_hospital_name():
    found = appointed("任命冼一卓同志为砺石市第三人民医院党委副书记、纪委书记。")
    assert found == {("冼一卓", "党委副书记", "砺石市第三人民医院", "appoint"),
                     ("冼一卓", "纪委书记", "砺石市第三人民医院", "appoint")}


def test_a_city_party_committee_is_no_short_form_of_its_health_commission():
    assert not is_short_form("砺石市委", "砺石市卫生健康委员会", default_lexicon())


def test_names_a_department_opens_before_dang_xuan_each_hold_the_post():
    found = appointed("大会选举产生新一届委员会。我院检验科冼一卓、车一雨当选常务委员，病理科窦一博当选委员。")
    persons = {(person, title) for person, title, _org, _action in found}
    assert {("冼一卓", "常务委员"), ("车一雨", "常务委员"), ("窦一博", "委员")} <= persons


def test_a_cue_inside_a_title_after_a_department_is_no_list():
    found = appointed("院办公室主任冼一卓任组长，负责日常工作。")
    assert all(person == "冼一卓" for person, _title, _org, _action in found)
