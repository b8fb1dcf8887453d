"""The ways news prints one committee of the CPPCC (GOLD_SPEC §4.3, §4.7).

A place's committee of the Chinese People's Political Consultative Conference has its name of
record, ``中国人民政治协商会议某区委员会`` (the name a signature or a seal prints), and the forms
running text uses: ``政协某区委员会``, the same with its term (``政协某区第七届委员会``: the 届 is a
term of the one body, no body of its own), ``某区政协`` and, the place understood, ``区政协``.
When the article prints the name of record, every other form of the same place is that body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEVELS = "省市县区州旗盟"
_RECORD = re.compile(rf"^中国人民政治协商会议(?P<place>[\u3400-\u9fff]{{1,12}}?[{_LEVELS}])委员会$")
_FORMS = (
    re.compile(rf"^政协(?P<place>[\u3400-\u9fff]{{1,12}}?[{_LEVELS}])(?:第[一二三四五六七八九十]+届)?委员会$"),
    re.compile(rf"^(?P<place>[\u3400-\u9fff]{{0,12}}[{_LEVELS}])政协$"),
)


def _place_of_form(name: str) -> str | None:
    for form in _FORMS:
        match = form.match(name)
        if match is not None:
            return match.group("place")
    return None


def record_name(name: str, printed: Iterable[str]) -> str | None:
    """The CPPCC's name of record among ``printed`` that ``name`` (a running-text form of a
    CPPCC committee) stands for: the same place, or its level alone (区政协), or None."""
    place = _place_of_form(name)
    if place is None:
        return None
    found = None
    for full in printed:
        match = _RECORD.match(full)
        if match is None or full == name:
            continue
        whole = match.group("place")
        if whole == place or (len(place) == 1 and whole.endswith(place)):
            found = full
    return found
