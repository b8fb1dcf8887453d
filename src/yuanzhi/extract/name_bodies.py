"""Where a name ends before a body's name (conventions of Chinese news):

- after a name ending in 和, a body and its posts closed by 职务 (免去某某和|某医学院党委书记、委员
  职务): the posts are the verb's object, so 和 is the given name's last character, not a joiner;
- a list printed one row a line (单位职务　姓名) whose rows the text runs together: a body printed
  with its place (某市…, 某县…) and a title right after it opens the next row, so the name before
  it ends there (…主任医师某某某|某市妇幼保健院产房护士长某某).
"""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .orgs import Tokens, find_orgs, org_before
from .segment import default_tokenizer, is_cjk
from .segment import tokens as text_tokens

_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市县区州盟旗]")  # a body printed with its place: 某市…, 某县…
_POST_WORDS = ("职务", "职位")  # 免去某某…职务: what closes a chain of posts that a verb takes


def body_after_he(sentence: str, end: int, lexicon: Lexicon, tokens: Tokens) -> bool:
    """After 和 comes a body's name and its posts closed by 职务 (免去某某和|荆州医学院党委书记、
    委员职务): the posts are the object of the verb, the name before them ends in 和; a second
    person would be printed after the title, never 职务 (李明和某医学院院长出席 stays two people)."""
    regex = lexicon.title_pattern
    at = body_title_at(sentence, end, lexicon, tokens)
    if at is None:
        return False
    match = regex.match(sentence, at)
    while match is not None:  # a chain of posts: 党委书记、党委委员
        at = match.end()
        match = regex.match(sentence, at + 1) if sentence[at : at + 1] == "、" else regex.match(sentence, at)
    return sentence.startswith(_POST_WORDS, at)  # 免去某某和…书记职务: the posts of the name before 和


def placed_body_row(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """A body printed with its place (某市…, 某县…) begins at ``end`` and a title follows it within
    a few characters: a list printed one row a line (单位职务　姓名) whose rows the text runs together,
    so the name before it ends there (…主任医师某某某|某市妇幼保健院产房护士长某某)."""
    if not _PLACE_OPENING.match(sentence, end):
        return False
    rest = sentence[end : end + 24]
    for org in find_orgs(rest, text_tokens(default_tokenizer(), rest), lexicon, None):
        if org.start == 0 and org.end - org.start >= 5:
            return any(lexicon.title_pattern.match(rest, at) for at in range(org.end, min(org.end + 3, len(rest))))
    return False


def body_title_at(sentence: str, end: int, lexicon: Lexicon, tokens: Tokens) -> int | None:
    """Where the title starts when a body's name begins right at ``end`` and a title follows it
    (某某和|某医学院党委书记)."""
    regex = lexicon.title_pattern
    at = end + 2  # a body's name of two characters or more first
    while at < len(sentence) and at - end <= 24 and is_cjk(sentence[at]) and regex.match(sentence, at) is None:
        at += 1
    if at >= len(sentence) or regex.match(sentence, at) is None:
        return None
    body = org_before(sentence, at, tokens, lexicon, None)
    if body is None or body.start != end:
        return None
    return at
