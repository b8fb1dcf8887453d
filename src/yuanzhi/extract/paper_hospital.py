"""The paper's own hospital: given, else printed in the masthead, else guessed from the texts.

A 院报 names its hospital in its masthead (``青川市人民医院报``, ``某某医院院报``) or its
imprint (``青川市人民医院主办``, ``主办：中共某某医院委员会``); an archive belongs to one
hospital. A reader of an article that never names its hospital (``医院党委书记…``, ``我院与…签约``)
knows it from the paper, and so does the extractor once it is told:

    given (``--hospital``, the archive's setting)  >  masthead  >  the texts (home_orgs.py)

A group's paper (``某某医疗集团报``) or a bare ``院报`` names no hospital. Words are data
(``lexicon/paper_hospital.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import HomeHospital, Issue

if TYPE_CHECKING:
    from .lexicon_loader import Lexicon
    from .orgs import Tokens

__all__ = ["check_hospital", "issue_home", "masthead_hospital", "paper_home"]

LEXICON = Path(__file__).parent / "lexicon" / "paper_hospital.tsv"
_KEYS = ("paper_endings", "host_cues", "host_units", "host_prefixes", "generic_heads", "imprint_words")
MAX_NAME = 60  # characters: a hospital's full name is far shorter


@dataclass(frozen=True)
class PaperWords:
    paper_endings: frozenset[str]
    host_cues: tuple[str, ...]  # longest first
    host_units: frozenset[str]
    host_prefixes: tuple[str, ...]
    generic_heads: tuple[str, ...]  # longest first
    imprint_words: tuple[str, ...]


@lru_cache(maxsize=4)
def paper_words(path: Path = LEXICON) -> PaperWords:
    """The words of ``paper_hospital.tsv``; a bad line names file and line (LexiconError)."""
    from ..errors import LexiconError
    from .lexicon_loader import key_lists

    rows: dict[str, tuple[str, ...]] = {}
    for number, key, items, _extra in key_lists(path, "key<TAB>comma-separated words"):
        if key not in _KEYS:
            raise LexiconError(str(path), number, f"unknown key {key!r}; expected one of {', '.join(_KEYS)}")
        rows[key] = rows.get(key, ()) + items

    def longest(key: str) -> tuple[str, ...]:
        return tuple(sorted(set(rows.get(key, ())), key=len, reverse=True))

    return PaperWords(
        frozenset(rows.get("paper_endings", ())), longest("host_cues"), frozenset(rows.get("host_units", ())),
        longest("host_prefixes"), longest("generic_heads"), longest("imprint_words"),
    )


def check_hospital(name: str | None) -> str | None:
    """A given hospital name, tidied (spaces dropped), or InputError naming what is wrong."""
    if name is None:
        return None
    tidy = re.sub(r"\s+", "", name)
    if not tidy:
        raise InputError("--hospital", "is empty", "give the paper's own hospital by its full name (e.g. 某某市人民医院)")
    if len(tidy) > MAX_NAME or any(ord(c) < 32 for c in name.strip()):
        raise InputError("--hospital", f"{name[:20]!r} is not a hospital's name", f"at most {MAX_NAME} characters, one line")
    return tidy


def paper_home(issue: Issue, lexicon: Lexicon) -> HomeHospital | None:
    """The hospital given for the issue, else the one its masthead prints (no guess from the texts)."""
    if issue.hospital:
        return HomeHospital(issue.hospital, "given")
    printed = masthead_hospital(issue.title, issue.furniture, lexicon)
    return HomeHospital(printed, "masthead") if printed else None


def issue_home(
    issue: Issue, texts: Sequence[str], tokenize: Callable[[str], Tokens], lexicon: Lexicon
) -> HomeHospital | None:
    """The issue's own hospital: given, else the masthead's, else the one the texts name most."""
    from .home_orgs import home_hospital
    from .org_short_names import full_name_of

    found = paper_home(issue, lexicon)
    if found is not None and found.source == "given":
        return found
    guessed = home_hospital(texts, tokenize, lexicon)
    if found is not None:  # a masthead printing the short form (雁汀医院报) of the name the articles print
        full = full_name_of(found.name, [guessed], lexicon) if guessed else None
        return HomeHospital(full, "masthead") if full else found
    return HomeHospital(guessed, "text") if guessed else None


def masthead_hospital(title: str | None, furniture: Iterable[str], lexicon: Lexicon) -> str | None:
    """The hospital a paper's name (``某某医院报``) or an imprint line (``某某医院主办``) prints."""
    from .sentences import to_simplified

    words = paper_words()
    if title:
        plain = to_simplified(_QUOTES.sub("", title))
        for piece in (re.sub(r"\s+", "", plain), *(p for p in _NOT_NAME.split(plain) if p)):  # 《某某医院报》 2025年…
            name = _hospital_before(piece, lexicon, words, words.paper_endings)
            if name is not None:
                return name
    for line in furniture:
        name = _host_in(to_simplified(line), lexicon, words)
        if name is not None:
            return name
    return None


def _hospital_before(
    text: str, lexicon: Lexicon, words: PaperWords, after: frozenset[str], imprint: bool = False
) -> str | None:
    """The longest hospital ``text`` starts with when what follows it is one of ``after`` (or a
    unit of the hospital, or another imprint field with ``imprint``), else None."""
    for prefix in words.host_prefixes:
        if text.startswith(prefix) and len(text) > len(prefix) + 3:
            text = text[len(prefix) :]
            break
    for cut in range(min(len(text), MAX_NAME), 3, -1):
        name, rest = text[:cut], text[cut:]
        if lexicon.org_kind(name) != "hospital" or not _named(name, lexicon, words):
            continue
        if rest in after or (imprint and _office_or_field(rest, lexicon, words)):
            return name
    return None


def _office_or_field(rest: str, lexicon: Lexicon, words: PaperWords) -> bool:
    """What may follow the host in an imprint: nothing, its own office, or the next field."""
    return (
        not rest or rest in words.host_units or lexicon.org_kind(rest) == "department"
        or rest.startswith(words.imprint_words)
    )


def _named(name: str, lexicon: Lexicon, words: PaperWords) -> bool:
    """Whether a hospital-shaped name names one (青川市人民医院), not a kind (人民医院, 市中心医院)."""
    if name in lexicon.generic_orgs:
        return False
    head = name[: len(name) - len(lexicon.org_suffix(name) or "")]
    changed = True
    while head and changed:
        changed = False
        for word in words.generic_heads:
            if head.startswith(word):
                head, changed = head[len(word) :], True
            if head.endswith(word):
                head, changed = head[: len(head) - len(word)], True
    return bool(head)


_QUOTES = re.compile(r"[《》〈〉“”「」『』]")
# furniture that is no part of a body's name: dates, weekdays, issue and page numbers, brackets
_NOT_NAME = re.compile(
    r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|星期[一二三四五六日天]|周[一二三四五六日天](?![年刊])|农历\S{2,8}?[日月]"
    r"|总?第\s*[0-9０-９一二三四五六七八九十百千]+\s*[期版号]|[（(][^（()）]{0,12}[）)]"
    r"|[0-9０-９A-Za-z]+|[\s，。；、·•|｜/—\-]+"
)


def _host_in(line: str, lexicon: Lexicon, words: PaperWords) -> str | None:
    """The hospital an imprint line names as the paper's host: ``主办：某某医院``, ``某某医院主办``."""
    if not any(cue in line for cue in words.host_cues):
        return None
    pieces = [p for p in _NOT_NAME.split(line) if p]
    for piece in pieces:
        for cue in words.host_cues:
            at = piece.find(cue)
            if at < 0:
                continue
            after = piece[at + len(cue) :].lstrip("：:")
            if after:  # 主办：某某医院(主编：…)
                name = _hospital_before(after, lexicon, words, frozenset(), imprint=True)
                if name is not None:
                    return name
            before = piece[:at]
            if before.endswith("联合"):
                before = before[:-2]
            if len(before) >= 4:  # 某某医院(党委宣传部)主办
                name = _hospital_before(before, lexicon, words, frozenset(), imprint=True)
                if name is not None:
                    return name
            break
    return None
