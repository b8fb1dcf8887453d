"""Writers and readers at once, each on its own connection, on both backends.

Two writers ingest (one transaction per issue) while readers search, list and
read people: no reader ever sees "database is locked", no writer deadlocks,
and every issue ends up stored whole.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from yuanzhi.archive.integrity import check_archive
from yuanzhi.archive.store import open_archive

from .sample import facts_june, facts_may, issue_june, issue_may


def test_readers_and_two_writers_at_once(target: str | Path) -> None:
    with open_archive(target) as archive:
        archive.ingest(issue_may(), facts_may())
    errors: list[BaseException] = []
    stop = threading.Event()

    def write(offset: int) -> None:
        try:
            with open_archive(target) as archive:
                for n in range(offset, offset + 12):
                    issue = replace(issue_june(source=f"w/{n:03d}.txt", sha=f"sha-{n}"))
                    archive.ingest(issue, facts_june())
                    # the same file again from the other writer's range: unchanged or replaced
                    archive.ingest(replace(issue, sha256=f"sha-{n}-b"), facts_june())
        except BaseException as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    def read() -> None:
        try:
            with open_archive(target) as archive:
                while not stop.is_set():
                    archive.search("义诊")
                    archive.search("禾")
                    archive.list_issues()
                    archive.person("林知远")
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    readers = [threading.Thread(target=read) for _ in range(3)]
    writers = [threading.Thread(target=write, args=(k * 6,)) for k in range(2)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join(timeout=300)
    stop.set()
    for thread in readers:
        thread.join(timeout=60)
    assert errors == []
    with open_archive(target) as archive:
        assert len(archive.list_issues()) == 1 + 18  # sources 000…017, each stored once
        assert check_archive(archive).problems == ()
        assert archive.search("义诊").total == 18
