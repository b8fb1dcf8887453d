"""Short forms of an organization's name that an article uses beside the full one.

A reader of 珑川市第一人民医院 … 珑川一院党委书记 knows they are one hospital: the
short form keeps the full name's first character and the order of the characters it
keeps (嵩医一附院, 华康集团, 南屏儿童医院, 淮理工), or it drops the place before a
level word (县卫生健康局 for 溪口县卫生健康局, 市卫健委 for 砺川市卫生健康委员会;
the level words are data, place_levels.txt). Only names the same article uses count,
and only when one full name fits: two hospitals that both could be meant leave the
short form alone. A unit under a name (北京医院泌尿外科) is no short form of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..extract.numbered_units import skips_corps_unit
from ..extract.ordinal_names import drops_number
from ..lexicon_file import lexicon_entries
from ..model import Evidence, Facts

LEVELS = Path(__file__).with_name("place_levels.txt")
NAMED_KINDS = {"group", "hospital", "company", "government", "university", "association"}
MIN_PLACE = 2  # characters of a place name before its level word


def load_levels(path: Path = LEVELS) -> frozenset[str]:
    levels = []
    for number, line in lexicon_entries(path):
        if len(line) != 1:
            raise LexiconError(str(path), number, f"{line!r} is not one character")
        levels.append(line)
    return frozenset(levels)


@lru_cache(maxsize=1)
def default_levels() -> frozenset[str]:
    return load_levels()


@lru_cache(maxsize=65_536)
def _kind(name: str) -> str | None:
    from ..extract.lexicon_loader import default_lexicon

    return default_lexicon().org_kind(name)


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def abbreviates(short: str, full: str, levels: frozenset[str] | None = None) -> bool:
    """Can ``short`` be a short form of the organization ``full``?"""
    if not 2 <= len(short) < len(full) or full.startswith(short):
        return False
    if not (short[0] == full[0] and _subsequence(short, full)) and not _drops_place(short, full, levels):
        return False
    if skips_corps_unit(short, full):
        return False  # 第十七师医院: the division's hospital, not its regiment's (第十七师二〇九团医院)
    if drops_number(short, full):
        return False  # 某市人民医院 is another hospital than 某市第三人民医院 (ordinal_names.py)
    kind = _kind(full)  # the characters fit: now the kinds must
    return kind in NAMED_KINDS and _kind(short) in (None, kind)


def _drops_place(short: str, full: str, levels: frozenset[str] | None) -> bool:
    """县卫生健康局 for 溪口县卫生健康局: the level word starts the short form."""
    levels = default_levels() if levels is None else levels
    if len(short) < 3 or short[0] not in levels:
        return False
    at = full.find(short[0], MIN_PLACE)
    return at >= MIN_PLACE and full[at + 1 : at + 2] == short[1] and _subsequence(short[1:], full[at + 1 :])


def _uses(facts: Facts) -> Iterator[tuple[str, tuple[Evidence, ...]]]:
    """(organization name, evidence) for every place the facts name an organization."""
    for org in facts.organizations:
        yield org.name, org.evidence
    for person in facts.people:
        for position in person.positions:
            if position.org:
                yield position.org, position.evidence
    for appointment in facts.appointments:
        if appointment.org:
            yield appointment.org, appointment.evidence
    for partnership in facts.partnerships:
        for party in partnership.parties:
            yield party, partnership.evidence
    for listed in facts.listed_leaders:
        if listed.org:
            yield listed.org, listed.evidence


def short_forms(
    facts: Sequence[Facts], mapping: Mapping[str, str | None], levels: frozenset[str] | None = None
) -> dict[str, str]:
    """Short form → the full name it stands for, among names one article uses."""
    by_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in facts:
        for raw, evidence in _uses(item):
            name = mapping.get(raw, raw)
            if not name:
                continue
            for e in evidence:
                by_article[(e.source, e.article_id)].add(name)
    levels = default_levels() if levels is None else levels
    fits: dict[str, set[str]] = defaultdict(set)
    for names in by_article.values():
        by_first: dict[str, list[str]] = defaultdict(list)
        for name in names:
            by_first[name[0]].append(name)
        for short in names:
            candidates = names if short[0] in levels else by_first[short[0]]
            fits[short].update(f for f in candidates if len(f) > len(short) and abbreviates(short, f, levels))
    found: dict[str, str] = {}
    for short, full_names in fits.items():
        kept = {f for f in full_names if not any(f != g and f.startswith(g) for g in full_names)}  # not units
        if len(kept) == 1:
            found[short] = kept.pop()
    # a full name that is itself a short form of another: follow to the end
    for short in list(found):
        seen = {short}
        while found[short] in found and found[short] not in seen:
            seen.add(found[short])
            found[short] = found[found[short]]
    return found
