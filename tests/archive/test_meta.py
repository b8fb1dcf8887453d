"""The archive's meta table through archive/meta.py, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from yuanzhi.archive.db import DB_ERRORS
from yuanzhi.archive.meta import add_meta, get_meta, increment_meta, set_meta
from yuanzhi.archive.store import Archive


def test_missing_key_reads_none(archive: Archive) -> None:
    assert get_meta(archive.conn, "no-such-key") is None


def test_set_replaces_the_value(archive: Archive) -> None:
    with archive.transaction() as conn:
        set_meta(conn, "probe", "甲")
        set_meta(conn, "probe", "乙")
    assert get_meta(archive.conn, "probe") == "乙"


def test_add_keeps_an_existing_value_only_when_asked(archive: Archive) -> None:
    with archive.transaction() as conn:
        add_meta(conn, "probe", "first")
        add_meta(conn, "probe", "second", if_absent=True)
    assert get_meta(archive.conn, "probe") == "first"
    with pytest.raises(DB_ERRORS), archive.transaction() as conn:
        add_meta(conn, "probe", "third")
    assert get_meta(archive.conn, "probe") == "first"


def test_increment_counts_up_and_creates_only_when_asked(archive: Archive) -> None:
    with archive.transaction() as conn:
        increment_meta(conn, "counter")
    assert get_meta(archive.conn, "counter") is None
    with archive.transaction() as conn:
        increment_meta(conn, "counter", create=True)
        increment_meta(conn, "counter", create=True)
        increment_meta(conn, "counter")
    assert get_meta(archive.conn, "counter") == "3"


def test_generation_moves_with_each_ingest(filled: Archive) -> None:
    assert filled.generation() == get_meta(filled.conn, "generation")
    assert int(filled.generation()) >= 2
