"""Names in a byline credit that closes a paragraph (``（记者 某某 通讯员 某某 某某 摄）``) or
opens it (``本报讯（记者 某某）…``).

A credit is a bracket of role words (记者, 通讯员 …) each followed by one or more names,
separated by spaces or 、; a name is two to four characters (a pen name too) or a
transliterated name joined by a middle dot (艾力·买买提). Anything else inside
the bracket means it is no credit (a note, a unit, a sentence), and nothing is read.
"""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .minority_names import minority_parts, of_known_elements
from .name_model import is_dotted_name
from .name_words import WORK_MARKS
from .names import is_cjk

_LONGEST_HAN = 4  # characters of the longest Han name (a compound surname and two)
ROLE_WORDS = ("特约通讯员", "特约记者", "实习记者", "实习生", "通讯员", "记者")  # 实习生: the paper's intern, no post (GOLD_SPEC §7)
_CREDIT = re.compile(r"[（(]([^（）()]{2,60})[）)]\s*$")
_OPENING_CREDIT = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,6}讯)?\s*[（(]([^（）()]{2,60})[）)]")  # 本报讯（记者 某某）…
_CLOSING = ("摄影", "摄", "报道")
_ROLE_GLUED = re.compile("(" + "|".join(ROLE_WORDS) + ")")  # 记者甲通讯员乙: the spaces lost, each role opens a piece


def _is_name(text: str, lexicon: Lexicon) -> bool:
    """A piece after a role word is a name: a transliterated name, or two to four characters
    that are neither a title nor an organization (a pen name such as 清泉 too: the credit's
    slot says it is a name), or a longer run of known minority name elements (of_known_elements)."""
    if is_dotted_name(text) or (len(text) > _LONGEST_HAN and of_known_elements(text)):
        return True  # (通讯员 某某某某某: a minority name of five known elements' characters, no dot)
    return (
        2 <= len(text) <= _LONGEST_HAN and all(is_cjk(c) for c in text) and text not in lexicon.titles
        and not lexicon.title_pattern.search(text) and not lexicon.ends_like_org(text)
    )


_WORK_CREDIT = re.compile(r"\s*(?:" + "|".join(map(re.escape, (*WORK_MARKS, "文图"))) + ")$")  # 文图 too, at a credit's end


def _run_split(piece: str, lexicon: Lexicon) -> list[str]:
    """通讯员甲乙乙 (a credit whose spaces the page lost): a role word and five to eight characters
    after it that read one way only as names of two or three characters, each from a surname."""
    word = next((r for r in ROLE_WORDS if piece.startswith(r)), "")
    run = piece[len(word) :]
    if len(run) < 5 or len(run) > 8 or _is_name(run, lexicon):
        return [piece]
    readings = _name_readings(run, lexicon)
    if len(readings) != 1:
        return [piece]
    names = readings[0]
    return [word + names[0], *names[1:]] if word else names


def _name_readings(run: str, lexicon: Lexicon) -> list[list[str]]:
    """Every way ``run`` is a sequence of names of two or three characters, each from a surname."""
    if not run:
        return [[]]
    out: list[list[str]] = []
    for size in (2, 3):
        head = run[:size]
        if len(head) < size:
            continue
        surname = 2 if head[:2] in lexicon.compound_surnames and size == 3 else 1
        if head[:surname] not in lexicon.surnames or not _is_name(head, lexicon):
            continue
        out.extend([head, *rest] for rest in _name_readings(run[size:], lexicon))
    return out


def _two_character_names_rejoined(pieces: list[str], lexicon: Lexicon) -> list[str]:
    """王 明: a two-character name printed with a space between its characters to fill the width of
    three is one name; so is a surname of two (a compound one, a Yi clan name: 曲比 明) and one."""
    out: list[str] = []
    for piece in pieces:
        if out and len(piece) == 1 and (
            len(out[-1]) == 1 and out[-1] in lexicon.surnames
            or len(out[-1]) == 2 and (out[-1] in lexicon.compound_surnames or out[-1] in minority_parts().yi_clans)
        ):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def credit_names(paragraph: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(role, name) of each name a byline credit closing (or else opening) the paragraph prints
    after a role word, in order; empty when there is no such credit."""
    for pattern in (_CREDIT, _OPENING_CREDIT):
        match = pattern.search(paragraph)
        found = _credit(match.group(1), lexicon) if match else []
        if found:
            return found
    return []


def _credit(inner: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(role, name) pairs of the text inside a credit's brackets; empty unless every piece is a
    role word or a name after one."""
    pieces = re.split(r"[\s、]+", _ROLE_GLUED.sub(r" \1", _WORK_CREDIT.sub("", inner.strip())).strip())
    if pieces and pieces[-1] in _CLOSING:
        pieces = pieces[:-1]
    pieces = [part for piece in pieces for part in _run_split(piece, lexicon)]
    pieces = _two_character_names_rejoined(pieces, lexicon)
    out: list[tuple[str, str]] = []
    role: str | None = None
    for index, piece in enumerate(pieces):
        word = next((r for r in ROLE_WORDS if piece.startswith(r)), None)
        if word is not None:
            role, piece = word, piece[len(word) :]
            if not piece:
                continue
        if index == len(pieces) - 1:
            closing = next((c for c in _CLOSING if piece.endswith(c) and _is_name(piece[: -len(c)], lexicon)), None)
            piece = piece[: -len(closing)] if closing else piece  # 某某摄: the photographer's credit written close
        if role is None or not _is_name(piece, lexicon):
            return []  # （心内科 某某）, a note: no role credit
        out.append((role, piece))
    return out
