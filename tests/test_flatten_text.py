"""bench/flatten_text.py: fixtures re-flowed into printed lines (invented text)."""

from __future__ import annotations

from bench.flatten_text import WIDTHS, column_width, flatten

TEXT = (
    "青川医院召开年中工作会议\n"
    "\n"
    "\u3000\u30007月2日，青川市临江医院召开年中工作会议，院长林晓川总结了上半年的工作，副院长苏晓禾部署了下半年的任务。\n"
    "会议要求各科室持续改善患者就医体验。\n"
    "（党委办公室 陈明远）\n"
)


def test_paragraphs_are_cut_at_one_width_and_headlines_kept() -> None:
    width = column_width("heldout99_meeting.txt")
    lines = flatten(TEXT, "heldout99_meeting.txt").splitlines()
    assert lines[0] == "青川医院召开年中工作会议"
    assert lines[-1] == "（党委办公室 陈明远）"
    body = lines[1:-1]
    assert all(len(line) <= width or line[-1] in "。，、；：”）" for line in body)
    assert not any(line[0] in "。，、；：？！”）" for line in body)  # closing punctuation hangs
    assert len(body[0]) == width and not body[0].startswith("\u3000")  # the indent is lost
    assert "".join(body) == TEXT.splitlines()[2].strip() + TEXT.splitlines()[3]
    assert "" not in lines  # no blank lines


def test_the_width_is_drawn_per_file_and_the_same_every_run() -> None:
    widths = {column_width(f"heldout{n}_x.txt") for n in range(60)}
    assert min(widths) >= WIDTHS[0] and max(widths) <= WIDTHS[1] and len(widths) > 5
    assert flatten(TEXT, "a.txt") == flatten(TEXT, "a.txt")


def test_closing_punctuation_hangs_at_the_end_of_the_line_before() -> None:
    width = column_width("x")
    text = "甲" * width + "。”" + "乙" * 30 + "。\n"
    lines = flatten(text, "x").splitlines()
    assert lines[0] == "甲" * width + "。”"
    assert lines[1] == "乙" * width
