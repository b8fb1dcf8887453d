"""Journal posts printed whole (GOLD_SPEC §3: a qualified post is its own title; §4.6: a journal post's org is
null): 名誉主编 and 海外编委 are no 主编 or 编委; 通讯编委, a row before, guards it (invented names)."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


@pytest.mark.parametrize("title", ["名誉主编", "海外编委", "通讯编委"])
def test_a_qualified_journal_post_stays_whole(title):
    facts = issue_to_facts(one_article(f"4月11日，《蓼川临床医学杂志》第八届编委会成立，聘请甘望舒为{title}。"))
    pairs = {(p.name, pos.title) for p in facts.people for pos in p.positions}
    assert ("甘望舒", title) in pairs, pairs
    assert ("甘望舒", title[-2:]) not in pairs, pairs
