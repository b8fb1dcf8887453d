"""Bodies outside hospitals that round 25 printed (E133): a corps division's hospital and its short
form (师医院), a regiment's post written with 团 alone, a town named alone in a clause before 镇's
post, a railway section, a forestry bureau and a rescue brigade written by their kind word alone,
公司 after a company and its mine, a party post chained to a head's post of a body outside the
hospital, and 学校 alone for the school the article names. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_short_names import is_short_form
from yuanzhi.extract.orgs import OrgMention
from yuanzhi.extract.stated_partnerships import quoted

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_division_hospital_and_its_short_form():
    found = posts(
        "5月9日，第二十师医院托管第二十师一三七团医院签约仪式在一三七团举行。",
        "一三七团党委书记、政委甄北塬，团党委副书记、团长甘西垣出席仪式。",
        "师医院院长濮东皋与甘西垣签订协议。",
    )
    assert ("濮东皋", "院长", "第二十师医院") in found
    assert ("甘西垣", "党委副书记", "一三七团") in found


def test_a_division_hospital_is_no_short_form_of_its_regiments():
    lexicon = default_lexicon()
    assert not is_short_form("第二十师医院", "第二十师一三七团医院", lexicon)
    assert is_short_form("师医院", "第二十师医院", lexicon)


def test_a_town_named_alone_in_the_clause_before_its_post():
    found = posts(
        "3月2日，洮坪县两癌筛查在城关镇启动。",
        "在硖口镇，镇党委副书记郏秋芸已提前组织入户登记。",
    )
    assert ("郏秋芸", "党委副书记", "硖口镇") in found


def test_bodies_of_industry_written_by_their_kind_word():
    found = posts(
        "1月13日，崤原铁路局集团有限公司崤原客运段联合崤原市第三人民医院开展急救培训。",
        "开班仪式上，客运段党委书记霍明川讲话。",
        "石漳矿山救护大队大队长郗北岳参加演练。",
    )
    assert ("霍明川", "党委书记", "崤原铁路局集团有限公司崤原客运段") in found
    assert ("郗北岳", "大队长", "石漳矿山救护大队") in found


def test_company_after_its_mine_is_the_company():
    found = posts(
        "6月17日，演练在石漳煤业有限责任公司青岗煤矿举行。",
        "石漳煤业有限责任公司董事长冉东山，公司总经理、青岗煤矿矿长蒯西平，公司总工程师訾南屏参加演练。",
    )
    assert ("訾南屏", "总工程师", "石漳煤业有限责任公司") in found


def test_a_party_post_chained_to_a_head_of_a_body_outside_the_hospital():
    found = posts(
        "12月8日，岚峪林业局职工医院医疗队到林场巡回医疗。",
        "在青杠沟林场，场长兼党支部书记蔺北川早早腾出食堂。",
    )
    assert ("蔺北川", "党支部书记", "青杠沟林场") in found


def test_the_school_written_alone():
    found = posts(
        "10月16日，洺川医学院第一届理事会成立大会在学校图书馆召开。",
        "学校党委书记谭西岭当选为理事长。",
    )
    assert ("谭西岭", "党委书记", "洺川医学院") in found


def partnerships(*paragraphs: str) -> set[frozenset[str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {frozenset(p.parties) for p in facts.partnerships}


def test_a_trusteeship_recalled_after_earlier_is_no_partnership():
    found = partnerships(
        "5月9日，第二十师医院托管第二十师一三七团医院签约仪式在一三七团举行。",
        "此前，师医院已先后托管一四二团医院和一四六团医院。",
    )
    assert frozenset({"一四二团医院", "一四六团医院"}) not in found
    assert not any("一四二团医院" in parties for parties in found)


def test_a_body_read_at_the_end_of_a_quoted_name_is_quoted():
    sentence = "一三七团医院同时挂“第二十师医院一三七团分院”牌子。"
    start = sentence.index("一三七团分院")
    tail = OrgMention(start, start + 6, "一三七团分院", "一三七团分院", "hospital")
    assert quoted(sentence, tail)
    assert not quoted(sentence, OrgMention(0, 6, "一三七团医院", "一三七团医院", "hospital"))
