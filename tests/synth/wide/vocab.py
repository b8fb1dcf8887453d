"""Load the wide generator's word lists and templates (vocab.txt, templates.txt).

Both files are sections of one entry a line. A template may only use the slots
in ``SLOTS``; a bad entry raises ``VocabError`` naming the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOCAB_FILE = HERE / "vocab.txt"
TEMPLATE_FILE = HERE / "templates.txt"

SLOTS = frozenset(
    "date dept dept2 person person2 staff leader hospital short place proc disease event achieve "
    "equip org tip tip_plain quote n big pct age year cn_small cn_weekday subhead_plain kicker_plain".split()
)
WORD_SECTIONS = (
    "hospitals departments surnames given staff_titles leader_titles places procedures diseases events "
    "achievements equipment orgs tips sidebar_titles quote_heads kickers subheads"
).split()
TEMPLATE_SECTIONS = ("sentences", "headlines", "subtitles", "captions", "notes", "sidebar_sentences")
_SLOT = re.compile(r"\{([a-z_0-9]+)\}")
_SECTION = re.compile(r"^\[([a-z_]+)\]$")


class VocabError(ValueError):
    """A malformed line in a vocabulary file."""


@dataclass(frozen=True)
class Vocab:
    words: dict[str, tuple[str, ...]]
    templates: dict[str, tuple[str, ...]]

    def __getitem__(self, section: str) -> tuple[str, ...]:
        return self.words[section] if section in self.words else self.templates[section]

    def all_text(self) -> str:
        """Every character a filled template can contain (for font coverage checks)."""
        parts = [e for entries in self.words.values() for e in entries]
        parts += [_SLOT.sub("", t) for entries in self.templates.values() for t in entries]
        return "".join(parts)


def read_sections(path: Path, allowed: tuple[str, ...] | list[str]) -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        found = _SECTION.match(line)
        if found:
            if found.group(1) not in allowed:
                raise VocabError(f"{path.name}:{number}: unknown section [{found.group(1)}]")
            current = sections.setdefault(found.group(1), [])
            continue
        if current is None:
            raise VocabError(f"{path.name}:{number}: entry before any [section]")
        if "{" in line or "}" in line:
            slots = _SLOT.findall(line)
            bad = [s for s in slots if s not in SLOTS]
            if bad or line.count("{") != len(slots) or line.count("}") != len(slots):
                raise VocabError(f"{path.name}:{number}: bad slot in {line!r}: {bad or 'unbalanced braces'}")
        if line in current:
            raise VocabError(f"{path.name}:{number}: duplicate entry {line!r}")
        current.append(line)
    missing = [s for s in allowed if s not in sections]
    if missing:
        raise VocabError(f"{path.name}: missing section(s) {', '.join(missing)}")
    return {name: tuple(entries) for name, entries in sections.items()}


@lru_cache(maxsize=1)
def load_vocab() -> Vocab:
    words = read_sections(VOCAB_FILE, WORD_SECTIONS)
    for number, entry in enumerate(words["hospitals"], 1):
        if entry.count("|") != 2:
            raise VocabError(f"{VOCAB_FILE.name}: [hospitals] entry {number} needs full|short|paper: {entry!r}")
    templates = read_sections(TEMPLATE_FILE, TEMPLATE_SECTIONS)
    return Vocab(words, templates)
