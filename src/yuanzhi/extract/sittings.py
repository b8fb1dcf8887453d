"""The sitting of a congress or a committee written before its member's post: ``第十四届全国人大代表``,
``第七届某省政协委员``, ``第十届中华医学会某分会委员``.

Chinese news numbers the term a deputy or member serves in (第N届); the number belongs to neither
the post nor the body, so a reader of a title chain or a list of posts passes over it.
"""

from __future__ import annotations

import re

_SITTING = re.compile(r"第[一二三四五六七八九十百零〇0-9]{1,4}届")


def past_sitting(sentence: str, at: int) -> int:
    """Where the text goes on after a sitting number written at ``at`` (``at`` when there is none)."""
    sitting = _SITTING.match(sentence, at)
    return sitting.end() if sitting is not None else at
