"""A civil-service rank written after a body's one-character short: ``委二级调研员某某``,
``局一级主任科员某某``, ``厅副巡视员某某``. Chinese news writes a commission as 委, a bureau as
局, a department of a province as 厅 once the article has named it (as 委医政医管处 is its office);
a rank is the body's own (lexicon/civil_service_ranks.txt), so the post takes the body of that
ending the sentence named before it, else the one the article named last."""

from __future__ import annotations

from collections.abc import Sequence

from .committee_units import civil_ranks
from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import OrgMention

# the one-character short -> the endings of the bodies it stands for
_SHORTS = {"委": ("委员会", "委"), "局": ("局",), "厅": ("厅",)}
_BEFORE_SHORT = set("，、；：。 （(“\"")  # the short opens a clause or an item of a list


def organ_rank_body(
    sentence: str, person: PersonMention, here: Sequence[OrgMention], seen: Sequence[OrgMention], lexicon: Lexicon
) -> OrgMention | None:
    """The body of ``person``'s rank written after a body's one-character short, or None."""
    if person.org is not None or not person.title.endswith(civil_ranks(lexicon.directory)):
        return None
    at = person.start - len(person.title) - 1  # the character before the title (the title before the name)
    if at < 0 or sentence[person.start - len(person.title) : person.start] != person.title:
        return None
    endings = _SHORTS.get(sentence[at])
    if endings is None or (at > 0 and sentence[at - 1] not in _BEFORE_SHORT):
        return None
    earlier = [m for m in here if m.end <= at]
    for mention in (*reversed(earlier), *reversed(seen)):
        if mention.kind != "department" and mention.name.endswith(endings) and len(mention.name) > len(endings[0]):
            return OrgMention(at, at + 1, sentence[at], mention.name, mention.kind, mention.parent)
    return None
