"""Chronicle and contributions downloads through the export package (patients redacted there)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..archive import chronicle as chron
from ..errors import ArchiveError


@dataclass(frozen=True)
class Exported:
    content: bytes
    media_type: str
    filename: str

    @property
    def disposition(self) -> str:
        from urllib.parse import quote

        return f"attachment; filename=\"export.{self.filename.rsplit('.', 1)[-1]}\"; filename*=UTF-8''{quote(self.filename)}"


MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


# format → (export module, function names it may go by); each takes the Chronicle record
CHRONICLE_EXPORTS = {
    "md": ("markdown", ("chronicle_markdown",)),
    "docx": ("docx", ("chronicle_docx",)),
    "csv": ("csv", ("chronicle_csv",)),
}


def _exporter(module: str, names: tuple[str, ...]) -> Any:
    import importlib

    try:
        found = importlib.import_module(f".{module}", "yuanzhi.export")
    except ImportError as error:
        raise ArchiveError(
            f"export to {module} is not available in this installation ({error})"
        ) from None
    for name in names:
        if hasattr(found, name):
            return getattr(found, name)
    raise ArchiveError(f"export to {module} is not available in this installation (no {names[0]})")


def _as_bytes(content: Any) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    if hasattr(content, "save"):  # a python-docx Document
        import io

        buffer = io.BytesIO()
        content.save(buffer)
        return buffer.getvalue()
    raise ArchiveError(f"export returned {type(content).__name__}, not text or bytes")


def chronicle_export(archive: Any, year: int, fmt: str) -> Exported:
    """The year's 大事记 through the export package (which redacts patients)."""
    module, names = CHRONICLE_EXPORTS[fmt]
    export = _exporter(module, names)
    content = _as_bytes(export(chron.chronicle(archive, year)))
    return Exported(content, MEDIA_TYPES[fmt], f"{year}年大事记.{fmt}")


def contributions_export(archive: Any, year: int) -> Exported:
    export = _exporter("csv", ("contributions_csv",))
    content = _as_bytes(export(chron.contributions(archive, year)))
    return Exported(content, MEDIA_TYPES["csv"], f"{year}年投稿统计.csv")
