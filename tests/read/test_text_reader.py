"""The flattened-text reader: encodings detected, bad input named."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from yuanzhi.errors import BinaryInputError, EmptyInputError, EncodingError, TooLargeError
from yuanzhi.read.text import decode_bytes, read_text, text_to_document

SAMPLE = "青川市人民医院召开年中工作会议\n6月3日，医院召开中层干部大会。\n（党委办公室 林 岚）\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(encoding: str) -> None:
    text = SAMPLE
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded, _ = decode_bytes(data, "x.txt")
    assert decoded.lstrip("\ufeff") == text


def test_big5_traditional_text_is_read_as_big5() -> None:
    text = "臺北榮民總醫院舉辦護理節表揚大會，院長致詞感謝全體護理同仁。\n"
    decoded, name = decode_bytes(text.encode("big5"), "t.txt")
    assert decoded == text
    assert name == "big5"


def test_empty_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    with pytest.raises(EmptyInputError, match="empty.txt"):
        read_text(path)


def test_binary_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises((BinaryInputError, EncodingError), match="photo.txt"):
        read_text(path)


def test_undecodable_bytes_say_how_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe\xfa\xfb" * 10 + b"\x81\x20\xfe\xff" * 10)
    with pytest.raises((EncodingError, BinaryInputError)) as caught:
        read_text(path)
    assert "bad.txt" in str(caught.value)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(TooLargeError, match="huge.txt"):
        read_text(path, max_bytes=1024)


def test_blank_line_after_every_line_carries_no_information() -> None:
    doubled = "\n\n".join(f"第{i}行文字内容" for i in range(10))
    document = text_to_document(doubled, "d.txt")
    assert [line.text for line in document.lines] == [f"第{i}行文字内容" for i in range(10)]


def test_blank_lines_in_single_spaced_text_are_kept_as_hints() -> None:
    text = "一行\n二行\n三行\n\n四行\n五行\n六行\n七行"
    document = text_to_document(text, "s.txt")
    assert [line.text for line in document.lines] == ["一行", "二行", "三行", "", "四行", "五行", "六行", "七行"]


def test_form_feeds_separate_pages() -> None:
    document = text_to_document("第一版文字\n更多\f第二版文字\n更多\f", "p.txt")
    assert [page.number for page in document.pages] == [1, 2]
    assert document.pages[1].lines[0].text == "第二版文字"
    assert document.pages[1].lines[0].source_line == 3


def test_columns_side_by_side_are_warned_about(tmp_path: Path) -> None:
    path = tmp_path / "layout.txt"
    path.write_text("\n".join(f"第{i}栏左边的文字内容      右边一栏的文字内容{i}" for i in range(20)), encoding="utf-8")
    document = read_text(path)
    assert any("side by side" in w and "layout.txt" in w for w in document.warnings)
    plain = tmp_path / "plain.txt"
    plain.write_text("\n".join(f"第{i}行文字内容" for i in range(20)), encoding="utf-8")
    assert read_text(plain).warnings == ()
