"""Uploaded issues: safe file names inside the upload folder, then parse → facts → ingest.

A client-supplied file name is never trusted as a path: ``safe_filename`` keeps
only its last component's harmless characters, and ``save_upload`` checks the
resolved target is inside the upload folder before writing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError, TooLargeError, YuanzhiError
from ..pipeline import IMAGE_SUFFIXES

MAX_NAME = 120
_UNSAFE = re.compile(r"[^\w.\-（）()]+", re.UNICODE)


def safe_filename(name: str | None) -> str:
    """A file name that cannot leave its folder: last path component, no control
    characters or NULs, no leading dots, only word characters, dots, dashes, brackets."""
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(ch for ch in text if ch.isprintable() and ch != "\x00")
    text = re.split(r"[\\/]", text)[-1]
    text = _UNSAFE.sub("_", text).strip("._ ")
    if len(text) > MAX_NAME:
        stem, dot, suffix = text.rpartition(".")
        text = (
            (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix)
            if dot and len(suffix) <= 8
            else text[:MAX_NAME]
        )
    return text or "upload"


def save_upload(folder: Path, name: str | None, stream: BinaryIO, limit: int) -> Path:
    """Copy ``stream`` to ``folder/safe_filename(name)``; refuse more than ``limit`` bytes."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(
            str(folder),
            f"cannot create the upload folder ({error.strerror})",
            "start the server with a writable --upload-dir",
        ) from None
    root = folder.resolve()
    target = (root / safe_filename(name)).resolve()
    if target.parent != root:
        raise InputError(str(name), "file name points outside the upload folder", "rename the file")
    written = 0
    partial = target.with_name(target.name + ".part")
    try:
        with _open_for_writing(partial) as out:
            while chunk := stream.read(1 << 16):
                written += len(chunk)
                if written > limit:
                    raise TooLargeError(
                        target.name,
                        f"larger than the upload limit of {limit} bytes",
                        "split the issue",
                    )
                out.write(chunk)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _open_for_writing(path: Path) -> BinaryIO:
    try:
        return path.open("wb")
    except OSError as error:
        raise InputError(
            path.name,
            f"cannot write to the upload folder ({error.strerror})",
            "start the server with a writable --upload-dir",
        ) from None


@dataclass(frozen=True)
class UploadResult:
    file: str
    ok: bool
    saved_as: str | None = None
    status: str | None = None  # added | unchanged | replaced
    issue_id: str | None = None
    articles: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "ok": self.ok,
            "saved_as": self.saved_as,
            "status": self.status,
            "issue_id": self.issue_id,
            "articles": self.articles,
            "error": self.error,
            "warnings": list(self.warnings),
        }


def group_pages(paths: Sequence[Path]) -> list[list[Path]]:
    """Consecutive page images are one issue (as the CLI's ingest); every other file is one issue."""
    groups: list[list[Path]] = []
    for path in paths:
        is_image = path.suffix.lower() in IMAGE_SUFFIXES
        if is_image and groups and groups[-1][-1].suffix.lower() in IMAGE_SUFFIXES:
            groups[-1].append(path)
        else:
            groups.append([path])
    return groups


def extract_facts(issue: Any) -> tuple[Any, str | None]:
    """Facts of one issue, and a warning when the extractor is not installed."""
    from ..pipeline import issues_to_facts

    try:
        return issues_to_facts([issue]), None
    except ImportError:
        pass
    try:  # one issue needs no cross-issue merge
        from ..extract.facts import issue_to_facts

        return issue_to_facts(issue), None
    except ImportError as missing:
        return None, f"facts not extracted ({missing})"


def ingest_files(
    archive: Any, paths: Iterable[Path], date: str | None = None
) -> list[UploadResult]:
    """Parse each issue, extract its facts when the extractor is available, and ingest it."""
    from ..archive.hospital_setting import stored_hospital
    from ..pipeline import parse_document, read_document, with_hospital

    hospital = stored_hospital(archive)  # the archive's own hospital (yuanzhi hospital, ingest --hospital)
    results = []
    for group in group_pages(list(paths)):
        label = ", ".join(p.name for p in group)
        try:
            # the saved path is the source: page images of PDFs are rendered from it
            document = read_document(group, source=str(group[0]))
            try:
                issue = with_hospital(parse_document(document, date=date), hospital)
            except ImportError as error:
                raise InputError(
                    label, f"this installation cannot parse {document.kind} issues ({error})"
                ) from None
            warnings: list[str] = list(issue.warnings)
            facts, skipped = extract_facts(issue)
            if skipped:
                warnings.append(skipped)
            outcome = archive.ingest(issue, facts, document=document)
        except YuanzhiError as error:
            results.append(UploadResult(file=label, ok=False, error=str(error)))
            continue
        results.append(
            UploadResult(
                file=label,
                ok=True,
                saved_as=group[0].name,
                status=str(getattr(outcome, "status", "added")),
                issue_id=getattr(outcome, "issue_id", None),
                articles=int(getattr(outcome, "articles", len(issue.articles))),
                warnings=tuple(warnings),
            )
        )
    return results
