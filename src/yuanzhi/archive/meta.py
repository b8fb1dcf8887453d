"""The archive's ``meta`` table: one small key → text value store, read and written here only.

The same SQL serves SQLite and PostgreSQL (``Database.execute`` turns the ``?`` placeholders
into psycopg's). Keys in use: ``tokenizer`` and ``index_version`` (the search index),
``generation`` (counts every change of the archive's content), ``corrections`` (counts every
change of the corrections), ``hospital`` (the archive's own hospital). Each function runs in the
caller's connection or transaction; none opens one of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import Database


def get_meta(db: Database, key: str) -> str | None:
    """The value stored under ``key``, or None when there is no such row."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(db: Database, key: str, value: str) -> None:
    """Store ``value`` under ``key``, replacing any earlier value."""
    db.execute(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def add_meta(db: Database, key: str, value: str, *, if_absent: bool = False) -> None:
    """Store ``value`` under a new ``key``: a row already there is a database error, or, with
    ``if_absent``, is kept unchanged."""
    db.execute(
        "INSERT INTO meta VALUES (?, ?)" + (" ON CONFLICT DO NOTHING" if if_absent else ""),
        (key, value),
    )


def increment_meta(db: Database, key: str, *, create: bool = False) -> None:
    """Add one to the counter stored under ``key``; a missing counter stays missing, or, with
    ``create``, starts at 1."""
    if create:
        db.execute(
            "INSERT INTO meta VALUES (?, '1') ON CONFLICT(key) DO UPDATE"
            " SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)",
            (key,),
        )
    else:
        db.execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = ?", (key,))
