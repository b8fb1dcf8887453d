"""From input files to the archive: read, parse, extract facts, store.

Page images given together are one issue: consecutive image files in the
argument list (``p1.png p2.png p3.png``) become the pages of one scanned issue,
in the order given. Any other file (text, PDF) is an issue on its own and ends
a run of images.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import pipeline
from ..model import Facts, Issue
from .records import IngestResult
from .store import Archive


@dataclass(frozen=True)
class Intake:
    """One issue's files, the ingest result, and what went less than right."""

    paths: tuple[Path, ...]
    result: IngestResult
    issue: Issue
    warnings: tuple[str, ...] = ()


def group_inputs(paths: Sequence[str | Path]) -> list[tuple[Path, ...]]:
    """Consecutive page images form one issue; every other file is its own issue."""
    groups: list[tuple[Path, ...]] = []
    run: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.suffix.lower() in pipeline.IMAGE_SUFFIXES:
            run.append(path)
            continue
        if run:
            groups.append(tuple(run))
            run = []
        groups.append((path,))
    if run:
        groups.append(tuple(run))
    return groups


def issue_facts(issue: Issue) -> tuple[Facts | None, list[str]]:
    """The issue's facts, or None with a warning while the extractor is not installed."""
    try:
        return pipeline.issues_to_facts([issue]), []
    except ImportError as error:
        return None, [
            f"{issue.source}: facts not extracted ({error.name or error}); re-ingest once the extractor is available"
        ]


def ingest_paths(
    archive: Archive, paths: Sequence[Path], date: str | None = None, hospital: str | None = None
) -> Intake:
    """Parse one issue from its file(s) and store it with its facts and page images.

    ``hospital``: the paper's own hospital (hospital_setting.ingest_hospital gives the archive's).
    """
    document = pipeline.read_document(list(paths), source=str(paths[0]))
    issue = pipeline.parse_document(document, date=date, hospital=hospital)
    facts, warnings = issue_facts(issue)
    result = archive.ingest(issue, facts, document=document)
    return Intake(tuple(paths), result, issue, tuple(warnings) + result.warnings)
