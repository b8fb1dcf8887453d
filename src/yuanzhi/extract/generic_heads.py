"""A body written by its kind word alone before one of its units (lexicon/bare_bodies.tsv):
``学校德育处`` after 某区实验中学 was named, ``分行公司业务部`` after 某银行某分行, ``分会青年委员会``
after 某学会某分会. The kind word stands for the last body of that kind the article named before
(GOLD_SPEC §4: the smallest body printed, with its parents), as 该校, 该行 would."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _words, key_lists
from .org_resolve import OrgMention
from .org_short_names import full_name_of
from .segment import is_cjk

_FILE = "bare_bodies.tsv"
_ENDINGS_FILE = "bare_endings.txt"
_MIN_UNIT = 2  # characters of the unit after the kind word (德育处)


@lru_cache(maxsize=4)
def bare_bodies(directory: str = "") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind word, endings), longest kind word first (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return ()
    rows = key_lists(path, "kind word<TAB>endings")
    return tuple(sorted(((key, endings) for _, key, endings, _ in rows), key=lambda e: len(e[0]), reverse=True))


@lru_cache(maxsize=4)
def bare_endings(directory: str = "") -> frozenset[str]:
    """Endings that stand alone for the body printed before (lexicon/bare_endings.txt)."""
    path = Path(directory or LEXICON_DIR) / _ENDINGS_FILE
    return frozenset(w for _n, w in _words(path)) if path.exists() else frozenset()


@lru_cache(maxsize=4)
def _ending_with(words: frozenset[str]) -> dict[str, tuple[str, ...]] | None:
    """The words by their last character (only a word ending with a character can end a text
    there); None when an empty word ends every text."""
    if "" in words:
        return None
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        out[word[-1]] = (*out.get(word[-1], ()), word)
    return out


def _boundary_words_ending(lexicon: Lexicon, last: str) -> Iterable[str]:
    by_last = _ending_with(lexicon.boundary_words)
    return lexicon.boundary_words if by_last is None else by_last.get(last, ())


def generic_head(org: OrgMention, named: Sequence[OrgMention], lexicon: Lexicon, sentence: str = "") -> OrgMention | None:
    """``org`` as the unit of the body its kind word stands for, or None. The kind word stands
    alone: at the start of the clause (not 南岸|大学医学院, a name jieba cut)."""
    if org.text != org.name and org.parent is None:
        return None
    before = sentence[org.start - 1 : org.start] if 0 < org.start <= len(sentence) else ""
    if before and is_cjk(before) and not any(
        sentence.endswith(w, 0, org.start) for w in _boundary_words_ending(lexicon, before)
    ):
        return None  # (当选|分会青年委员会: after a verb the clause starts)
    whole = next((e for w, e in bare_bodies(lexicon.directory) if org.text == w == _SCHOOL), None)
    if whole is not None:  # 学校党委书记: the kind word alone is the school the article named last
        schools = [_whole(m.name, whole) for m in named if m.name.endswith(whole) and len(m.name) > len(org.text)]
        if not schools:
            return None
        school = max(reversed(schools), key=schools.count)  # the school the article is about: named most, else last
        return OrgMention(org.start, org.end, org.text, school, lexicon.org_kind(school) or "other")
    if lexicon.is_org_suffix(org.text):
        return None  # 中心医院, 中心卫生院: a kind of body of its own, no kind word before a unit
    for word, endings in bare_bodies(lexicon.directory):
        unit = org.text[len(word) :]
        if not org.text.startswith(word) or len(unit) < _MIN_UNIT or lexicon.org_kind(unit) is None:
            continue
        body = next((m.name for m in reversed(named) if m.name.endswith(endings) and len(m.name) > len(word)
                     and m.name != org.text and not m.name.endswith(org.text)), None)
        if body is None:
            return None
        body = full_name_of(body, [m.name for m in named], lexicon) or body  # 某银行某分行 for 某银行股份有限公司某分行
        body = _whole_school(word, body)
        return OrgMention(org.start, org.end, org.text, body + unit, lexicon.org_kind(unit) or "department", body)
    return None


_SCHOOL = "学校"
_MIN_SCHOOL = 4  # characters of a school's own name with its ending (某某学院)
_UNIVERSITY = "大学"


def _whole_school(word: str, body: str) -> str:
    """学校 stands for the whole school: a 学院 printed as a university's school (某大学基础医学院)
    is its unit, and the school the word means is the university (某大学研究生院培养办)."""
    if word != _SCHOOL or body.endswith(_UNIVERSITY):
        return body
    at = body.rfind(_UNIVERSITY)
    return body[: at + len(_UNIVERSITY)] if at > 0 else body


def _whole(name: str, endings: tuple[str, ...]) -> str:
    """某专科学校护理学院 → 某专科学校: a school printed with one of its own 学院 is the whole school."""
    return next((name[:cut] for cut in range(_MIN_SCHOOL, len(name)) if name[:cut].endswith(endings)), name)
