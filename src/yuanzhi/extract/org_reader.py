"""A statistical reader of body names: a linear-chain CRF over characters (python-crfsuite)
that marks where a sentence names a body (BIO spans), with the lexicons as features.

    sentence ─▶ char features (org_reader_features.py) ─▶ CRF tags B/I/O ─▶ body spans

The rules (orgs.py, article_orgs.py) find bodies by endings, head titles and lexicons; the
reader is asked only where they leave a post with no body written (body_before_title). The
model is package data (models/org_reader.crfsuite, trained by bench/train_org_reader.py on the
gold of every round) and is opened once per process; a missing or unreadable model disables
the reader with one warning, never a traceback.
"""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .org_reader_features import char_features, lexicon_marks
from .org_resolve import STRONG_KINDS, OrgMention, resolve_org
from .segment import is_cjk, word_tags

if TYPE_CHECKING:
    import pycrfsuite

MODEL_FILE = Path(__file__).parent / "models" / "org_reader.crfsuite"
MODEL_ENV = "YUANZHI_ORG_READER_MODEL"  # another model file (an honest held-out look: bench/train_org_reader.py)
HOOK_ENABLED = True  # the facts ask the reader where the rules wrote no body (facts.py)
BEGIN, INSIDE, OUTSIDE = "B", "I", "O"
CLAUSE_MARKS = "，。；：、！？,;:"  # a body is read within the clause of its title


class OrgReader:
    """A trained tagger; ``spans`` reads one sentence."""

    def __init__(self, tagger: pycrfsuite.Tagger) -> None:
        self._tagger = tagger
        self._last: tuple[str, list[tuple[tuple[int, int], float]]] = ("", [])  # the sentence read last (several posts each)

    def tags(self, text: str, words: list[tuple[str, int, int]], lexicon: Lexicon) -> list[str]:
        if not text:
            return []
        return list(self._tagger.tag(char_features(text, words, word_tags(), lexicon_marks(lexicon))))

    def spans(self, text: str, words: list[tuple[str, int, int]], lexicon: Lexicon) -> list[tuple[int, int]]:
        """(start, end) of every body the reader marks in ``text``."""
        return [span for span, _sure in self.sure_spans(text, words, lexicon)]

    def sure_spans(
        self, text: str, words: list[tuple[str, int, int]], lexicon: Lexicon,
    ) -> list[tuple[tuple[int, int], float]]:
        """Every span the reader marks in ``text`` with the CRF's marginal probability of exactly
        that span (the least of B at its start, I inside, and no I right after it)."""
        if self._last[0] != text:
            found = bio_spans(self.tags(text, words, lexicon))
            self._last = (text, [(span, self._sure(span, len(text))) for span in found])
        return self._last[1]

    def _sure(self, span: tuple[int, int], size: int) -> float:
        start, end = span  # the marginals are those of the sequence tagged last (tags above)
        probs = [self._tagger.marginal(BEGIN, start)]
        probs += [self._tagger.marginal(INSIDE, at) for at in range(start + 1, end)]
        if end < size:
            probs.append(1.0 - self._tagger.marginal(INSIDE, end))
        return min(probs)


def bio_spans(tags: list[str]) -> list[tuple[int, int]]:
    """Spans of a B/I/O tag sequence (an I after O starts a span, as a B would)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for at, tag in enumerate([*tags, OUTSIDE]):
        if tag == INSIDE and start is not None:
            continue
        if start is not None:
            out.append((start, at))
            start = None
        if tag in (BEGIN, INSIDE):
            start = at
    return out


def load_reader(path: Path | str) -> OrgReader | None:
    """The reader of a model file, or None with a warning naming the file when it cannot be read."""
    try:
        import pycrfsuite
    except ImportError:
        warnings.warn("org reader disabled: python-crfsuite is not installed", RuntimeWarning, stacklevel=2)
        return None
    path = Path(path)
    if not path.is_file():
        warnings.warn(f"org reader disabled: model file {path} is missing", RuntimeWarning, stacklevel=2)
        return None
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as exc:
        warnings.warn(f"org reader disabled: model file {path} cannot be read ({exc})", RuntimeWarning, stacklevel=2)
        return None
    return OrgReader(tagger)


@lru_cache(maxsize=1)
def default_reader() -> OrgReader | None:
    """The package's reader (opened once per process; ``$YUANZHI_ORG_READER_MODEL`` names another
    model file), or None when it is disabled or missing."""
    return load_reader(os.environ.get(MODEL_ENV) or MODEL_FILE) if HOOK_ENABLED else None


def body_before_title(
    text: str, title_start: int, words: list[tuple[str, int, int]], lexicon: Lexicon,
    reader: OrgReader | None = None,
) -> tuple[int, int] | None:
    """The span the reader marks ending right before the title at ``title_start`` (某某股股长:
    the 某某股), or None."""
    found = body_span_before_title(text, title_start, words, lexicon, reader)
    return None if found is None else found[0]


def body_span_before_title(
    text: str, title_start: int, words: list[tuple[str, int, int]], lexicon: Lexicon,
    reader: OrgReader | None = None,
) -> tuple[tuple[int, int], float] | None:
    """The span the reader marks ending right before the title at ``title_start``, with its
    marginal probability, or None."""
    reader = reader or default_reader()
    if reader is None or title_start <= 1 or not is_cjk(text[title_start - 1]):
        return None  # ：院长某某: a bare title, no body before it
    left = max(text.rfind(mark, 0, title_start) for mark in CLAUSE_MARKS) + 1  # the title's clause only
    right = min((at for mark in CLAUSE_MARKS if (at := text.find(mark, title_start)) >= 0), default=len(text))
    clause = [(w, a - left, b - left) for w, a, b in words if a >= left and b <= right]
    for (start, end), sure in reader.sure_spans(text[left:right], clause, lexicon):
        if end + left == title_start and end - start >= 2:
            return (start + left, end + left), sure
    return None


def read_post_body(
    text: str, person: PersonMention, words: list[tuple[str, int, int]], lexicon: Lexicon, home: str | None,
) -> OrgMention | None:
    """The body of a post the rules wrote none for, when the reader marks one ending right
    before its title (某某股股长某某); a body of a kind no lexicon knows is of kind other, a unit
    is resolved as the rules would; an institution's ending is left to the rules."""
    title_start = person.start - len(person.title)
    if person.org is not None or title_start <= 0 or text[title_start : person.start] != person.title:
        return None
    span = body_before_title(text, title_start, words, lexicon)
    if span is None:
        return None
    written = text[span[0] : span[1]]
    kind = lexicon.org_kind(written)
    if kind is None:
        return OrgMention(span[0], span[1], written, written, "other")
    if kind in STRONG_KINDS:
        return None  # an institution's ending the rules read and turned down (周边医院): theirs to judge
    found = resolve_org(written, lexicon, home)
    return None if found is None else OrgMention(span[0], span[1], written, found.name, found.kind, found.parent)
