"""SQLite: schema_version 2 says "migrated by alembic" to yuanzhi before alembic

yuanzhi before alembic read ``schema_version`` and refused any version it did
not know; version 2 makes it refuse an archive this yuanzhi has migrated
(instead of failing on "table issues already exists"). PostgreSQL archives
never had that table.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    now = datetime.now(UTC).isoformat(timespec="seconds")
    op.execute(
        "INSERT OR IGNORE INTO schema_version VALUES"
        f" (2, 'migrated by alembic from here on (see the alembic_version table)', '{now}')"
    )


def downgrade() -> None:
    raise NotImplementedError("the archive is only migrated forward")
