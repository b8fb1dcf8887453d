"""Features of each character of a sentence for the statistical body reader (org_reader.py).

    sentence + its jieba words ─▶ per character: the char and its neighbours, char bigrams,
    the word's position (B/M/E/S) and part of speech, and where a lexicon word starts or ends
    (organization ending, department suffix, title, place level)

The lexicon words are indexed once per lexicon (LexiconMarks); a sentence is read once per
length of word each list holds, never a whole table per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .lexicon_loader import Lexicon, _words
from .segment import is_cjk

PLACE_LEVELS_FILE = "place_levels.txt"
_BOS, _EOS = "<s>", "</s>"


@dataclass(frozen=True)
class LexiconMarks:
    """Word lists by name (org, dept, title, place), each as the set of its words by length."""

    lists: tuple[tuple[str, dict[int, frozenset[str]]], ...]


def _by_length(words: set[str]) -> dict[int, frozenset[str]]:
    sizes: dict[int, set[str]] = {}
    for word in words:
        if word:
            sizes.setdefault(len(word), set()).add(word)
    return {size: frozenset(group) for size, group in sizes.items()}


def place_levels(directory: str) -> set[str]:
    """The place-level words of a lexicon directory (an absent file: none)."""
    path = Path(directory) / PLACE_LEVELS_FILE
    return {word for _number, word in _words(path)} if path.exists() else set()


_CACHE: dict[int, tuple[Lexicon, LexiconMarks]] = {}


def _marks(lexicon: Lexicon) -> LexiconMarks:
    return LexiconMarks((
        ("org", _by_length({suffix for suffix, kind in lexicon.org_kinds if kind != "department"})),
        ("dept", _by_length(set(lexicon.department_suffixes) | {s for s, k in lexicon.org_kinds if k == "department"})),
        ("title", _by_length(set(lexicon.titles))),
        ("place", _by_length(place_levels(lexicon.directory) if lexicon.directory else set())),
    ))


def lexicon_marks(lexicon: Lexicon) -> LexiconMarks:
    """The lexicon's word lists indexed by length (built once per lexicon)."""
    held = _CACHE.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        held = _CACHE[id(lexicon)] = (lexicon, _marks(lexicon))
    return held[1]


def _char_kind(char: str) -> str:
    if is_cjk(char):
        return "h"
    if char.isdigit():
        return "d"
    if char.isascii() and char.isalpha():
        return "a"
    return "p"


def char_features(
    text: str, words: list[tuple[str, int, int]], tags: dict[str, str], marks: LexiconMarks
) -> list[list[str]]:
    """One list of feature strings per character of ``text`` (pycrfsuite's item format)."""
    size = len(text)
    padded = [_BOS, _BOS, *text, _EOS, _EOS]
    position = [""] * size
    tag = [""] * size
    word_of = [""] * size
    for word, start, end in words:
        label = tags.get(word, "x")
        for at in range(start, min(end, size)):
            position[at] = "S" if end - start == 1 else "B" if at == start else "E" if at == end - 1 else "M"
            tag[at] = label
            word_of[at] = word if len(word) <= 4 else ""
    starts: list[set[str]] = [set() for _ in range(size + 1)]
    ends: list[set[str]] = [set() for _ in range(size + 1)]
    for name, by_length in marks.lists:
        for length, group in by_length.items():
            for at in range(0, size - length + 1):
                if text[at : at + length] in group:
                    starts[at].add(name)
                    ends[at + length - 1].add(name)
    out = []
    for at in range(size):
        c = at + 2
        feats = [
            "bias", f"c={padded[c]}", f"c-1={padded[c - 1]}", f"c+1={padded[c + 1]}",
            f"c-2={padded[c - 2]}", f"c+2={padded[c + 2]}",
            f"b-1={padded[c - 1]}{padded[c]}", f"b+1={padded[c]}{padded[c + 1]}",
            f"b-2={padded[c - 2]}{padded[c - 1]}", f"b+2={padded[c + 1]}{padded[c + 2]}",
            f"k={_char_kind(text[at])}", f"wp={position[at]}", f"t={tag[at]}", f"wpt={position[at]}{tag[at]}",
        ]
        if word_of[at]:
            feats.append(f"w={word_of[at]}")
        feats.extend(f"s:{name}" for name in sorted(starts[at]))
        feats.extend(f"e:{name}" for name in sorted(ends[at]))
        if at + 1 <= size:
            feats.extend(f"s+1:{name}" for name in sorted(starts[at + 1]))  # a title starts right after: a body ends here
        if at:
            feats.extend(f"e-1:{name}" for name in sorted(ends[at - 1]))
        out.append(feats)
    return out
