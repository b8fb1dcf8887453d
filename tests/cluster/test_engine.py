"""Ingest on a local cluster: the same archive as a plain ingest, bad files reported, nothing half-written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from yuanzhi.archive.intake import group_inputs, ingest_paths
from yuanzhi.archive.integrity import canonical_dump, check_archive
from yuanzhi.archive.store import open_archive
from yuanzhi.cluster.engine import ingest_on_cluster


@pytest.fixture(scope="module")
def expected(issues: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The archive a plain, one-process ingest of the same files builds."""
    with open_archive(tmp_path_factory.mktemp("plain") / "plain.db") as archive:
        for paths in group_inputs(issues):
            ingest_paths(archive, paths)
        return canonical_dump(archive)


def test_cluster_ingest_equals_plain_ingest(
    client: Any, issues: list[Path], expected: dict[str, Any], tmp_path: Path
) -> None:
    with open_archive(tmp_path / "cluster.db") as archive:
        outcomes = list(ingest_on_cluster(archive, group_inputs(issues), client))
        assert [o.status for o in outcomes] == ["added"] * len(issues)
        assert [o.paths[0] for o in outcomes] == issues  # written in the order given
        assert check_archive(archive).ok
        assert canonical_dump(archive) == expected
        again = list(ingest_on_cluster(archive, group_inputs(issues), client))
        assert {o.status for o in again} == {"unchanged"}
        assert canonical_dump(archive) == expected


def test_shipped_files_give_the_same_archive(
    client: Any, issues: list[Path], expected: dict[str, Any], tmp_path: Path
) -> None:
    with open_archive(tmp_path / "shipped.db") as archive:
        outcomes = list(ingest_on_cluster(archive, group_inputs(issues), client, ship_files=True))
        assert {o.status for o in outcomes} == {"added"}
        assert canonical_dump(archive) == expected


def test_bad_files_are_reported_by_name_and_the_rest_go_on(
    client: Any, issues: list[Path], tmp_path: Path
) -> None:
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "坏的.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    missing = tmp_path / "不存在.txt"
    files = [issues[0], empty, broken, issues[1], missing]
    for ship in (False, True):
        with open_archive(tmp_path / f"bad-{ship}.db") as archive:
            outcomes = list(
                ingest_on_cluster(archive, group_inputs(files), client, ship_files=ship)
            )
            assert [o.status for o in outcomes] == ["added", "failed", "failed", "added", "failed"]
            for outcome, bad in zip(
                outcomes[1:3] + outcomes[4:], (empty, broken, missing), strict=True
            ):
                assert outcome.error is not None
                assert "\n" not in outcome.error
                assert outcome.error.startswith(str(bad)), (
                    outcome.error
                )  # the user's name, not a copy's
                assert "yuanzhi-job-" not in outcome.error
            assert check_archive(archive).ok
            assert len(archive.list_issues()) == 2


def test_results_stream_in_order_with_a_small_window(
    client: Any, issues: list[Path], expected: dict[str, Any], tmp_path: Path
) -> None:
    with open_archive(tmp_path / "window.db") as archive:
        outcomes = list(ingest_on_cluster(archive, group_inputs(issues), client, window=1))
        assert [o.paths[0] for o in outcomes] == issues
        assert canonical_dump(archive) == expected


def test_workers_can_write_the_issues_themselves(
    client: Any, issues: list[Path], expected: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "direct.db"
    with open_archive(db) as archive:
        outcomes = list(
            ingest_on_cluster(archive, group_inputs(issues), client, workers_write=str(db))
        )
        assert {o.status for o in outcomes} == {"added"}
        assert check_archive(archive).ok
        assert canonical_dump(archive) == expected
