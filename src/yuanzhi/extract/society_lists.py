"""Which body of a society a post printed without one belongs to (GOLD_SPEC §9, §4.1).

    某学会某分会第一届青年委员会成立 … 某学会副会长甲，… 当选主任委员
        ─▶ the committee the story is about stays its body: the society printed later is
           one of its parents, not a new body of the story (story_body_kept)
    某分会主任委员、某医院院长甲，候任主任委员、某医院某科主任乙出席
        ─▶ 候任主任委员 is the 分会's: the list it continues named that body (listed_body)
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import OrgMention

_SOCIETY = "association"  # the title category of a society's posts (会长, 主任委员, 秘书 …)


def story_body_kept(story: OrgMention | None, body: OrgMention) -> bool:
    """The body the story is about (a branch, its committee) stays so when the sentence names a body
    it belongs to: the branch's name, printed in full, begins with that body's (某学会某分会青年委员会
    after 某学会, after 某学会某分会)."""
    return story is not None and story.name != body.name and story.name.startswith(body.name) and (
        story.parent is not None
    )


def listed_body(
    person: PersonMention, posted: Sequence[tuple[PersonMention, OrgMention | None]], lexicon: Lexicon
) -> OrgMention | None:
    """The body a society post with none printed takes from the list it continues: the body printed
    with the nearest society post before it in the sentence (某分会主任委员甲，候任主任委员乙)."""
    if lexicon.title_category(person.title) != _SOCIETY:
        return None
    for earlier, org in reversed(posted):
        if earlier.name == person.name or lexicon.title_category(earlier.title) != _SOCIETY:
            continue
        if org is not None and org.kind == _SOCIETY and earlier.org is not None and not earlier.inherited:
            return org
        return None
    return None
