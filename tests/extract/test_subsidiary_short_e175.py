"""A subsidiary company printed in full and then by its own business words and 公司 (健康产业公司 for
某某交投健康产业有限公司, the parent's short name and the registered form left out): a post printed under
the short form is the company's in full (GOLD_SPEC §4.3, §4.7). Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_short_names import is_short_form

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_own_words_short_form_of_a_subsidiary() -> None:
    lexicon = default_lexicon()
    assert is_short_form("康养服务公司", "澜屿城投康养服务有限公司", lexicon)
    assert not is_short_form("康养公司", "澜屿城投康养服务有限公司", lexicon)  # not the words it ends in
    assert not is_short_form("康养服务公司", "澜屿城投康养服务中心", lexicon)  # no registered company


def test_post_under_the_subsidiary_short_form_takes_the_full_name() -> None:
    found = posts(
        "3月2日，澜屿城市投资集团有限公司召开澜屿城投康养服务有限公司成立大会。",
        "会议宣读了任职决定：甘一禾任康养服务公司董事长，蒯望川任康养服务公司总经理。",
    )
    assert ("甘一禾", "董事长", "澜屿城投康养服务有限公司") in found
    assert ("蒯望川", "总经理", "澜屿城投康养服务有限公司") in found
