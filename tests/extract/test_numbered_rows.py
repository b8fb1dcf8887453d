"""A published list's numbered rows, one person a row: the item number, the name, the unit and
the posts, the spaces between them dropped as normalization drops them (numbered_rows.py; names
and places invented)."""

from __future__ import annotations

from yuanzhi.extract.mentions import ArticleContext
from yuanzhi.extract.orgs import OrgMention
from yuanzhi.extract.sentences import split_sentences

from .conftest import people_of, posts_in


def _rows(sentence: str, context: ArticleContext | None = None) -> set[tuple[str, str, str | None]]:
    return {(m.name, m.title, m.org.name if m.org else None) for m in people_of(sentence, home=None, context=context)}


def test_rows_run_into_one_paragraph_are_sentences_of_their_own():
    rows = split_sentences("名单（按姓氏笔画排序）1．庞远山溪桥县中医院主任中医师2．卜青禾溪桥县中医院骨伤科主任")
    assert rows == ["名单（按姓氏笔画排序）", "1．庞远山溪桥县中医院主任中医师", "2．卜青禾溪桥县中医院骨伤科主任"]
    assert split_sentences("门诊量增长3.5万人次。") == ["门诊量增长3.5万人次。"]


def test_a_row_gives_unit_and_grade_a_grade_after_a_units_post_is_held_there():
    assert ("庞远山", "主任中医师", "溪桥县中医院") in _rows("1．庞远山溪桥县中医院主任中医师")
    found = _rows("2．卜青禾溪桥县中医院骨伤科主任、副主任中医师")
    assert ("卜青禾", "主任", "溪桥县中医院骨伤科") in found
    assert ("卜青禾", "副主任中医师", "溪桥县中医院骨伤科") in found
    found = _rows("3．甄晓梅溪桥县柳塘镇卫生院院长、主治中医师（已退休）")
    assert ("甄晓梅", "院长", "溪桥县柳塘镇卫生院") in found and ("甄晓梅", "主治中医师", "溪桥县柳塘镇卫生院") in found


def test_a_row_of_a_compound_surname_and_a_licence_grade():
    assert ("司徒若兰", "中医执业医师", "溪桥县南岭乡卫生院") in _rows("1．司徒若兰溪桥县南岭乡卫生院中医执业医师")


def test_a_given_name_of_one_character_ends_where_a_place_the_article_named_begins():
    context = ArticleContext(None)
    context.seen.append(OrgMention(0, 8, "溪桥县卫生健康局", "溪桥县卫生健康局", "government"))
    assert ("庞远", "主任中医师", "溪桥县中医院") in _rows("1．庞远溪桥县中医院主任中医师", context)


def test_every_row_of_a_joined_list_is_read_in_an_article():
    found = posts_in(
        "拟认定以下3名同志为名老中医。",
        "名单（按姓氏笔画排序）1．庞远山溪桥县中医院主任中医师2．卜青禾溪桥县中医院骨伤科主任、"
        "副主任中医师3．甄晓梅溪桥县柳塘镇卫生院院长、主治中医师（已退休）",
    )
    assert {("庞远山", "主任中医师"), ("卜青禾", "主任"), ("卜青禾", "副主任中医师"), ("甄晓梅", "院长"),
            ("甄晓梅", "主治中医师")} <= found
