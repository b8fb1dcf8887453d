"""People and organizations across the archive: timelines and leadership on a date.

The rules live in knowledge.timeline (pure functions over model.Facts); this
module only loads the facts rows a page needs, the dates of the articles behind
their evidence, and the article lists (SQL).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import model
from ..errors import NotFoundError
from ..knowledge.timeline import holders_as_of, on_or_before, person_timeline
from . import dialect
from .db import Kind
from .records import ArticleRef, Leader, OrgNode, OrgRecord, PersonRecord, PositionSpan

if TYPE_CHECKING:
    from .store import Archive

__all__ = ["on_or_before", "org", "person", "position_spans"]

_CHUNK = 900  # ids per query, under SQLite's variable limit


def article_dates(archive: Archive, evidence: Iterable[model.Evidence]) -> dict[str, str]:
    """The date of each dated article some evidence comes from (article id → date)."""
    ids = list(dict.fromkeys(e.article_id for e in evidence))
    out: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = archive.conn.execute(
            f"SELECT id, date FROM articles WHERE id IN ({marks}) AND date IS NOT NULL", chunk
        )
        out.update((r[0], r[1]) for r in rows)
    return out


def _evidence_of(people: Iterable[model.Person], org: str | None = None) -> list[model.Evidence]:
    return [
        e
        for p in people
        for pos in p.positions
        if org is None or pos.org == org
        for e in pos.evidence
    ]


def position_spans(archive: Archive, person: model.Person) -> tuple[PositionSpan, ...]:
    """A person's posts (knowledge.timeline.person_timeline), widened by article dates."""
    dates = article_dates(archive, _evidence_of([person]))
    return tuple(
        PositionSpan(
            p.title,
            p.org,
            p.first_seen,
            p.last_seen,
            tuple(dict.fromkeys(e.source for e in p.evidence if e.source)),
            p.evidence,
        )
        for p in person_timeline(model.Facts(people=(person,)), person.name, dates)
    )


def articles_naming(archive: Archive, name: str) -> tuple[ArticleRef, ...]:
    rows = archive.conn.execute(
        "SELECT a.id, a.title, a.date, i.source FROM mentions m JOIN articles a ON a.rowid = m.article_rowid"
        " JOIN issues i ON i.id = a.issue_id WHERE m.person = ? ORDER BY a.date NULLS FIRST, a.id",
        (name,),
    )
    return tuple(ArticleRef(*r) for r in rows)


def _person_rows(kind: Kind) -> str:
    """Facts rows about the person named by parameter 1."""
    return (
        "(f.kind IN ('person', 'appointment') AND f.name = ?1)"
        f" OR (f.kind = 'honor' AND {dialect.contains(kind, 'f.name', '?1')})"
        f" OR (f.kind = 'event' AND ({dialect.contains(kind, 'f.data', '?1')} OR f.article_id IN"
        "  (SELECT a.id FROM mentions m JOIN articles a ON a.rowid = m.article_rowid WHERE m.person = ?1)))"
    )


def _org_rows(kind: Kind) -> str:
    """Facts rows about the organization named by parameter 1."""
    positions = dialect.json_items(kind, "f.data", "positions", "p")
    return (
        "f.kind = 'organization'"
        f" OR (f.kind = 'person' AND EXISTS (SELECT 1 FROM {positions}"
        f"  WHERE {dialect.json_field(kind, 'p.value', 'org')} = ?1))"
        f" OR (f.kind IN ('appointment', 'listed_leader') AND {dialect.json_field(kind, 'f.data', 'org')} = ?1)"
        f" OR (f.kind IN ('partnership', 'honor') AND {dialect.contains(kind, 'f.name', '?1')})"
    )


def person(archive: Archive, name: str) -> PersonRecord:
    facts = archive.load_facts(_person_rows(archive.conn.kind), (name,))
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


def _holders(
    archive: Archive, facts: model.Facts, org: str, on: str | None
) -> list[tuple[bool, Leader]]:
    dates = article_dates(archive, _evidence_of(facts.people, org))
    leaders: list[tuple[bool, Leader]] = []
    for row in holders_as_of(facts, org, on, dates=dates):
        if row.basis == "appointment":
            basis = f"appointed {row.appointed}" if row.appointed else "appointed"
        elif row.basis == "listed":  # 院领导甲、乙出席: among the leaders, no post stated
            basis = f"listed among {row.title} on {row.since}" if row.since else f"listed among {row.title}"
        else:
            basis = f"named as {row.title} on {row.since}" if row.since else f"named as {row.title}"
        leaders.append(
            (row.leading, Leader(row.person, row.title, row.since, row.last_seen, basis, row.evidence))
        )
    return leaders


def _tree(facts: model.Facts, name: str) -> OrgNode:
    """The organization and the units under it (a parent cycle is cut where it repeats)."""
    kinds = {o.name: o.kind for o in facts.organizations}
    children: dict[str, set[str]] = {}
    for o in facts.organizations:
        if o.parent:
            children.setdefault(o.parent, set()).add(o.name)

    def node(current: str, above: frozenset[str]) -> OrgNode:
        inside = above | {current}
        below = sorted(c for c in children.get(current, ()) if c not in inside)
        return OrgNode(current, kinds.get(current, "other"), tuple(node(c, inside) for c in below))

    return node(name, frozenset())


def org(archive: Archive, name: str, on: str | None = None) -> OrgRecord:
    from ..knowledge.orgnames import canonical_name

    name = canonical_name(name) or name  # 国家区域医疗中心某医院 is 某医院
    facts = archive.load_facts(_org_rows(archive.conn.kind), (name,))
    record = next((o for o in facts.organizations if o.name == name), None)
    known_as = next((o.name for o in facts.organizations if name in o.aliases), None)
    if record is None and known_as:
        return org(archive, known_as, on)  # a short name of an organization the archive knows
    holders = _holders(archive, facts, name, on)
    leadership = tuple(lead for leading, lead in holders if leading)
    staff = tuple(lead for leading, lead in holders if not leading)
    partnerships = tuple(p for p in facts.partnerships if name in p.parties)
    honors = tuple(h for h in facts.honors if h.recipient == name)
    named = any(pos.org == name for p in facts.people for pos in p.positions)
    if record is None and not holders and not partnerships and not honors and not named:
        raise NotFoundError(f"{archive.path}: no organization named {name!r} in the archive")
    articles = tuple(
        ArticleRef(*r)
        for r in archive.conn.execute(
            "SELECT DISTINCT a.id, a.title, a.date, i.source FROM facts f JOIN articles a ON a.id = f.article_id"
            " JOIN issues i ON i.id = a.issue_id WHERE f.kind = 'organization' AND f.name = ? ORDER BY a.date NULLS FIRST",
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
