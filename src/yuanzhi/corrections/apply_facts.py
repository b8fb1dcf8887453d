"""Fact and people corrections applied to one issue's facts.

``apply_fact_corrections(facts, issue, corrections)`` fixes or deletes the
facts a selector names, merges and splits people, and turns a name into a
patient, in the order the corrections were made. A correction anchored in this
issue (its selector names the issue's source) that finds nothing is ``stale``;
one that applies across the archive and finds nothing here has no outcome for
this issue (the store reports it stale only when it finds nothing anywhere).

Alongside the facts it returns the (person, article id) pairs the archive's
"articles naming this person" lists need but cannot see in the text: a merged
variant's articles under the name it was merged into, a split person's
articles under the new name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .. import model
from .anchors import quote_matches
from .model import (
    Correction,
    FactDelete,
    FactFix,
    FactSelector,
    MarkPatient,
    Outcome,
    PeopleMerge,
    PeopleSplit,
)

SHOWN = 20  # records kept in an outcome's before/after

Mentions = tuple[tuple[str, str], ...]


@dataclass
class _State:
    """One issue's facts while corrections change them (people as name → positions)."""

    people: dict[str, list[model.Position]]
    facts: model.Facts
    mentions: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, facts: model.Facts) -> _State:
        people: dict[str, list[model.Position]] = {}
        for person in facts.people:
            people.setdefault(person.name, []).extend(person.positions)
        return cls(people, facts)

    def add_position(self, name: str, position: model.Position) -> None:
        """A position joins a person's; the same (title, org) twice is one, evidence kept once."""
        held = self.people.setdefault(name, [])
        for i, known in enumerate(held):
            if (known.title, known.org) == (position.title, position.org):
                firsts = [d for d in (known.first_seen, position.first_seen) if d]
                lasts = [d for d in (known.last_seen, position.last_seen) if d]
                held[i] = replace(
                    known,
                    first_seen=min(firsts) if firsts else None,
                    last_seen=max(lasts) if lasts else None,
                    evidence=tuple(dict.fromkeys(known.evidence + position.evidence)),
                )
                return
        held.append(position)

    def result(self) -> model.Facts:
        people = tuple(model.Person(n, tuple(ps)) for n, ps in self.people.items() if ps)
        return replace(self.facts, people=people)


def apply_fact_corrections(
    facts: model.Facts | None,
    issue: model.Issue,
    corrections: Sequence[tuple[int, Correction]],
) -> tuple[model.Facts | None, dict[int, Outcome], Mentions]:
    """The corrected facts, each correction's outcome here, and extra person mentions."""
    outcomes: dict[int, Outcome] = {}
    if facts is None:
        for cid, c in corrections:
            if isinstance(c, FactFix | FactDelete) and c.fact.source:
                outcomes[cid] = Outcome("stale", f"no facts were extracted from {issue.source}")
        return None, outcomes, ()
    state = _State.of(facts)
    for cid, c in sorted(corrections, key=lambda item: item[0]):
        outcome: Outcome | None = None
        if isinstance(c, FactFix | FactDelete):
            if c.fact.source and c.fact.source != issue.source:
                continue
            outcome = _fact(state, c)
            if outcome is None and c.fact.source:
                outcome = Outcome(
                    "stale", f"no {c.fact.kind} {_describe(c.fact)} in {issue.source}"
                )
        elif isinstance(c, PeopleMerge):
            outcome = _merge_people(state, c, issue)
        elif isinstance(c, PeopleSplit):
            outcome = _split_person(state, c)
        elif isinstance(c, MarkPatient):
            outcome = _mark_patient(state, c, issue)
        if outcome is not None:
            outcomes[cid] = outcome
    return state.result(), outcomes, tuple(dict.fromkeys(state.mentions))


def _describe(selector: FactSelector) -> str:
    shown = " ".join(f"{k}={v if v is not None else '∅'}" for k, v in selector.match)
    return f"[{shown}]" + (f" in 「{selector.quote}」" if selector.quote else "")


# ---------------------------------------------------------------- fix and delete


def _fields(kind: str, record: Any) -> dict[str, str | None]:
    if kind == "partnership":
        return {"parties": "、".join(record.parties), "kind": record.kind, "date": record.date}
    from .model import MATCH_FIELDS

    return {name: getattr(record, name) for name in MATCH_FIELDS[kind]}


def _selected(selector: FactSelector, fields: dict[str, str | None]) -> bool:
    return all((fields.get(name) or None) == (value or None) for name, value in selector.match)


def _quoted(selector: FactSelector, evidence: tuple[model.Evidence, ...]) -> bool:
    return selector.quote is None or any(quote_matches(e.quote, selector.quote) for e in evidence)


def _changed(record: Any, changes: dict[str, str | None]) -> Any:
    return replace(
        record,
        **{k: (v or None) if k in ("org", "parent", "date") else v for k, v in changes.items()},
    )


def _fact(state: _State, c: FactFix | FactDelete) -> Outcome | None:
    selector = c.fact
    changes = dict(c.changes) if isinstance(c, FactFix) else None
    if selector.kind == "position":
        return _positions(state, selector, changes)
    if selector.kind == "organization" and changes and "name" in changes:
        return _rename_org(state, selector, changes)
    name = {
        "appointment": "appointments",
        "event": "events",
        "organization": "organizations",
        "honor": "honors",
        "partnership": "partnerships",
    }[selector.kind]
    records = getattr(state.facts, name)
    kept: list[Any] = []
    before: list[Any] = []
    after: list[Any] = []
    for record in records:
        if _selected(selector, _fields(selector.kind, record)) and _quoted(
            selector, record.evidence
        ):
            before.append(_fields(selector.kind, record))
            if changes is None:
                continue
            record = _changed(record, changes)
            after.append(_fields(selector.kind, record))
        kept.append(record)
    if not before:
        return None
    state.facts = replace(state.facts, **{name: tuple(kept)})
    return Outcome(
        "applied", "", _articles(records, before, selector), before[:SHOWN], after[:SHOWN] or None
    )


def _articles(records: Sequence[Any], chosen: list[Any], selector: FactSelector) -> tuple[str, ...]:
    ids = [e.article_id for r in records if _fields(selector.kind, r) in chosen for e in r.evidence]
    return tuple(dict.fromkeys(ids))


def _positions(
    state: _State, selector: FactSelector, changes: dict[str, str | None] | None
) -> Outcome | None:
    before: list[Any] = []
    after: list[Any] = []
    articles: list[str] = []
    moved: list[tuple[str, model.Position]] = []
    for name in list(state.people):
        staying: list[model.Position] = []
        for position in state.people[name]:
            fields = {"person": name, "title": position.title, "org": position.org}
            if not _selected(selector, fields):
                staying.append(position)
                continue
            hit, rest = _partition(position, lambda e: _quoted(selector, (e,)))
            if hit is None:
                staying.append(position)
                continue
            if rest is not None:
                staying.append(rest)
            before.append(fields)
            articles.extend(e.article_id for e in hit.evidence)
            if changes is None:
                continue
            person = changes.get("person") or name
            new = _changed(hit, {k: v for k, v in changes.items() if k != "person"})
            after.append({"person": person, "title": new.title, "org": new.org})
            moved.append((person, new))
        state.people[name] = staying
    for person, position in moved:
        state.add_position(person, position)
    if not before:
        return None
    return Outcome(
        "applied", "", tuple(dict.fromkeys(articles)), before[:SHOWN], after[:SHOWN] or None
    )


def _partition(
    position: model.Position, keep: Any
) -> tuple[model.Position | None, model.Position | None]:
    """(the part of a position whose evidence ``keep`` picks, the rest); None for an empty part."""
    hit = tuple(e for e in position.evidence if keep(e))
    if not position.evidence:
        hit_all = keep(model.Evidence("", "", ""))
        return (position, None) if hit_all else (None, position)
    if not hit:
        return None, position
    miss = tuple(e for e in position.evidence if e not in hit)
    return replace(position, evidence=hit), (replace(position, evidence=miss) if miss else None)


def _rename_org(
    state: _State, selector: FactSelector, changes: dict[str, str | None]
) -> Outcome | None:
    """A fixed organization name is fixed wherever the issue's facts use it."""
    facts = state.facts
    chosen = [
        o
        for o in facts.organizations
        if _selected(selector, _fields("organization", o)) and _quoted(selector, o.evidence)
    ]
    if not chosen:
        return None
    new = changes["name"] or chosen[0].name
    old = {o.name for o in chosen}

    def rename(value: str | None) -> str | None:
        return new if value in old else value

    rest = {k: v for k, v in changes.items() if k != "name"}
    orgs: list[model.Organization] = []
    for org in facts.organizations:
        if org.name in old:
            org = _changed(replace(org, name=new), rest) if rest else replace(org, name=new)
        org = replace(org, parent=rename(org.parent))
        same = next((i for i, o in enumerate(orgs) if o.name == org.name), None)
        if same is None:
            orgs.append(org)
        else:
            orgs[same] = replace(
                orgs[same], evidence=tuple(dict.fromkeys(orgs[same].evidence + org.evidence))
            )
    state.facts = replace(
        facts,
        organizations=tuple(orgs),
        appointments=tuple(replace(a, org=rename(a.org)) for a in facts.appointments),
        partnerships=tuple(
            replace(p, parties=tuple(rename(x) or x for x in p.parties)) for p in facts.partnerships
        ),
        honors=tuple(
            replace(h, recipient=rename(h.recipient) or h.recipient) for h in facts.honors
        ),
        listed_leaders=tuple(replace(r, org=rename(r.org)) for r in facts.listed_leaders),
    )
    for name in list(state.people):
        positions = [replace(p, org=rename(p.org)) for p in state.people[name]]
        state.people[name] = []
        for position in positions:
            state.add_position(name, position)
    before = [_fields("organization", o) for o in chosen]
    after = [{**b, **changes} for b in before]
    articles = tuple(dict.fromkeys(e.article_id for o in chosen for e in o.evidence))
    return Outcome("applied", "", articles, before, after)


# ---------------------------------------------------------------- people


def _texts(issue: model.Issue) -> list[tuple[str, str]]:
    return [(a.id, a.text) for a in issue.articles]


def _merge_people(state: _State, c: PeopleMerge, issue: model.Issue) -> Outcome | None:
    facts = state.facts

    def at_org(org: str | None) -> bool:
        return c.org is None or org == c.org

    moved = [p for p in state.people.get(c.name, []) if at_org(p.org)]
    state.people[c.name] = [p for p in state.people.get(c.name, []) if not at_org(p.org)]
    for position in moved:
        state.add_position(c.into, position)
    appointments = sum(1 for a in facts.appointments if a.person == c.name and at_org(a.org))
    honors = sum(1 for h in facts.honors if h.recipient == c.name) if c.org is None else 0
    listed = sum(1 for r in facts.listed_leaders if r.name == c.name and at_org(r.org))
    if not (moved or appointments or honors or listed):
        return None
    state.facts = replace(
        facts,
        appointments=tuple(
            replace(a, person=c.into) if a.person == c.name and at_org(a.org) else a
            for a in facts.appointments
        ),
        honors=tuple(
            replace(h, recipient=c.into) if h.recipient == c.name and c.org is None else h
            for h in facts.honors
        ),
        listed_leaders=tuple(
            replace(r, name=c.into) if r.name == c.name and at_org(r.org) else r
            for r in facts.listed_leaders
        ),
    )
    articles = tuple(aid for aid, text in _texts(issue) if c.name in text)
    state.mentions.extend((c.into, aid) for aid in articles)
    before = {
        "name": c.name,
        "positions": len(moved),
        "appointments": appointments,
        "honors": honors,
    }
    return Outcome("applied", "", articles, before, {"name": c.into})


def _split_person(state: _State, c: PeopleSplit) -> Outcome | None:
    facts = state.facts

    def picked(e: model.Evidence) -> bool:
        return e.source in c.sources or any(quote_matches(e.quote, q) for q in c.quotes)

    def record_picked(org: str | None, evidence: tuple[model.Evidence, ...]) -> bool:
        return (org is not None and org in c.orgs) or any(picked(e) for e in evidence)

    staying: list[model.Position] = []
    moved: list[model.Position] = []
    for position in state.people.get(c.name, []):
        if position.org is not None and position.org in c.orgs:
            moved.append(position)
            continue
        hit, rest = _partition(position, lambda e: bool(e.source or e.quote) and picked(e))
        if hit is not None:
            moved.append(hit)
        if rest is not None:
            staying.append(rest)
    appointments = [
        a for a in facts.appointments if a.person == c.name and record_picked(a.org, a.evidence)
    ]
    if not (moved or appointments):
        return None
    state.people[c.name] = staying
    for position in moved:
        state.add_position(c.new_name, position)
    state.facts = replace(
        facts,
        appointments=tuple(
            replace(a, person=c.new_name) if a in appointments else a for a in facts.appointments
        ),
        listed_leaders=tuple(
            replace(r, name=c.new_name)
            if r.name == c.name and record_picked(r.org, r.evidence)
            else r
            for r in facts.listed_leaders
        ),
    )
    articles = tuple(dict.fromkeys(e.article_id for p in moved for e in p.evidence)) + tuple(
        e.article_id for a in appointments for e in a.evidence
    )
    articles = tuple(dict.fromkeys(articles))
    state.mentions.extend((c.new_name, aid) for aid in articles)
    before = {
        "name": c.name,
        "positions": [{"title": p.title, "org": p.org} for p in moved][:SHOWN],
    }
    return Outcome(
        "applied", "", articles, before, {"name": c.new_name, "appointments": len(appointments)}
    )


def _mark_patient(state: _State, c: MarkPatient, issue: model.Issue) -> Outcome | None:
    facts = state.facts
    positions = state.people.pop(c.name, [])
    appointments = [a for a in facts.appointments if a.person == c.name]
    honors = [h for h in facts.honors if h.recipient == c.name]
    listed = [r for r in facts.listed_leaders if r.name == c.name]
    named_in = [aid for aid, text in _texts(issue) if c.name in text]
    removed = bool(positions or appointments or honors or listed)
    if not removed and not named_in:
        return None
    if not named_in:
        evidence = [e for p in positions for e in p.evidence] + [
            e for a in appointments for e in a.evidence
        ]
        named_in = [evidence[0].article_id] if evidence else []
    known = {(m.mention, m.article_id) for m in facts.patients}
    added = tuple(
        model.PatientMention(c.name, issue.source, aid)
        for aid in named_in
        if (c.name, aid) not in known
    )
    state.facts = replace(
        facts,
        appointments=tuple(a for a in facts.appointments if a.person != c.name),
        honors=tuple(h for h in facts.honors if h.recipient != c.name),
        listed_leaders=tuple(r for r in facts.listed_leaders if r.name != c.name),
        patients=facts.patients + added,
    )
    before = {
        "name": c.name,
        "positions": [{"title": p.title, "org": p.org} for p in positions][:SHOWN],
        "appointments": len(appointments),
        "honors": len(honors),
    }
    note = "" if removed else "named only in the text here"
    return Outcome(
        "applied", note, tuple(named_in), before, {"patient": c.name, "articles": len(named_in)}
    )
