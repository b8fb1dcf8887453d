"""Years a document number names (汀中医党发〔2025〕19号, 国办发[2024]3号): the year in its
brackets is the year the document was issued, so the issue is not older (history: a floor, no
vote). When the sentence citing the document dates the act it orders by a year word with a month
(根据…通知（…〔2025〕19号），去年7月新聘任的…), the act came with the document: the word names the
document's year, and the issue's year is that year minus the word's distance (去年: 2025 + 1 →
2026), as a year word with its year in brackets does (relative_years.bracketed_year_cues; the
words and distances are lexicon/year_words.tsv's).
"""

from __future__ import annotations

import re

from .cue_text import SENTENCE, alternation, cue_quote, despaced
from .date_cues import YearCue
from .relative_years import YearWords, default_year_words

DOCUMENT_WEIGHT = 2.0  # the act a document orders, dated by a year word: the writer's own count
_NUMBER = re.compile(r"[〔［\[【（(](?P<y>(?:19|20)\d{2})[〕］\]】）)]\s*第?\s*\d{1,4}\s*号")


def document_year_cues(text: str, words: YearWords | None = None) -> list[YearCue]:
    """Each document number's year as history; with a year word and a month in its sentence
    (去年7月), the issue's year that word counts from the document's."""
    words = words or default_year_words()
    flat = despaced(text)
    dated = re.compile(rf"(?P<w>{alternation(list(words.offsets))})\d{{1,2}}月")
    out: list[YearCue] = []
    for sentence in SENTENCE.finditer(flat):
        numbers = list(_NUMBER.finditer(sentence.group()))
        if not numbers:
            continue
        years = {int(m.group("y")) for m in numbers}
        for number in numbers:
            start = sentence.start() + number.start()
            out.append(YearCue(int(number.group("y")), "past", 0.0, cue_quote(number.group(0)), start))
        acts = {words.offsets[m.group("w")] for m in dated.finditer(sentence.group())}
        if len(years) == 1 and len(acts) == 1:  # one document, one dated act: the act's year is the document's
            year, offset = years.pop(), acts.pop()
            quote = cue_quote(sentence.group()[numbers[0].start() :], 40)
            out.append(YearCue(year - offset, "current", DOCUMENT_WEIGHT, quote, sentence.start() + numbers[0].start()))
    return out
