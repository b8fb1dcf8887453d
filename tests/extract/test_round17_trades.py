"""Posts and bodies of trades outside the hospital (round 17, helper E60): an airline's crew and
pilots by grade, a forest farm's head, a therapists' head, a company's officer of a line of
business, organs of the state named by their ending (a place's 纪委/监委, a maritime
administration, a justice department), the CPPCC printed in full, a time word before a body
(invented names; GOLD_SPEC §4, §5; HELDOUT17 conventions 4, 15, 16)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def kinds(*paragraphs: str) -> dict[str, str]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {o.name: o.kind for o in facts.organizations}


def test_an_airlines_crew_with_no_unit_take_the_airline_and_a_pilots_grade_is_a_post():
    found = posts(
        "3月5日，柘云航空有限公司在总部举行表彰会。飞行部副总经理、一级飞行员麦晓川出席。",
        "乘务长汤若雪立即广播寻找医生。机长邬振宇决定备降。",
    )
    assert ("麦晓川", "一级飞行员", "柘云航空有限公司飞行部") in found
    assert ("麦晓川", "副总经理", "柘云航空有限公司飞行部") in found
    assert ("汤若雪", "乘务长", "柘云航空有限公司") in found
    assert ("邬振宇", "机长", "柘云航空有限公司") in found


def test_trade_posts_are_titles():
    found = {(n, t) for n, t, _o in posts(
        "5月8日，柘岭市康复医院举行聘任仪式。康复治疗部治疗师长甘若澜、首席治疗师阙一鸣出席。"
        "柘湾外轮代理有限公司业务主管诸葛晴担任翻译。",
    )}
    assert ("甘若澜", "治疗师长") in found
    assert ("阙一鸣", "首席治疗师") in found
    assert ("诸葛晴", "业务主管") in found


def test_a_forest_farms_head_takes_the_farm():
    found = posts(
        "4月2日，柘沟林业局医院举行演练。柘沟林业局副局长尚德海，柘沟林业局青杉沟林场场长苗文博参加。",
    )
    assert ("苗文博", "场长", "柘沟林业局青杉沟林场") in found


def test_organs_of_the_state_named_by_their_ending_are_government():
    lexicon = default_lexicon()
    assert lexicon.org_kind("中共柘原市纪律检查委员会") == "government"
    assert lexicon.org_kind("柘原市监察委员会") == "government"
    assert lexicon.org_kind("柘屿海事局") == "government"
    assert lexicon.org_kind("柘川省司法厅") == "government"
    assert lexicon.org_kind("中国人民政治协商会议柘塬县委员会") == "government"
    assert lexicon.org_kind("柘沟林业局青杉沟林场") == "other"
    assert lexicon.org_kind("柘原市中医医院纪律检查委员会") != "government"  # a hospital's own commission


def test_the_party_keeps_its_name_on_its_commission_for_discipline_inspection():
    found = kinds("8月3日，中共柘原市纪律检查委员会、柘原市监察委员会通报了三起典型问题。")
    assert found.get("中共柘原市纪律检查委员会") == "government"
    assert found.get("柘原市监察委员会") == "government"


def test_a_time_word_before_a_body_is_no_part_of_its_name():
    found = posts("据了解，今年以来区卫生监督所副所长庞玉书带队查处案件12起。")
    assert ("庞玉书", "副所长", "区卫生监督所") in found


def test_a_ships_captain_takes_the_rescue_station_the_ship_belongs_to():
    found = posts(
        "8月19日，柘屿海事局联合柘屿港口医院、柘屿海上救助站开展海上医疗救援联合演练。",
        "“柘救8”轮船长符海川驾船抵达遇险船舶。",
    )
    assert ("符海川", "船长", "柘屿海上救助站") in found
