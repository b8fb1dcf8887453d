"""Editors' corrections in the archive: stored apart, applied in the store path, audited.

Storage (migration 0003). ``corrections`` holds each correction as anchored
JSON; the ``articles`` and ``facts`` tables hold the *corrected view*, so
search, pages and exports honour corrections without knowing about them.
``raw_parses`` keeps the parser's output of every issue a correction has
touched; an issue without a row there shows exactly what was parsed (its rows
are copied there the first time a correction touches it).

Re-application. The view of an issue is recomputed from its raw parse and the
active corrections that concern it (``corrections.view.corrected_view``):
inside ``Archive.ingest``'s transaction for a new or changed file (so the
cluster's writers apply corrections too), and inside the transaction that adds
or revokes a correction, for each issue it concerns. ``correction_targets``
records each outcome per issue; a correction's status is ``applied`` where its
anchor was found, ``stale`` (with the reason) where not, ``revoked`` once
undone. Every creation, revocation and re-application outcome is written to
``correction_audit``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .. import model
from ..corrections.model import (
    Correction,
    CorrectionRecord,
    Outcome,
    from_payload,
    scope,
    to_payload,
)
from ..corrections.summary import summarize
from ..corrections.view import Extract, View, corrected_view
from ..errors import CorrectionError, NotFoundError
from . import search, writer
from .codec import dumps, facts_from_data, issue_from_data
from .correction_reach import affected_issues
from .db import Database
from .facts_rows import restamp_facts
from .meta import get_meta, increment_meta

if TYPE_CHECKING:
    from .store import Archive

INGEST_EDITOR = "ingest"  # who the audit names for outcomes of an ingest
_EDITOR = re.compile(r"^[^\x00-\x1f\x7f]{1,100}$")


def default_extract(issue: model.Issue) -> model.Facts:
    """The pipeline's extractor (imported on first use: archive code does not load it otherwise)."""
    from ..pipeline import issues_to_facts

    return issues_to_facts([issue])


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_editor(editor: str) -> str:
    name = (editor or "").strip()
    if not _EDITOR.match(name):
        raise CorrectionError(
            f"editor name {editor!r} is not usable: give 1-100 printable characters (--editor NAME)"
        )
    return name


# ---------------------------------------------------------------- rows


def load_record(row: Sequence[Any]) -> CorrectionRecord:
    """A corrections row (CORRECTION_COLUMNS) as a record."""
    return CorrectionRecord(
        id=int(row[0]),
        kind=row[1],
        scope=row[2],
        correction=from_payload(json.loads(row[3])),
        summary=row[4],
        editor=row[5],
        created_at=row[6],
        status=row[7],
        reason=row[8],
        revoked_at=row[9],
        revoked_by=row[10],
    )


CORRECTION_COLUMNS = (
    "c.id, c.kind, c.scope, c.payload, c.summary, c.editor, c.created_at, c.status, c.reason,"
    " c.revoked_at, c.revoked_by"
)


def version(db: Database) -> str:
    value = get_meta(db, "corrections")
    return "0" if value is None else value


def _bump(db: Database) -> None:
    increment_meta(db, "corrections", create=True)
    increment_meta(db, "generation")


def active_for(db: Database, source: str) -> list[tuple[int, Correction]]:
    """The active corrections an issue of ``source`` may need: anchored in it, or archive-wide."""
    rows = db.execute(
        "SELECT id, payload FROM corrections WHERE status != 'revoked'"
        " AND (scope = ? OR scope IS NULL) ORDER BY id",
        (source,),
    )
    return [(int(r[0]), from_payload(json.loads(r[1]))) for r in rows]


def _targets(db: Database, key: str) -> dict[int, tuple[str, str | None]]:
    rows = db.execute(
        "SELECT correction_id, status, reason FROM correction_targets WHERE issue_id = ?", (key,)
    )
    return {int(r[0]): (r[1], r[2]) for r in rows}


def _audit(
    db: Database,
    cid: int,
    editor: str,
    action: str,
    issue_id: str | None,
    before: Any = None,
    after: Any = None,
    note: str | None = None,
) -> None:
    db.execute(
        "INSERT INTO correction_audit(correction_id, at, editor, action, issue_id, before, after, note)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            cid,
            now(),
            editor,
            action,
            issue_id,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
            note or None,
        ),
    )


# ---------------------------------------------------------------- raw parse and the view


def raw_parse(archive: Archive, key: str) -> tuple[model.Issue, model.Facts | None]:
    """The parser's output for a stored issue (article ids as parsed, evidence pointing at them)."""
    row = archive.conn.execute(
        "SELECT issue_json, facts_json FROM raw_parses WHERE issue_id = ?", (key,)
    ).fetchone()
    if row is not None:
        issue = issue_from_data(json.loads(row[0]))
        facts = facts_from_data(json.loads(row[1])) if row[1] else None
    else:  # never corrected: the stored rows are the parse
        issue = archive.get_issue(key).issue
        found = archive.issue_facts("f.issue_id = ?", (key,))
        facts = found[0] if found else model.Facts()
    local = {f"{key}:{a.id}": a.id for a in issue.articles}
    return issue, (restamp_facts(facts, local) if facts is not None else None)


def store_raw(
    db: Database, key: str, issue: model.Issue, facts: model.Facts | None, *, overwrite: bool = False
) -> None:
    """The issue's parse as read (before corrections) into raw_parses: one stored already is kept,
    or replaced with ``overwrite`` (the facts read again)."""
    replace_it = " DO UPDATE SET issue_json = excluded.issue_json, facts_json = excluded.facts_json"
    db.execute(
        "INSERT INTO raw_parses(issue_id, issue_json, facts_json) VALUES (?, ?, ?)"
        " ON CONFLICT(issue_id)" + (replace_it if overwrite else " DO NOTHING"),
        (key, dumps(issue), None if facts is None else dumps(facts)),
    )


def _stable_ids(articles: Iterable[str], stable: dict[str, str]) -> list[str]:
    return list(dict.fromkeys(stable.get(a, a) for a in articles))


def _write_outcomes(
    db: Database, key: str, view: View, stable: dict[str, str], scoped: Iterable[int]
) -> None:
    db.execute("DELETE FROM correction_targets WHERE issue_id = ?", (key,))
    rows = [
        (cid, key, o.status, o.reason or None, json.dumps(_stable_ids(o.articles, stable)))
        for cid, o in sorted(view.outcomes.items())
    ]
    db.executemany(
        "INSERT INTO correction_targets(correction_id, issue_id, status, reason, articles)"
        " VALUES (?,?,?,?,?)",
        rows,
    )
    missing = set(scoped) - set(view.outcomes)
    assert not missing, f"corrections {sorted(missing)} anchored in {key} gave no outcome"


def _add_mentions(db: Database, key: str, view: View, stable: dict[str, str]) -> None:
    if not view.mentions:
        return
    rowids = dict(
        (r[0], r[1])
        for r in db.execute("SELECT id, rowid FROM articles WHERE issue_id = ?", (key,))
    )
    rows = [
        (person, rowids[stable.get(aid, aid)])
        for person, aid in view.mentions
        if stable.get(aid, aid) in rowids
    ]
    db.executemany(
        "INSERT INTO mentions(person, article_rowid) VALUES (?, ?) ON CONFLICT DO NOTHING", rows
    )


# ---------------------------------------------------------------- ingest


@dataclass(frozen=True)
class Prepared:
    """An issue about to be stored, with its corrections applied (computed outside the transaction)."""

    raw_issue: model.Issue
    raw_facts: model.Facts | None
    version: str
    corrections: tuple[tuple[int, Correction], ...]
    view: View
    before: dict[int, tuple[str, str | None]] = field(default_factory=dict)

    @property
    def issue(self) -> model.Issue:
        return self.view.issue

    @property
    def facts(self) -> model.Facts | None:
        return self.view.facts


def prepare_ingest(
    archive: Archive, issue: model.Issue, facts: model.Facts | None, extract: Extract | None = None
) -> Prepared:
    """The corrected view of a parsed issue (extraction, if needed, runs before any lock is taken)."""
    db = archive.conn
    seen = version(db)
    corrections = tuple(active_for(db, issue.source))
    if not corrections:
        return Prepared(issue, facts, seen, (), View(issue, facts, {}))
    view = corrected_view(issue, facts, corrections, extract or archive_extract(archive))
    return Prepared(issue, facts, seen, corrections, view)


def archive_extract(archive: Archive) -> Extract:
    return archive.extract or default_extract


def begin_ingest(
    archive: Archive, db: Database, prepared: Prepared, old_key: str | None
) -> Prepared:
    """Inside the ingest transaction, before the old version is deleted: recompute if the
    corrections changed meanwhile, and note where they stood on the old version."""
    if version(db) != prepared.version:
        prepared = prepare_ingest(archive, prepared.raw_issue, prepared.raw_facts)
    before = _targets(db, old_key) if old_key is not None else {}
    return replace(prepared, before=before)


def finish_ingest(db: Database, key: str, prepared: Prepared, stable: dict[str, str]) -> None:
    """After the issue's rows are written: raw parse, outcomes, extra mentions, audit, statuses."""
    if not prepared.corrections and not prepared.before:
        return
    view = prepared.view
    source = prepared.raw_issue.source
    scoped = [cid for cid, c in prepared.corrections if scope(c) == source]
    if view.changed or scoped:
        store_raw(db, key, prepared.raw_issue, prepared.raw_facts)
    _add_mentions(db, key, view, stable)
    _write_outcomes(db, key, view, stable, scoped)
    for cid, outcome in sorted(view.outcomes.items()):
        _audit(
            db,
            cid,
            INGEST_EDITOR,
            outcome.status,
            key,
            outcome.before,
            outcome.after,
            outcome.reason,
        )
    for cid in sorted(set(prepared.before) - set(view.outcomes)):
        _audit(db, cid, INGEST_EDITOR, "stale", key, note=f"no longer matches anything in {source}")
    refresh(db, set(view.outcomes) | set(prepared.before))


# ---------------------------------------------------------------- statuses


def refresh(db: Database, ids: Iterable[int]) -> None:
    """Each correction's status from where it stands in every issue."""
    for cid in sorted(set(ids)):
        row = db.execute("SELECT scope, status FROM corrections WHERE id = ?", (cid,)).fetchone()
        if row is None or row[1] == "revoked":
            continue
        targets = db.execute(
            "SELECT t.status, t.reason, i.source FROM correction_targets t"
            " JOIN issues i ON i.id = t.issue_id WHERE t.correction_id = ? ORDER BY t.issue_id",
            (cid,),
        ).fetchall()
        status, reason = _status(row[0], targets)
        db.execute(
            "UPDATE corrections SET status = ?, reason = ? WHERE id = ?", (status, reason, cid)
        )


def _status(anchored: str | None, targets: list[Any]) -> tuple[str, str | None]:
    if anchored is not None:
        mine = [t for t in targets if t[2] == anchored]
        if not mine:
            return "stale", f"issue {anchored} is not in the archive"
        return mine[0][0], mine[0][1]
    if any(t[0] == "applied" for t in targets):
        return "applied", None
    return "stale", "matches nothing in the archive any more"


# ---------------------------------------------------------------- recomputing stored issues


def recompute_issue(
    archive: Archive, db: Database, key: str, editor: str, note: str, quiet: int | None = None
) -> View:
    """Rebuild one stored issue's view from its raw parse and active corrections; audit what
    changed (except for correction ``quiet``, whose creation is audited by the caller)."""
    raw_issue, raw_facts = raw_parse(archive, key)
    corrections = active_for(db, raw_issue.source)
    view = (
        corrected_view(raw_issue, raw_facts, corrections, archive_extract(archive))
        if corrections
        else View(raw_issue, raw_facts, {})
    )
    before = _targets(db, key)
    scoped = [cid for cid, c in corrections if scope(c) == raw_issue.source]
    if view.changed or scoped:
        store_raw(db, key, raw_issue, raw_facts)
    stable = _rewrite(archive, db, key, view)
    _write_outcomes(db, key, view, stable, scoped)
    for cid, outcome in view.outcomes.items():
        if cid != quiet and before.get(cid, (None,))[0] != outcome.status:
            _audit(db, cid, editor, outcome.status, key, outcome.before, outcome.after, note)
    for cid in set(before) - set(view.outcomes):
        _audit(db, cid, editor, "stale", key, note=f"{note}; no longer matches anything here")
    refresh(db, set(before) | set(view.outcomes))
    return view


def _rewrite(archive: Archive, db: Database, key: str, view: View) -> dict[str, str]:
    """Replace the issue's articles (when they changed) and facts by the view's."""
    current = archive.list_articles(issue=key)
    if [s.article for s in current] != list(view.issue.articles):
        search.unindex_issue(db, archive.tokenizer, key)
        db.execute("DELETE FROM articles WHERE issue_id = ?", (key,))
        stable = writer.insert_articles(db, archive.tokenizer, archive.segmenter, key, view.issue)
    else:
        stable = {s.article.id: s.id for s in current}
        db.execute(
            "DELETE FROM mentions WHERE article_rowid IN (SELECT rowid FROM articles WHERE issue_id = ?)",
            (key,),
        )
    db.execute("DELETE FROM facts WHERE issue_id = ?", (key,))
    writer.insert_facts(db, key, view.issue, view.facts, stable)
    _add_mentions(db, key, view, stable)
    return stable


# ---------------------------------------------------------------- adding and revoking


def add(archive: Archive, correction: Correction, editor: str) -> int:
    """Store a correction, apply it to every issue it concerns, audit it; its id.

    A correction that finds nothing to change is refused (CorrectionError) and
    nothing is stored.
    """
    editor = check_editor(editor)
    payload = json.dumps(to_payload(correction), ensure_ascii=False, sort_keys=True)
    with archive.transaction() as db:
        keys = affected_issues(db, correction)
        if not keys:
            raise CorrectionError(f"{summarize(correction)}: nothing in the archive to correct")
        cid = int(
            db.execute(
                "INSERT INTO corrections(kind, scope, payload, summary, editor, created_at, status)"
                " VALUES (?,?,?,?,?,?, 'applied') RETURNING id",
                (correction.kind, scope(correction), payload, summarize(correction), editor, now()),
            ).scalar_one()
        )
        note = f"correction #{cid} added"
        applied: list[tuple[str, Outcome]] = []
        stale: list[Outcome] = []
        for key in keys:
            outcome = recompute_issue(archive, db, key, editor, note, quiet=cid).outcomes.get(cid)
            if outcome is not None and outcome.status == "applied":
                applied.append((key, outcome))
            elif outcome is not None:
                stale.append(outcome)
        if not applied:
            why = stale[0].reason if stale else "it finds nothing to change"
            raise CorrectionError(f"{summarize(correction)}: not applied ({why})")
        where, first = applied[0]
        issues = ", ".join(k for k, _ in applied)
        note = f"applied in {issues}" + (f" ({first.reason})" if first.reason else "")
        _audit(db, cid, editor, "create", where, first.before, first.after, note)
        _bump(db)
    return cid


def revoke(archive: Archive, cid: int, editor: str) -> None:
    """Undo a correction: the issues it touched are recomputed without it; audited."""
    editor = check_editor(editor)
    with archive.transaction() as db:
        row = db.execute("SELECT status FROM corrections WHERE id = ?", (cid,)).fetchone()
        if row is None:
            raise NotFoundError(
                f"{archive.path}: no correction #{cid}; `yuanzhi corrections list` shows them"
            )
        if row[0] == "revoked":
            raise CorrectionError(f"correction #{cid} is already revoked")
        keys = [
            r[0]
            for r in db.execute(
                "SELECT issue_id FROM correction_targets WHERE correction_id = ? ORDER BY issue_id",
                (cid,),
            )
        ]
        db.execute(
            "UPDATE corrections SET status = 'revoked', revoked_at = ?, revoked_by = ? WHERE id = ?",
            (now(), editor, cid),
        )
        db.execute("DELETE FROM correction_targets WHERE correction_id = ?", (cid,))
        issues = f"issues: {', '.join(keys)}" if keys else None
        _audit(
            db,
            cid,
            editor,
            "revoke",
            keys[0] if keys else None,
            {"status": row[0]},
            {"status": "revoked"},
            issues,
        )
        for key in keys:
            recompute_issue(archive, db, key, editor, f"correction #{cid} revoked")
        _bump(db)
