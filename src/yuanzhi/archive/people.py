"""People and organizations across the archive: timelines and leadership on a date.

Both read the merged knowledge (Archive.facts()) and the mentions table; dates
compare as ISO prefixes, so ``2024-06`` covers every day of June.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from .. import model
from ..errors import LexiconError, NotFoundError
from .records import ArticleRef, Leader, OrgNode, OrgRecord, PersonRecord, PositionSpan

if TYPE_CHECKING:
    from .store import Archive


LEADERSHIP_TITLES = Path(__file__).with_name("leadership_titles.txt")


def load_title_endings(path: Path = LEADERSHIP_TITLES) -> tuple[str, ...]:
    """Title endings from a data file (one per line, # comments)."""
    endings = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if any(ch.isspace() for ch in line) or len(line) > 12:
            raise LexiconError(str(path), number, f"{line!r} is not one title ending")
        endings.append(line)
    return tuple(endings)


def is_leadership(title: str, endings: tuple[str, ...]) -> bool:
    return title.endswith(endings)


def on_or_before(date: str | None, on: str) -> bool:
    """``date`` is not after ``on`` (compared at the coarser precision)."""
    if not date:
        return False
    size = min(len(date), len(on))
    return date[:size] <= on[:size]


def _evidence_dates(archive: Archive, evidence: tuple[model.Evidence, ...]) -> list[str]:
    ids = list({e.article_id for e in evidence})
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = archive.conn.execute(
        f"SELECT date FROM articles WHERE id IN ({marks}) AND date IS NOT NULL", ids
    )
    return [r[0] for r in rows]


def position_spans(archive: Archive, person: model.Person) -> tuple[PositionSpan, ...]:
    grouped: dict[tuple[str, str | None], list[model.Position]] = defaultdict(list)
    for position in person.positions:
        grouped[(position.title, position.org)].append(position)
    spans = []
    for (title, org), positions in grouped.items():
        evidence = tuple(e for p in positions for e in p.evidence)
        dates = [d for p in positions for d in (p.first_seen, p.last_seen) if d]
        dates += _evidence_dates(archive, evidence)
        sources = tuple(dict.fromkeys(e.source for e in evidence if e.source))
        spans.append(
            PositionSpan(
                title,
                org,
                min(dates) if dates else None,
                max(dates) if dates else None,
                sources,
                evidence,
            )
        )
    spans.sort(key=lambda s: (s.first_seen or "9999", s.title))
    return tuple(spans)


def articles_naming(archive: Archive, name: str) -> tuple[ArticleRef, ...]:
    rows = archive.conn.execute(
        "SELECT a.id, a.title, a.date, i.source FROM mentions m JOIN articles a ON a.rowid = m.article_rowid"
        " JOIN issues i ON i.id = a.issue_id WHERE m.person = ? ORDER BY a.date, a.id",
        (name,),
    )
    return tuple(ArticleRef(*r) for r in rows)


_PERSON_ROWS = (
    "(f.kind IN ('person', 'appointment') AND f.name = ?1)"
    " OR (f.kind = 'honor' AND instr(f.name, ?1) > 0)"
    " OR (f.kind = 'event' AND (instr(f.data, ?1) > 0 OR f.article_id IN"
    "  (SELECT a.id FROM mentions m JOIN articles a ON a.rowid = m.article_rowid WHERE m.person = ?1)))"
)
_ORG_ROWS = (
    "f.kind = 'organization'"
    " OR (f.kind = 'person' AND EXISTS (SELECT 1 FROM json_each(f.data, '$.positions') p"
    "  WHERE json_extract(p.value, '$.org') = ?1))"
    " OR (f.kind = 'appointment' AND json_extract(f.data, '$.org') = ?1)"
    " OR (f.kind IN ('partnership', 'honor') AND instr(f.name, ?1) > 0)"
)


def person(archive: Archive, name: str) -> PersonRecord:
    facts = archive.load_facts(_PERSON_ROWS, (name,))
    found = [p for p in facts.people if p.name == name]
    merged = model.Person(name, tuple(pos for p in found for pos in p.positions))
    # same day: 任 before 免, the order a 任免 notice uses
    appointments = tuple(
        sorted(
            (a for a in facts.appointments if a.person == name),
            key=lambda a: (a.date or "", a.action != "appoint"),
        )
    )
    articles = articles_naming(archive, name)
    if not found and not appointments and not articles:
        raise NotFoundError(f"{archive.path}: no person named {name!r} in the archive")
    article_ids = {a.id for a in articles}
    events = tuple(
        sorted(
            (e for e in facts.events if e.article_id in article_ids or name in e.summary),
            key=lambda e: e.date or "",
        )
    )
    honors = tuple(h for h in facts.honors if name in h.recipient)
    return PersonRecord(
        name, position_spans(archive, merged), appointments, events, articles, honors
    )


def _holders(archive: Archive, facts: model.Facts, org: str, on: str | None) -> tuple[Leader, ...]:
    candidates: dict[tuple[str, str], Leader] = {}
    for p in facts.people:
        for span in position_spans(
            archive, model.Person(p.name, tuple(x for x in p.positions if x.org == org))
        ):
            if on is None or on_or_before(span.first_seen, on):
                basis = (
                    f"named as {span.title} on {span.first_seen}"
                    if span.first_seen
                    else f"named as {span.title}"
                )
                candidates[(p.name, span.title)] = Leader(
                    p.name, span.title, span.first_seen, span.last_seen, basis, span.evidence
                )
    removed: set[tuple[str, str]] = set()
    for ap in sorted(facts.appointments, key=lambda a: a.date or ""):
        if ap.org != org or (on is not None and not on_or_before(ap.date, on)):
            continue
        if ap.action == "remove":
            removed.add((ap.person, ap.title))
            continue
        removed.discard((ap.person, ap.title))
        known = candidates.get((ap.person, ap.title))
        since = min(filter(None, [ap.date, known.since if known else None]), default=None)
        last = max(filter(None, [ap.date, known.last_seen if known else None]), default=None)
        basis = f"appointed {ap.date}" if ap.date else "appointed"
        candidates[(ap.person, ap.title)] = Leader(
            ap.person, ap.title, since, last, basis, ap.evidence + (known.evidence if known else ())
        )
    leaders = [lead for key, lead in candidates.items() if key not in removed]
    # a title taken by someone newer: earlier holders not seen since are succeeded
    newest: dict[str, str] = {}
    for lead in leaders:
        if lead.since and lead.since > newest.get(lead.title, ""):
            newest[lead.title] = lead.since
    current = [
        lead
        for lead in leaders
        if not newest.get(lead.title) or (lead.last_seen or lead.since or "") >= newest[lead.title]
    ]
    return tuple(sorted(current, key=lambda lead: (lead.title, lead.since or "", lead.name)))


def _tree(facts: model.Facts, name: str, seen: frozenset[str] = frozenset()) -> OrgNode:
    kinds = {o.name: o.kind for o in facts.organizations}
    children = sorted(
        {
            o.name
            for o in facts.organizations
            if o.parent == name and o.name not in seen and o.name != name
        }
    )
    return OrgNode(
        name, kinds.get(name, "other"), tuple(_tree(facts, c, seen | {name}) for c in children)
    )


def org(archive: Archive, name: str, on: str | None = None) -> OrgRecord:
    facts = archive.load_facts(_ORG_ROWS, (name,))
    record = next((o for o in facts.organizations if o.name == name), None)
    holders = _holders(archive, facts, name, on)
    endings = load_title_endings()
    leadership = tuple(h for h in holders if is_leadership(h.title, endings))
    staff = tuple(h for h in holders if not is_leadership(h.title, endings))
    partnerships = tuple(p for p in facts.partnerships if name in p.parties)
    honors = tuple(h for h in facts.honors if h.recipient == name)
    named = any(pos.org == name for p in facts.people for pos in p.positions)
    if record is None and not holders and not partnerships and not honors and not named:
        raise NotFoundError(f"{archive.path}: no organization named {name!r} in the archive")
    articles = tuple(
        ArticleRef(*r)
        for r in archive.conn.execute(
            "SELECT DISTINCT a.id, a.title, a.date, i.source FROM facts f JOIN articles a ON a.id = f.article_id"
            " JOIN issues i ON i.id = a.issue_id WHERE f.kind = 'organization' AND f.name = ? ORDER BY a.date",
            (name,),
        )
    )
    return OrgRecord(
        name=name,
        kind=record.kind if record else "other",
        parent=record.parent if record else None,
        on=on,
        leadership=leadership,
        staff=staff,
        tree=_tree(facts, name),
        partnerships=partnerships,
        honors=honors,
        articles=articles,
    )
