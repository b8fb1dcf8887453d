"""Every lexicon file of extraction is described in the lexicon's README (a newcomer who edits
the domain words finds what each file is for and which module reads it)."""

from __future__ import annotations

import re
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[2] / "src" / "yuanzhi" / "extract" / "lexicon"


def test_every_lexicon_file_has_a_row_in_the_readme() -> None:
    readme = (LEXICON / "README.md").read_text(encoding="utf-8")
    first_cells = re.findall(r"^\| ([^|]+) \|", readme, flags=re.MULTILINE)
    listed = {name.strip("` ") for cell in first_cells for name in cell.split(" / ")}
    files = {p.name for p in LEXICON.iterdir() if p.suffix in (".txt", ".tsv")}
    assert not files - listed, f"lexicon files without a row in {LEXICON / 'README.md'}: {sorted(files - listed)}"
