"""A decision on posts as an event: 经院党委2024年5月6日会议研究决定，聘任以下同志职务.

The sentence names a meeting (会议) or a vetting step (组织考察) too, but what it reports is
the appointment; the decision's date is the one written before the decision word (a later
meeting that announces it, 2月20日召开谈话会，对经1月23日党委会研究决定聘任的干部…, keeps its own).
Cues are data (``decision_cues.tsv``).
"""

from __future__ import annotations

from .dates import DateMention
from .lexicon_loader import Lexicon


def decided_posts(sentence: str, dates: list[DateMention], lexicon: Lexicon) -> DateMention | None:
    """The date of a decision on posts the sentence reports, or None."""
    decisions = [sentence.find(cue) for cue, role in lexicon.decision_cues if role == "decision" and cue in sentence]
    if not decisions or not any(cue in sentence for cue, role in lexicon.decision_cues if role == "post"):
        return None
    at = min(decisions)
    before = [d for d in dates if not d.approximate and len(d.value) >= 7 and d.end <= at]
    return before[-1] if before else None

