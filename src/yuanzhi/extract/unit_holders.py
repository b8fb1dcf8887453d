"""A unit written without a body of its own (``医务科``, ``城东支行``) after another body's post
in the same title chain or sentence is that body's unit: ``某县人民医院副院长兼医务科科长甲`` →
``某县人民医院医务科``, ``某市司法局副局长甲，局某科科长乙`` → ``某市司法局某科`` (GOLD_SPEC §4.1
the institution the sentence or its list names; §4.2 a unit of another body carries it).

The nearest post before it in the sentence decides: its body when that body is not the issue's
hospital and its kind can hold such a unit (lexicon/unit_holders.tsv: a hospital holds 科/部/中心,
a 局 holds 科/处/分局, a bank 支行/部 …); the issue's own hospital or a post of no body stops the
search (the unit then stays the issue hospital's, as before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, key_lists
from .mentions import PersonMention
from .org_resolve import PLACE, SELF_REFERENCES, STRONG_KINDS, OrgMention
from .segment import word_tags

_FILE = "unit_holders.tsv"
_MIN_UNIT = 2  # characters of a unit's name (医务科)
_UNIT_KINDS = {"department", "company", "other"}  # 城东支行, 医学分社 read alone (the holder decides)
_MAX_OWN_HOSPITAL = 4  # characters of a body's own hospital written alone (校医院, 监狱医院: unit_holders.tsv)


@lru_cache(maxsize=4)
def unit_holders(directory: str = "") -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
    """(body ending, unit endings, kinds the body must be of or none), longest body ending first
    (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return ()
    out = [
        (ending, units, frozenset(k.strip() for k in rest[0].split(",") if k.strip()) if rest else frozenset[str]())
        for _, ending, units, rest in key_lists(path, "body ending<TAB>unit endings[<TAB>kinds]", extra=1)
    ]
    return tuple(sorted(out, key=lambda e: len(e[0]), reverse=True))


def holds(body: str, unit: str, lexicon: Lexicon) -> bool:
    """The body (by its name's ending and kind) can hold a unit with the name ``unit``."""
    for ending, units, kinds in unit_holders(lexicon.directory):
        if body.endswith(ending) and len(body) > len(ending):
            return unit.endswith(units) and unit != body and (not kinds or lexicon.org_kind(body) in kinds)
    return False


def bare_unit(org: OrgMention | None, home: str | None) -> bool:
    """A unit printed alone: no body written with it (not 我院医务科, not 某医院医务科)."""
    return (
        org is not None and (org.kind in _UNIT_KINDS or org.kind == "hospital" and len(org.text) <= _MAX_OWN_HOSPITAL
                             or org.kind == "government" and org.text.endswith(_BRANCH))  # 第三税务分局: a bureau's branch
        and org.text == org.name
        and org.parent in (None, home) and len(org.text) >= _MIN_UNIT
        and PLACE.match(org.text) is None  # 某市急救中心: a place's own body, no unit
        and not _level_first(org.text)  # 市社会保险事业管理中心: the city's own, no unit of the body before
        and _NATIONAL.match(org.text) is None  # 国家某专业医疗质量控制中心: the nation's own body
    )


_NATIONAL = re.compile(r"^(?:国家(?!级)|全国)")  # a national body's name (not 国家级胸痛中心: a unit's grade)


_LEVELS = "省市县区"
_BRANCH = "分局"  # a bureau's branch printed without its place is a unit of the bureau (局 holds 分局)


def _level_first(text: str) -> bool:
    """The name starts with a level word standing for its place (市…中心), not a word (市场部)."""
    return text[0] in _LEVELS and text[:2] not in word_tags()


def unit_in_sentence(
    org: OrgMention | None, earlier: Sequence[tuple[PersonMention, OrgMention | None]],
    lexicon: Lexicon, home: str | None, sentence: str = "", person: PersonMention | None = None,
) -> OrgMention | None:
    """``org`` as the unit of the body of the nearest earlier post of the sentence, or ``org``.
    The earlier post is the same person's (a chain) or an item of the same list: its body printed
    before its holder's name, and no self-reference (我院, 本院) between it and the unit."""
    if org is None or not bare_unit(org, home):
        return org
    for holder, before in reversed(earlier):
        if before is None:
            return org
        same = person is not None and holder.name == person.name and holder.start == person.start
        gap = sentence[holder.end : org.start] if holder.end <= org.start else ""
        if not same and (before.start >= holder.start or any(ref in gap for ref in SELF_REFERENCES)):
            return org  # 甲将挂任某医院副院长，某科副科长乙: a predicate, not a list item
        body = before.parent if before.kind == "department" and before.parent else before.name
        if body == home or not body or not _named(body, before, lexicon):
            return org
        if not holds(body, org.text, lexicon):
            return org
        return OrgMention(org.start, org.end, org.text, body + org.text, "department", body)
    return org


def _named(body: str, before: OrgMention, lexicon: Lexicon) -> bool:
    """A body of record: of a strong kind or named with its place (not 提案工作委员会)."""
    kind = lexicon.org_kind(body) if before.kind == "department" else before.kind
    return kind in STRONG_KINDS or PLACE.match(body) is not None
