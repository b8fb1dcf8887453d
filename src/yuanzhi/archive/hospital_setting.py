"""The archive's own hospital: one setting row (``meta`` key ``hospital``).

An archive holds one hospital's paper. The first ``yuanzhi ingest --hospital NAME`` (or
``yuanzhi hospital NAME``) stores the name; every later ingest, upload and re-extraction uses it
unless a new ``--hospital`` overrides it for that ingest. The extractor then reads 我院, 医院 and
the hospital's posts printed without a body as that hospital (extract/paper_hospital.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ArchiveError
from .db import DB_ERRORS, first_line
from .meta import get_meta, set_meta

if TYPE_CHECKING:
    from .store import Archive

KEY = "hospital"


def stored_hospital(archive: Archive) -> str | None:
    """The hospital the archive remembers, or None."""
    return get_meta(archive.conn, KEY) or None


def remember_hospital(archive: Archive, name: str) -> None:
    """Store ``name`` as the archive's hospital (replacing any earlier one), in one transaction."""
    try:
        with archive.transaction() as conn:
            set_meta(conn, KEY, name)
    except DB_ERRORS as error:
        raise ArchiveError(f"{archive.path}: could not store the hospital ({first_line(error)})") from None


def ingest_hospital(archive: Archive, given: str | None) -> str | None:
    """The hospital an ingest uses: ``given`` (remembered when the archive has none yet), else
    the archive's own."""
    stored = stored_hospital(archive)
    if given and stored is None:
        remember_hospital(archive, given)
    return given or stored
