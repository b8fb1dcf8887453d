"""Corrections are applied in the store path, so a cluster ingest applies them too: on SQLite
(the client writes) and on PostgreSQL with the workers writing their own issues."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.archive.backends import BACKENDS, fresh_target
from yuanzhi.archive.intake import group_inputs
from yuanzhi.archive.store import open_archive
from yuanzhi.corrections import edit

from .test_end_to_end import M1, MEETING, NURSING, STRAY, by_title, issue_text

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from yuanzhi.cluster.local import local_client

    with local_client(workers=1) as started:
        yield started


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cluster_reingest_applies_the_corrections(
    client: Any, backend: str, tmp_path: Path
) -> None:
    from yuanzhi.cluster.engine import ingest_on_cluster

    path = tmp_path / "松溪医院报-2026-03.txt"
    path.write_text(issue_text(), encoding="utf-8")
    with fresh_target(backend, tmp_path) as target, open_archive(target) as archive:
        writers = str(target) if backend == "postgresql" else None
        [first] = ingest_on_cluster(archive, group_inputs([path]), client, workers_write=writers)
        assert first.status == "added", first
        meeting, nursing = by_title(archive, MEETING), by_title(archive, NURSING)
        edit.retitle(archive, nursing.id, title="护理质量改进见成效", editor="编辑甲")
        edit.move_paragraph(archive, meeting.id, STRAY[:12], nursing.id, editor="编辑甲")
        path.write_text(
            issue_text(M1.replace("出席会议", "出席了会议"), top=True), encoding="utf-8"
        )
        [again] = ingest_on_cluster(archive, group_inputs([path]), client, workers_write=writers)
        assert again.status == "replaced", again
        assert by_title(archive, "护理质量改进见成效").article.paragraphs[-1] == STRAY
        assert {r.status for r in archive.corrections.search().items} == {"applied"}
        assert [e.action for e in archive.corrections.audit() if e.editor == "ingest"] == [
            "applied",
            "applied",
        ]
