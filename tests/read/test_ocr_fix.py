"""Body misreadings corrected from the document's own large type."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.model import Box, Line
from yuanzhi.read.ocr_fix import correct_from_large_type, load_confusions


def _line(text: str, size: float, index: int) -> Line:
    return Line(text=text, page=1, index=index, box=Box(0, 20 * index, 10 * len(text), 20 * index + 8),
                size=size, bold=None)


def _page(*body: str) -> list[Line]:
    lines = [_line("云禾县人民医院报", 36.0, 0), _line("云禾县人民医院甲状腺外科获评省级重点专科", 20.0, 1)]
    lines += [_line(text, 10.0, i + 2) for i, text in enumerate(body)]
    lines += [_line("为期三天的培训班共有九十人参加。", 10.0, 50 + i) for i in range(4)]
    return lines


def test_a_confusable_misreading_takes_the_large_type_reading() -> None:
    fixed, changed = correct_from_large_type(_page("近日，云未县人民医院申状腺外科通过评审。"), load_confusions())
    assert changed == 2
    assert fixed[2].text == "近日，云禾县人民医院甲状腺外科通过评审。"
    assert fixed[0].text == "云禾县人民医院报"


def test_no_correction_without_large_type_evidence() -> None:
    body = ("由于天气原因，义诊改在室内进行。", "云禾县中医院申报的课题已立项。", "云末县人民政府副县长出席。")
    fixed, changed = correct_from_large_type(_page(*body), load_confusions())
    assert changed == 0  # 由/申/末 are printed right here or are other words
    assert [line.text for line in fixed[2:5]] == list(body)


def test_a_difference_outside_the_look_alikes_is_not_touched() -> None:
    fixed, changed = correct_from_large_type(_page("云和县人民医院派出专家。"), load_confusions())
    assert changed == 0 and fixed[2].text == "云和县人民医院派出专家。"


def test_a_bad_confusion_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "confusions.txt"
    path.write_text("# look-alikes\n禾 未\n甲申\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"confusions.txt:3"):
        load_confusions(path)
