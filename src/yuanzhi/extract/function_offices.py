"""An office of a place's government named by its function and 办: ``市老龄办``, ``县爱卫办``,
``区双拥办``, ``某市外办`` — the place's own office (a 委员会's or the government's), a body of
government, not a unit of the bureau printed before it (``市民政局副局长、市老龄办主任``).
Its short form stays as printed or takes its place by GOLD_SPEC §4.3 and §4.10."""

from __future__ import annotations

import re

# a level word (the place before it optional), two to four characters of function, 办 (not 委: 市委巡察办)
FUNCTION_OFFICE = re.compile(r"^(?:[\u4e00-\u9fff]{2,5}?)?[省市县区州](?!委)[\u4e00-\u9fff]{2,4}?办$")


def function_office(text: str) -> bool:
    """Whether ``text`` is a place's office named by its function (``县爱卫办``)."""
    return FUNCTION_OFFICE.match(text) is not None
