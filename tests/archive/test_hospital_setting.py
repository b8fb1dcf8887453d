"""The archive's own hospital setting on each backend (SQLite and PostgreSQL)."""

from __future__ import annotations

from yuanzhi.archive.hospital_setting import ingest_hospital, remember_hospital, stored_hospital
from yuanzhi.archive.store import Archive

from .sample import facts_may, issue_may


def test_the_setting_is_remembered_and_replaced(archive: Archive) -> None:
    assert stored_hospital(archive) is None
    assert ingest_hospital(archive, "澄江市第二人民医院") == "澄江市第二人民医院"
    archive.ingest(issue_may(), facts_may())  # an ingest leaves the setting alone
    assert stored_hospital(archive) == "澄江市第二人民医院"
    remember_hospital(archive, "禾丰县中医院")
    assert stored_hospital(archive) == "禾丰县中医院"
    assert ingest_hospital(archive, None) == "禾丰县中医院"
