"""One connection to the archive's database: a SQLite file or a PostgreSQL database.

SQLAlchemy Core opens it (URL parsing, the driver, the pool) and alembic
migrates it (migrate.py); the archive's SQL is written once, with qmark
placeholders (``?``, or ``?1`` to use the first parameter again), and
``Database.execute`` hands it to the driver in the driver's own style. What
differs between the two dialects lives in dialect.py, and full-text search in
one module per backend (search_sqlite.py, search_postgres.py).

The connection runs in autocommit mode: a read is one statement, a write is an
explicit ``transaction()`` (SQLite: ``BEGIN IMMEDIATE``, one writer at a time,
readers never blocked under WAL; PostgreSQL: ``BEGIN`` and a transaction-level
advisory lock, so writers queue instead of deadlocking), and ``snapshot()``
gives several reads one consistent view.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import create_engine, pool
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import ArchiveError

Kind = Literal["sqlite", "postgresql"]
BUSY_TIMEOUT_MS = 5000
WRITE_LOCK = 7_268_101  # pg_advisory_xact_lock key: one archive writer at a time ("yuanzhi")
_PG_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# what a database call may raise: SQLAlchemy wraps the driver's errors; sqlite3's own
# come through where the sqlite3 module is used directly
DB_ERRORS: tuple[type[BaseException], ...] = (SQLAlchemyError, sqlite3.Error)


def is_url(target: str | Path) -> bool:
    """True for ``postgresql://…`` and ``sqlite:///…``; a plain path is a SQLite file."""
    return isinstance(target, str) and bool(re.match(r"^[a-z][a-z0-9+]*://", target))


def parse_target(target: str | Path) -> tuple[Kind, URL | None, str]:
    """(backend, URL for PostgreSQL, file path or ':memory:' for SQLite)."""
    if not is_url(target):
        return "sqlite", None, str(target)
    text = str(target)
    scheme = text.split("://", 1)[0]
    if scheme in ("sqlite", "sqlite+pysqlite"):
        path = text.split("://", 1)[1]
        if not path.startswith("/"):
            raise ArchiveError(
                f"{text}: a SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db"
            )
        return "sqlite", None, path[1:] or ":memory:"
    if scheme not in _PG_SCHEMES:
        raise ArchiveError(
            f"{text}: unknown database; use a file path, sqlite:///FILE or postgresql://USER@HOST/DB"
        )
    try:
        url = make_url(text).set(drivername="postgresql+psycopg")
    except ArgumentError as error:
        raise ArchiveError(f"{text}: not a database URL ({error})") from None
    return "postgresql", url, ""


def display_name(target: str | Path) -> str:
    """The target as messages show it (a URL without its password)."""
    kind, url, path = parse_target(target)
    return path if url is None else url.render_as_string(hide_password=True)


def connect(target: str | Path) -> Database:
    """Open a connection (the caller has checked that a SQLite file may be created)."""
    kind, url, path = parse_target(target)
    name = display_name(target)
    engine: Engine
    if kind == "sqlite":
        engine = create_engine(
            "sqlite://",
            creator=lambda: _sqlite_connection(path),
            poolclass=pool.NullPool,
        )
    else:
        assert url is not None
        engine = create_engine(url, poolclass=pool.NullPool)
    try:
        conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    except Exception as error:  # the driver's own error types: report them as one line
        engine.dispose()
        raise ArchiveError(
            f"{name}: cannot connect to the archive ({first_line(error)});"
            " check the path or URL, and that the server is running"
        ) from None
    return Database(engine, conn, kind, name, memory=path == ":memory:")


def _sqlite_connection(path: str) -> Any:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def first_line(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error
    return str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__


class Database:
    """A connection in autocommit mode, qmark SQL, explicit write transactions."""

    def __init__(
        self, engine: Engine, conn: Connection, kind: Kind, name: str, memory: bool = False
    ):
        self.engine = engine
        self.conn = conn
        self.kind: Kind = kind
        self.name = name
        self.memory = memory
        self._depth = 0  # inside transaction() or snapshot()

    # ------------------------------------------------------------ statements

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        """Run one statement; ``?`` placeholders, parameters as a sequence."""
        if self.kind == "sqlite":
            return self.conn.exec_driver_sql(sql, tuple(params) if params else ())
        statement, order = _to_pyformat(sql)
        if not params:
            return self.conn.exec_driver_sql(statement, ())
        values = list(params) if not isinstance(params, Mapping) else list(params.values())
        return self.conn.exec_driver_sql(statement, tuple(values[i] for i in order))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.kind == "sqlite":
            self.conn.exec_driver_sql(sql, [tuple(r) for r in rows])
            return
        statement, order = _to_pyformat(sql)
        self.conn.exec_driver_sql(statement, [tuple(r[i] for i in order) for r in rows])

    def script(self, statements: Sequence[str]) -> None:
        for statement in statements:
            self.conn.exec_driver_sql(statement)

    # ------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction: everything inside commits together or not at all."""
        if self._depth:
            raise ArchiveError(f"{self.name}: a write transaction cannot nest in another")
        try:
            if self.kind == "sqlite":
                self.conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                self.conn.exec_driver_sql("BEGIN")
                self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        except Exception as error:
            self._rollback_quietly()
            raise ArchiveError(
                f"{self.name}: cannot write the archive ({first_line(error)});"
                " is another process holding it?"
            ) from None
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            self._rollback_quietly()
            raise
        self._depth -= 1
        self.conn.exec_driver_sql("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[Database]:
        """Several reads that see one state of the archive (a concurrent ingest is all or nothing)."""
        if self._depth:  # already inside a transaction or snapshot
            yield self
            return
        if self.kind == "sqlite":
            self.conn.exec_driver_sql("BEGIN")
        else:
            self.conn.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
            self._rollback_quietly()

    def _rollback_quietly(self) -> None:
        try:
            self.conn.exec_driver_sql("ROLLBACK")
        except Exception:  # noqa: S110 - nothing was open, or the connection is gone
            pass

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            self.engine.dispose()


@lru_cache(maxsize=512)
def _to_pyformat(sql: str) -> tuple[str, tuple[int, ...]]:
    """qmark SQL as psycopg's %s style, and which parameter goes to each %s.

    ``?`` takes the next parameter, ``?N`` the N-th (1-based); ``%`` is doubled
    (SQLAlchemy always hands psycopg a parameter list, so psycopg always reads
    placeholders). Quoted strings and identifiers are copied as they are, but
    for that doubling.
    """
    out: list[str] = []
    order: list[int] = []
    following = 0
    i = 0
    while i < len(sql):
        ch = sql[i]
        if ch in "'\"":
            end = sql.find(ch, i + 1)
            while end != -1 and end + 1 < len(sql) and sql[end + 1] == ch:
                end = sql.find(ch, end + 2)
            end = len(sql) - 1 if end == -1 else end
            chunk = sql[i : end + 1]
            out.append(chunk.replace("%", "%%"))
            i = end + 1
            continue
        if ch == "?":
            match = re.match(r"\?(\d+)", sql[i:])
            if match:
                order.append(int(match.group(1)) - 1)
                i += len(match.group(0))
            else:
                order.append(following)
                following += 1
                i += 1
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
        i += 1
    return "".join(out), tuple(order)


__all__ = [
    "DB_ERRORS",
    "Database",
    "Kind",
    "connect",
    "display_name",
    "first_line",
    "is_url",
    "parse_target",
]
