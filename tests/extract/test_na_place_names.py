"""那 before a one-character name and its level word (那岜镇, 那坡乡: Zhuang and Dai place names
open with it) is the name's first character, not the demonstrative: 那 as "that" takes a
classifier or a noun (那家医院, 那个镇), never a bare proper name (GOLD_SPEC §4.4; invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _orgs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_town_whose_name_opens_with_na():
    found = _orgs("义诊活动在歌圩广场举行。那峒镇党委副书记、镇长韦秋兰说，村民都盼着义诊。")
    assert ("韦秋兰", "镇长", "那峒镇") in found
    assert ("韦秋兰", "党委副书记", "那峒镇") in found
