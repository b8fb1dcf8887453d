"""Ingest on a Dask cluster: workers parse, this process writes.

    with local_client(2) as client, open_archive("yuanzhi.db") as archive:
        for outcome in ingest_on_cluster(archive, group_inputs(files), client):
            print(outcome.line)

Each issue becomes one job (read → layout → assemble → extract, page images)
on a worker; results come back to this process, which writes each issue in
one transaction (SQLite has one writer). At most ``window`` jobs are in flight,
so memory stays bounded however many files are given, and results are written
in the order the files were given, so the archive is the one a plain
``yuanzhi ingest`` of the same files builds. A file that fails is reported by
name with its one-line error and the others go on; an interrupt cancels the
jobs still in flight, and a transaction that has not committed leaves nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..archive.records import IngestResult
from ..errors import ClusterError, InputError, YuanzhiError
from .jobs import Failed, Job, Parsed, Stored, content_sha256, make_job, run_job


@dataclass(frozen=True)
class Outcome:
    """What became of one issue's files: a stored result, or one line saying what went wrong."""

    paths: tuple[Path, ...]
    status: str  # added | replaced | unchanged | failed
    issue_id: str | None = None
    articles: int = 0
    pages: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None

    @property
    def name(self) -> str:
        extra = len(self.paths) - 1
        return str(self.paths[0]) + (f" (+{extra} pages)" if extra else "")

    @property
    def result(self) -> IngestResult:
        return IngestResult(self.status, self.issue_id or "", self.articles)  # type: ignore[arg-type]

    def as_intake(self) -> Outcome:
        """This outcome, read like archive.intake.Intake; a failure raises its one-line error."""
        if self.error is not None:
            raise YuanzhiError(self.error)
        return self


def ingest_on_cluster(
    archive: Any,
    groups: Iterable[Sequence[Path]],
    client: Any,
    *,
    date: str | None = None,
    ship_files: bool = False,
    window: int | None = None,
    workers_write: str | None = None,
    hospital: str | None = None,
) -> Generator[Outcome, None, None]:
    """Parse every group of files on the cluster and store each issue; yield outcomes in order.

    ``ship_files`` sends the files' bytes with the jobs (workers on other machines
    without the same file system); otherwise workers open the paths themselves.
    ``workers_write`` (a PostgreSQL URL, the archive's own) lets each worker
    store its issue itself instead of sending it back; issues are then stored
    in the order they finish.
    """
    slots = max(1, sum(client.nthreads().values()))  # every worker thread, however many workers
    window = window or 4 * slots + 2  # room for slow issues: results are written in order
    pending: deque[tuple[tuple[Path, ...], Any]] = deque()
    todo = iter(groups)
    try:
        while True:
            while len(pending) < window:
                group = next(todo, None)
                if group is None:
                    break
                paths = tuple(Path(p) for p in group)
                pending.append(
                    (paths, _submit(archive, client, paths, date, ship_files, workers_write, hospital))
                )
            if not pending:
                return
            paths, job = pending.popleft()
            yield _finish(archive, paths, job)
    finally:
        futures = [job for _, job in pending if not isinstance(job, Outcome)]
        if futures:
            client.cancel(futures)


def _submit(
    archive: Any,
    client: Any,
    paths: tuple[Path, ...],
    date: str | None,
    ship: bool,
    db: str | None = None,
    hospital: str | None = None,
) -> Any:
    """A future for the issue's job, or its Outcome when no parsing is needed."""
    for path in paths:
        if not path.exists():
            return _failed(paths, str(InputError(str(path), "does not exist")))
        if path.is_dir():
            error = InputError(str(path), "is a directory", "give the issue's files")
            return _failed(paths, str(error))
    try:
        known = archive.find_sha(content_sha256(paths))
    except OSError as error:
        return _failed(paths, f"{paths[0]}: cannot be read ({error.strerror})")
    if known is not None:
        return Outcome(paths, known.status, known.issue_id, known.articles)
    job = make_job(paths, date, ship, db, hospital)
    if isinstance(job, Failed):
        return _failed(paths, job.message)
    if ship:  # the bytes go straight to a worker, not through the scheduler's task graph
        return client.submit(run_job, client.scatter(job, hash=False), pure=False)
    return client.submit(run_job, job, pure=False)


def _finish(archive: Any, paths: tuple[Path, ...], job: Any) -> Outcome:
    """Wait for one job and write its issue in one transaction."""
    if isinstance(job, Outcome):
        return job
    from distributed import CancelledError, KilledWorker

    try:
        got = job.result()
    except KilledWorker:
        return _failed(
            paths,
            f"{Job(tuple(map(str, paths))).name}: a worker died while parsing it "
            "(out of memory, or a crash in a library); the other issues go on",
        )
    except CancelledError:
        raise ClusterError("the cluster cancelled the ingest (scheduler stopped?)") from None
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"lost the cluster while parsing {paths[0]} ({error})") from None
    finally:
        job.release()
    if isinstance(got, Failed):
        return _failed(paths, got.message)
    if isinstance(got, Stored):
        return Outcome(paths, got.status, got.issue_id, got.articles, got.pages, got.warnings)
    return _store(archive, paths, got)


def _store(archive: Any, paths: tuple[Path, ...], parsed: Parsed) -> Outcome:
    try:
        result = archive.ingest(parsed.issue, parsed.facts, page_images=parsed.page_images)
    except YuanzhiError as error:
        return _failed(paths, str(error))
    return Outcome(
        paths,
        result.status,
        result.issue_id,
        result.articles,
        parsed.issue.pages or 0,
        parsed.warnings + result.warnings,
    )


def _failed(paths: tuple[Path, ...], message: str) -> Outcome:
    return Outcome(paths, "failed", error=message.splitlines()[0] if message else "failed")
