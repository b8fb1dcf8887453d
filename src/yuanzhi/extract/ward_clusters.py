"""A ward cluster (片区) named right before its head's title: ``内科片区|科主任某某``,
``第二片区|科护士长某某`` — the cluster is the organization of the post (GOLD_SPEC §3, §4.2).

The cluster words are data (``cluster_units.txt``); the cluster's name is the one word written
before the cluster word (内科, 第二, 医技), as the segmenter reads it."""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .orgs import OrgMention, Tokens
from .segment import is_cjk


def cluster_before(sentence: str, end: int, tokens: Tokens, lexicon: Lexicon) -> OrgMention | None:
    """The ward cluster whose name ends at ``end`` (before a title), or None."""
    unit = next((u for u in lexicon.cluster_units if sentence.endswith(u, 0, end)), None)
    if unit is None:
        return None
    at = end - len(unit)
    word = next((w for w, _start, word_end in tokens if word_end == at), None)
    if (
        word is None or len(word) < 2 or not all(is_cjk(c) for c in word)
        or word in lexicon.boundary_words or word in lexicon.titles
    ):
        return None
    text = sentence[at - len(word) : end]
    return OrgMention(at - len(word), end, text, text, "department")
