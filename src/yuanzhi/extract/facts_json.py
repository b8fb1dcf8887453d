"""Facts in the shape of the contract's ``yuanzhi facts --json`` (extra fields allowed)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

from ..model import Evidence, Facts, HomeHospital


def _evidence_json(items: Iterable[Evidence]) -> list[dict[str, object]]:
    return [asdict(e) for e in items]


def facts_to_json(facts: Facts) -> dict[str, object]:
    """Facts in the shape of the contract's ``yuanzhi facts --json`` (extra fields allowed)."""
    return {
        "people": [
            {
                "name": person.name,
                "positions": [
                    {
                        "title": p.title,
                        "org": p.org,
                        "first_seen": p.first_seen,
                        "last_seen": p.last_seen,
                        "evidence": _evidence_json(p.evidence),
                    }
                    for p in person.positions
                ],
            }
            for person in facts.people
        ],
        "organizations": [
            {"name": o.name, "kind": o.kind, "parent": o.parent, "aliases": list(o.aliases),
             "evidence": _evidence_json(o.evidence)}
            for o in facts.organizations
        ],
        "appointments": [
            {"person": a.person, "title": a.title, "org": a.org, "action": a.action, "date": a.date,
             "evidence": _evidence_json(a.evidence)}
            for a in facts.appointments
        ],
        "events": [
            {"date": e.date, "type": e.type, "summary": e.summary, "article_id": e.article_id,
             "source": e.source, "approximate": e.approximate, "evidence": _evidence_json(e.evidence)}
            for e in facts.events
        ],
        "honors": [
            {"recipient": h.recipient, "honor": h.honor, "date": h.date, "evidence": _evidence_json(h.evidence)}
            for h in facts.honors
        ],
        "partnerships": [
            {"parties": list(p.parties), "kind": p.kind, "date": p.date, "evidence": _evidence_json(p.evidence)}
            for p in facts.partnerships
        ],
        "patients": [{"mention": p.mention, "source": p.source, "article_id": p.article_id} for p in facts.patients],
        "listed_leaders": [
            {"name": r.name, "role": r.role, "org": r.org, "date": r.date, "evidence": _evidence_json(r.evidence)}
            for r in facts.listed_leaders
        ],
        "warnings": list(facts.warnings),
        # the paper's own hospital (what 我院/医院 refer to) and where it came from: given | masthead | text
        "home": _home_json(facts.homes[0]) if facts.homes else None,
        **({"homes": [_home_json(h) for h in facts.homes]} if len(facts.homes) > 1 else {}),
    }


def _home_json(home: HomeHospital) -> dict[str, str]:
    return {"name": home.name, "source": home.source}
