"""Paragraph ends in flattened text (one printed line per line, no indents): a line break
inside a sentence ends no paragraph and starts no heading. A space inside a book title parts
the title's phrases, not a kicker from its headline; a line that ends on a word leaving its
sentence open (通报了, 表示, 对 …) heads nothing."""

from __future__ import annotations

from yuanzhi.pipeline import parse_text

from .flat_lines import kinds

HEAD = "青川市人民医院召开年度工作会议"
LEAD = [
    "1月9日，青川市人民医院在门诊楼报告厅召开",
    "年度工作会议，全院中层以上干部参加会议。",
]
TITLED = [
    "党委书记柯明远作题为《砥砺奋进 实干",
    " 笃行 谱写医院发展新篇章》的工作报告，",
    "全面回顾了过去一年医院各项工作。",
]


def test_a_line_cut_inside_a_spaced_book_title_is_body() -> None:
    blocks = kinds([HEAD, *LEAD, *TITLED])
    assert blocks[0] == ("headline", HEAD)
    assert [kind for kind, _ in blocks[1:]] == ["body"] * (len(blocks) - 1)
    assert "作题为《砥砺奋进实干笃行谱写医院发展新篇章》的工作报告" in blocks[-1][1]


def test_a_spaced_book_title_does_not_split_the_article() -> None:
    issue = parse_text("\n".join([HEAD, *LEAD, *TITLED]) + "\n", source="t.txt")
    assert len(issue.articles) == 1


def test_a_full_line_ending_on_an_open_word_heads_nothing() -> None:
    # a full line after a paragraph end, and a next line that looks indented only because its
    # digits print narrow: the open word at the break carries the sentence on
    for tail in ("表示", "给予", "通报了"):
        first = "蒲雨桐对市医院多年来的帮扶工作" + tail
        lines = [HEAD, "1月9日，青川市人民医院召开年度工", "作会议。", first]
        lines += ["衷心感谢。她说，自2021年两", "院建立对口帮扶关系以来，市医院派", "出专家二十余人次。"]
        blocks = kinds(lines)
        assert all(kind != "subheading" for kind, _ in blocks), blocks
        assert any(kind == "body" and text.startswith(first + "衷心感谢") for kind, text in blocks), blocks


def test_a_wide_line_opening_a_sentence_is_no_subheading() -> None:
    # printed lines vary in count: a line wider than the column measured around it, whose first
    # clause opens a news sentence (某某表示，) and whose last clause runs on, is running text
    body = ["1月9日，青川市人民医院召开年度工作会议，", "全院中层以上干部参加会议。"]
    first = "蒲雨桐表示，县卫生健康局将把心脏筛查纳入儿童"
    lines = [HEAD, *body, first, "健康体检常规项目，并建立转诊绿色通", "道，让群众少跑路。"]
    blocks = kinds(lines)
    assert all(kind != "subheading" for kind, _ in blocks), blocks
    assert any(kind == "body" and text.startswith(first + "健康体检") for kind, text in blocks), blocks


def test_a_line_ending_on_a_title_before_its_name_is_no_subheading() -> None:
    body = ["1月9日，青川市人民医院召开年度工作会议，", "全院中层以上干部参加会议。"]
    first = "青川市卫生健康委员会党组成员、二级巡视员、副主任"
    lines = [HEAD, *body, first, "蒲雨桐出席会议并讲话，要求全院上下", "凝心聚力抓好落实。"]
    blocks = kinds(lines)
    assert all(kind != "subheading" for kind, _ in blocks), blocks
