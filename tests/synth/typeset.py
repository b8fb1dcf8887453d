"""Typeset clean text the way a flattened newspaper page shows it.

Three things a PDF text extractor leaves behind, reproduced here on purpose:

* lines wrapped at the column width, measured in ems (full-width characters 1,
  ASCII about half: ``yuanzhi.layout.normalize.display_width``), obeying the
  Chinese line-breaking rule 避头尾: a line never starts with closing
  punctuation (it hangs at the end of the line before) and never ends with
  opening punctuation (it moves down);
* layout spaces between CJK and digits/Latin (``5 月 11 日``, ``5· 12``), which
  ``normalize_text`` removes again;
* letter-spaced two-character names in bylines (``（护理部 于 歌）``).

Every function takes the random generator it may use; nothing here keeps state.
"""

from __future__ import annotations

import random
import re

from yuanzhi.layout.normalize import display_width

# closing punctuation never starts a line; opening punctuation never ends one
NO_LINE_START = set("，。、；：？！）》」』】〕”’…—%·,.;:?!)]}")
NO_LINE_END = set("（《「『【〔“‘([{")

# an ASCII run (with spaces between ASCII words kept inside it, so a line break
# never swallows a meaningful Latin space), a space run, or one other character
_TOKEN = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9.%+\-/×*:~]*(?: +[A-Za-z0-9][A-Za-z0-9.%+\-/×*:~]*)*|[ \u3000]+|."
)
_CJK = r"\u4e00-\u9fff"
_DIGIT_THEN_CJK = re.compile(rf"(?<=[0-9A-Za-z%])(?=[{_CJK}])")
_CJK_THEN_DIGIT = re.compile(rf"(?<=[{_CJK}])(?=[0-9A-Za-z])")
_DOT_THEN_DIGIT = re.compile(r"(?<=·)(?=[0-9])")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def wrap(text: str, width: float, indent: float = 0.0) -> list[str]:
    """Greedy wrap at ``width`` ems with 避头尾; returns the printed lines (stripped).

    ``indent``: the first line starts that many ems in (Chinese paragraphs are
    indented two ems); the extracted text loses the indent but keeps the shorter line.
    """
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for token in tokens(text):
        token_width = display_width(token)
        limit = width - indent if not lines else width
        if current and used + token_width > limit + 1e-9:
            if token[0] in NO_LINE_START:
                # hanging punctuation: keep it on this line
                current.append(token)
                used += token_width
                continue
            if token.isspace():
                # a layout space at the break vanishes; the next token breaks the line
                continue
            carry: list[str] = []
            while current and (current[-1] in NO_LINE_END or current[-1].isspace()):
                popped = current.pop()
                if not popped.isspace():
                    carry.insert(0, popped)
            # never leave a line that would start with closing punctuation: if the
            # whole line was opening punctuation, keep going instead of breaking
            if not current:
                current = carry + [token]
                used = display_width("".join(current))
                continue
            lines.append("".join(current).rstrip())
            current = carry + [token]
            used = display_width("".join(current))
            continue
        if not current and token.isspace():
            continue
        current.append(token)
        used += token_width
    tail = "".join(current).rstrip()
    if tail:
        lines.append(tail)
    return lines


def add_layout_spaces(text: str, rng: random.Random, rate: float) -> str:
    """Insert the spaces extractors leave between CJK and digits/Latin."""
    if rate <= 0:
        return text

    def maybe(match: re.Match[str]) -> str:
        return " " if rng.random() < rate else ""

    text = _DIGIT_THEN_CJK.sub(maybe, text)
    text = _CJK_THEN_DIGIT.sub(maybe, text)
    return _DOT_THEN_DIGIT.sub(maybe, text)


def spaced_name(name: str, rng: random.Random, rate: float) -> str:
    """Two-character names are often set over three ems: ``于 歌``."""
    if len(name) == 2 and rng.random() < rate:
        return f"{name[0]} {name[1]}"
    return name


def byline_parts(
    entries: list[tuple[str | None, list[str]]], rng: random.Random, name_spacing: float
) -> list[str]:
    """The space-separated pieces of a byline: department, then its authors."""
    parts: list[str] = []
    for department, authors in entries:
        piece = [department] if department else []
        piece.extend(spaced_name(a, rng, name_spacing) for a in authors)
        parts.append(" ".join(piece))
    return parts


def format_byline(
    entries: list[tuple[str | None, list[str]]],
    rng: random.Random,
    name_spacing: float = 0.6,
    two_lines: bool = False,
) -> list[str]:
    """``（护理部 于 歌）``; with ``two_lines`` the byline wraps after its first entry
    (or after the department when there is only one entry)."""
    parts = byline_parts(entries, rng, name_spacing)
    if not two_lines:
        return ["（" + " ".join(parts) + "）"]
    if len(parts) >= 2:
        return ["（" + parts[0], " ".join(parts[1:]) + "）"]
    department, authors = entries[0]
    if department and authors:
        names = " ".join(spaced_name(a, rng, name_spacing) for a in authors)
        return ["（" + department, names + "）"]
    return ["（" + " ".join(parts) + "）"]


CHINESE_PAGE = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八"}


def page_word(page: int) -> str:
    return CHINESE_PAGE.get(page, str(page))
