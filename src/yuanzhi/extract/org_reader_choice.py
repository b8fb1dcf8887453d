"""Which body a post takes when the rules and the statistical reader (org_reader.py) disagree.

    post (title printed right before the name) ─▶ rules' body? ─ none ─▶ the reader's span (fallback)
                                                        └─ two bodies glued (集团总院某县人民医院)
                                                           where the reader marks the last one, sure
                                                           of it ─▶ the reader's span

Where the rules read a body right before the title and the reader marks only its end, the
reader's span is taken when the CRF's marginal probability of that exact span is high, the span
is an institution with a place of its own (某县人民医院) and what the rules glued before it is
more than a place (集团总院, not 某省): two bodies in apposition, the post of the nearer one. Measured on the
batches held out of the reader's training (bench/results/facts_first_contact.md, E43): a
reader's span cutting a unit's name shorter (预案管理科 of 某市应急管理局救援协调和预案管理科) or
longer (该支队…) than the rules' is wrong more often than right, so those stay with the rules.
"""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .org_reader import body_span_before_title, read_post_body
from .org_resolve import PLACE, STRONG_KINDS, OrgMention, resolve_org

SURE = 0.9  # the reader's span is taken over the rules' when its marginal probability reaches this


def choose_post_body(
    text: str, person: PersonMention, words: list[tuple[str, int, int]], lexicon: Lexicon, home: str | None,
) -> OrgMention | None:
    """A body for ``person`` other than the rules' (None: keep what the rules read): the reader's
    span where the rules read none, or an institution the rules glued behind another (集团总院
    某县人民医院院长: the county hospital) when the reader is sure of it."""
    if person.org is None:
        return read_post_body(text, person, words, lexicon, home)
    rules = person.org
    title_start = person.start - len(person.title)
    if person.inherited or rules.end != title_start or text[title_start : person.start] != person.title:
        return None  # only a body written right before its title
    if rules.kind not in STRONG_KINDS or not any(PLACE.match(text[at : rules.end]) for at in range(rules.start + 2, rules.end - 3)):
        return None  # no institution with a place of its own inside the rules' body: the reader is not asked
    found = body_span_before_title(text, title_start, words, lexicon)
    if found is None:
        return None
    (start, end), sure = found
    if sure < SURE or not rules.start < start < end == rules.end:
        return None  # the reader's span must be the end of the rules' one, cut where another body ends
    written, before = text[start:end], text[rules.start : start]
    if PLACE.fullmatch(before) or not PLACE.match(written) or len(before) < 2:
        return None  # 某省|某市人民医院: its place chain; 某大学|附属医院: no place of its own
    resolved = resolve_org(written, lexicon, home)
    if resolved is None or resolved.kind not in STRONG_KINDS:
        return None
    return OrgMention(start, end, written, resolved.name, resolved.kind, resolved.parent)
