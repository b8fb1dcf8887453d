"""Scanned pages: OCR lines with geometry, mixed PDFs, images that are not pages.

OCR is slow on two cores: these tests read small page crops, not whole A3 pages.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from tests.read.truths import make_truth
from tests.synth.render_pdf import render_issue
from tests.synth.render_scan import render_scans
from yuanzhi.errors import ImageError
from yuanzhi.layout.geometry import document_to_blocks
from yuanzhi.layout.normalize import content_chars
from yuanzhi.model import Box, Document, Page
from yuanzhi.read.ocr_lines import estimate_sizes, result_to_lines, split_across_gutters
from yuanzhi.read.ocr_page import ocr_page
from yuanzhi.read.pdf import read_pdf
from yuanzhi.read.scan import read_images, shared_engine


@pytest.fixture(scope="module")
def crop_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pymupdf.Rect]:
    """A synthetic issue and the clip holding its first headline and a few body lines."""
    path = tmp_path_factory.mktemp("scan") / "issue.pdf"
    render_issue(make_truth(11, 3), path, seed=11)
    return path, pymupdf.Rect(36, 120, 806, 330)


def test_undecodable_image(tmp_path: Path) -> None:
    path = tmp_path / "p1.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    with pytest.raises(ImageError, match="not a decodable image"):
        read_images([path])


def test_blank_image_is_not_a_page(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.new("L", (1200, 1700), 255).save(path)
    with pytest.raises(ImageError, match="blank"):
        read_images([path])


def test_no_images() -> None:
    with pytest.raises(ImageError):
        read_images([])


def test_a_line_across_a_gutter_is_split_there() -> None:
    column = [(Box(10, 20 * i, 110, 20 * i + 10), "左栏文字左栏文字左栏") for i in range(5)]
    column += [(Box(130, 20 * i, 230, 20 * i + 10), "右栏文字右栏文字右栏") for i in range(5)]
    merged = (Box(10, 100, 230, 110), "左栏文字左栏文字左栏右栏文字右栏文字右栏")
    out = split_across_gutters([*column, merged])
    pieces = [text for box, text in out if box.y0 == 100]
    assert pieces == ["左栏文字左栏文字左栏", "右栏文字右栏文字右栏"]


@pytest.mark.slow
def test_ocr_reads_a_scanned_crop_with_boxes_and_sizes(crop_pdf: tuple[Path, pymupdf.Rect], tmp_path: Path) -> None:
    pdf, clip = crop_pdf
    with pymupdf.open(pdf) as doc:
        page = doc[0]
        pixmap = page.get_pixmap(dpi=150, clip=clip, colorspace=pymupdf.csGRAY)
        pixmap.set_dpi(150, 150)
        image = tmp_path / "crop.png"
        pixmap.save(image)
        reference = content_chars("".join(page.get_text(clip=clip).split()))
    document = read_images([image])
    assert document.kind == "scan" and document.pages[0].image == str(image)
    lines = document.pages[0].lines
    text = content_chars("".join(line.text for line in lines))
    hits = sum(min(text.count(c), reference.count(c)) for c in set(reference))
    assert hits / len(reference) >= 0.95
    biggest = max(lines, key=lambda line: line.size or 0)
    body = sorted(line.size or 0 for line in lines)[len(lines) // 2]
    assert (biggest.size or 0) >= 1.5 * body  # the headline stands out by size alone
    assert all(line.box and line.box.x1 <= clip.width + 1 for line in lines)  # points, not pixels


@pytest.mark.slow
def test_mixed_pdf_ocrs_the_page_without_text(crop_pdf: tuple[Path, pymupdf.Rect], tmp_path: Path) -> None:
    pdf, clip = crop_pdf
    mixed = tmp_path / "mixed.pdf"
    with pymupdf.open(pdf) as source, pymupdf.open() as out:
        out.insert_pdf(source, from_page=0, to_page=0)
        pixmap = source[0].get_pixmap(dpi=150, clip=clip)
        scanned = out.new_page(width=clip.width, height=clip.height)
        scanned.insert_image(scanned.rect, pixmap=pixmap)
        out.save(mixed)
    document = read_pdf(mixed)
    assert any("page 2" in w and "OCR" in w for w in document.warnings)
    assert document.pages[0].lines and document.pages[1].lines
    assert all(line.bold is None for line in document.pages[1].lines)
    assert all(line.bold is not None for line in document.pages[0].lines)


def test_render_scans_writes_150_dpi_pngs(crop_pdf: tuple[Path, pymupdf.Rect], tmp_path: Path) -> None:
    paths = render_scans(crop_pdf[0], tmp_path, pages=[1])
    with Image.open(paths[0]) as image:
        assert abs(image.size[0] - 842 * 150 / 72) <= 1 and abs(image.size[1] - 1191 * 150 / 72) <= 1
        assert round(image.info["dpi"][0]) == 150


# ------------------------------------------------------------ type sizes of OCR lines

BODY = "青川市人民医院心内科团队连续三年开展义诊活动"  # invented body text, one column


def _column(heights: list[float], size: float = 10.0, x0: float = 40.0, chars: int = 14,
            y0: float = 100.0) -> list[tuple[Box, str]]:
    """Full body lines of ``chars`` characters at ``size`` points, box heights jittered as OCR draws them."""
    out = []
    for i, height in enumerate(heights):
        text = (BODY * 2)[i : i + chars]
        top = y0 + i * 1.5 * size
        out.append((Box(x0, top, x0 + chars * size, top + height), text))
    return out


def test_ocr_box_height_jitter_does_not_change_the_type_size() -> None:
    # one 10-pt column: box heights wander by a third (lines without tall glyphs look smaller)
    found = _column([8.0, 8.1, 10.5, 7.2, 8.0, 10.6, 7.9, 8.2])
    found.append((Box(40, 40, 40 + 12 * 22.0, 60), "南湖医科大学附属医院获评先进"))  # a 22-pt headline
    sizes = estimate_sizes(found)
    assert len(set(sizes[:-1])) == 1 and abs(sizes[0] - 10.0) <= 0.5
    assert sizes[-1] >= 1.8 * sizes[0]


def test_box_heights_are_calibrated_by_line_widths() -> None:
    # a detector run at low resolution draws every box too tall: widths still measure the size
    found = _column([13.0, 12.5, 13.5, 12.8, 13.0, 12.6], size=10.0)
    short = (Box(40, 220, 84, 233), "保驾护航。")  # the final 。 inks only its corner  # too short to measure by width
    sizes = estimate_sizes([*found, short])
    assert all(abs(size - 10.0) <= 0.5 for size in sizes)


def _entry(box: Box, text: str) -> list[object]:
    return [[[box.x0, box.y0], [box.x1, box.y0], [box.x1, box.y1], [box.x0, box.y1]], text, 0.95]


def test_paragraph_is_not_split_where_an_ocr_box_is_short() -> None:
    # bug: a line whose box came out short got a smaller "size" and started a new paragraph
    heights = [19.0, 19.5, 14.0, 19.0, 25.0, 19.0]  # pixels at 150 dpi for 10-pt type (about 21 px)
    em = 20.8
    lines = []
    for i, height in enumerate(heights):
        chars = 12 if i == 0 else 14 if i < 5 else 5
        text = (BODY * 2)[i : i + chars] if i < 5 else "院长致辞。"
        x0 = 100 + (2 * em if i == 0 else 0)  # the first line is indented two characters
        box = Box(x0, 300 + i * 31.0, x0 + chars * em, 300 + i * 31.0 + height)
        lines.append(_entry(box, text))
    scale = 72 / 150
    page_lines = result_to_lines(lines, page=1, start_index=0, scale=scale)
    page = Page(number=1, lines=tuple(page_lines), width=842, height=1191)
    blocks = document_to_blocks(Document(source="t.png", kind="scan", pages=(page,), sha256="0"))
    bodies = [b for b in blocks if b.kind == "body"]
    assert len(bodies) == 1, [b.text for b in blocks]


def test_engine_boxes_move_by_the_crop_offset() -> None:
    entry = [*_entry(Box(10, 20, 110, 40), "青川"), [[[10, 20], [60, 20], [60, 40], [10, 40]],
                                                    [[60, 20], [110, 20], [110, 40], [60, 40]]], ["青", "川"]]
    (line,) = result_to_lines([entry], page=1, start_index=0, scale=0.5, offset=(100, 200))
    assert line.box == Box(55, 110, 105, 120) and line.text == "青川"


def test_a_run_of_dots_is_read_as_the_chinese_ellipsis() -> None:
    (line,) = result_to_lines([_entry(Box(10, 20, 400, 40), "强基层惠民生·····青川市卫健委督导义诊")], 1, 0, 0.5)
    assert line.text == "强基层惠民生……青川市卫健委督导义诊"
    (line,) = result_to_lines([_entry(Box(10, 20, 400, 40), "版本3.2.1已上线")], 1, 0, 0.5)
    assert line.text == "版本3.2.1已上线"


def test_dots_read_with_character_boxes_are_the_ellipsis_too() -> None:
    words = ["强", "本", "领", "·", "·", "·", "·", "我", "院"]
    boxes = [[[10 + 20 * i, 20], [28 + 20 * i, 20], [28 + 20 * i, 40], [10 + 20 * i, 40]] for i in range(len(words))]
    entry = [*_entry(Box(10, 20, 190, 40), "".join(words)), boxes, words]
    (line,) = result_to_lines([entry], 1, 0, 0.5)
    assert line.text == "强本领……我院"


# ------------------------------------------------------------ pages of any resolution (real engine)


def _gray_page(pdf: Path, dpi: int) -> np.ndarray:
    with pymupdf.open(pdf) as doc:
        pixmap = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        return np.frombuffer(pixmap.samples, dtype=np.uint8).reshape(pixmap.height, pixmap.width).copy()


def _recall(reference: str, text: str) -> float:
    ref, got = Counter(content_chars(reference)), Counter(content_chars(text))
    return sum((ref & got).values()) / max(1, sum(ref.values()))


@pytest.mark.slow
def test_small_type_on_a_wide_image_without_resolution_is_read_like_the_engine_alone(
        crop_pdf: tuple[Path, pymupdf.Rect]) -> None:
    # bug: 150 dpi was assumed, the page shrunk for detection, and 7-px type vanished
    from rapidocr_onnxruntime import RapidOCR

    strip = _gray_page(crop_pdf[0], 50)[40:300]  # body type about 7 px high
    wide = np.hstack([strip, strip, strip])  # a long side of 1750 px: a broadsheet's share of small type
    read = ocr_page(shared_engine(), wide, 1, 0, name="strip.png")
    assert read.em_px is not None and 5.5 <= read.em_px <= 8.5
    ours = "".join(line.text for line in (*read.lines, *read.aside))
    alone, _ = RapidOCR()(np.repeat(wide[:, :, None], 3, axis=2))
    theirs = "".join(str(entry[1]) for entry in alone or ())
    with pymupdf.open(crop_pdf[0]) as doc:
        printed = doc[0].get_text(clip=pymupdf.Rect(0, 40 * 72 / 50, doc[0].rect.width, 300 * 72 / 50)) * 3
    assert _recall(printed, theirs) > 0.6  # the engine alone reads most of it at full size
    assert _recall(printed, ours) >= _recall(printed, theirs) - 0.03


@pytest.mark.slow
def test_a_page_on_its_side_is_read_upright(crop_pdf: tuple[Path, pymupdf.Rect]) -> None:
    pdf, clip = crop_pdf
    upright = _gray_page(pdf, 100)[int(clip.y0 * 100 / 72) : int(clip.y1 * 100 / 72)]
    read_upright = ocr_page(shared_engine(), upright, 1, 0)
    turned = ocr_page(shared_engine(), np.ascontiguousarray(np.rot90(upright, -1)), 1, 0, name="side.png")
    assert turned.turns == 1 and any("side.png (page 1)" in w and "turn" in w for w in turned.warnings)
    text = "".join(line.text for line in read_upright.lines)
    assert _recall(text, "".join(line.text for line in turned.lines)) >= 0.97


@pytest.mark.slow
def test_a_page_set_in_vertical_text_is_not_turned_and_its_columns_are_kept() -> None:
    from PIL import ImageDraw, ImageFont

    from tests.synth.render_pdf import FONT_PATHS

    font = ImageFont.truetype(next(p for p in FONT_PATHS if Path(p).exists()), 22)
    text = "青川县医院举办健康讲座护理部开展培训活动院长出席会议强调服务质量"  # invented
    image = Image.new("L", (900, 800), 255)
    draw = ImageDraw.Draw(image)
    for column in range(14):  # right to left, top to bottom
        for row in range(24):
            draw.text((840 - 56 * column, 40 + row * 29), text[(column * 7 + row) % len(text)], font=font, fill=0)
    read = ocr_page(shared_engine(), np.asarray(image), 1, 0)
    assert read.turns == 0
    assert len(read.aside) >= 10 and _recall(text * 8, "".join(line.text for line in read.aside)) > 0.9
