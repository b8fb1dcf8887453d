"""The archive's schema: alembic migrations (migrations/versions/) on both backends.

Opening an archive brings it to the newest revision inside one write
transaction. A SQLite archive made before alembic (its own ``schema_version``
table at version 1, no ``alembic_version``) is first stamped with revision
0001, the schema it has, then upgraded like any other. An archive whose
revision this yuanzhi does not know was migrated by a newer yuanzhi: refused.

The full-text index is not part of the schema: its shape depends on the option
chosen when the archive was created (search.py).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from ..errors import ArchiveError
from .db import Database

MIGRATIONS = Path(__file__).parent / "migrations"
PRE_ALEMBIC = "0001"  # what a schema_version-1 archive already has


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def head() -> str:
    revision = _script().get_current_head()
    assert revision is not None
    return revision


def _config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = db.conn
    return config


def has_table(db: Database, name: str) -> bool:
    if db.kind == "sqlite":
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    else:
        sql = "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?"
    return db.execute(sql, (name,)).fetchone() is not None


def current_revision(db: Database) -> str | None:
    """The alembic revision of the archive, ``PRE_ALEMBIC`` for an old SQLite archive, or None."""
    if has_table(db, "alembic_version"):
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None:
            return str(row[0])
    if db.kind == "sqlite" and has_table(db, "schema_version"):
        found = db.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        if found == 1:
            return PRE_ALEMBIC
        if found and found > 1:
            return f"schema_version {found}"  # alembic_version lost: unknown, refused below
    return None


def migrate(db: Database) -> str | None:
    """Bring the schema to the newest revision; return the revision found before."""
    found = current_revision(db)
    if found == head():
        return found
    with db.transaction():
        found = current_revision(db)  # another process may have migrated meanwhile
        if found == head():
            return found
        if found is not None and not _known(found):
            raise ArchiveError(
                f"{db.name}: the archive's schema ({found}) is newer than this yuanzhi knows"
                f" (newest {head()}); upgrade yuanzhi to open it"
            )
        config = _config(db)
        if found == PRE_ALEMBIC and not has_table(db, "alembic_version"):
            command.stamp(config, PRE_ALEMBIC)
        command.upgrade(config, "head")
    return found


def _known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:  # alembic's "no such revision" errors
        return False
