"""Newspaper conventions the wide generator's pages showed the layout missing
(tests/synth/wide, dev seeds): each test is a hand-set page of the convention
alone, not a page of that generator."""

from __future__ import annotations

from yuanzhi.layout.geometry import document_to_blocks
from yuanzhi.model import Block, Box, Document, Line, Page

SIZE = 10.0


def _line(text: str, x0: float, y0: float, n: list[int] = [0], size: float = SIZE,  # noqa: B006
          bold: bool = False) -> Line:
    n[0] += 1
    return Line(text, 1, n[0], Box(x0, y0, x0 + len(text) * size, y0 + size), size, bold)


def _blocks(*lines: Line, rects: tuple[Box, ...] = ()) -> list[Block]:
    page = Page(number=1, lines=tuple(reversed(lines)), width=600, height=800, rects=rects)
    return document_to_blocks(Document("hand.pdf", "pdf", (page,)))


def test_a_sidebar_set_in_two_columns_inside_its_frame_is_read_column_by_column() -> None:
    """Two columns in one frame under a centred title: the left column is read before
    the right one, and a paragraph whose last line in the left column is full runs on
    at the top of the right one (not row by row across both)."""
    frame = Box(0, 0, 250, 120)
    title = _line("相关链接", 105, 5, bold=True)
    left = [_line("甲" * 10, 20, 25), _line("甲" * 11, 10, 39), _line("甲末。", 10, 53),
            _line("乙" * 10, 20, 67), _line("乙" * 11, 10, 81)]
    right = [_line("乙" * 11, 130, 25), _line("乙乙。", 130, 39), _line("丙" * 10, 140, 53),
             _line("丙" * 11, 130, 67), _line("丙丙。", 130, 81)]
    blocks = _blocks(title, *left, *right, rects=(frame,))
    assert [(b.kind, b.text) for b in blocks] == [
        ("sidebar_title", "相关链接"),
        ("sidebar", "甲" * 21 + "甲末。"),
        ("sidebar", "乙" * 32 + "乙乙。"),
        ("sidebar", "丙" * 21 + "丙丙。"),
    ]


def test_a_one_em_indent_at_the_top_of_a_column_starts_a_paragraph() -> None:
    """Paragraphs indented by one em (not two): a column that starts indented after
    a column whose last line is full starts a new paragraph; one that starts flush
    continues it."""
    first = [_line("甲" * 10, 10, 20), _line("甲" * 11, 0, 34), _line("甲" * 11, 0, 48), _line("甲" * 11, 0, 62)]
    second = [_line("乙" * 10, 140, 20), _line("乙" * 11, 130, 34), _line("乙" * 11, 130, 48),
              _line("乙" * 11, 130, 62)]
    third = [_line("乙" * 11, 260, 20), _line("乙乙。", 260, 34)]
    texts = [b.text for b in _blocks(*first, *second, *third) if b.kind == "body"]
    assert texts == ["甲" * 43, "乙" * 54 + "乙乙。"]


def test_paragraph_breaks_that_line_up_across_columns_are_no_band_boundary() -> None:
    """A headline over two columns whose paragraph breaks fall on the same row (type set
    on a baseline grid): the gap across both columns is not a cut between two bands; the
    left column is read whole before the right one, the paragraph running on."""
    head = _line("两栏文章的标题", 60, 0, size=20, bold=True)
    pitch = 15
    left = [_line("甲" * 9, 20, 30), _line("甲" * 11, 0, 30 + pitch), _line("甲末。", 0, 30 + 2 * pitch),
            _line("乙" * 9, 20, 30 + 3 * pitch + 8), _line("乙" * 11, 0, 30 + 4 * pitch + 8),
            _line("乙" * 11, 0, 30 + 5 * pitch + 8)]
    right = [_line("乙" * 11, 130, 30), _line("乙" * 11, 130, 30 + pitch), _line("乙乙。", 130, 30 + 2 * pitch),
             _line("丙" * 9, 150, 30 + 3 * pitch + 8), _line("丙" * 11, 130, 30 + 4 * pitch + 8),
             _line("丙丙。", 130, 30 + 5 * pitch + 8)]
    texts = [b.text for b in _blocks(head, *left, *right)]
    assert texts == ["两栏文章的标题", "甲" * 20 + "甲末。", "乙" * 53 + "乙乙。", "丙" * 20 + "丙丙。"]


def test_no_band_boundary_runs_through_a_picture() -> None:
    """Two articles side by side over a band across the page, each with a picture set in
    its column: the empty space across the page where the pictures stand is no cut
    between bands, so the right article's text under its picture is read after its own
    text above it, not after the second left article whose headline stands beside the
    picture."""
    pitch = 15
    l_head = _line("左栏文章标题", 0, 0, size=18, bold=True)
    l_text = [_line("左" * 9, 20, 30), *(_line("左" * 11, 0, 30 + i * pitch) for i in (1, 2)),
              _line("左末。", 0, 30 + 3 * pitch)]
    l2_head = _line("下一篇标题", 0, 215, size=18, bold=True)
    l2_text = [_line("下" * 9, 20, 245), _line("下" * 11, 0, 245 + pitch), _line("下末。", 0, 245 + 2 * pitch)]
    r_head = _line("右栏文章标题", 200, 0, size=18, bold=True)
    r_top = [_line("右" * 9, 220, 30), *(_line("右" * 11, 200, 30 + i * pitch) for i in range(1, 8))]
    r_bottom = [_line("右" * 11, 200, 240), _line("右" * 11, 200, 240 + pitch), _line("右末。", 200, 240 + 2 * pitch)]
    wide_head = _line("通栏文章标题", 100, 330, size=18, bold=True)  # a band across both columns below
    wide_text = [_line("通" * 29 + "。", 20, 360), _line("通栏末。", 0, 360 + pitch)]
    pictures = (Box(0, 100, 110, 200), Box(200, 150, 310, 230))
    blocks = _blocks(l_head, *l_text, l2_head, *l2_text, r_head, *r_top, *r_bottom, wide_head, *wide_text,
                     rects=pictures)
    texts = [b.text for b in blocks if b.kind == "body"]
    assert "右" * 108 + "右末。" in texts


def test_photo_news_in_an_articles_column_is_its_own_item_and_splits_nothing() -> None:
    """A picture whose caption tells a story of its own (the picture, then what happened:
    photo news, 图片新闻) set in the first column of an article, right under its text:
    the caption is an item of its own, and the article's paragraph runs on from the
    first column to the second past it."""
    head = _line("两栏文章的标题", 60, 0, size=20, bold=True)
    left = [_line("甲" * 9, 20, 30), *(_line("甲" * 11, 0, 30 + 15 * i) for i in range(1, 6))]
    picture = Box(0, 130, 110, 200)
    caption = [_line("图为护士为老人测量血压。", 0, 205, size=9), _line("当天病区共为三十多名老人", 0, 217, size=9),
               _line("义诊，发放健康手册五十余", 0, 229, size=9), _line("册。", 0, 241, size=9)]
    right = [_line("甲" * 11, 120, 30), _line("甲末。", 120, 45)]
    blocks = _blocks(head, *left, *caption, *right, rects=(picture,))
    assert [b.text for b in blocks if b.kind == "body" and not b.standalone] == ["甲" * 75 + "甲末。"]
    assert [b.text for b in blocks if b.standalone] == ["图为护士为老人测量血压。当天病区共为三十多名老人义诊，发放健康手册五十余册。"]


def test_another_pictures_caption_is_no_text_running_on_to_a_picture() -> None:
    """Two pictures one under the other, each with its caption: the upper picture's
    caption, right above the lower picture, does not make the lower one part of an
    article (it stands alone: photo news)."""
    upper, lower = Box(0, 0, 200, 100), Box(0, 130, 200, 230)
    upper_caption = _line("图为病区一角。", 50, 104, size=9)
    lower_caption = _line("图为志愿者在门诊大厅导诊", 40, 234, size=9)
    blocks = _blocks(upper_caption, lower_caption, rects=(upper, lower))
    assert [b.text for b in blocks if b.standalone] == ["图为病区一角。", "图为志愿者在门诊大厅导诊"]


def test_a_subtitle_belongs_to_the_headline_it_is_set_under() -> None:
    """Two headlines side by side in one band; the right one's subtitle (——…) is set
    under it, flush right: it is the right headline's, not the first one's found."""
    left_head = _line("左边新闻", 0, 0, size=18, bold=True)
    right_head = _line("右边新闻", 130, 0, size=18, bold=True)
    subtitle = _line("——访护理部主任", 150, 24)
    left = [_line("甲" * 9, 20, 45), _line("甲" * 11, 0, 60), _line("甲末。", 0, 75)]
    right = [_line("乙" * 9, 150, 45), _line("乙" * 11, 130, 60), _line("乙末。", 130, 75)]
    blocks = _blocks(left_head, right_head, subtitle, *left, *right)
    groups = {b.kind + b.text: b.group for b in blocks if b.kind in ("headline", "subtitle")}
    assert groups["subtitle——访护理部主任"] == groups["headline右边新闻"] != groups["headline左边新闻"]


def test_a_lead_byline_under_a_subtitle_is_the_articles_byline() -> None:
    """Headline, subtitle (——…), then the byline set under them (文/图 …): the byline is
    found below the subtitle too, not read as the first paragraph of the body."""
    head = _line("新院区建设稳步推进", 0, 0, size=18, bold=True)
    subtitle = _line("——记基建办主任", 20, 22)
    byline = _line("文/图 张三 李四", 20, 36, size=9)
    body = [_line("甲" * 9, 20, 55), _line("甲" * 11, 0, 70), _line("甲末。", 0, 85)]
    blocks = _blocks(head, subtitle, byline, *body)
    assert [(b.kind, b.text) for b in blocks][:3] == [("headline", "新院区建设稳步推进"), ("subtitle", "——记基建办主任"),
                                                      ("byline", "文/图张三李四")]


def test_a_reporters_byline_with_a_letter_spaced_name_stays_whole() -> None:
    """本报记者 before the names (a role word), and a two-character name letter-spaced so
    wide that its second character is read apart: one byline under the headline."""
    head = _line("新院区建设稳步推进", 0, 0, size=18, bold=True)
    byline = _line("□ 本报记者 王五 吕", 10, 22, size=9)
    rest = _line("波", 112, 22, size=9)
    body = [_line("甲" * 9, 20, 40), _line("甲" * 11, 0, 55), _line("甲末。", 0, 70)]
    blocks = _blocks(head, byline, rest, *body)
    assert [b.kind for b in blocks] == ["headline", "byline", "body"]


def test_a_sidebar_of_short_tips_in_two_columns_is_no_table() -> None:
    """A framed box of health tips set in two columns: each tip is a paragraph of two
    lines, so half the lines stop short, but each short line ends its sentence (。).
    Lines of running text either reach the column's edge or end a sentence; table cells
    do neither. The box is read column by column, a tip that runs on at the top of the
    right column stays whole."""
    frame = Box(0, 0, 300, 100)
    title = _line("健康提示", 10, 5, bold=True)
    left = [_line("甲" * 10, 30, 20), _line("甲甲。", 10, 34), _line("乙" * 10, 30, 48),
            _line("乙乙乙。", 10, 62), _line("丙" * 10, 30, 76)]
    right = [_line("丙" * 13, 150, 20), _line("丙丙。", 150, 34), _line("丁" * 11, 170, 48),
             _line("丁丁丁丁。", 150, 62)]
    blocks = _blocks(title, *left, *right, rects=(frame,))
    assert [(b.kind, b.text) for b in blocks] == [
        ("sidebar_title", "健康提示"),
        ("sidebar", "甲" * 12 + "。"),
        ("sidebar", "乙" * 13 + "。"),
        ("sidebar", "丙" * 25 + "。"),
        ("sidebar", "丁" * 15 + "。"),
    ]
