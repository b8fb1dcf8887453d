"""Exports of the archive: 大事记 (Markdown, DOCX, CSV, JSON), contributions CSV,
article and issue Markdown. Patient mentions are redacted to 「某患者」."""

from __future__ import annotations

from ..archive.records import Chronicle
from ..errors import YuanzhiError
from .csv import chronicle_csv, chronicle_json, contributions_csv
from .markdown import article_markdown, chronicle_markdown, issue_markdown

CHRONICLE_FORMATS = ("md", "docx", "csv", "json")


def chronicle_bytes(chronicle: Chronicle, fmt: str) -> bytes:
    """The 大事记 in ``fmt`` (md | docx | csv | json) as file bytes (CSV with a BOM for Excel)."""
    if fmt == "md":
        return chronicle_markdown(chronicle).encode("utf-8")
    if fmt == "docx":
        from .docx import chronicle_docx

        return chronicle_docx(chronicle)
    if fmt == "csv":
        return chronicle_csv(chronicle).encode("utf-8-sig")
    if fmt == "json":
        return chronicle_json(chronicle).encode("utf-8")
    raise YuanzhiError(
        f"unknown chronicle format {fmt!r}; choose one of {', '.join(CHRONICLE_FORMATS)}"
    )


__all__ = [
    "CHRONICLE_FORMATS",
    "article_markdown",
    "chronicle_bytes",
    "chronicle_csv",
    "chronicle_json",
    "chronicle_markdown",
    "contributions_csv",
    "issue_markdown",
]
