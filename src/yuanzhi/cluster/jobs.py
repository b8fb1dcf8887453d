"""What a worker does with one issue: read → layout → assemble → extract, and page images.

A job names the issue's files; it carries their bytes too when the workers do
not share the client's file system (a remote cluster). The worker returns a
:class:`Parsed` (the Issue, its Facts, PNG page images, warnings) or a
:class:`Failed` with one line saying what is wrong. Nothing here touches the
archive: the client writes each result in one transaction.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import YuanzhiError
from ..model import Facts, Issue

# a file larger than this is not sent through the scheduler: use --shared-files
MAX_SHIPPED_BYTES = 256 * 10**6


@dataclass(frozen=True)
class Job:
    paths: tuple[str, ...]  # the issue's files as the user named them (scans: one per page)
    data: tuple[bytes, ...] | None = None  # their bytes, when the workers cannot open the paths
    date: str | None = None
    db: str | None = None  # the worker stores the issue itself in this archive (PostgreSQL)
    hospital: str | None = None  # the paper's own hospital (--hospital or the archive's setting)

    @property
    def name(self) -> str:
        extra = len(self.paths) - 1
        return self.paths[0] + (f" (+{extra} pages)" if extra else "")


@dataclass(frozen=True)
class Parsed:
    paths: tuple[str, ...]
    issue: Issue
    facts: Facts | None
    page_images: dict[int, bytes]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stored:
    """An issue the worker parsed and wrote itself (``Job.db``)."""

    paths: tuple[str, ...]
    status: str
    issue_id: str
    articles: int
    pages: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failed:
    paths: tuple[str, ...]
    message: str  # one line naming the file and what is wrong


def content_sha256(paths: Sequence[Path]) -> str:
    """The hash the readers give a Document: sha256 of the files' bytes, in order."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def make_job(
    paths: Sequence[Path], date: str | None, ship: bool, db: str | None = None, hospital: str | None = None
) -> Job | Failed:
    """A job for one issue; with ``ship`` the files' bytes travel with it."""
    names = tuple(str(p) for p in paths)
    if not ship:
        return Job(names, None, date, db, hospital)
    data: list[bytes] = []
    for path in paths:
        try:
            size = path.stat().st_size
            if size > MAX_SHIPPED_BYTES:
                return Failed(
                    names,
                    f"{path}: is {size / 1e6:.0f} MB, too large to send to the cluster's workers;"
                    " put the files where the workers can read them and use --shared-files",
                )
            data.append(path.read_bytes())
        except OSError as error:
            return Failed(names, f"{path}: cannot be read ({error.strerror})")
    return Job(names, tuple(data), date, db, hospital)


def run_job(job: Job) -> Parsed | Stored | Failed:
    """Parse one issue on a worker (and store it, with ``job.db``). Never raises."""
    try:
        if job.data is None:
            parsed = _parse(job, [Path(p) for p in job.paths])
        else:
            with tempfile.TemporaryDirectory(prefix="yuanzhi-job-") as folder:
                local: list[Path] = []
                for i, (name, data) in enumerate(zip(job.paths, job.data, strict=True)):
                    path = Path(folder) / f"{i:04d}{Path(name).suffix.lower()}"
                    path.write_bytes(data)
                    local.append(path)
                parsed = _parse(job, local)
        return parsed if job.db is None else _store_here(job.db, parsed)
    except YuanzhiError as error:
        return Failed(job.paths, _restore_names(str(error), job))
    except MemoryError:
        return Failed(job.paths, f"{job.name}: ran out of memory on the worker")
    except Exception as error:  # a bug must not stop the other issues; say which file
        kind = type(error).__name__
        return Failed(job.paths, f"{job.name}: internal error while parsing ({kind}: {error})")


def _parse(job: Job, local: list[Path]) -> Parsed:
    from .. import pipeline
    from ..archive.intake import issue_facts
    from ..archive.pages import document_page_images

    document = pipeline.read_document(local, source=job.paths[0])
    issue = pipeline.parse_document(document, date=job.date, hospital=job.hospital)
    facts, warnings = issue_facts(issue)
    # page images are rendered from the file the worker holds, whatever its name
    images, image_warnings = document_page_images(replace(document, source=str(local[0])))
    every = [*warnings, *image_warnings]
    issue = replace(issue, warnings=tuple(_restore_names(w, job) for w in issue.warnings))
    return Parsed(
        job.paths,
        issue,
        facts,
        images,
        tuple(_restore_names(w, job) for w in every),
    )


_ARCHIVES: dict[str, Any] = {}  # one open archive per worker process and database


def _store_here(db: str, parsed: Parsed) -> Stored:
    """Write the issue from the worker, in one transaction (the database queues writers)."""
    from ..archive.store import open_archive

    archive = _ARCHIVES.get(db)
    if archive is None:
        archive = _ARCHIVES[db] = open_archive(db)
    result = archive.ingest(parsed.issue, parsed.facts, page_images=parsed.page_images)
    return Stored(
        parsed.paths,
        result.status,
        result.issue_id,
        result.articles,
        parsed.issue.pages or 0,
        parsed.warnings + result.warnings,
    )


def _restore_names(text: str, job: Job) -> str:
    """Messages name the user's files, never a worker's temporary copies."""
    if job.data is None:
        return text
    return _TEMPORARY.sub(lambda m: job.paths[int(m.group(1))], text)


_TEMPORARY = re.compile(r"[^\s'\"]*yuanzhi-job-[^/\s]+/(\d{4})(?:\.\w+)?")
