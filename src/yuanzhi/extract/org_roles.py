"""Role words written right before a body's name (lexicon/org_role_words.txt): 承建方某公司,
捐赠方某集团, 甲方某医院. The role is what the body does in the story, never part of its name,
whatever way jieba cut it (承建方|某…, 捐赠|方某…)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _words
from .org_edges import name_start
from .segment import word_tags

_FILE = "org_role_words.txt"
_MIN_NAME = 4  # characters of the name left after the role word (某某公司)
_QUALIFIER = 4  # characters of a field word before a role word (技术合作方, 项目承建方)
_QUALIFIER_TAGS = {"n", "vn"}
_BARE = ("本公司", "公司")  # the company the story is about, written after the copula 为


@lru_cache(maxsize=4)
def role_words(directory: str = "") -> tuple[str, ...]:
    """The role words, longest first (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return ()
    return tuple(sorted((w for _n, w in _words(path)), key=len, reverse=True))


def after_role(sentence: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the name ``sentence[start:end]`` starts once a role word over its start is left out
    (or the copula before a bare 公司: 聘任某某为|公司总裁, jieba's 华为公司 read as one word)."""
    for bare in _BARE:
        if end - start > len(bare) + 1 and sentence.startswith("为" + bare, end - len(bare) - 1) and sentence.endswith(bare, 0, end):
            return end - len(bare)
    words = role_words(lexicon.directory)
    longest = len(words[0]) if words else 0  # longest first
    window = sentence[max(0, start - longest + 1) : start + _QUALIFIER + longest]  # every match over ``start`` or after a qualifier
    for word in words:
        if word not in window:
            continue
        for at in range(max(0, start - len(word) + 1), start + 1):
            cut = at + len(word)
            if sentence.startswith(word, at) and cut > start and end - cut >= _MIN_NAME:
                return cut
        at = sentence.find(word, start + 1, start + _QUALIFIER + len(word))
        if at > start and end - at - len(word) >= _MIN_NAME and word_tags().get(sentence[start:at]) in _QUALIFIER_TAGS:
            return at + len(word)  # 技术合作方|某公司: the role qualified by its field (a common noun)
    return name_start(sentence, start, end, lexicon)  # 12名|某大学, 各乡镇卫生院, 师从|该科
