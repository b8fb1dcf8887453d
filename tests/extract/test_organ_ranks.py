"""A civil-service rank written after a body's one-character short (委二级调研员, 局一级主任科员,
厅副巡视员) is that body's rank: the body of that ending the article named (GOLD_SPEC §4; the
rank is the body's, never an office's). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_rank_after_wei_is_the_commissions():
    found = posts(
        "10月22日，柘州市卫生健康委员会召开全市推进会。委医政医管处处长邓如海主持会议，委二级调研员苗清和通报了试点情况。",
    )
    assert ("苗清和", "二级调研员", "柘州市卫生健康委员会") in found


def test_a_rank_after_ju_is_the_bureaus_named_before():
    found = posts(
        "11月3日，柘州市医疗保障局在柘州市中心医院召开通报会。",
        "局一级主任科员庞晓东介绍了案例，医院院长付东升参加。",
    )
    assert ("庞晓东", "一级主任科员", "柘州市医疗保障局") in found
