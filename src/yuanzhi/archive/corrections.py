"""``archive.corrections``: add, revoke and read editors' corrections (corrections_store.py writes).

archive.corrections.add(Retitle(...), editor="王编辑")      # → CorrectionRecord
archive.corrections.search(status="stale")
archive.corrections.for_article("2024-05:a3")             # notes the article page shows
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..corrections.model import (
    KIND_LABELS,
    AuditEntry,
    Correction,
    CorrectionRecord,
    FactDelete,
    FactFix,
    MarkPatient,
    PeopleMerge,
    PeopleSplit,
    Target,
)
from ..errors import NotFoundError
from . import corrections_store as store
from . import dialect

if TYPE_CHECKING:
    from .store import Archive

STATUSES = ("applied", "stale", "revoked")
PEOPLE_KINDS = ("people_merge", "people_split", "mark_patient", "fact_fix", "fact_delete")


@dataclass(frozen=True)
class CorrectionPage:
    items: tuple[CorrectionRecord, ...]
    total: int
    counts: dict[str, int]  # status → corrections

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": [r.as_dict() for r in self.items],
            "total": self.total,
            "counts": self.counts,
        }


class Corrections:
    """The corrections of one open archive."""

    def __init__(self, archive: Archive):
        self.archive = archive

    # ------------------------------------------------------------ writing

    def add(self, correction: Correction, editor: str) -> CorrectionRecord:
        """Store and apply a correction (CorrectionError when it changes nothing)."""
        return self.get(store.add(self.archive, correction, editor))

    def revoke(self, cid: int, editor: str) -> CorrectionRecord:
        """Undo a correction; the issues it touched are recomputed without it."""
        store.revoke(self.archive, cid, editor)
        return self.get(cid)

    # ------------------------------------------------------------ reading

    def get(self, cid: int) -> CorrectionRecord:
        db = self.archive.conn
        row = db.execute(
            f"SELECT {store.CORRECTION_COLUMNS} FROM corrections c WHERE c.id = ?", (cid,)
        ).fetchone()
        if row is None:
            raise NotFoundError(
                f"{self.archive.path}: no correction #{cid}; `yuanzhi corrections list` shows them"
            )
        targets = tuple(
            Target(r[0], r[1], r[2], tuple(json.loads(r[3])))
            for r in db.execute(
                "SELECT issue_id, status, reason, articles FROM correction_targets"
                " WHERE correction_id = ? ORDER BY issue_id",
                (cid,),
            )
        )
        return replace(store.load_record(row), targets=targets)

    def search(
        self,
        status: str | None = None,
        kind: str | None = None,
        editor: str | None = None,
        source: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> CorrectionPage:
        """Corrections newest first, filtered by status, kind, editor, issue source."""
        where, params = ["1 = 1"], []
        for column, value in (
            ("status", status),
            ("kind", kind),
            ("editor", editor),
            ("scope", source),
        ):
            if value:
                where.append(f"c.{column} = ?")
                params.append(value)
        condition = " AND ".join(where)
        db = self.archive.conn
        total = int(
            db.execute(f"SELECT count(*) FROM corrections c WHERE {condition}", params).fetchone()[
                0
            ]
        )
        rows = db.execute(
            f"SELECT {store.CORRECTION_COLUMNS} FROM corrections c WHERE {condition}"
            f" ORDER BY c.id DESC LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        ).fetchall()
        counts = {s: 0 for s in STATUSES}
        counts.update(
            (r[0], int(r[1]))
            for r in db.execute("SELECT status, count(*) FROM corrections GROUP BY status")
        )
        return CorrectionPage(tuple(store.load_record(r) for r in rows), total, counts)

    def audit(
        self,
        correction_id: int | None = None,
        editor: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """The audit log, newest first."""
        where: list[str] = ["1 = 1"]
        params: list[object] = []
        if correction_id is not None:
            where.append("correction_id = ?")
            params.append(correction_id)
        if editor:
            where.append("editor = ?")
            params.append(editor)
        rows = self.archive.conn.execute(
            "SELECT id, correction_id, at, editor, action, issue_id, before, after, note"
            f" FROM correction_audit WHERE {' AND '.join(where)} ORDER BY id DESC"
            f" LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        )
        return [
            AuditEntry(
                int(r[0]),
                int(r[1]),
                r[2],
                r[3],
                r[4],
                r[5],
                json.loads(r[6]) if r[6] else None,
                json.loads(r[7]) if r[7] else None,
                r[8],
            )
            for r in rows
        ]

    def for_article(self, article_id: str) -> list[dict[str, Any]]:
        """Corrections that changed this article, and stale ones anchored in its issue."""
        db = self.archive.conn
        issue = article_id.split(":", 1)[0]
        rows = db.execute(
            f"SELECT {store.CORRECTION_COLUMNS}, t.status, t.articles FROM correction_targets t"
            " JOIN corrections c ON c.id = t.correction_id WHERE t.issue_id = ? ORDER BY c.id",
            (issue,),
        ).fetchall()
        notes = []
        for row in rows:
            record = store.load_record(row[:11])
            local = article_id.split(":", 1)[-1]
            stale_here = row[11] == "stale" and local in _anchored_ids(record.correction)
            if article_id in json.loads(row[12]) or stale_here:
                notes.append(_note(record))
        return notes

    def for_person(self, name: str) -> list[dict[str, Any]]:
        """Merges, splits, patient marks and position fixes that name this person."""
        db = self.archive.conn
        kinds = ",".join(f"'{k}'" for k in PEOPLE_KINDS)
        rows = db.execute(
            f"SELECT {store.CORRECTION_COLUMNS} FROM corrections c WHERE c.kind IN ({kinds})"
            f" AND c.status != 'revoked' AND {dialect.contains(db.kind, 'c.payload', '?')} ORDER BY c.id",
            (name,),
        )
        return [
            _note(r) for r in map(store.load_record, rows) if name in _people_named(r.correction)
        ]


def _anchored_ids(c: Correction) -> set[str]:
    """The article ids an article correction's anchors had when it was made."""
    anchors = [
        getattr(c, name, None) for name in ("article", "origin", "target", "first", "second")
    ]
    return {a.local_id for a in anchors if a is not None and hasattr(a, "local_id")}


def _people_named(c: Correction) -> set[str]:
    if isinstance(c, PeopleMerge):
        return {c.name, c.into}
    if isinstance(c, PeopleSplit):
        return {c.name, c.new_name}
    if isinstance(c, MarkPatient):
        return {c.name}
    if isinstance(c, FactFix | FactDelete) and c.fact.kind in ("position", "appointment"):
        names = {c.fact.value("person") or ""}
        if isinstance(c, FactFix):
            names.add(dict(c.changes).get("person") or "")
        return names - {""}
    return set()


def _note(record: CorrectionRecord) -> dict[str, Any]:
    """What a page shows about a correction: 'corrected: retitled by X on DATE'."""
    return {
        "id": record.id,
        "kind": record.kind,
        "kind_label": KIND_LABELS.get(record.kind, record.kind),
        "summary": record.summary,
        "editor": record.editor,
        "date": record.created_at[:10],
        "created_at": record.created_at,
        "status": record.status,
        "reason": record.reason,
    }
