"""Evidence from the whole article on how long a name is.

A news article prints the same person's full name several times. Where one mention stands
between sure boundaries (``院长某某表示``, ``，某某主持``, ``（某某）``), it tells how long the name
is where another mention is unsure (``某某刚结束…``, ``某某也参加…``). ``printed_names`` collects
the sure mentions of an article; ``name_model.article_evidence`` makes them known to the name readers
(``names.name_at``, ``names.names_ending_at``) while the article is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon_loader import Lexicon
from .long_names import printed_long_names, sure_name_end
from .name_model import article_evidence, known_names
from .name_words import speaking_joiner_names
from .names import is_cjk, joined_reference, surname_length, valid_name
from .segment import default_tokenizer, is_rare_word, word_frequency

__all__ = ["article_evidence", "known_names", "printed_names"]


def _sure_start(text: str, start: int, lexicon: Lexicon) -> bool:
    if start == 0 or not is_cjk(text[start - 1]):
        return True
    before = text[max(0, start - 6) : start]
    return lexicon.title_ending(before) is not None or any(
        before.endswith(word) for word in lexicon.name_precedents if len(word) >= 2
    )


def printed_names(paragraphs: Iterable[str], lexicon: Lexicon) -> frozenset[str]:
    """Each surname + one or two characters (two or three after a compound surname) that the
    text prints with a sure start (text start, punctuation, a title) and a sure end (punctuation,
    a follower word of two or more characters, a title) and that is no ordinary word."""
    found: set[str] = set()
    texts = list(paragraphs)
    for text in texts:
        for start in range(len(text)):
            surname = surname_length(text[start : start + 2], lexicon)  # (a surname is one or two characters)
            if not surname or not _sure_start(text, start, lexicon):
                continue
            for given in (1, 2):
                end = start + surname + given
                if (
                    end <= len(text) and sure_name_end(text, end, lexicon) and valid_name(text[start:end], lexicon)
                    and not joined_reference(text, start, end, lexicon)  # 丘主任和|严主任
                ):
                    found.add(text[start:end])
    found |= joiner_surnames(texts, lexicon) | speaking_joiner_names(texts, lexicon.surnames)  # 和建平说
    return frozenset(found) | printed_long_names(texts, lexicon, frozenset(found))


def joiner_surnames(paragraphs: Iterable[str], lexicon: Lexicon) -> set[str]:
    """、和国栋、 and ：和国栋、: a list item begins with 和 (or another joiner that is also a
    surname), and another item follows: a conjunction never sits between 、 and 、, so 和 is the
    surname (和 is a surname of Yunnan's Naxi families)."""
    found: set[str] = set()
    for text in paragraphs:
        for match in _JOINER_ITEM.finditer(text):
            name = match.group(1)
            if (
                name[0] in lexicon.surnames and not lexicon.title_pattern.search(name) and not lexicon.ends_like_org(name)
                and word_frequency(default_tokenizer(), name) == 0 and is_rare_word(name[1:])  # not 和谐, 和平
            ):
                found.add(name)
    return found


_JOINER_ITEM = re.compile(r"(?<=[、：:])([和同跟][\u4e00-\u9fff]{1,2})(?=、)")  # long_names.py: 乌兰其其格 without a dot
