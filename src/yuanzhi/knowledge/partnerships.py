"""One signing, one partnership.

An article about one signing often names it twice (签订专科联盟协议: an alliance
and an agreement), or once with two parties and once with a third. The records
that are one event merge:

* the same parties and the same kind (a later issue recalling the alliance);
* the same parties on the same date, or told by the same article, whatever kind;
* in one article, parties that are a subset of another record's parties.

The merged record has the most specific kind (alliance before assistance,
co-construction, agreement, other), the larger set of parties, the earliest
date (the day rather than its month) and every piece of evidence once. The body
a partnership sets up (某某专科联盟, partnership_bodies.txt) is never a party.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..extract.dates import date_key
from ..lexicon_file import lexicon_entries
from ..model import Partnership

KIND_ORDER = ("alliance", "assistance", "co-construction", "agreement", "other")
BODIES = Path(__file__).with_name("partnership_bodies.txt")


def load_bodies(path: Path = BODIES) -> tuple[str, ...]:
    """Endings of the names of bodies partnerships set up (联盟, 医联体); a bad line
    raises LexiconError naming it."""
    endings = []
    for number, line in lexicon_entries(path):
        if any(ch.isspace() for ch in line) or len(line) > 8:
            raise LexiconError(str(path), number, f"{line!r} is not one ending")
        endings.append(line)
    return tuple(endings)


@lru_cache(maxsize=1)
def default_bodies() -> tuple[str, ...]:
    return load_bodies()


def parties_only(
    partnerships: Iterable[Partnership],
    bodies: Sequence[str] | None = None,
    institutions: Iterable[str] = (),
) -> list[Partnership]:
    """Partnerships between institutions: the body they set up is no party (某某专科联盟
    is what the parties founded), a unit is its institution (某医院某科 signs for 某医院, when
    ``institutions`` names it; a university's 学院 signs in its own name, unless the university is
    a party of a signing too); fewer than two parties left: no partnership."""
    endings = tuple(default_bodies() if bodies is None else bodies)
    known = sorted({name for name in institutions if len(name) >= 2}, key=len, reverse=True)
    out = []
    partnerships = list(partnerships)
    signing = {party for p in partnerships for party in p.parties}  # a university that signs itself
    for p in partnerships:
        parties = tuple(
            dict.fromkeys(_institution(party, known, signing) for party in p.parties if not party.endswith(endings))
        )
        if parties == p.parties:
            out.append(p)
        elif len(parties) >= 2:
            out.append(replace(p, parties=parties))
    return out


class _Sets:
    """Union-find over record indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _articles(p: Partnership) -> set[tuple[str, str]]:
    return {(e.source, e.article_id) for e in p.evidence}


def one_per_signing(partnerships: Iterable[Partnership]) -> list[Partnership]:
    """Partnerships with the records of one event merged (see the module's rules)."""
    items = list(partnerships)
    sets = _Sets(len(items))
    by_parties: dict[frozenset[str], list[int]] = defaultdict(list)
    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(items):
        by_parties[frozenset(p.parties)].append(i)
        for article in _articles(p):
            by_article[article].append(i)
    for group in by_parties.values():
        firsts: dict[object, int] = {}
        for i in group:
            p = items[i]
            for key in (("kind", p.kind), ("date", date_key(p.date)) if p.date else None):
                if key is None:
                    continue
                if key in firsts:
                    sets.join(firsts[key], i)
                else:
                    firsts[key] = i
    for group in by_article.values():
        for i in group:
            for j in group:
                if i < j and (set(items[i].parties) <= set(items[j].parties) or set(items[j].parties) <= set(items[i].parties)):
                    sets.join(i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[sets.find(i)].append(i)
    return [_merged([items[i] for i in members]) for members in clusters.values()]


_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市县区州旗]")  # a place by its level word (某市, 某县)
_OWN_KINDS = ("government", "university")  # 某街道办事处 is the office itself, not a unit of the street
_UNIVERSITY = "university"
_OWN_BRANCHES = ("分公司", "支公司", "分行", "支行")  # a company's or a bank's branch, registered in its own name


def _institution(party: str, institutions: Sequence[str], signing: Collection[str] = ()) -> str:
    """The longest institution whose unit ``party`` is (某大学 + 某学院, 某医院 + 某科), else
    the party. What follows a place's name is no unit of it: 某县 + 人民医院 is a hospital."""
    from ..extract.lexicon_loader import default_lexicon

    kind_of = default_lexicon().org_kind
    if party.endswith(_OWN_BRANCHES):
        return party  # 某保险股份有限公司某分公司: a branch signs under its own registered name (GOLD_SPEC §13)
    for name in institutions:
        if _PLACE.fullmatch(name):
            continue  # 某市 is a place: 某市精神卫生中心 is a body of its own, no unit of the place
        if party != name and party.startswith(name):
            unit = kind_of(party[len(name) :])
            if unit == kind_of(party) == _UNIVERSITY and name not in signing:
                continue  # 某大学口腔医学院: a college signs in its own name, unless its university signs too
            if (unit == "department" and kind_of(party) not in _OWN_KINDS) or (
                unit is not None and unit == kind_of(name)
            ):  # 某街道办事处 is the office itself, not a unit of the street 某街道
                return name
    return party


def _merged(records: Sequence[Partnership]) -> Partnership:
    if len(records) == 1:
        return records[0]
    widest = max(records, key=lambda p: len(set(p.parties)))
    kind = min((p.kind for p in records), key=KIND_ORDER.index)
    date = _earliest_precise([p.date for p in records if p.date])
    evidence = tuple(dict.fromkeys(e for p in records for e in p.evidence))
    return replace(widest, kind=kind, date=date, evidence=evidence)


def _earliest_precise(dates: Sequence[str]) -> str | None:
    """The earliest date, the most precise one when several say the same (2031-03-20
    over 2031-03, which only names its month)."""
    if not dates:
        return None
    earliest = min(dates, key=date_key)
    finer = [d for d in dates if date_key(d).startswith(date_key(earliest)) and len(date_key(d)) > len(date_key(earliest))]
    return min(finer, key=date_key) if finer else earliest
