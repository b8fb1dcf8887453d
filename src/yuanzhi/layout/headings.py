"""Is a line a heading? Conventions of Chinese newspaper typesetting.

A line after a paragraph end (or a byline) that is neither full nor indented,
that does not run on into the next line (no word across the break, no
continuation), that closes what it opens and does not read as running text,
heads what follows; so does a short line above a news lead (5月11日，…) or a
——subtitle. Indented first lines, sentences and quotes do not.
"""

from __future__ import annotations

import re

from ..lexicon.titles import title_ending
from .columns import INDENT, fits, full, indented, wider
from .text_rows import CLOSERS, SENTENCE_END, Row, next_content
from .words import dictionary, unknown_run_start, word_runs_across

_LEAD = re.compile(
    r"^(?:当地时间)?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}(?:月\d{1,2})?日)?"
    r"(?:上午|下午|中午|晚上|晚间|晚|早上|早晨|清晨|凌晨|傍晚|夜间)?(?:[，,]|是[^，,。]{1,24}[，,。])"
    r"|(?:近日|日前|近期|近来|本报讯|\d{1,2}月(?:初|中旬|下旬|底))[，,])"
)

SUBTITLE = re.compile(r"^[—－–]{1,2}\S")

CLAUSE = re.compile(r"[。；;]|[，,].*[，,]")

_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("(", ")"), ("「", "」"), ("【", "】"))

# words that leave their sentence open at a line's end: an aspect particle (通报了), a preposition or
# coverb waiting for its object (对, 向, 与 …), a degree adverb before its adjective (最), a verb of
# saying or giving before what is said or given (表示, 介绍, 给予). A heading ends on none of them.
# (the line's last word as jieba cuts it: 方向 and 关于 end on no open word)
_OPEN_TAILS = frozenset({
    "了", "着", "对", "向", "与", "和", "及", "把", "被", "将", "从", "给", "于", "由", "在", "最", "更",
    "表示", "指出", "强调", "介绍", "认为", "给予", "进行",
})
_TRAILING_HAN = re.compile(r"[\u4e00-\u9fff]{1,8}$")

_CONTINUATION_START = re.compile(
    r"^(?:[，。、；：！？）》”,.;:!?)（(]|[的了着过地得和及与或等]|[\u4e00-\u9fff][，、；：。！？])"
)


def _starts_paragraph(rows: list[Row], j: int | None, columns: list[tuple[float, float]]) -> bool:
    """Is line j clearly the first line of a paragraph (indented), or not text at all?"""
    if j is None or rows[j].tag is not None:
        return True
    return indented(rows[j], columns[j][1] or columns[j][0])


def _may_start_paragraph(
    rows: list[Row], j: int | None, columns: list[tuple[float, float]]
) -> bool:
    if j is None or rows[j].tag is not None:
        return True
    column = columns[j][1] or columns[j][0]
    return column > 4 and fits(rows[j], column - INDENT)


def is_heading(
    rows: list[Row], i: int, columns: list[tuple[float, float]], context: str, depth: int = 0
) -> bool:
    """A line that follows a hard end (byline, marker, start), a paragraph end,
    or another heading line ("hard", "para", "run"): does it head what follows?"""
    after_hard = context == "hard"
    row = rows[i]
    column = columns[i][1] or columns[i][0]
    if len(row.norm) > 60:
        return False
    nxt = next_content(rows, i)
    if nxt is not None and rows[nxt].tag is None and _bracket_runs_on(row.norm, rows[nxt].norm):
        return False  # 某某讯（记者　甲　通讯员　乙 | 丙）12月3日…: a bracket the next line closes, gaps or none
    if not row.gap and (
        not _balanced(row.norm)
        or _run_on(row.norm)
        or CLAUSE.search(row.norm.rstrip(CLOSERS + SENTENCE_END))
    ):
        return False
    if (row.norm[-1] in "，、；：,;:的（至" or _ends_open(row.norm)) and not row.gap:
        # a heading does not end in the middle of a sentence, but a headline's first line
        # may end on a colon (某某：‖在山乡守了六十年) over a byline set under the headline
        return row.norm[-1] in "：:" and len(row.norm) <= 20 and "，" not in row.norm and _heads_a_lead(rows, i)
    if context == "para" and depth == 0 and not row.gap and _sentence_across(rows, i, columns):
        return False  # 某某表示，…将把 | 健康体检…: a sentence runs through the break
    if _runs_into_a_cut(rows, i):
        return False  # the sentence runs on to a （下转X版）: body cut by the marker
    if is_lead(row.norm):
        return False  # 5月11日，… or 本报讯… opens a news lead, never a heading
    if row.terminal and row.norm[-1] in "”’」』\"'":
        return False  # a quoted sentence opens a story; it does not head it
    if (
        nxt is not None
        and rows[nxt].tag == "editor_note"
        and len(row.norm) <= 40
        and not row.norm.endswith("。")
    ):
        return True  # an editor's note follows its article's headline
    if (
        len(row.norm) <= 40
        and not row.norm.endswith("。")
        and not CLAUSE.search(row.norm)
        and (row.closed or not _clause_runs_on(row.norm, nxt, rows))
        and _heads_a_lead(rows, i)
    ):
        return True  # short lines above a ——subtitle or a news lead (5月11日，…) head the article
    if (
        nxt is not None
        and rows[nxt].tag is None
        and not row.closed
        and (
            _continues(rows[nxt].norm)
            or word_runs_across(row.norm, rows[nxt].norm)
            or _number_cut(row.norm, rows[nxt].norm)
            or _name_across(row.norm, rows[nxt].norm)
        )
    ):
        return False  # the sentence runs on into the next line
    if nxt is not None and not row.gap and not row.closed and _closes_paragraph(rows, nxt, columns):
        return False  # this line and a short last line before a byline: a paragraph
    if row.terminal:
        if row.gap and context in ("hard", "run"):
            return True
        if (
            context == "hard"
            and nxt is not None
            and SUBTITLE.match(rows[nxt].norm)
            and len(row.norm) <= 30
        ):
            return True
        tail = row.norm.rstrip(CLOSERS)[-1:]
        if context == "hard" and tail in "！!？?…" and len(row.norm) <= 24 and not CLAUSE.search(row.norm[:-1]):
            return True  # 康复出院…… after a byline or an editor's note: a headline
        return (
            tail in "！!？?…"
            and len(row.norm) <= 24
            and not full(row, column)
            and not indented(row, column)
            and nxt is not None
            and rows[nxt].tag is None
            and _may_start_paragraph(rows, nxt, columns)
        )
    if row.gap or (SUBTITLE.match(row.norm) and len(row.norm) <= 40):
        return True
    if (indented(row, column) or (row.lo > column and indented(row, columns[i][0]))) and not (
        _starts_paragraph_too(rows, nxt, columns)
        or (
            after_hard
            and depth < 2
            and nxt is not None
            and rows[nxt].tag is None
            and is_heading(rows, nxt, columns, "para", depth + 1)
        )
    ):
        # the indented first line of a paragraph (not if the next line starts a paragraph
        # too, nor, after a byline, if the next line is itself a heading)
        return False
    if (
        after_hard
        and nxt is not None
        and rows[nxt].tag in (None, "editor_note")
        and len(row.norm) <= 30
        and CLAUSE.search(row.norm) is None
        and (
            "，" not in row.norm
            or _may_start_paragraph(rows, nxt, columns)
            or rows[nxt].tag is not None
        )
    ):
        # after a byline or marker comes a headline far more often than a headless
        # body, and this line does not run on into the next: take it as a headline
        return True
    if column <= 0:
        return len(row.norm) <= 30
    if nxt is None:
        return True
    # inside running text the body lines on either side measure the column: a line that
    # fills either is full (a PDF's printed lines are not all of one count), not wider
    body_around = context == "para" and depth == 0  # (the recursion asks of a headline run)
    if wider(row, max(columns[i]) if body_around else column):
        # wider than the column below: a headline over several columns, unless it
        # is the indented first line of a paragraph in the wider column above
        return not indented(row, columns[i][0])
    if full(row, column) or (body_around and full(row, columns[i][0])):
        # a full line that is not indented: a heading only if a paragraph starts after it
        return _starts_paragraph(rows, nxt, columns)
    # a short line that does not end a sentence cannot be body text after a paragraph end
    return True


def _ends_open(text: str) -> bool:
    """Does the line end on a word that leaves its sentence open (_OPEN_TAILS)?"""
    tail = _TRAILING_HAN.search(text)
    if tail is None or not any(text.endswith(word) for word in _OPEN_TAILS):
        return False
    words = list(dictionary().cut(tail.group()))
    return bool(words) and words[-1] in _OPEN_TAILS


LONG_CLAUSE = 11  # characters: longer than a subheading's phrase after its comma

# a first clause that opens a news sentence, never a heading: reported speech (某某表示，/介绍，),
# a setting (会上，/仪式上，/检查中，/演练结束后，/签约前，) or a source (据了解，/根据协议，)
_OPENS_SENTENCE = re.compile(
    r"(?:表示|介绍|指出|强调|认为|提醒|记得|说|称)$|^.{1,6}(?:上|中|后|前|时|期间)$|^(?:据|根据|经|按照)"
)

_ORDINAL = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]")


def _sentence_across(rows: list[Row], i: int, columns: list[tuple[float, float]]) -> bool:
    """Inside running text, a line about as wide as the body lines around it, with a clause break
    (，、) and no end after its last clause, is a sentence the break cuts when that last clause runs
    long (…，县卫生健康局将把先心病筛查纳入儿童‖…) or its first clause opens a news sentence
    (某某表示，/会上，/据了解，), or it ends on a person's title whose name the next line prints
    (…党组书记、主任‖某某): a subheading's phrases are short and balanced (发现肺结节，及时就诊
    等于及时止损), and a headline of a new article stands above a lead (tried before)."""
    text = _ORDINAL.sub("", rows[i].norm)  # 二、… numbers a subheading; its 、 is no clause break
    if text[-1:] in CLOSERS + SENTENCE_END:
        return False
    clauses = re.split(r"[，,、]", text)
    if len(clauses) < 2:
        return False
    if (
        len(clauses[-1]) < LONG_CLAUSE
        and not _OPENS_SENTENCE.search(text.split("，")[0])
        and not _ends_on_title(clauses[-1])
    ):
        return False
    widths = [w for w in columns[i] if w > 0]
    return bool(widths) and rows[i].hi >= 0.75 * min(widths)  # printed lines vary; a subheading is short


def _ends_on_title(clause: str) -> bool:
    """Does a clause of a list of posts end on a person's title (lexicon/titles.py)?"""
    return len(clause) >= 2 and title_ending(clause) is not None


def _clause_runs_on(text: str, nxt: int | None, rows: list[Row]) -> bool:
    """'…六十八分钟，为生命赢' + '得了宝贵时间！': a clause after a comma that runs on
    into the next line (a word across the break, 了 or a number's unit starting it) is
    running text, whatever follows it."""
    if nxt is None or rows[nxt].tag is not None or not ("，" in text or "," in text):
        return False
    following = rows[nxt].norm
    return _continues(following) or word_runs_across(text, following) or _number_cut(text, following)


def _bracket_runs_on(text: str, next_text: str) -> bool:
    """The line leaves a bracket open (（ or “) and the next line closes it before opening any:
    one bracket printed over the line break, so the line runs on (a dateline's byline in brackets)."""
    for open_, close in (("（", "）"), ("(", ")")):
        if text.count(open_) > text.count(close):
            head = next_text.split(open_, 1)[0]
            if close in head:
                return True
    return False


def _balanced(text: str) -> bool:
    """Headings close what they open; a line cut mid-sentence often does not."""
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


def _run_on(text: str) -> bool:
    """Three or more clause breaks: running text, not a heading."""
    return sum(text.count(c) for c in "，；：,;:") >= 3


def _number_cut(text: str, next_text: str) -> bool:
    """'…安静休息5' + '分钟，…': a number and its unit split by the line break."""
    if not text or not next_text:
        return False
    if text[-1].isdigit() and next_text[0] not in "，。、；：！？）》”":
        return True
    return next_text[0].isdigit() and text[-1] in "月年日第约共达近超逾为至和及"


def _continues(next_text: str) -> bool:
    """Does the next line visibly continue a sentence (starts with punctuation,
    a particle, or a one-character clause like '辞，')?"""
    return bool(_CONTINUATION_START.match(next_text))


def _runs_into_a_cut(rows: list[Row], i: int) -> bool:
    """Line i, and the lines after it up to a 下转 marker, end no sentence."""
    j: int | None = i
    while j is not None and rows[j].tag is None and not rows[j].terminal:
        j = next_content(rows, j)
    return j is not None and rows[j].tag == "marker" and rows[j].marker == "to"


def _starts_paragraph_too(
    rows: list[Row], j: int | None, columns: list[tuple[float, float]]
) -> bool:
    """The line after a non-terminal line is itself an indented first line: the line
    above cannot be a paragraph's first line (its paragraph would not continue)."""
    return (
        j is not None
        and rows[j].tag is None
        and not rows[j].terminal
        and _starts_paragraph(rows, j, columns)
    )


def _heads_a_lead(rows: list[Row], i: int) -> bool:
    """Line i and at most two short lines after it stand above a ——subtitle, a line
    opening a news lead, or a byline with the article's text below it."""
    j = i
    for _ in range(3):
        nxt = next_content(rows, j)
        if nxt is not None and rows[nxt].tag == "byline" and not rows[j].terminal:
            after = next_content(rows, nxt)  # a byline printed under the headline, text below it
            return after is not None and rows[after].tag is None
        if nxt is None or rows[nxt].tag is not None:
            return False
        if SUBTITLE.match(rows[nxt].norm) or (
            _LEAD.match(rows[nxt].norm) and not rows[j].norm.endswith("。")
        ):
            return True
        if (
            len(rows[nxt].norm) > 30
            or CLAUSE.search(rows[nxt].norm)
            or rows[nxt].norm[-1] in "，、；："
        ):
            return False
        j = nxt
    return False


def kicker_above_headline(rows: list[Row], i: int, columns: list[tuple[float, float]]) -> bool:
    nxt = next_content(rows, i)
    return (
        nxt is not None
        and rows[nxt].tag is None
        and not rows[nxt].terminal
        and (rows[nxt].gap or _heads_a_lead(rows, nxt))
        and is_heading(rows, nxt, columns, "run")
    )


def _closes_paragraph(rows: list[Row], j: int, columns: list[tuple[float, float]]) -> bool:
    """Line j is the short last line of a paragraph (or the last text before a
    byline, a marker or the end): the line above it began that paragraph."""
    if rows[j].tag is not None or not rows[j].terminal:
        return False
    after = next_content(rows, j)
    if after is None or rows[after].tag in ("byline", "marker"):
        return True
    column = columns[j][0] or columns[j][1]
    return column > 0 and rows[j].hi < 0.6 * column


_INTRODUCES = "：:"  # a colon ending a line introduces what follows


def ends_paragraph(rows: list[Row], i: int, columns: list[tuple[float, float]]) -> bool:
    row = rows[i]
    column = columns[i][0] or columns[i][1]
    if not row.terminal:
        # …介绍如下： printed short: the line ends its paragraph, the list follows on the next line
        return row.norm[-1] in _INTRODUCES and column > 0 and not full(row, column) and row.hi < column - 1
    if not full(row, column):
        return True
    nxt = next_content(rows, i)
    return nxt is None or _starts_paragraph(rows, nxt, columns)


def is_lead(text: str) -> bool:
    """Does a line open a news lead (5月11日，… / 近日，… / 本报讯…)?"""
    return bool(_LEAD.match(text)) or text.startswith(("本报讯", "本刊讯", "又讯", "另讯"))


def _name_across(before: str, after: str) -> bool:
    """A person's title, then a name the break cuts (住院医师马骁‖驰获得…): characters the dictionary
    joins to no word, as long as a name, right after a title or a name's middle dot, run across the
    break. News prints a name after its title; a heading does not end inside one."""
    start = unknown_run_start(before, after)
    return start is not None and (title_ending(before[:start]) is not None or before[:start].endswith(tuple(_NAME_DOTS)))
    # (主任阿依古丽·马木‖提的协调下: the part after a name's middle dot, cut by the break)


_NAME_DOTS = "·‧•・･"  # the middle dots joining the parts of a transliterated name (马克·霍尔)
