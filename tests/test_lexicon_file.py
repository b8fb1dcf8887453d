"""The one lexicon-file reader (src/yuanzhi/lexicon_file.py): numbered lines, and a bad file named."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.lexicon_file import lexicon_entries, lexicon_lines


def test_blank_and_comment_lines_are_skipped_and_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("# header\n\n  甲乙\t丙 \n   # indented comment\n\t丁\t\n", encoding="utf-8")
    assert lexicon_entries(path) == [(3, "甲乙\t丙"), (5, "丁")]
    assert lexicon_lines(path) == [(3, "  甲乙\t丙 "), (5, "\t丁\t")]  # empty cells of a row kept


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(LexiconError, match=r"gone\.txt:0: lexicon file is missing"):
        lexicon_entries(path)


def test_a_file_not_in_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("中文".encode("gbk"))  # D6 D0: no UTF-8 continuation byte
    with pytest.raises(LexiconError, match=r"gbk\.txt:0: is not UTF-8"):
        lexicon_lines(path)


def test_an_unreadable_path_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(LexiconError, match=r"folder:0: cannot read"):
        lexicon_entries(folder)
