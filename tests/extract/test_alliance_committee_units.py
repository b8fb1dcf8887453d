"""Units of bodies that are no hospital, printed short after the body (GOLD_SPEC §4.2, §4.3, §8, §9):
an alliance's 学组 and its 联盟办公室 after the article named the alliance in full; the posts a county's
founding of a 管理委员会 gives with no body printed, and its 办公室; a centre a mediation commission runs.
Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_an_alliance_study_group_and_office_are_the_alliance_units():
    found = posts(
        "6月3日，由峦溪市眼科医院牵头组建的峦溪眼健康专科联盟成立大会在我院召开。",
        "柘江市人民医院眼科主任濮砚秋任青光眼学组副组长。",
        "联盟办公室设在我院医务部，医务部副主任甄浅溪兼任联盟办公室主任。",
    )
    assert ("濮砚秋", "副组长", "峦溪眼健康专科联盟青光眼学组") in found
    assert ("甄浅溪", "主任", "峦溪眼健康专科联盟办公室") in found


def test_a_county_management_committee_founded_holds_the_posts_given():
    found = posts(
        "会议决定：成立县医共体管理委员会，由储望川任主任，宓知远、申屠青岚任副主任，"
        "办公室设在县卫生健康局，濮砚秋兼任办公室主任。",
    )
    assert ("宓知远", "副主任", "县医共体管理委员会") in found
    assert ("申屠青岚", "副主任", "县医共体管理委员会") in found
    assert ("濮砚秋", "主任", "县医共体管理委员会办公室") in found


def test_a_task_committee_keeps_its_posts_whole():
    found = posts("公司宣读了关于成立职业健康管理委员会的通知，储望川任委员会主任，宓知远任常务副主任。")
    assert ("宓知远", "职业健康管理委员会常务副主任", None) in found


def test_a_mediation_centre_is_printed_with_its_commission():
    found = posts("岷阆市人民调解委员会医疗纠纷调解中心副主任甄浅溪认为，调解可以相互补充。")
    assert ("甄浅溪", "副主任", "岷阆市人民调解委员会医疗纠纷调解中心") in found
