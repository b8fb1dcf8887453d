"""A fresh archive per test on each backend (tests/archive/backends.py), holding the invented
March and April issues of tests/corrections/sample.py, with sample.extract as its extractor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.archive.backends import BACKENDS, fresh_target
from yuanzhi.archive.store import Archive, open_archive

from . import sample


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def archive(backend: str, tmp_path: Path) -> Iterator[Archive]:
    with fresh_target(backend, tmp_path) as target, open_archive(target) as opened:
        opened.extract = sample.extract
        for issue in (sample.issue_march(), sample.issue_april()):
            opened.ingest(issue, sample.extract(issue))
        yield opened


def ids(archive: Archive, issue: str = "songxi-2026-03") -> list[str]:
    return [a.id for a in archive.list_articles(issue=issue)]


def titles(archive: Archive, issue: str = "songxi-2026-03") -> list[str | None]:
    return [a.title for a in archive.list_articles(issue=issue)]
