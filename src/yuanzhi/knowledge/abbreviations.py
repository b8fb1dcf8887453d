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
from ..model import Evidence, Facts

LEVELS = Path(__file__).with_name("place_levels.txt")
NAMED_KINDS = {"group", "hospital", "company", "government", "university", "association"}
MIN_PLACE = 2  # characters of a place name before its level word


def load_levels(path: Path = LEVELS) -> frozenset[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(str(path), 0, f"cannot read ({exc})") from None
    levels = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) != 1:
            raise LexiconError(str(path), number, f"{line!r} is not one character")
        levels.append(line)
    return frozenset(levels)


@lru_cache(maxsize=1)
def default_levels() -> frozenset[str]:
    return load_levels()


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
    kind = _kind(full)
    if kind not in NAMED_KINDS or _kind(short) not in (None, kind):
        return False
    if short[0] == full[0] and _subsequence(short, full):
        return True
    levels = default_levels() if levels is None else levels
    if short[0] not in levels or len(short) < 3:
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
    articles_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for item in facts:
        for raw, evidence in _uses(item):
            name = mapping.get(raw, raw)
            if not name:
                continue
            for e in evidence:
                key = (e.source, e.article_id)
                by_article[key].add(name)
                articles_of[name].add(key)
    found: dict[str, str] = {}
    for short, articles in articles_of.items():
        fits = {full for key in articles for full in by_article[key] if abbreviates(short, full, levels)}
        fits = {f for f in fits if not any(f != g and f.startswith(g) for g in fits)}  # not its units
        if len(fits) == 1:
            found[short] = fits.pop()
    # a full name that is itself a short form of another: follow to the end
    for short in list(found):
        seen = {short}
        while found[short] in found and found[short] not in seen:
            seen.add(found[short])
            found[short] = found[found[short]]
    return found
