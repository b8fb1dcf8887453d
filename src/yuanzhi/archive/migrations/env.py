"""Alembic environment for the archive.

yuanzhi runs the migrations itself when it opens an archive (schema.migrate),
passing its open connection in ``config.attributes["connection"]``. A developer
writing a new revision can also use the alembic command line with an ini file
that holds only ``[alembic]`` / ``script_location = yuanzhi.archive:migrations``:

    .venv/bin/alembic -c migrations.ini revision -m "corrections"     # a new versions/ file
    .venv/bin/alembic -c migrations.ini -x db=FILE.db current          # or -x db=postgresql://…
    .venv/bin/alembic -c migrations.ini -x db=FILE.db upgrade head

A new revision says ``down_revision = "<the current head>"``; its upgrade() may
branch on ``op.get_bind().dialect.name`` ("sqlite" or "postgresql") where the
two need different SQL. Every yuanzhi that opens an archive applies it.
"""

from __future__ import annotations

from alembic import context

config = context.config


def run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=None)  # type: ignore[arg-type]
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    from yuanzhi.archive.db import connect

    target = context.get_x_argument(as_dictionary=True).get("db")
    if not target:
        raise SystemExit("give the archive: alembic -x db=FILE.db|postgresql://… COMMAND")
    database = connect(target)
    try:
        with database.transaction():
            run(database.conn)
    finally:
        database.close()
