"""A body written with a leading 原 (原某某医院副院长) is the body without 原: 原 marks the post as
past, never part of the name (GOLD_SPEC §6: a former post is a pair without the marker); but a
place whose name starts with 原 (原平市, a level word after its second character) keeps it.
Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_resolve import resolve_org

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_former_post_at_a_hospital_printed_short_takes_the_hospital():
    found = posts(
        "11月10日，柘衡医疗集团召开干部大会。柘衡医疗集团澜泉医院院长韦一舟出席。",
        "会上还宣布：原澜泉医院副院长甄远山调任集团质量管理中心副总经理。",
    )
    assert ("甄远山", "副院长", "柘衡医疗集团澜泉医院") in found


def test_a_former_post_at_a_declared_short_form_takes_the_full_name():
    found = posts(
        "8月12日，柘原油田总医院（以下简称“总医院”）组织巡回医疗队深入井场义诊。",
        "原总医院副院长、现任油田公司健康管理中心主任沙启远说，体检数据将统一录入平台。",
    )
    assert ("沙启远", "副院长", "柘原油田总医院") in found


def test_a_place_named_with_yuan_keeps_it():
    found = resolve_org("原平市人民医院", default_lexicon(), None)
    assert found is not None and found.name == "原平市人民医院"


def test_a_general_hospital_written_alone_is_the_one_printed_in_full():
    found = posts(
        "8月12日，柘原油田总医院组织巡回医疗队深入井场义诊。",
        "采油三厂副厂长戴远川说，希望总医院每季度来一次。原总医院副院长、现任油田公司健康管理中心主任沙启远说，数据将统一录入平台。",
    )
    assert ("沙启远", "副院长", "柘原油田总医院") in found
