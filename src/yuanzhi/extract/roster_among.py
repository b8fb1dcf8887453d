"""People named among a society post's roster: ``常务委员名单中，来自基层医疗卫生机构的有甲、乙、丙等十二人``.

The roster a society elected (its 常务委员, 委员) is written as the post then 名单中; who of it the
sentence names (…的有, 有, 包括) holds that post of the body the article elects (GOLD_SPEC §9, §10).
Only a society's posts (lexicon category ``association``): a roster of another kind (入选专家名单) is
no post.
"""

from __future__ import annotations

import re

from .appointment_posts import AppointmentHit
from .lexicon_loader import Lexicon
from .names import name_list
from .orgs import Tokens

_AMONG = re.compile(r"名单中[，,]?(?:[^。；：:，,]{0,24}?的)?(?:有|包括)[：:]?")
_SOCIETY = "association"
_MIN_TITLE = 2


def roster_among(
    sentence: str, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """Each person listed after ``TITLE名单中…有`` up to the clause's end holds TITLE (see the module)."""
    hits: list[AppointmentHit] = []
    for among in _AMONG.finditer(sentence):
        title = lexicon.title_ending(sentence[max(0, among.start() - lexicon.longest_title) : among.start()])
        if title is None or len(title) < _MIN_TITLE or lexicon.title_category(title) != _SOCIETY:
            continue
        hits += [AppointmentHit(sentence[a:b], title, None, "appoint", a, b)
                 for a, b in name_list(sentence, among.end(), tokens, lexicon, blocked)]
    return hits
