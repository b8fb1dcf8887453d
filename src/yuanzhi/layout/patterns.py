"""Recognizers for the printed conventions of Chinese newspapers.

Continuation markers (（下转二版）/（上接一版）), bylines (（护理部 于 歌）), sidebar
titles (健康小科普), editor's notes (编者按：) and page furniture. The words live in
``layout/lexicon/``; this module turns them into small, pure functions that
both the text layout and the geometric layout use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_list, load_patterns
from .normalize import normalize_text

_NUM = r"[0-9０-９一二三四五六七八九十]{1,3}"
_TO = re.compile(
    rf"[（(]\s*(?:下\s*转|转\s*至?|续\s*见|见)\s*第?\s*(?P<page>{_NUM})\s*版[^）)]{{0,8}}[）)]"
    rf"|(?<![（(])下\s*转\s*第?\s*(?P<page2>{_NUM})\s*版"
)
_FROM = re.compile(
    rf"[（(]\s*(?:上\s*接|紧\s*接|接|承|续)\s*第?\s*(?P<page>{_NUM})\s*版[^）)]{{0,12}}[）)]"
    rf"|^\s*(?:上\s*接|紧\s*接)\s*第?\s*(?P<page2>{_NUM})\s*版"
)
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def page_number(token: str) -> int | None:
    """'二' → 2, '12' → 12, '十二' → 12, '２' → 2."""
    token = token.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token)
    if not token or any(c not in _CN_DIGITS for c in token):
        return None
    if token == "十":
        return 10
    if token.startswith("十"):
        return 10 + _CN_DIGITS[token[1]]
    if len(token) == 1:
        return _CN_DIGITS[token]
    if len(token) == 2 and token[1] == "十":
        return _CN_DIGITS[token[0]] * 10
    if len(token) == 3 and token[1] == "十":
        return _CN_DIGITS[token[0]] * 10 + _CN_DIGITS[token[2]]
    return None


@dataclass(frozen=True)
class MarkerMatch:
    kind: str  # "to" (下转) or "from" (上接)
    page: int | None
    start: int
    end: int
    text: str


def find_markers(text: str) -> list[MarkerMatch]:
    """Every continuation marker in a raw line, in order."""
    found: list[MarkerMatch] = []
    for kind, pattern in (("to", _TO), ("from", _FROM)):
        for match in pattern.finditer(text):
            token = match.group("page") or match.group("page2") or ""
            found.append(MarkerMatch(kind, page_number(token), match.start(), match.end(), match.group(0)))
    found.sort(key=lambda m: m.start)
    return found


# ---------------------------------------------------------------- bylines

_BYLINE_LINE = re.compile(r"^\s*[（(](?P<inner>[^（()）]*)[）)]\s*$")
_BYLINE_OPEN = re.compile(r"^\s*[（(](?P<inner>[^（()）]*)$")
_BYLINE_CLOSE = re.compile(r"^(?P<inner>[^（()）]*)[）)]\s*$")
_BARE_BYLINE = re.compile(r"^\s*(?:文\s*[/／]\s*图|文\s*[/／]|图\s*[/／]|文图\s*[：:]|(?:通讯员|记者|撰稿|供稿|作者)\s*[：:])\s*\S")
_SENTENCE_PUNCT = re.compile(r"[。，！？；,.!?;…“”\"]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def byline_inner(text: str) -> str | None:
    """The inside of a byline line, or None if the line is not a byline.

    A byline is a short parenthesized run of departments, role words and names,
    with no sentence punctuation: （护理部 于 歌）, （肿瘤中心 郜学斌 呼吸科 贾一飞）,
    （通讯员：张三）, or a bare 文/张三 图/李四.
    """
    match = _BYLINE_LINE.match(text)
    if match:
        inner = match.group("inner")
    elif _BARE_BYLINE.match(text):
        inner = text.strip()
    else:
        return None
    return inner if looks_like_byline_content(inner) else None


def looks_like_byline_content(inner: str) -> bool:
    norm = normalize_text(inner)
    if not 2 <= len(norm) <= 48:
        return False
    if _SENTENCE_PUNCT.search(norm):
        return False
    if "化名" in norm:
        return False
    # digits appear in bylines almost never; in parenthesized body data often
    if re.search(r"[0-9０-９%×*+=<>]", norm):
        return False
    cjk = len(_CJK.findall(norm))
    if cjk < 2 or cjk < 0.7 * len(norm.replace(" ", "").replace("/", "").replace("：", "")):
        return False
    tokens = [t for t in re.split(r"[\s、/／：:]+", inner.strip()) if t]
    if not tokens:
        return False
    if any(is_department(t) for t in tokens) or any(t in byline_roles() for t in tokens):
        return True
    # names only: 2–4 character tokens (or letter-spaced single characters)
    merged = merge_letter_spaced(tokens)
    return len(merged) <= 6 and all(2 <= len(t) <= 4 for t in merged)


def byline_opening(text: str) -> str | None:
    """The first line of a byline wrapped over two lines: （肿瘤中心 郜学斌 呼吸与危重"""
    match = _BYLINE_OPEN.match(text)
    if not match or _SENTENCE_PUNCT.search(match.group("inner")):
        return None
    return match.group("inner")


def byline_closing(text: str) -> str | None:
    match = _BYLINE_CLOSE.match(text)
    if not match or _SENTENCE_PUNCT.search(match.group("inner")):
        return None
    return match.group("inner")


def merge_letter_spaced(tokens: list[str], pairs: bool = False) -> list[str]:
    """['于', '歌'] → ['于歌']: names set with letter spacing come apart into single characters.

    With ``pairs``, a run of four single characters is two two-character names.
    """
    merged: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if pairs and len(run) == 4:
            merged.extend(["".join(run[:2]), "".join(run[2:])])
        elif run:
            merged.append("".join(run))
        run.clear()

    for token in tokens:
        if len(token) == 1 and _CJK.match(token):
            run.append(token)
            continue
        flush()
        merged.append(token)
    flush()
    return merged


@lru_cache(maxsize=1)
def _department_suffixes() -> tuple[str, ...]:
    return tuple(sorted(load_list("department_suffixes.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def byline_roles() -> frozenset[str]:
    return frozenset(load_list("byline_roles.txt"))


def is_department(token: str) -> bool:
    token = token.strip()
    if len(token) < 2 or token in byline_roles():
        return False
    return any(token.endswith(suffix) and len(token) > len(suffix) for suffix in _department_suffixes())


# ---------------------------------------------------------------- other line kinds

_DECORATION = "【】[]■□◆◇●○★☆▲△▼▽◎※·•>》《<〖〗〔〕|｜ 　"


@lru_cache(maxsize=1)
def _sidebar_titles() -> frozenset[str]:
    return frozenset(load_list("sidebar_titles.txt"))


def sidebar_title(text: str) -> str | None:
    """The sidebar title if the line is one (健康小科普, 【温馨提示】, 小贴士：)."""
    norm = normalize_text(text).strip(_DECORATION).rstrip("：:")
    return norm if norm in _sidebar_titles() else None


_EDITOR_NOTE = re.compile(r"^\s*[【\[〔（(]?\s*编\s*者\s*按\s*[】\]〕）)]?\s*[：:]?")


def editor_note_start(text: str) -> bool:
    return bool(_EDITOR_NOTE.match(text))


@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(pattern)) for kind, pattern in load_patterns("furniture.tsv"))


def furniture_kind(text: str, at_page_top: bool = False) -> str | None:
    """'page_label', 'date_line', 'issue_number', 'imprint' or 'masthead' (page top only)."""
    norm = normalize_text(text)
    if not norm:
        return None
    for kind, pattern in _furniture_patterns():
        if kind == "masthead" and not at_page_top:
            continue
        if pattern.fullmatch(norm):
            return kind
    # a running head: date, page label, issue number, section and editor on one line
    if _RUNNING_HEAD_PUNCT.search(norm) is None and len(norm) <= 60:
        cues = sum(1 for cue in _RUNNING_HEAD_CUES if cue.search(norm))
        if cues >= 2:
            return "running_head"
    return None


_RUNNING_HEAD_PUNCT = re.compile(r"[。！？；]")
_RUNNING_HEAD_CUES = (
    re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"),
    re.compile(r"第[0-9０-９一二三四五六七八九十]{1,3}版"),
    re.compile(r"总?第[0-9一二三四五六七八九十百]+期"),
    re.compile(r"星期[一二三四五六日天]"),
    re.compile(r"(?:责任编辑|责编|编辑|美编|校对|主办)[：:]?"),
)


def masthead_name(text: str) -> str | None:
    """The newspaper's name in a masthead line: '长宁市儿童医院报 第16期' → 长宁市儿童医院报."""
    norm = normalize_text(text)
    for kind, pattern in _furniture_patterns():
        if kind == "masthead":
            match = pattern.fullmatch(norm)
            if match:
                return match.group("name")
    return None


def page_label_number(text: str) -> int | None:
    """The page a running head or page label names: '第2版 综合新闻' → 2."""
    match = re.search(r"第\s*([0-9０-９一二三四五六七八九十]{1,3})\s*版", text)
    return page_number(match.group(1)) if match else None
