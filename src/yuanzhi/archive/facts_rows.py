"""Facts as the archive stores them: one row per record, evidence ids made stable.

Per-issue facts are merged across issues by knowledge.resolve.merge_facts
(helper C's resolver) when it is importable, else by a plain concatenation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import model
from ..readdress import readdress
from .codec import from_data

_KINDS = {
    "person": ("people", model.Person),
    "organization": ("organizations", model.Organization),
    "appointment": ("appointments", model.Appointment),
    "event": ("events", model.Event),
    "honor": ("honors", model.Honor),
    "partnership": ("partnerships", model.Partnership),
    "patient": ("patients", model.PatientMention),
    "listed_leader": ("listed_leaders", model.ListedRole),
}


def facts_from_rows(kinds: dict[str, list[Any]]) -> model.Facts:
    fields: dict[str, tuple[Any, ...]] = {}
    for kind, items in kinds.items():
        name, cls = _KINDS[kind]
        fields[name] = tuple(from_data(cls, item) for item in items)
    return model.Facts(**fields)


def merge_issue_facts(per_issue: list[model.Facts]) -> model.Facts:
    """Merge with knowledge.resolve.merge_facts when it is there, else concatenate."""
    try:
        from ..knowledge.resolve import merge_facts
    except ImportError:
        return concat_facts(per_issue)
    return merge_facts(per_issue)


def concat_facts(per_issue: list[model.Facts]) -> model.Facts:
    """A plain merge: people by name (positions concatenated), everything else listed."""
    people: dict[str, model.Person] = {}
    for facts in per_issue:
        for person in facts.people:
            known = people.get(person.name)
            people[person.name] = (
                person
                if known is None
                else replace(known, positions=known.positions + person.positions)
            )
    orgs: dict[str, model.Organization] = {}
    for facts in per_issue:
        for org in facts.organizations:
            orgs.setdefault(org.name, org)
    return model.Facts(
        people=tuple(people.values()),
        organizations=tuple(orgs.values()),
        appointments=tuple(a for f in per_issue for a in f.appointments),
        events=tuple(e for f in per_issue for e in f.events),
        honors=tuple(h for f in per_issue for h in f.honors),
        partnerships=tuple(p for f in per_issue for p in f.partnerships),
        patients=tuple(p for f in per_issue for p in f.patients),
    )


def restamp_facts(facts: model.Facts, stable: dict[str, str]) -> model.Facts:
    """Evidence and event article ids made stable archive ids (issue key + ':' + id)."""
    return readdress(facts, lambda article_id, _quote: stable.get(article_id, article_id))


def first_article(evidence_lists: Any) -> str | None:
    for evidence in evidence_lists:
        for item in evidence:
            return item.article_id
    return None
