"""Which article a column's text belongs to, on hand-set pages: conventions of Chinese
newspapers (a section's name in the running head, a column's text running on at the
top of the next column of the same article), not pages of any generator."""

from __future__ import annotations

from yuanzhi.articles.assemble import blocks_to_issue
from yuanzhi.layout.geometry import document_to_blocks
from yuanzhi.layout.paragraphs import make_block
from yuanzhi.model import Box, Document, Issue, Line, Page

SIZE = 10.0


def _line(text: str, x0: float, y0: float, n: list[int] = [0], size: float = SIZE,  # noqa: B006
          bold: bool = False) -> Line:
    n[0] += 1
    return Line(text, 1, n[0], Box(x0, y0, x0 + len(text) * size, y0 + size), size, bold)


def _issue(*lines: Line, width: float = 600, height: float = 800, rects: tuple[Box, ...] = ()) -> Issue:
    page = Page(number=1, lines=tuple(lines), width=width, height=height, rects=rects)
    document = Document("hand.pdf", "pdf", (page,))
    return blocks_to_issue(document_to_blocks(document), document)


def test_a_section_name_in_the_running_heads_row_is_furniture_not_a_headline() -> None:
    """A page's running head (paper and date left, page number right) with the section's
    name set between them in larger type: the name is the page's, not the headline of
    the text under it."""
    running = [_line("某某医院报2024年5月6日", 0, 20, size=8), _line("第2版", 560, 20, size=8)]
    label = _line("健康科普", 270, 17, size=14, bold=True)
    head = _line("我院举办健康讲座活动", 0, 60, size=20, bold=True)
    text = [_line("甲" * 9, 20, 90), _line("甲" * 11, 0, 105), _line("甲末。", 0, 120)]
    right = [_line("乙" * 9, 320, 60), _line("乙" * 11, 300, 75), _line("乙乙。", 300, 90)]
    issue = _issue(*running, label, head, *text, *right)
    assert "健康科普" in issue.furniture
    assert all(a.title != "健康科普" and a.kicker != "健康科普" for a in issue.articles)


def _column(char: str, x0: float, y0: float, lines: int, indent: bool = True, last: str = "") -> list[Line]:
    """A column of ``lines`` full lines (the first indented two ems), ``last`` set as its last line."""
    out = [_line(char * 9 if indent and k == 0 else char * 11, x0 + (20 if indent and k == 0 else 0), y0 + 15 * k)
           for k in range(lines)]
    if last:
        out.append(_line(last, x0, y0 + 15 * lines))
    return out


def test_a_column_top_read_under_a_headline_set_below_it_goes_back_to_its_article() -> None:
    """Article 甲 over two columns at the top of a page runs on at the top of the third
    column, beside its headline; under 甲, article 乙 fills the same two columns, and 丙
    stands in the third column under 甲's rest. A gutter runs the page's whole height,
    so the third column is read after 乙: its top is still 甲's (text never stands above
    its own headline), and 甲's paragraph, cut mid-sentence at the foot of its second
    column, goes on there."""
    head_a = _line("甲院召开年度总结大会", 10, 0, size=20, bold=True)
    a_text = [*_column("甲", 0, 30, 6), *_column("甲", 120, 30, 6, indent=False)]
    a_rest = _column("甲", 240, 0, 2, indent=False, last="甲末。")
    head_b = _line("乙院举办义诊活动", 30, 150, size=20, bold=True)
    b_text = [*_column("乙", 0, 180, 5), *_column("乙", 120, 180, 4, indent=False, last="乙" * 10 + "。")]
    head_c = _line("丙科新设门诊", 240, 150, size=18, bold=True)
    c_text = _column("丙", 240, 180, 2, last="丙丙。")
    issue = _issue(head_a, *a_text, *a_rest, head_b, *b_text, head_c, *c_text)
    by_title = {a.title: a for a in issue.articles}
    assert by_title["甲院召开年度总结大会"].paragraphs == ("甲" * (9 + 11 * 5 + 11 * 6 + 11 * 2) + "甲末。",)
    assert by_title["乙院举办义诊活动"].paragraphs == ("乙" * (9 + 11 * 4 + 11 * 4 + 10) + "。",)
    assert by_title["丙科新设门诊"].paragraphs == ("丙" * 20 + "丙丙。",)


def test_a_paragraph_cut_mid_sentence_goes_on_at_the_next_column_beside_its_headline() -> None:
    """Article 己's headline spans two columns halfway down the page; its text fills them
    and, cut mid-sentence at the foot of the second column, goes on in the third column
    level with its headline, under white space that ends article 戊 above. Read as
    stacks of columns, that rest comes after 戊; it flows on from the open paragraph
    (flush, no indent), not from 戊's closed one."""
    head_o = _line("丁院召开职工大会", 10, 0, size=20, bold=True)
    o_text = [*_column("丁", 0, 30, 3), *_column("丁", 120, 30, 2, indent=False, last="丁丁。")]
    head_p = _line("戊科开展义诊", 240, 0, size=18, bold=True)
    p_text = _column("戊", 240, 30, 1, last="戊戊。")
    head_q = _line("己院举办健康讲座", 30, 120, size=20, bold=True)
    q_text = [*_column("己", 0, 150, 5), *_column("己", 120, 150, 5, indent=False)]
    q_rest = _column("己", 240, 110, 2, indent=False, last="己末。")
    issue = _issue(head_o, *o_text, head_p, *p_text, head_q, *q_text, *q_rest)
    by_title = {a.title: a for a in issue.articles}
    assert by_title["戊科开展义诊"].paragraphs == ("戊" * 9 + "戊戊。",)
    assert by_title["己院举办健康讲座"].paragraphs == ("己" * (9 + 11 * 4 + 11 * 5 + 11 * 2) + "己末。",)


def test_a_paragraphs_rest_set_right_under_another_article_goes_back_to_its_own() -> None:
    """As above, but 戊 fills its column down to a paragraph space above 己's rest (no
    white space, no picture between): the open paragraph still goes on there."""
    head_o = _line("丁院召开职工大会", 10, 0, size=20, bold=True)
    o_text = [*_column("丁", 0, 30, 3), *_column("丁", 120, 30, 2, indent=False, last="丁丁。")]
    head_p = _line("戊科开展义诊", 240, 0, size=18, bold=True)
    p_text = _column("戊", 240, 30, 4, last="戊戊。")
    head_q = _line("己院举办健康讲座", 30, 120, size=20, bold=True)
    q_text = [*_column("己", 0, 150, 5), *_column("己", 120, 150, 5, indent=False)]
    q_rest = _column("己", 240, 110, 2, indent=False, last="己末。")
    issue = _issue(head_o, *o_text, head_p, *p_text, head_q, *q_text, *q_rest)
    by_title = {a.title: a for a in issue.articles}
    assert by_title["戊科开展义诊"].paragraphs == ("戊" * (9 + 11 * 3) + "戊戊。",)
    assert by_title["己院举办健康讲座"].paragraphs == ("己" * (9 + 11 * 4 + 11 * 5 + 11 * 2) + "己末。",)


def test_two_articles_rests_in_one_column_go_back_each_to_its_own() -> None:
    """The third column holds the rest of 己 and, right under it, level with its own
    headline, the rest of 庚 (under 己 in the first two columns, a captioned picture
    under its text): each rest follows its own article's open paragraph."""
    head_o = _line("丁院召开职工大会", 10, 0, size=20, bold=True)
    o_text = [*_column("丁", 0, 30, 3), *_column("丁", 120, 30, 2, indent=False, last="丁丁。")]
    head_p = _line("戊科开展义诊", 240, 0, size=18, bold=True)
    p_text = _column("戊", 240, 30, 1, last="戊戊。")
    head_q = _line("己院举办健康讲座", 30, 120, size=20, bold=True)
    q_text = [*_column("己", 0, 150, 5), *_column("己", 120, 150, 5, indent=False)]
    q_rest = _column("己", 240, 110, 12, indent=False, last="己末。")
    head_r = _line("庚院举办义诊", 30, 305, size=20, bold=True)
    r_text = [*_column("庚", 0, 335, 5), *_column("庚", 120, 335, 5, indent=False)]
    r_rest = _column("庚", 240, 310, 2, indent=False, last="庚末。")
    caption = _line("图为义诊现场。", 80, 515, size=8)
    issue = _issue(head_o, *o_text, head_p, *p_text, head_q, *q_text, *q_rest, head_r, *r_text, *r_rest, caption,
                   rects=(Box(0, 420, 230, 510),))
    by_title = {a.title: a for a in issue.articles}
    assert by_title["己院举办健康讲座"].paragraphs == ("己" * (9 + 11 * 4 + 11 * 5 + 11 * 12) + "己末。",)
    assert by_title["庚院举办义诊"].paragraphs == ("庚" * (9 + 11 * 4 + 11 * 5 + 11 * 2) + "庚末。", "图为义诊现场。")


def test_a_column_foot_read_after_the_byline_joins_its_rest_at_the_next_column_top() -> None:
    """A short article in two columns whose first column's last line (full, mid-sentence)
    the reading order gave apart, after the byline that ends the second column (a band of
    its own, as a gap across both columns can make it): it is still the head of the
    paragraph that goes on at the top of the second column, not an article of its own."""
    head = _line("辛院举办交流会", 0, 0, size=14, bold=True)
    first = _column("辛", 0, 30, 6, last="辛辛。")
    foot = _line("辛" * 11, 0, 140)
    second = _column("辛", 120, 30, 5, indent=False, last="辛末。")
    byline = _line("（内科张三）", 160, 120)
    head2 = _line("壬院召开职工大会", 20, 200, size=20, bold=True)
    wide = [_line("壬" * 21, 20, 230), _line("壬" * 23, 0, 245), _line("壬壬。", 0, 260)]
    blocks = [make_block("headline", [head]), make_block("body", first), make_block("body", second),
              make_block("byline", [byline]), make_block("body", [foot]), make_block("headline", [head2]),
              make_block("body", wide)]
    page = Page(number=1, lines=(head, *first, foot, *second, byline, head2, *wide), width=600, height=800)
    issue = blocks_to_issue(blocks, Document("hand.pdf", "pdf", (page,)))
    assert [a.title for a in issue.articles] == ["辛院举办交流会", "壬院召开职工大会"]
    assert issue.articles[0].paragraphs == ("辛" * 64 + "辛辛。", "辛" * 66 + "辛末。")


def test_a_paragraph_whose_first_line_ends_a_column_goes_on_at_the_next_columns_top() -> None:
    """As above, but 己's second column ends with a new paragraph's first line (indented,
    running to the column's edge): that one line, cut mid-sentence, goes on in the rest."""
    head_o = _line("丁院召开职工大会", 10, 0, size=20, bold=True)
    o_text = [*_column("丁", 0, 30, 3), *_column("丁", 120, 30, 2, indent=False, last="丁丁。")]
    head_p = _line("戊科开展义诊", 240, 0, size=18, bold=True)
    p_text = _column("戊", 240, 30, 1, last="戊戊。")
    head_q = _line("己院举办健康讲座", 30, 120, size=20, bold=True)
    q_text = [*_column("己", 0, 150, 5), *_column("己", 120, 150, 4, indent=False, last="己" * 10 + "。"),
              _line("庚" * 9, 140, 225)]
    q_rest = _column("庚", 240, 110, 2, indent=False, last="庚末。")
    issue = _issue(head_o, *o_text, head_p, *p_text, head_q, *q_text, *q_rest)
    by_title = {a.title: a for a in issue.articles}
    assert by_title["戊科开展义诊"].paragraphs == ("戊" * 9 + "戊戊。",)
    assert by_title["己院举办健康讲座"].paragraphs[-1] == "庚" * (9 + 11 * 2) + "庚末。"

