"""A person described by the post he holds, written before 的 and his name:

    今担任外科主任的甲和护理部主任乙，…      他培养的学生中，现任附属医院消化内科主任的甲、…

``现任/今担任/目前担任/曾任…的`` then a name: the posts are that person's, held (a pair, no
appointment; 曾任 a former post, GOLD_SPEC §6). A bare 担任 is left alone (担任评委的…: a role).
"""

from __future__ import annotations

import re

from .appointment_posts import HELD, AppointmentHit, posts_from
from .lexicon_loader import Lexicon
from .names import name_at, valid_name
from .orgs import Tokens

_HOLDS = re.compile(r"(?:现任|现担任|今担任|今任|目前担任|如今担任|曾任|曾担任)")
_CLAUSE = re.compile(r"[，。；：、,;:！？“”]")


def holders_before_de(
    sentence: str, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon, home: str | None,
    blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """The posts written between a cue of holding and 的, given to the name right after 的."""
    hits: list[AppointmentHit] = []
    for cue in _HOLDS.finditer(sentence):
        de = sentence.find("的", cue.end())
        if de < 0 or _CLAUSE.search(sentence, cue.end(), de) or not any(e == de for _s, e, _t in titles):
            continue
        name = name_at(sentence, de + 1, tokens, lexicon, blocked)
        if name is None or not valid_name(sentence[name[0] : name[1]], lexicon):
            continue
        posts = posts_from(sentence, cue.end(), [t for t in titles if t[1] <= de], tokens, lexicon, home)
        hits.extend(AppointmentHit(sentence[name[0] : name[1]], title, org, HELD, name[0], name[1]) for title, org in posts)
    return hits
