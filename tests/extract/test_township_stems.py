"""A street's, town's or township's own name is two characters or more before its level word
(某某街道, 某某镇): when jieba splits an unknown name into lone characters and reads the last one
as a verb (澹|泅|街道, 拂|沣|街道), the character is still part of the place, so the body keeps its
printed name whole (GOLD_SPEC §4.3; invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _orgs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_street_whose_name_ends_in_a_character_jieba_reads_as_a_verb():
    found = _orgs("活动由区卫生健康局、澹泅街道社区卫生服务中心承办。澹泅街道社区卫生服务中心主任龚望舒介绍了签约情况。")
    assert ("龚望舒", "主任", "澹泅街道社区卫生服务中心") in found


def test_a_street_whose_first_character_jieba_reads_as_a_verb():
    found = _orgs("苕州市拂沣街道社区卫生服务中心主任葛晚棠介绍，中心已签约居民三千余人。")
    assert ("葛晚棠", "主任", "苕州市拂沣街道社区卫生服务中心") in found


def test_a_counted_title_goes_on_to_no_post_of_the_next_body():
    found = _orgs("区人民医院副院长柯明远带来6个科室的12名医生，澹泅街道社区卫生服务中心主任龚望舒带领团队现场签约。")
    assert ("龚望舒", "主任", "澹泅街道社区卫生服务中心") in found
    assert not any(name == "龚望舒" and title == "医生" for name, title, _org in found)
