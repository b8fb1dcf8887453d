"""Alembic environment for the archive.

yuanzhi runs the migrations itself when it opens an archive (schema.migrate),
passing its open connection in ``config.attributes["connection"]``. A developer
writing a new revision can also use the alembic command line:

    .venv/bin/alembic -c /dev/null -x db=postgresql://… upgrade head   (or -x db=FILE.db)

(with ``script_location`` pointing here), which opens the archive the same way.
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
