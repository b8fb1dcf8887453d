"""Every lexicon file of dating is described in its README (a newcomer who edits the dated
events, rhythms or calendars finds what each file is for and which module reads it)."""

from __future__ import annotations

import re
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[2] / "src" / "yuanzhi" / "articles" / "lexicon"


def test_every_dating_lexicon_file_has_a_row_in_the_readme() -> None:
    readme = (LEXICON / "README.md").read_text(encoding="utf-8")
    listed = {cell.strip("` ") for cell in re.findall(r"^\| ([^|]+) \|", readme, flags=re.MULTILINE)}
    files = {p.name for p in LEXICON.iterdir() if p.suffix in (".txt", ".tsv")}
    assert not files - listed, f"lexicon files without a row in {LEXICON / 'README.md'}: {sorted(files - listed)}"
