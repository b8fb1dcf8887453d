"""Where the archive tests run: a SQLite file, and a PostgreSQL schema of its own.

PostgreSQL comes from ``$YUANZHI_TEST_PG`` (``make test`` starts the throwaway
cluster with ``make pg-start`` and sets it), else from ``scripts/pg-start.sh``,
called here once per session. When no server can be started the PostgreSQL
tests fail under CI (``CI=true``) and are skipped with the reason elsewhere.
Each test gets a fresh schema (``search_path``), dropped afterwards.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from urllib.parse import quote

import pytest

PG_ENV = "YUANZHI_TEST_PG"
REPO = Path(__file__).resolve().parents[2]
BACKENDS = ("sqlite", "postgresql")


@cache
def _pg_base() -> tuple[str | None, str]:
    """(URL of the test database, or None, and why not)."""
    url = os.environ.get(PG_ENV)
    if url:
        return url, ""
    script = REPO / "scripts" / "pg-start.sh"
    try:
        done = subprocess.run(
            ["bash", str(script), str(REPO / ".build" / "pg")],
            capture_output=True,
            text=True,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"scripts/pg-start.sh could not run: {error}"
    if done.returncode != 0:
        return None, f"scripts/pg-start.sh failed: {done.stderr.strip()[-400:]}"
    return done.stdout.strip().splitlines()[-1], ""


def pg_url() -> str:
    """The test database's URL; fail (CI) or skip (elsewhere) when there is none."""
    url, why = _pg_base()
    if url is None:
        message = f"PostgreSQL tests need a server: {why} (or set {PG_ENV})"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@contextmanager
def pg_schema() -> Iterator[str]:
    """A URL whose tables live in a new, empty schema (dropped on exit)."""
    from sqlalchemy import create_engine, pool, text

    from yuanzhi.archive.db import parse_target

    base = pg_url()
    _kind, url, _ = parse_target(base)
    assert url is not None
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(url, poolclass=pool.NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={name},public')}"
    finally:
        with engine.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        engine.dispose()


@contextmanager
def fresh_target(backend: str, folder: Path, name: str = "test.db") -> Iterator[str | Path]:
    """Where a new, empty archive can be opened on ``backend``."""
    if backend == "sqlite":
        yield folder / name
        return
    with pg_schema() as url:
        yield url
