"""The few SQL expressions SQLite and PostgreSQL spell differently.

Everything else in the archive's SQL is common to both (qmark placeholders,
``substr``, ``length``, ``ON CONFLICT``, ``RETURNING``). Each function returns a
fragment to paste into a statement; arguments are SQL expressions, never user
text (user text always goes in as a parameter).
"""

from __future__ import annotations

from .db import Kind


def contains(kind: Kind, haystack: str, needle: str) -> str:
    """``needle`` occurs in ``haystack`` (a plain substring test, no LIKE wildcards)."""
    if kind == "sqlite":
        return f"instr({haystack}, {needle}) > 0"
    return f"strpos({haystack}, {needle}) > 0"


def group_concat(kind: Kind, expr: str, distinct: bool = False) -> str:
    """The values of ``expr`` joined by commas (order unspecified)."""
    if kind == "sqlite":
        return f"group_concat({'DISTINCT ' if distinct else ''}{expr})"
    return f"string_agg({'DISTINCT ' if distinct else ''}CAST({expr} AS TEXT), ',')"


def json_items(kind: Kind, column: str, key: str, alias: str) -> str:
    """A FROM item: the elements of the JSON array at ``key`` of a JSON text column.

    Each element is ``{alias}.value``; read its fields with ``json_field``.
    """
    if kind == "sqlite":
        return f"json_each({column}, '$.{key}') {alias}"
    return f"json_array_elements(({column})::json -> '{key}') AS {alias}(value)"


def json_field(kind: Kind, value: str, key: str) -> str:
    """The text of field ``key`` of a JSON object (a column of JSON text or a json_items value)."""
    if kind == "sqlite":
        return f"json_extract({value}, '$.{key}')"
    return f"(({value})::json ->> '{key}')"


def as_text(kind: Kind, expr: str) -> str:
    return f"CAST({expr} AS TEXT)"
