"""A printed line as long as the body lines of its column, that ends no sentence and
reads on into the next line, is the first line of a paragraph, never a headline
(flattened text: no indents, every paragraph line cut at the column width)."""

from __future__ import annotations

from .flat_lines import flat, kinds

LEAD = "9月3日下午，青川市人民医院在门诊楼报告厅举行医患沟通培训会，全院三百余名医务人员参加。"
LIST = "本次培训由医务部副主任、主任医师柯明远担任主讲，与护理部主任蒲雨桐、质控科科长于海岚共同授课，全程约两个小时。"
REST = "大家表示，将把所学用到日常工作中，让患者就医更加安心。"


def test_a_full_line_that_reads_on_after_a_paragraph_end_is_body() -> None:
    # the first line of the paragraph runs past the column, as printed lines of a PDF's
    # text layer do (a paragraph's lines are not all of one count)
    for width, extra in ((18, 3),):
        lines = ["医院举行医患沟通培训会", *flat([LEAD], width), LIST[: width + extra]]
        lines += [*flat([LIST[width + extra :]], width), *flat([REST], width)]
        blocks = kinds(lines)
        assert blocks[0] == ("headline", "医院举行医患沟通培训会")
        assert blocks[1:] == [("body", LEAD), ("body", LIST), ("body", REST)]


def test_a_short_headline_after_a_paragraph_end_still_heads_an_article() -> None:
    second = "9月5日上午，青川市人民医院组织志愿者走进社区，为居民开展健康义诊和用药咨询服务。"
    lines = ["医院举行医患沟通培训会", *flat([LEAD, REST], 18), "志愿者走进社区义诊", *flat([second], 18)]
    blocks = kinds(lines)
    assert ("headline", "志愿者走进社区义诊") in blocks
