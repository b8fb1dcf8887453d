"""The ``yuanzhi`` command line: thin shells over the library.

Each command parses its arguments, calls one library function and formats the
result; named errors (errors.YuanzhiError) become a one-line message and exit 1.
"""

from __future__ import annotations

import typer

from . import archive_cmd, correct_cmd, hospital_cmd, parse_cmd, reextract_cmd, web_cmd


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="yuanzhi",
        help="院志 yuanzhi: rebuild hospital newsletters into articles, facts and a searchable archive.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    parse_cmd.register(app)
    archive_cmd.register(app)
    web_cmd.register(app)
    correct_cmd.register(app)
    hospital_cmd.register(app)
    reextract_cmd.register(app)
    return app


def main() -> None:
    build_app()()
