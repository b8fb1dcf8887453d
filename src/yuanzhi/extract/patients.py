"""Anonymized patient mentions (``小安安（化名）``, ``老王``, ``王阿姨``, ``患者张某``).

Patterns are data (lexicon/patient_patterns.txt). A patient mention is never a
person: its span is handed to the people extractor as blocked.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon_loader import Lexicon
from .segment import word_tags
from .spans import leftmost_longest

_PSEUDONYM = ("（化名）", "(化名)")
_LEADING_JUNK = set("的和与及在是了让为对把被给等、岁名位")


@dataclass(frozen=True)
class PatientSpan:
    start: int
    end: int
    mention: str  # without the （化名） note


def find_patients(sentence: str, lexicon: Lexicon) -> list[PatientSpan]:
    """Patient mentions in a sentence, longest first where they overlap."""
    spans: list[PatientSpan] = []
    for pattern in lexicon.patient_patterns:
        for match in pattern.finditer(sentence):
            start, end = match.start(), match.end()
            text = match.group(0)
            while text and text[0] in _LEADING_JUNK and len(text) > 1:
                text = text[1:]
                start += 1
            mention = match.group("m") if "m" in pattern.groupindex else text
            for note in _PSEUDONYM:
                mention = mention.replace(note, "")
            tag = word_tags().get(mention)
            # written after 患者/患儿, or marked as a pseudonym: a patient whatever jieba says
            introduced = "m" in pattern.groupindex or match.group(0).endswith(_PSEUDONYM)
            if mention and (introduced or tag is None or tag.startswith("nr")):  # 老师, 小时 are words
                spans.append(PatientSpan(start, end, mention))
    return leftmost_longest(spans)
