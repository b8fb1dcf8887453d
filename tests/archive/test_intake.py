from __future__ import annotations

from pathlib import Path

from yuanzhi.archive.intake import group_inputs, ingest_paths
from yuanzhi.archive.store import Archive


def test_consecutive_images_are_one_issue() -> None:
    groups = group_inputs(
        ["a.txt", "p1.png", "p2.PNG", "p3.jpg", "b.pdf", "q1.png", "c.txt", "q2.png"]
    )
    assert groups == [
        (Path("a.txt"),),
        (Path("p1.png"), Path("p2.PNG"), Path("p3.jpg")),
        (Path("b.pdf"),),
        (Path("q1.png"),),
        (Path("c.txt"),),
        (Path("q2.png"),),
    ]
    assert group_inputs([]) == []


def test_ingest_paths_parses_and_stores_a_text_issue(archive: Archive, tmp_path: Path) -> None:
    source = tmp_path / "青川院报-2024-10.txt"
    source.write_text(
        "青川市人民医院召开冬季消防安全培训会\n\n10月8日，我院组织全院职工开展冬季消防安全培训，\n\n"
        "保卫科科长讲解了灭火器的使用方法。\n\n（保卫科 周小满）\n",
        encoding="utf-8",
    )
    intake = ingest_paths(archive, [source], date="2024-10")
    assert intake.result.status == "added" and intake.result.articles >= 1
    assert archive.search("消防安全").total >= 1
    assert ingest_paths(archive, [source], date="2024-10").result.status == "unchanged"
