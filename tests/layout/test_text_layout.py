"""Text layout on small hand-set columns: paragraphs from indents and short
lines, headings, bylines, markers, sidebars, editor's notes."""

from __future__ import annotations

from yuanzhi.layout.text_layout import lines_to_blocks
from yuanzhi.read.text import text_to_document


def column(paragraphs: list[str], width: int, indent: int = 2) -> list[str]:
    """Set paragraphs in a column ``width`` ems wide, first lines indented."""
    lines: list[str] = []
    for paragraph in paragraphs:
        room, rest = width - indent, paragraph
        while rest:
            lines.append(rest[:room])
            rest, room = rest[room:], width
    return lines


def blocks_of(lines: list[str]) -> list[tuple[str, str]]:
    document = text_to_document("\n\n".join(lines), "t.txt")
    return [(b.kind, b.text) for b in lines_to_blocks(document)]


P1 = "青川市人民医院日前召开年中工作会议，总结上半年工作并部署下一阶段的重点任务，全体中层干部参加了会议。"
P2 = "会议指出，医院要持续改善患者就医体验，加强学科建设和人才培养，推动医疗质量稳步提升。"
P3 = "会上还表彰了上半年工作中表现突出的科室和个人，大家纷纷表示将继续努力。"


def test_paragraphs_are_rebuilt_from_indents_and_short_last_lines() -> None:
    blocks = blocks_of(column([P1, P2, P3], 16))
    assert blocks == [("body", P1), ("body", P2), ("body", P3)]


def test_headline_and_byline_frame_an_article() -> None:
    lines = ["医院召开年中工作会议", *column([P1, P2], 18), "（党委办公室 林 岚）"]
    blocks = blocks_of(lines)
    assert blocks[0] == ("headline", "医院召开年中工作会议")
    assert [k for k, _ in blocks[1:]] == ["body", "body", "byline"]
    assert blocks[-1][1] == "（党委办公室林岚）"


def test_a_short_line_between_paragraphs_is_a_subheading() -> None:
    lines = column([P1], 18) + ["多学科协作显身手"] + column([P2], 18)
    kinds = blocks_of(lines)
    assert kinds == [("body", P1), ("subheading", "多学科协作显身手"), ("body", P2)]


def test_a_line_cut_mid_word_is_not_a_heading() -> None:
    # a paragraph ends, the next starts in a narrow column whose first line is short
    lines = column([P1], 18) + ["为弘扬南丁格尔救", "死扶伤的精神，医院志", "愿者走进社区开展义诊。"]
    kinds = [k for k, _ in blocks_of(lines)]
    assert "subheading" not in kinds and "headline" not in kinds


def test_continuation_marker_is_cut_out_of_the_line() -> None:
    lines = column([P1], 18)
    lines[-1] = lines[-1] + "（下转二版）"
    blocks = blocks_of(lines)
    assert blocks[-1] == ("marker", "（下转二版）")
    assert blocks[0][1] == P1


def test_two_line_byline_is_one_block() -> None:
    lines = ["医院召开年中工作会议", *column([P1], 18), "（肿瘤中心 郜学斌 呼吸与", "危重症医学科 贾一飞）"]
    blocks = blocks_of(lines)
    assert blocks[-1] == ("byline", "（肿瘤中心郜学斌呼吸与危重症医学科贾一飞）")


def test_sidebar_title_opens_a_sidebar() -> None:
    tip = "高血压患者应坚持每天定时测量血压，并做好记录，复诊时带给医生参考。"
    lines = ["医院开展高血压防治宣传", *column([P1], 18), "健康小科普", *column([tip], 14)]
    blocks = blocks_of(lines)
    assert ("sidebar_title", "健康小科普") in blocks
    assert blocks[-1] == ("sidebar", tip)


def test_editor_note_is_its_own_block() -> None:
    note = "编者按：高龄患者得了重病，治还是不治？这是许多家庭都会遇到的难题。"
    lines = [note, "八旬老人重新站起来", *column([P1], 18)]
    blocks = blocks_of(lines)
    assert blocks[0] == ("editor_note", note)
    assert blocks[1] == ("headline", "八旬老人重新站起来")


def test_running_head_and_masthead_are_furniture() -> None:
    lines = ["青川市人民医院报", "2025年6月15日 星期日 第6期", "医院召开年中工作会议", *column([P1], 18)]
    blocks = blocks_of(lines)
    assert [k for k, _ in blocks[:2]] == ["furniture", "furniture"]
    assert blocks[2] == ("headline", "医院召开年中工作会议")


def test_layout_spaces_are_removed_from_text() -> None:
    lines = ["医院举办护士节表彰大会", "  5 月 11 日，医院举行 5· 12 国际", "护士节表彰大会，对先进集体和个人进", "行表彰。"]
    blocks = blocks_of(lines)
    assert blocks[-1] == ("body", "5月11日，医院举行5·12国际护士节表彰大会，对先进集体和个人进行表彰。")


def test_two_line_byline_across_a_blank_line_in_single_spaced_text() -> None:
    # single-spaced text keeps blank lines as paragraph hints; a wrapped byline may straddle one
    lines = ["医院召开年中工作会议", *column([P1], 18), "", "（骨科 付阳昊", "", "门诊部 彭伟文）"]
    document = text_to_document("\n".join(lines), "t.txt")
    blocks = [(b.kind, b.text) for b in lines_to_blocks(document)]
    assert blocks[-1] == ("byline", "（骨科付阳昊门诊部彭伟文）")


def test_a_line_with_a_full_stop_inside_is_no_heading() -> None:
    lines = column([P1], 18) + ["精心护理助康复", "患者有高血压病史，平时没有规律服药。入", "院后医护人员制定了个体化的护理方案。"]
    kinds = blocks_of(lines)
    assert kinds[1] == ("subheading", "精心护理助康复")
    assert kinds[2][0] == "body"


def test_indents_kept_by_the_extractor_mark_paragraphs() -> None:
    # some extractors keep the two-em indent as ideographic spaces: that is a paragraph start, not a kicker gap
    lines = ["医院召开年中工作会议"]
    for paragraph in (P1, P2):
        first, *rest = column([paragraph], 18)
        lines += ["\u3000\u3000" + first, *rest]
    blocks = blocks_of(lines)
    assert blocks == [("headline", "医院召开年中工作会议"), ("body", P1), ("body", P2)]


def test_verse_is_not_a_headline_group() -> None:
    poem = ["白衣如雪映晨光", "一盏灯火", "守着千家万户的长夜", "春风化雨", "医者仁心写华章", "岁月无声情最长"]
    blocks = blocks_of(["医院召开年中工作会议", *column([P1], 18), "（党委办公室 林岚）", "护士节献诗", *poem, "（护理部 孙琪）"])
    assert [t for k, t in blocks if k == "headline"] == ["医院召开年中工作会议", "护士节献诗"]
    assert "".join(t for k, t in blocks if k == "body") == P1 + "".join(poem)


def test_lines_before_a_continuation_marker_are_body() -> None:
    # a paragraph cut by （下转四版） may leave two short unpunctuated lines before the marker
    lines = ["医院举办技能竞赛", *column([P1], 18), "评委由院内外12名专家", "组成，严格按（下转四版）"]
    blocks = blocks_of(lines)
    assert [k for k, _ in blocks] == ["headline", "body", "body", "marker"]
    assert blocks[2][1] == "评委由院内外12名专家组成，严格按"


def test_a_text_printing_a_paragraph_per_line_keeps_its_headline() -> None:
    # no column prints a line this long: each line is a paragraph, and the short line above
    # the first one heads it, though 人 and 心 across the break would read as one word
    first = "心胸外科主任医师、教授林晓川，一九九八年毕业于青川医学院，从事胸外科临床工作二十余年，擅长肺癌微创手术。"
    second = "林晓川现兼任省医学会胸外科分会委员，主持省级课题三项，发表学术论文三十余篇，带领团队年完成手术两千余例。"
    blocks = blocks_of(["名医风采丨林晓川：做守护健康的追梦人", first, second, P3])
    assert blocks == [("headline", "名医风采丨林晓川：做守护健康的追梦人"), ("body", first), ("body", second), ("body", P3)]


def test_a_line_before_a_kept_indent_ends_its_paragraph() -> None:
    lead = "本报讯 为方便群众就医，医院调整专家门诊。现将部分专家介绍如下："
    item = "林晓川，心胸外科主任医师，擅长肺癌微创手术。"
    blocks = blocks_of(["医院调整专家门诊安排", "\u3000\u3000" + lead, "\u3000\u3000" + item])
    assert blocks == [("headline", "医院调整专家门诊安排"), ("body", lead.replace(" ", "")), ("body", item)]


def test_a_short_line_ending_in_a_colon_ends_its_paragraph() -> None:
    # …介绍如下： printed short in its column: the list starts on the next line
    lead = "方便群众就医，医院自下月起调整专家门诊安排。现将部分专家介绍如下："
    item = "林晓川，心胸外科主任医师，擅长肺癌微创手术。出诊时间：周一全天。"
    lines = ["医院调整专家门诊安排", *column([lead], 18, indent=0), *column([item], 18, indent=0)]
    blocks = blocks_of(lines)
    assert blocks == [("headline", "医院调整专家门诊安排"), ("body", lead), ("body", item)]


def test_a_name_broken_after_its_title_is_no_heading() -> None:
    """住院医师岑骁‖驰获得…: after a title, characters the dictionary joins to no word, as long as a
    name, run across the break; the short line before it heads nothing, however short."""
    lines = [
        *column([P1], 26), "经过激烈角逐，牙体牙髓科住院医师岑骁", "驰获得一等奖，综合科主治医师白若溪、儿童口腔科医师高",
        "明获得二等奖，另有5名选手获得三等奖。",
    ]
    blocks = blocks_of(lines)
    assert any("住院医师岑骁驰获得一等奖" in text for _kind, text in blocks)
    assert all(kind == "body" for kind, _text in blocks)


def test_unknown_characters_across_a_break_without_a_title_are_no_broken_name() -> None:
    from yuanzhi.layout.headings import _name_across

    assert _name_across("经过激烈角逐，牙体牙髓科住院医师岑骁", "驰获得一等奖")
    assert not _name_across("六个病区一天搬完", "嵘峤市第一医院外科楼正式启用")
    assert not _name_across("个村子大多不通公路，他骑", "着一辆二八自行车")
