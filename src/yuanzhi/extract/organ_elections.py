"""The organ that elects its own head, written once as the subject of the election:

    某某党支部选举某科主任甲为书记，某科护士长乙为副书记      → 党支部书记, 党支部副书记
    某某党支部选举某科主任丙连任书记                          → 党支部书记
    某某团支部选举丁为书记                                    → 团支部书记

A party, league or union organ (title_prefixes.tsv) that 选举/推选/选出 people prints its posts
bare after 为 (书记, 副书记): the post is the organ's, and GOLD_SPEC §3 keeps the organ's name
in the title (党支部书记, as `心内科党支部书记` is written). The organ is the word the election
verb follows, the last one before the post in the sentence.
"""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon

_BARE = ("书记", "副书记")  # posts an organ's election prints without the organ
_ELECTS = re.compile(r"(?:差额|等额)?(?:选举|推选|选出)")


def organ_title(sentence: str, title: str, at: int, lexicon: Lexicon) -> str:
    """``title`` with the electing organ's name when the post is a bare 书记/副书记 printed at
    ``at`` after ``某党支部选举`` in ``sentence``; else ``title`` unchanged."""
    if title not in _BARE:
        return title
    cue = None
    for match in _ELECTS.finditer(sentence, 0, at):
        cue = match
    if cue is None or re.search(r"[。！？]", sentence[cue.end() : at]):
        return title
    for prefix in lexicon.title_prefixes:  # longest first: 党支部 before 支部
        if sentence.endswith(prefix, 0, cue.start()) and lexicon.title_category(prefix + title) is not None:
            return prefix + title
    return title
