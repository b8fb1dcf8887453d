"""Reading the facts of stored issues again, with the current extractor and hospital setting.

A user sets the paper's hospital after ingesting, or upgrades yuanzhi: the issues already
stored keep the facts they were read with. The archive keeps what the extractor reads — each
issue's parse (``issues.parse_json`` and its ``articles`` rows, or ``raw_parses`` once a
correction touched the issue) — so the facts can be read again without the original file.

Per issue, in one write transaction: the raw parse gets the new facts (and the hospital), then
the corrected view is rebuilt from it exactly as adding a correction does
(``corrections_store.recompute_issue``), so editors' corrections stay applied. A failure rolls
that issue back and is reported; the other issues go on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from .. import model
from ..corrections.model import scope
from ..corrections.view import View, corrected_view
from ..errors import NotFoundError, YuanzhiError
from .codec import dumps
from .corrections_store import active_for, archive_extract, raw_parse, recompute_issue, store_raw
from .db import DB_ERRORS, Database, first_line
from .facts_rows import _KINDS as FACT_FIELDS
from .hospital_setting import stored_hospital
from .meta import increment_meta

if TYPE_CHECKING:
    from .store import Archive

EDITOR = "reextract"  # who the correction audit names for outcomes of a re-extraction
FACT_KINDS = tuple(FACT_FIELDS)  # the kinds the archive stores, in its order


@dataclass(frozen=True)
class Reread:
    """One issue read again: its facts per kind before and after, or why it failed (unchanged)."""

    issue_id: str
    before: Mapping[str, int] = field(default_factory=dict)
    after: Mapping[str, int] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Summary:
    """Every issue's outcome and the facts per kind before and after (issues that failed excluded)."""

    issues: tuple[Reread, ...]
    hospital: str | None
    dry_run: bool

    @property
    def failed(self) -> tuple[Reread, ...]:
        return tuple(r for r in self.issues if not r.ok)

    def totals(self) -> dict[str, tuple[int, int]]:
        """kind → (before, after), over the issues read again, in FACT_KINDS order."""
        before: Counter[str] = Counter()
        after: Counter[str] = Counter()
        for reread in self.issues:
            if reread.ok:
                before.update(reread.before)
                after.update(reread.after)
        kinds = [k for k in FACT_KINDS if before[k] or after[k]]
        kinds += sorted((set(before) | set(after)) - set(FACT_KINDS))
        return {k: (before[k], after[k]) for k in kinds}


class Progress(Protocol):
    """What a caller is told while the issues are read again (`yuanzhi reextract` draws its bar)."""

    def begin(self, total: int) -> None: ...

    def start(self, key: str) -> None: ...

    def done(self, reread: Reread) -> None: ...


def issue_keys(archive: Archive, wanted: Sequence[str] = ()) -> list[str]:
    """The issues to read again: ``wanted`` (each must exist), else every stored issue."""
    known = [i.id for i in archive.list_issues()]
    missing = [k for k in wanted if k not in known]
    if missing:
        raise NotFoundError(
            f"{archive.path}: no issue {', '.join(map(repr, missing))}; `yuanzhi list` shows the issues"
        )
    return list(dict.fromkeys(wanted)) if wanted else known


def fact_counts(db: Database, key: str) -> dict[str, int]:
    rows = db.execute("SELECT kind, count(*) FROM facts WHERE issue_id = ? GROUP BY kind", (key,))
    return {str(kind): int(n) for kind, n in rows}


def counts_of(facts: model.Facts | None) -> dict[str, int]:
    """Facts per kind as the archive stores them (writer.insert_facts)."""
    if facts is None:
        return {}
    found = {kind: len(getattr(facts, name)) for kind, (name, _cls) in FACT_FIELDS.items()}
    return {k: n for k, n in found.items() if n}


def reextract_issue(
    archive: Archive, key: str, hospital: str | None = None, *, dry_run: bool = False
) -> Reread:
    """Read one stored issue's facts again (``hospital``: the paper's own; None keeps the
    issue's). Raises on failure; nothing of the issue is changed then."""
    before = fact_counts(archive.conn, key)
    raw_issue, _old = raw_parse(archive, key)
    issue = replace(raw_issue, hospital=hospital) if hospital else raw_issue
    extract = archive_extract(archive)
    facts = extract(issue)  # outside the transaction: extraction is the slow part
    if dry_run:
        corrections = active_for(archive.conn, issue.source)
        view = corrected_view(issue, facts, corrections, extract) if corrections else View(issue, facts, {})
        return Reread(key, before, counts_of(view.facts))
    with archive.transaction() as db:
        had_raw = db.execute("SELECT 1 FROM raw_parses WHERE issue_id = ?", (key,)).fetchone() is not None
        store_raw(db, key, issue, facts, overwrite=True)
        if issue.hospital != raw_issue.hospital:
            db.execute(
                "UPDATE issues SET parse_json = ? WHERE id = ?", (dumps(replace(issue, articles=())), key)
            )
        view = recompute_issue(archive, db, key, EDITOR, "facts read again")
        scoped = any(scope(c) == issue.source for _cid, c in active_for(db, issue.source))
        if not had_raw and not view.changed and not scoped:  # as before: the stored rows are the parse
            db.execute("DELETE FROM raw_parses WHERE issue_id = ?", (key,))
        increment_meta(db, "generation")
        after = fact_counts(db, key)
    return Reread(key, before, after)


def _why(error: BaseException) -> str:
    if isinstance(error, YuanzhiError):
        return str(error)
    if isinstance(error, DB_ERRORS):
        return f"the archive refused the write ({first_line(error)})"
    if isinstance(error, ImportError):
        return f"the extractor is not installed ({error.name or error})"
    return f"{type(error).__name__}: {first_line(error)}"


def reread_issues(
    archive: Archive,
    keys: Iterable[str],
    hospital: str | None = None,
    *,
    dry_run: bool = False,
    on_start: Callable[[str], None] | None = None,
) -> Iterator[Reread]:
    """Each issue read again in turn; a failure is yielded with its reason (that issue unchanged)."""
    for key in keys:
        if on_start is not None:
            on_start(key)
        try:
            yield reextract_issue(archive, key, hospital, dry_run=dry_run)
        except Exception as error:  # one issue's failure must not stop the others
            yield Reread(key, fact_counts(archive.conn, key), error=_why(error))


def reextract(
    archive: Archive, wanted: Sequence[str] = (), *, dry_run: bool = False, progress: Progress | None = None
) -> Summary:
    """Read the facts of ``wanted`` (default: every stored issue) again with the archive's hospital;
    ``progress`` is told how many issues there are, each issue as it starts and each outcome."""
    hospital = stored_hospital(archive)
    keys = issue_keys(archive, wanted)
    if progress is not None:
        progress.begin(len(keys))
    done = []
    for reread in reread_issues(archive, keys, hospital, dry_run=dry_run, on_start=None if progress is None else progress.start):
        done.append(reread)
        if progress is not None:
            progress.done(reread)
    return Summary(tuple(done), hospital, dry_run)


def as_dict(summary: Summary) -> dict[str, object]:
    """The summary as JSON-ready data."""
    return {
        "hospital": summary.hospital,
        "dry_run": summary.dry_run,
        "issues": [
            {"id": r.issue_id, "before": dict(r.before), "after": dict(r.after), "error": r.error}
            for r in summary.issues
        ],
        "totals": {k: {"before": b, "after": a} for k, (b, a) in summary.totals().items()},
    }


__all__ = ["Progress", "Reread", "Summary", "as_dict", "issue_keys", "reextract", "reextract_issue", "reread_issues"]
