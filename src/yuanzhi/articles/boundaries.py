"""Articles printed one after the other with no byline between them.

In flattened text, a headline printed right after the last paragraph of an
article that has no byline looks like an in-article subheading: a short line
without end punctuation after a paragraph end. It starts a new article when it
has a headline's shape and the content changes there:

* the text below shares little vocabulary with the text above (IDF-weighted
  character bigrams of the issue's paragraphs, as headline matching uses), and
* either the line's words are the words of the text below it, not of the text
  above (a headline is written from its own story), or the text below opens
  the way a news story does (近日，… / 在…之际 / a quote; lexicon/story_openings.txt).

A subheading of the same article passes neither: it names a part of a story the
text above already tells, and both sides speak of the same people and things. A
story's section heads come in series: a line beside another subheading of the run
that heads no new story is one of them.
Numbered or bracketed subheadings (一、 （二） 3. 【…】) and lines ending in punctuation never move.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from ..layout.inline_heads import is_section_head
from ..lexicon_file import lexicon_entries
from ..model import Block
from .headlines import Vocabulary, bigrams

# what stops the text around a candidate: a new article or its furniture
_BOUNDARY = {"headline", "kicker", "subtitle", "byline", "marker", "editor_note"}
_KICKER_GAP = re.compile(r"[\u4e00-\u9fff”》][ \u3000]+[\u4e00-\u9fff“《]")
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十\d]+|0\d\b|[①-⑳])"
)
_END_PUNCTUATION = "。，、；：！？!?…,.;:"

SPAN = 400  # characters of text on each side compared
MIN_SIDE = 30  # characters an article needs above the line to have ended there
MIN_GAP_LENGTH = 6  # a two-phrase line (春风送暖 义诊惠民) of at least this many characters
MIN_OPENED_LENGTH = 8  # a line without a gap, above a story's opening
MIN_LENGTH = 10  # a line without a gap, judged by its words alone
HEAD_BELOW = 0.5  # share of the line's weighted bigrams found in the text below …
HEAD_ABOVE = 0.2  # … and at most this share in the text above
MARGIN = 0.35  # below beats above by this much
SIDES_APART = 0.06  # weighted cosine of the two sides at most this


def split_merged_articles(blocks: Sequence[Block]) -> list[Block]:
    """Subheadings that head a new article become headlines (of a group of their own)."""
    out = list(blocks)
    candidates = [i for i, b in enumerate(blocks) if b.kind == "subheading" and _headline_shape(b)]
    if not candidates:
        return out
    vocabulary = Vocabulary.of([b.text for b in blocks if b.kind == "body"])
    heads: dict[int, bool] = {}  # candidate → the text below opens like a news story
    for i in candidates:
        above, below = _side(blocks, i, -1), _side(blocks, i, 1)
        if len(above) >= MIN_SIDE and len(below) >= MIN_SIDE and starts_article(blocks[i], above, below, vocabulary):
            heads[i] = opens_story(below)
    group = max((b.group or 0 for b in blocks), default=0)
    for i in sorted(heads):
        # a section head nearby that heads no story makes this line one of a story's
        # section heads too (多学科联手闯过难关 after 暴饮暴食…), unless the text below
        # opens like a news story (then those above are the story above's, those
        # below the new story's)
        before, after = _run_subheadings(blocks, i)
        if not heads[i] and any(j not in heads for j in before + after):
            continue
        group += 1
        out[i] = replace(blocks[i], kind="headline", group=group)
    return out


def _run_subheadings(blocks: Sequence[Block], i: int) -> tuple[list[int], list[int]]:
    """The other subheadings between the boundaries around line i: above it, below it."""
    found: tuple[list[int], list[int]] = ([], [])
    for side, step in enumerate((-1, 1)):
        j = i + step
        while 0 <= j < len(blocks) and blocks[j].kind not in _BOUNDARY:
            if blocks[j].kind == "subheading":
                found[side].append(j)
            j += step
    return found


def opens_story(text: str) -> bool:
    """Does a paragraph open the way a news story does (lexicon/story_openings.txt)?"""
    return any(p.match(text) for p in story_openings())


def starts_article(line: Block, above: str, below: str, vocabulary: Vocabulary) -> bool:
    """Does a heading line between ``above`` and ``below`` head a new story?"""
    below_grams, above_grams = bigrams(below), bigrams(above)
    if weighted_cosine(above_grams, below_grams, vocabulary) > SIDES_APART:
        return False
    if _strict_shape(line) and _written_from_below(line.text, above_grams, below_grams, vocabulary):
        return True
    return opens_story(below)


def _written_from_below(
    line: str, above: set[str], below: set[str], vocabulary: Vocabulary
) -> bool:
    head = bigrams(line)
    total = sum(vocabulary.weight(g) for g in head)
    if not total:
        return False
    share_below = sum(vocabulary.weight(g) for g in head if g in below) / total
    share_above = sum(vocabulary.weight(g) for g in head if g in above) / total
    return share_below >= HEAD_BELOW and share_above <= HEAD_ABOVE and share_below - share_above >= MARGIN


def weighted_cosine(a: set[str], b: set[str], vocabulary: Vocabulary) -> float:
    """Cosine of two bigram sets, each bigram weighted by its IDF."""
    norm_a = math.sqrt(sum(vocabulary.weight(g) ** 2 for g in a))
    norm_b = math.sqrt(sum(vocabulary.weight(g) ** 2 for g in b))
    if not norm_a or not norm_b:
        return 0.0
    return sum(vocabulary.weight(g) ** 2 for g in a & b) / (norm_a * norm_b)


def _headline_shape(block: Block) -> bool:
    """A headline's shape, loosely: short, at most one comma, no sentence inside,
    not numbered; it may end in ！？…… as headlines do."""
    text = block.text
    if not text or len(text) > 30 or _NUMBERED.match(text) or is_section_head(text):
        return False
    if text[-1] in _END_PUNCTUATION.replace("！？!?…", "") or any(c in text for c in "；;：:。"):
        return False
    if text.count("，") + text.count(",") > 1:
        return False
    gap = bool(_KICKER_GAP.search(block.raw))
    return len(text) >= (MIN_GAP_LENGTH if gap else MIN_OPENED_LENGTH)


def _strict_shape(block: Block) -> bool:
    """No punctuation at all, and two phrases (春风送暖 义诊惠民) or a headline's length."""
    text = block.text
    if text[-1] in _END_PUNCTUATION or any(c in text for c in "，,"):
        return False
    return bool(_KICKER_GAP.search(block.raw)) or len(text) >= MIN_LENGTH


@lru_cache(maxsize=1)
def story_openings() -> tuple[re.Pattern[str], ...]:
    """lexicon/story_openings.txt; a bad line raises LexiconError naming it."""
    path = resources.files(__package__).joinpath("lexicon", "story_openings.txt")
    return load_openings(path)


def load_openings(path: Traversable) -> tuple[re.Pattern[str], ...]:
    patterns = []
    for number, line in lexicon_entries(path):
        try:
            patterns.append(re.compile(line))
        except re.error as exc:
            raise LexiconError(str(path), number, f"bad regular expression: {exc}") from None
    return tuple(patterns)


def _side(blocks: Sequence[Block], i: int, step: int) -> str:
    """Body text from line i towards the previous (or next) boundary, SPAN characters
    nearest the line."""
    texts: list[str] = []
    size = 0
    j = i + step
    while 0 <= j < len(blocks) and blocks[j].kind not in _BOUNDARY and size < SPAN:
        if blocks[j].kind == "body":
            texts.append(blocks[j].text)
            size += len(blocks[j].text)
        j += step
    joined = "".join(texts if step > 0 else texts[::-1])
    return joined[:SPAN] if step > 0 else joined[-SPAN:]
