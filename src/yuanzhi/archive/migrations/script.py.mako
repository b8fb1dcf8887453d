"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""

from __future__ import annotations

from alembic import op

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name  # "sqlite" or "postgresql"
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    raise NotImplementedError("the archive is only migrated forward")
