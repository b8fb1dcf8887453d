"""A named committee printed with its sitting after its body (GOLD_SPEC §9):
``某科学院第三届学术委员会`` is the institute's 学术委员会 — the sitting (第三届) is a term, dropped,
but the committee is a standing body of its own, so its posts take ``某科学院学术委员会``.

A bare council of the sitting (``某学会第七届委员会``, ``常务委员会``, ``理事会``) is the body itself;
only a committee named by what it does (学术, 医学伦理, 编辑 …) before 委员会 is kept.
"""

from __future__ import annotations

import re

_COMMITTEE = "委员会"
_NAMED = re.compile(r"届([\u4e00-\u9fff]{2,8}委员会)$")  # 第三届|学术委员会
_BARE = ("常务", "全体")  # 常务委员会: the sitting's own standing council, the body itself


def sitting_committee(text: str) -> str | None:
    """The committee named after the sitting in ``text`` (学术委员会 in 某院第三届学术委员会), or None
    when the sitting's council is the body itself."""
    found = _NAMED.search(text)
    if found is None:
        return None
    committee = found.group(1)
    head = committee[: -len(_COMMITTEE)]
    return None if head in _BARE else committee
