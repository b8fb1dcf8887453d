"""Cluster ingest into PostgreSQL: through the client, or each worker writing; the archive a plain ingest builds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.archive.backends import fresh_target
from yuanzhi.archive.intake import group_inputs, ingest_paths
from yuanzhi.archive.integrity import canonical_dump, check_archive
from yuanzhi.archive.store import open_archive
from yuanzhi.cluster.engine import ingest_on_cluster


def test_cluster_ingest_into_postgresql(client: Any, issues: list[Path], tmp_path: Path) -> None:
    with fresh_target("postgresql", tmp_path) as plain_db, open_archive(plain_db) as plain:
        for paths in group_inputs(issues):
            ingest_paths(plain, paths)
        expected = canonical_dump(plain)
    for workers_write in (False, True):
        with fresh_target("postgresql", tmp_path) as db, open_archive(db) as archive:
            outcomes = list(
                ingest_on_cluster(
                    archive,
                    group_inputs(issues),
                    client,
                    workers_write=str(db) if workers_write else None,
                )
            )
            assert {o.status for o in outcomes} == {"added"}
            assert check_archive(archive).ok
            assert canonical_dump(archive) == expected
