"""Minority names written without a dot, read from the article's own evidence.

Mongolian, Tibetan and Uyghur names are often printed in Chinese news without the middle dot
(a Mongolian given name of four characters, a Tibetan name of two two-character parts, an
Uyghur name such as 阿依古丽). They need not start with a Han surname, and a surname reading cuts
them short (the first character taken as a surname and two more as the given name). Such a name
is a run of four or five characters (three-character runs were tried: 接待日, 市人大 passed) that

- the article prints at least twice, each time between sure boundaries: before it the start of
  the text, punctuation or a title; after it punctuation, a title or a word that follows names
  (表示, 当选, 介绍 …, two characters or more);
- jieba's dictionary does not know as a common word: every part of two or more characters is one
  it counts seldom (under segment.RARE_WORD) — names and places of the dictionary are rare, 专家,
  演讲, 比赛 are not; and no character of it is a one-character function or verb word.

``long_name_at`` reads such a name where the names readers start one (after a title).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .lexicon_loader import Lexicon
from .name_model import is_word_char, known_names
from .segment import is_cjk, is_rare_word

LONG_SIZES = (5, 4)  # characters of a name without a surname reading, longest first
_FOLLOWER_ROOM = 4  # characters of a follower word read after a name


def sure_name_end(text: str, end: int, lexicon: Lexicon) -> bool:
    """A name may end at ``end``: the text ends, a non-CJK character, a word that follows names, or a title."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    rest = text[end : end + _FOLLOWER_ROOM]
    return any(rest[:size] in lexicon.name_followers for size in range(2, len(rest) + 1)) or bool(
        lexicon.title_pattern.match(text, end)
    )


def _name_like(run: str, lexicon: Lexicon) -> bool:
    """No title, organization, follower or common word inside ``run``."""
    if not all(is_cjk(c) for c in run) or any(is_word_char(c) for c in run):
        return False
    if lexicon.title_pattern.search(run) or lexicon.ends_like_org(run):
        return False
    if run in lexicon.common_words or run in lexicon.boundary_words or run in lexicon.name_followers:
        return False
    for size in range(2, len(run)):
        for at in range(1, len(run) - size + 1):
            if run[at : at + size] in lexicon.name_followers or run[at : at + size] in lexicon.boundary_words:
                return False
    parts = (run[at : at + size] for size in range(2, len(run) + 1) for at in range(len(run) - size + 1))
    return all(is_rare_word(part) for part in parts)  # 演讲|比赛, 接待日: common words of the dictionary


def _starts(text: str, lexicon: Lexicon) -> Iterable[int]:
    """Sure starts of a name: the text's start, after punctuation, after a title."""
    for at in range(len(text)):
        if at == 0 or not is_cjk(text[at - 1]):
            yield at
    for match in lexicon.title_pattern.finditer(text):
        yield match.end()


def printed_long_names(paragraphs: Iterable[str], lexicon: Lexicon, shorter: frozenset[str] = frozenset()) -> frozenset[str]:
    """Runs of four or five characters the article prints twice or more between sure boundaries
    and that read as no word (see the module's docstring), none starting with a name of
    ``shorter`` (the surname names the article prints plainly: 周志明 before 周志明副)."""
    seen: Counter[str] = Counter()
    for text in paragraphs:
        for start in set(_starts(text, lexicon)):
            if start >= len(text) or not is_cjk(text[start]):
                continue
            for size in LONG_SIZES:
                end = start + size
                if end <= len(text) and sure_name_end(text, end, lexicon) and not _title_inside(text, start, end, lexicon):
                    seen[text[start:end]] += 1
    return frozenset(
        run for run, count in seen.items()
        if count >= 2 and _name_like(run, lexicon) and not any(run.startswith(name) for name in shorter)
    )


def _title_inside(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A title starts inside the run (周志明|副院长 read as 周志明副|院长)."""
    return any(lexicon.title_pattern.match(text, at) for at in range(start + 1, end))


def long_name_at(sentence: str, start: int, limit: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The span of a name without a surname reading that the article prints so elsewhere
    (see ``printed_long_names``), starting at ``start`` and ending at a sure boundary."""
    known = known_names()
    for size in LONG_SIZES:
        end = start + size
        run = sentence[start:end]
        if end <= limit and run in known and sure_name_end(sentence, end, lexicon) and not _title_inside(
            sentence, start, end, lexicon
        ):
            return start, end
    return None
