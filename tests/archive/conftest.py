"""A fresh archive per test, on each backend, built from hand-made issues (tests/archive/sample.py).

``archive`` and ``filled`` run every test that uses them on SQLite and on
PostgreSQL (tests/archive/backends.py says where the server comes from).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from yuanzhi.archive.store import Archive, open_archive

from .backends import BACKENDS, fresh_target
from .sample import facts_june, facts_may, issue_june, issue_may


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def target(backend: str, tmp_path: Path) -> Iterator[str | Path]:
    """Where a new archive can be opened (a file path, or a PostgreSQL URL with its own schema)."""
    with fresh_target(backend, tmp_path) as where:
        yield where


@pytest.fixture
def archive(target: str | Path) -> Iterator[Archive]:
    with open_archive(target) as opened:
        yield opened


@pytest.fixture
def filled(archive: Archive) -> Archive:
    archive.ingest(issue_may(), facts_may())
    archive.ingest(issue_june(), facts_june())
    return archive
