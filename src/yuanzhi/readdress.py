"""Facts pointed at other articles: every article id a fact carries (its evidence, an
event's article, a patient mention's article) rewritten by one rule.

The archive stamps stable ids (issue key + ':' + id) on a fresh parse; corrections move
evidence to the article whose text now holds its sentence. Both walk the same fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from . import model

Where = Callable[[str, str], str]  # (article id, quoted sentence) -> article id


def readdress(facts: model.Facts, where: Where) -> model.Facts:
    def ev(items: tuple[model.Evidence, ...]) -> tuple[model.Evidence, ...]:
        return tuple(replace(e, article_id=where(e.article_id, e.quote)) for e in items)

    return replace(
        facts,
        people=tuple(
            replace(p, positions=tuple(replace(q, evidence=ev(q.evidence)) for q in p.positions))
            for p in facts.people
        ),
        organizations=tuple(replace(o, evidence=ev(o.evidence)) for o in facts.organizations),
        appointments=tuple(replace(a, evidence=ev(a.evidence)) for a in facts.appointments),
        events=tuple(
            replace(
                e,
                evidence=ev(e.evidence),
                article_id=where(e.article_id, e.evidence[0].quote if e.evidence else ""),
            )
            for e in facts.events
        ),
        honors=tuple(replace(h, evidence=ev(h.evidence)) for h in facts.honors),
        partnerships=tuple(replace(p, evidence=ev(p.evidence)) for p in facts.partnerships),
        patients=tuple(
            replace(p, article_id=where(p.article_id, p.mention)) for p in facts.patients
        ),
        listed_leaders=tuple(replace(r, evidence=ev(r.evidence)) for r in facts.listed_leaders),
    )
