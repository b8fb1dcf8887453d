"""The linear-time merge gives exactly what the straightforward pairwise merge gives.

The reference below merges two records at a time and re-deduplicates the whole
evidence tuple at every step (quadratic in evidence, obviously right); the
property compares it with knowledge.resolve on random facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from yuanzhi.extract.dates import date_key
from yuanzhi.knowledge.resolve import (
    compatible,
    merge_facts,
    merge_organizations,
    merge_people,
    merge_positions,
)
from yuanzhi.model import Evidence, Facts, Organization, Partnership, Person, Position

# ------------------------------------------------------------------ reference


def _unique(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[Evidence, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def ref_positions(positions: Iterable[Position]) -> tuple[Position, ...]:
    by_key: dict[tuple[str, str | None], Position] = {}
    for position in positions:
        key = (position.title, position.org)
        known = by_key.get(key)
        if known is None:
            by_key[key] = position
            continue
        firsts = [d for d in (known.first_seen, position.first_seen) if d]
        lasts = [d for d in (known.last_seen, position.last_seen) if d]
        by_key[key] = Position(
            position.title,
            position.org,
            min(firsts, key=date_key) if firsts else None,
            max(lasts, key=lambda v: v.split("/")[-1]) if lasts else None,
            _unique(known.evidence + position.evidence),
        )
    return tuple(
        sorted(by_key.values(), key=lambda p: (date_key(p.first_seen), p.title, p.org or "", p.org is not None))
    )


def ref_people(facts: Sequence[Facts], parents: dict[str, str | None]) -> tuple[Person, ...]:
    groups: list[Person] = []
    for item in facts:
        for person in item.people:
            for index, known in enumerate(groups):
                if compatible(known, person, parents):
                    groups[index] = Person(known.name, ref_positions(known.positions + person.positions))
                    break
            else:
                groups.append(Person(person.name, ref_positions(person.positions)))
    return tuple(
        sorted(groups, key=lambda p: (p.name, date_key(p.positions[0].first_seen) if p.positions else ""))
    )


def ref_organizations(facts: Sequence[Facts]) -> tuple[Organization, ...]:
    merged: dict[str, Organization] = {}
    for item in facts:
        for org in item.organizations:
            known = merged.get(org.name)
            if known is None:
                merged[org.name] = org
                continue
            kind = known.kind if known.kind != "other" else org.kind
            merged[org.name] = Organization(
                org.name, kind, known.parent or org.parent, _unique(known.evidence + org.evidence)
            )
    # an organization is never its own parent
    return tuple(
        Organization(o.name, o.kind, None if o.parent == o.name else o.parent, o.evidence)
        for o in (merged[name] for name in sorted(merged))
    )


KIND_ORDER = ("alliance", "assistance", "co-construction", "agreement", "other")


def _one_event(a: Partnership, b: Partnership) -> bool:
    """The rule of knowledge.partnerships, for one pair of records."""
    if set(a.parties) == set(b.parties) and (a.kind == b.kind or (a.date and b.date and date_key(a.date) == date_key(b.date))):
        return True
    same_article = {(e.source, e.article_id) for e in a.evidence} & {(e.source, e.article_id) for e in b.evidence}
    return bool(same_article) and (set(a.parties) <= set(b.parties) or set(b.parties) <= set(a.parties))


def ref_partnerships(facts: Sequence[Facts]) -> tuple[Partnership, ...]:
    """Connected groups of the one-event relation, found pair by pair."""
    items = [p for item in facts for p in item.partnerships]
    group = list(range(len(items)))
    changed = True
    while changed:
        changed = False
        for i in range(len(items)):
            for j in range(len(items)):
                if group[i] != group[j] and _one_event(items[i], items[j]):
                    low, high = sorted((group[i], group[j]))
                    group = [low if g == high else g for g in group]
                    changed = True
    out = []
    for g in sorted(set(group)):
        members = [items[i] for i in range(len(items)) if group[i] == g]
        if len(members) == 1:
            out.append(members[0])  # a record never merged is kept as it came
            continue
        widest = max(members, key=lambda p: len(set(p.parties)))
        dates = sorted((p.date for p in members if p.date), key=lambda d: (date_key(d), -len(date_key(d))))
        # the earliest date; of dates inside the earliest (its day, not just its month), the first
        inside = [d for d in dates if dates and date_key(d).startswith(date_key(dates[0])) and d != dates[0]]
        longer = [d for d in inside if len(date_key(d)) > len(date_key(dates[0]))]
        out.append(
            Partnership(
                widest.parties,
                min((p.kind for p in members), key=KIND_ORDER.index),  # type: ignore[arg-type]
                (longer[0] if longer else dates[0]) if dates else None,
                _unique(e for p in members for e in p.evidence),
            )
        )
    return tuple(sorted(out, key=lambda p: (date_key(p.date), p.parties)))


# ------------------------------------------------------------------ random facts

ORGS = ("青川市人民医院", "心内科", "云岭健康集团", "南湖医科大学附属医院", "")
DATES = (None, "", "2023-03", "2023-03-09", "2024-05-31", "2024-04-08/2024-04-22", "2022")
evidence = st.builds(
    Evidence,
    st.sampled_from(("a.txt", "b.txt")),
    st.sampled_from(("a1", "a2", "a3")),
    st.sampled_from(("甲", "乙")),
    st.sampled_from((None, 0, 2)),
)
evidences = st.lists(evidence, max_size=4).map(tuple)
positions = st.builds(
    Position,
    st.sampled_from(("院长", "副院长", "主任")),
    st.sampled_from((None, *ORGS)),
    st.sampled_from(DATES),
    st.sampled_from(DATES),
    evidences,
)
people = st.builds(Person, st.sampled_from(("林远山", "韩晓梅", "周明")), st.lists(positions, max_size=4).map(tuple))
organizations = st.builds(
    Organization,
    st.sampled_from(ORGS),
    st.sampled_from(("hospital", "department", "other")),
    st.sampled_from((None, "", *ORGS)),
    evidences,
)
partnerships = st.builds(
    Partnership,
    st.lists(st.sampled_from(ORGS[:4]), min_size=1, max_size=2, unique=True).map(tuple),
    st.sampled_from(("alliance", "other")),
    st.sampled_from(DATES),
    evidences,
)
issue_facts = st.builds(
    Facts,
    people=st.lists(people, max_size=5).map(tuple),
    organizations=st.lists(organizations, max_size=4).map(tuple),
    partnerships=st.lists(partnerships, max_size=3).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(issue_facts, max_size=6))
def test_merge_matches_the_pairwise_reference(issues: list[Facts]) -> None:
    orgs = merge_organizations(issues)
    assert orgs == ref_organizations(issues)
    parents = {o.name: o.parent for o in orgs}
    assert merge_people(issues, parents) == ref_people(issues, parents)
    assert merge_facts(issues).partnerships == ref_partnerships(issues)


@settings(max_examples=200, deadline=None)
@given(st.lists(positions, max_size=12))
def test_merge_positions_matches_the_reference(items: list[Position]) -> None:
    assert merge_positions(items) == ref_positions(items)


def test_merge_is_linear_in_evidence() -> None:
    """500 issues naming one person: every quote kept once, in first-seen order."""
    quotes = [Evidence(f"{n:03d}.txt", "a1", f"第{n}句") for n in range(500)]
    issues = [
        Facts(people=(Person("林远山", (Position("院长", "青川市人民医院", "2024-01", "2024-01", (q, q)),)),))
        for q in quotes
    ]
    (person,) = merge_facts(issues).people
    assert person.positions[0].evidence == tuple(quotes)
