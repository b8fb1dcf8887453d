"""Bodies named by reference inside another body's news, units of teams and companies (helper
E44, after round 14), as general rules of Chinese news (invented names; GOLD_SPEC §4, §5, §8)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    """(name, title, org) with a unit named alone written with its parent before it."""
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    parents = {o.name: o.parent for o in facts.organizations if o.kind == "department" and o.parent}
    return {
        (p.name, pos.title, (parents.get(pos.org, "") + pos.org) if pos.org else None)
        for p in facts.people for pos in p.positions
    }


def test_a_unit_written_with_yuan_after_a_list_begun_with_gaiyuan_is_that_hospitals():
    found = posts(
        "5月6日，柘川区医学会护理分会成立大会在柘川区中医医院举行。",
        "柘川区中医医院副院长甘如松当选为会长；该院骨伤科主任穆青岚、药剂科副主任瞿思源当选为副会长；"
        "院党委办公室副主任卜晴川当选为秘书长。",
    )
    assert ("卜晴川", "副主任", "柘川区中医医院党委办公室") in found
    assert ("穆青岚", "主任", "柘川区中医医院骨伤科") in found


def test_a_unit_written_with_yuan_in_a_hospitals_own_news_stays_as_printed():
    found = posts(
        "3月2日，柘川区中医医院召开中层干部会议。",
        "院办公室主任卜晴川通报了一季度工作。",
    )
    assert ("卜晴川", "主任", "柘川区中医医院院办公室") in found
