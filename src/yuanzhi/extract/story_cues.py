"""Cues of a patient story's narration: how the patient fell ill or came in, and that an
operation was done (lexicons onset_words.txt and operation_words.txt), for dating the story's
events (extract/facts.py)."""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon


def tells_onset(text: str, lexicon: Lexicon) -> bool:
    """The sentence tells how a patient fell ill or came in (突发, 送到急诊; onset_words.txt)."""
    return any(word in text for word in lexicon.onset_words)


def tells_operation(text: str, lexicon: Lexicon) -> bool:
    """The narration says an operation was done (为某某实施了…, 手术开始; operation_words.txt),
    not a quoted word (“必须马上手术！”) or a plan."""
    return (
        text[:1] not in _QUOTE_OPEN and any(word in text for word in lexicon.operation_words)
        and _PROCEDURE.search(text) is not None
    )


_QUOTE_OPEN = "“\"‘「"
# an operation's name ends in 术 (剖宫产术, 孙氏手术), not 技术/学术 or 术后/手术室; 取栓 is one too
# (an endoscope's removal of a swallowed object is no operation)
_PROCEDURE = re.compile(r"(?<![技学美艺战算武])术(?![后前室语])|取栓")
