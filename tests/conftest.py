"""Fixtures shared by every test: where the repository, the samples and the
real seed issues (in ../shared/seeds, outside the repository) are."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SAMPLES = REPO / "src" / "yuanzhi" / "samples"
GOLD = REPO / "tests" / "gold"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture
def seed_path() -> Path:
    """The first real seed issue; the test is skipped when ../shared/seeds is absent."""
    files = seed_files()
    if not files:
        pytest.skip(f"no real seed issues at {SEEDS} (they live beside the repository, in ../shared/seeds)")
    return files[0]


@pytest.fixture
def demo_text() -> Path:
    return SAMPLES / "demo_issue.txt"
