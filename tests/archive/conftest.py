"""A fresh archive per test, built from hand-made issues (tests/archive/sample.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from yuanzhi.archive.store import Archive, open_archive

from .sample import facts_june, facts_may, issue_june, issue_may


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with open_archive(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def filled(archive: Archive) -> Archive:
    archive.ingest(issue_may(), facts_may())
    archive.ingest(issue_june(), facts_june())
    return archive
