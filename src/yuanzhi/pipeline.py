"""The pipeline in one place.

    read ─▶ Document ─▶ layout ─▶ Blocks ─▶ assemble ─▶ Issue ─▶ extract ─▶ Facts

Each stage is a plain function from one model to the next; this module only
chooses the reader and the layout for the kind of input and calls them in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .model import Block, Document, Facts, Issue

PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}


def read_document(paths: Sequence[Path], source: str | None = None) -> Document:
    """Open the input (the only stage that touches input files)."""
    from .errors import InputError

    first = paths[0]
    name = source or str(first)
    if not first.exists():
        raise InputError(name, "does not exist")
    if first.is_dir():
        raise InputError(name, "is a directory", "give the issue's files")
    suffix = first.suffix.lower()
    if suffix in PDF_SUFFIXES or _starts_with(first, b"%PDF"):
        from .read.pdf import read_pdf

        return read_pdf(first, source=name)
    if suffix in IMAGE_SUFFIXES:
        from .read.scan import read_images

        return read_images(list(paths), source=name)
    from .read.text import read_text

    return read_text(first, source=name)


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def document_to_blocks(document: Document) -> list[Block]:
    """Lay out the lines: reading order, paragraphs, and a role for every block."""
    if document.kind == "text":
        from .layout.text_layout import lines_to_blocks

        return lines_to_blocks(document)
    from .layout.geometry import document_to_blocks as geometric_blocks

    return geometric_blocks(document)


def blocks_to_issue(blocks: Sequence[Block], document: Document, date: str | None = None) -> Issue:
    """Articles from the blocks; any input text no field carries is kept under unassigned."""
    from .articles.assemble import blocks_to_issue as assemble
    from .articles.conserve import keep_every_character

    return keep_every_character(assemble(blocks, document, date=date), document)


def parse_document(document: Document, date: str | None = None, hospital: str | None = None) -> Issue:
    """``hospital``: the paper's own hospital when known (extract/paper_hospital.py)."""
    issue = blocks_to_issue(document_to_blocks(document), document, date=date)
    return with_hospital(issue, hospital)


def with_hospital(issue: Issue, hospital: str | None) -> Issue:
    """The issue with its own hospital given (None: as it is)."""
    from dataclasses import replace

    return replace(issue, hospital=hospital) if hospital else issue


def parse_file(
    path: Path | str, date: str | None = None, extra: Sequence[Path] = (), hospital: str | None = None
) -> Issue:
    """Rebuild one issue from a text file, a PDF, or page images (``extra`` pages)."""
    paths = [Path(path), *extra]
    return parse_document(read_document(paths, source=str(path)), date=date, hospital=hospital)


def parse_text(text: str, source: str = "<text>", date: str | None = None) -> Issue:
    """Rebuild one issue from flattened text already in memory."""
    import hashlib

    from .read.text import text_to_document

    document = text_to_document(text, source, hashlib.sha256(text.encode("utf-8")).hexdigest())
    return parse_document(document, date=date)


def issues_to_facts(issues: Sequence[Issue]) -> Facts:
    """Facts of each issue, merged across issues into people and timelines."""
    from dataclasses import replace

    from .extract.facts import issue_to_facts
    from .knowledge.resolve import merge_facts

    each = [issue_to_facts(issue) for issue in issues]
    homes = tuple(dict.fromkeys(home for facts in each for home in facts.homes))  # each issue's own hospital
    return replace(merge_facts(each), homes=homes)
