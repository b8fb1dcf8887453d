"""One local Dask cluster (2 worker processes) for every cluster test, and small issues to ingest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.synth.generate import generate_issue

pytest.importorskip("distributed")


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    from yuanzhi.cluster.local import local_client

    with local_client(workers=2) as started:
        yield started


@pytest.fixture(scope="session")
def issues(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three generated text issues and one generated born-digital PDF issue."""
    folder = tmp_path_factory.mktemp("issues")
    paths = []
    for n, seed in enumerate((501, 502, 503)):
        path = folder / f"院报-{n + 1:02d}.txt"
        path.write_text(generate_issue(seed).text, encoding="utf-8")
        paths.append(path)
    try:
        from tests.synth.render_pdf import render_issue

        pdf = folder / "院报-04.pdf"
        render_issue(generate_issue(504, pages=1).truth, pdf, seed=504)
        paths.append(pdf)
    except (ImportError, RuntimeError):  # no reportlab or no CJK font: text issues only
        pass
    return paths
