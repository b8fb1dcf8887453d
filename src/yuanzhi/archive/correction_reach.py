"""Which stored issues a new correction may change, found through the facts rows' key columns."""

from __future__ import annotations

from ..corrections.model import (
    Correction,
    FactDelete,
    FactFix,
    MarkPatient,
    PeopleMerge,
    PeopleSplit,
    scope,
)
from . import dialect
from .db import Database


def affected_issues(db: Database, correction: Correction) -> list[str]:
    """The stored issues a new correction may change (found through the facts rows' key columns)."""
    anchored = scope(correction)
    if anchored is not None:
        return [r[0] for r in db.execute("SELECT id FROM issues WHERE source = ?", (anchored,))]
    kinds: tuple[str, ...]
    name: str | None
    if isinstance(correction, PeopleMerge | PeopleSplit | MarkPatient):
        kinds, name = ("person", "appointment", "honor", "patient"), correction.name
    elif isinstance(correction, FactFix | FactDelete):
        column, kind = _KEY_COLUMN[correction.fact.kind]
        kinds = (kind,)
        name = correction.fact.value(column) if column in dict(correction.fact.match) else None
    else:
        return []
    marks = ",".join("?" * len(kinds))
    named: list[str] = []
    if isinstance(
        correction, MarkPatient
    ):  # a name printed anywhere (a byline, a story) may be a patient
        found = (
            f"SELECT DISTINCT issue_id FROM articles WHERE {dialect.contains(db.kind, 'text', '?')}"
        )
        named = [r[0] for r in db.execute(found, (correction.name,))]
    if name is None:  # no name to look for: every issue with facts of the kind
        sql, params = f"SELECT DISTINCT issue_id FROM facts WHERE kind IN ({marks})", [*kinds]
    else:
        sql = f"SELECT DISTINCT issue_id FROM facts WHERE kind IN ({marks}) AND name = ?"
        params = [*kinds, name]
    return sorted({r[0] for r in db.execute(sql, params)} | set(named))


# fact kind → (the selector field stored in facts.name, the facts row kind)
_KEY_COLUMN = {
    "position": ("person", "person"),
    "appointment": ("person", "appointment"),
    "event": ("", "event"),
    "organization": ("name", "organization"),
    "honor": ("recipient", "honor"),
    "partnership": ("parties", "partnership"),
}
