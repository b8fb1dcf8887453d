"""What an article says of the paper's own hospital beside the other hospitals it names
(home_orgs.home_hospital reads these):

* a second name the article gives a hospital — ``某市第四人民医院（某市传染病医院）`` (one body, two
  plates: the first printed is the name of record, §4.7) or ``某州妇幼保健院（以下简称“州妇幼”）`` —
  is the same hospital each time it is printed, so its printings count for the first name;
* one sentence that lists the posts of a named hospital and the posts of 我院 apart
  (``某市第一人民医院副院长甲，我院党委书记乙、院长丙等参加会议``) names two bodies: the
  hospital written by its name there is another, never the writer (who calls itself 我院).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

_SELF = ("我院", "本院")
# 某医院（以下简称“某院”）, 某医院（简称“某院”）, 某医院（某医院）: the bracket right after a name
_BRACKET = re.compile(r"（(?:以下)?(?:简称)?[“\"]?([^（）“”\"，。；]{2,20}?)[”\"]?(?:，[^（）]{0,20})?）")
_SECOND_NAME = re.compile(r"（[^（）]{0,30}?(?:以下)?简称[“\"]([^“”\"（）]{2,20})[”\"]）")
_CLAUSE_STOP = re.compile(r"[，；。！？：,;!?:]")


def second_names(texts: Sequence[str], hospitals: Iterable[str], is_hospital: Callable[[str], bool]) -> dict[str, str]:
    """Each second name the texts print for a hospital of ``hospitals`` (its short name declared
    with 简称, or a hospital's name in the bracket right after it) → that hospital."""
    out: dict[str, str] = {}
    names = sorted(set(hospitals), key=len, reverse=True)
    for text in texts:
        if "（" not in text:
            continue
        for name in names:
            at = text.find(name + "（")
            while at >= 0:
                rest = text[at + len(name) :]
                declared = _SECOND_NAME.match(rest)
                if declared is not None:
                    out.setdefault(declared.group(1), name)
                else:
                    plate = _BRACKET.match(rest)
                    if plate is not None and plate.group(1) != name and is_hospital(plate.group(1)):
                        out.setdefault(plate.group(1), name)  # 某第四人民医院（某传染病医院）: two plates
                at = text.find(name + "（", at + 1)
    return out


def printings(short: str, texts: Sequence[str], full: str) -> int:
    """How often ``short`` is printed on its own: not inside ``full`` nor in the bracket after it."""
    inside = re.compile(re.escape(full) + r"(?:（[^（）]*）)?")
    return sum(inside.sub("", text).count(short) for text in texts if short in text)


def contrasted(texts: Sequence[str], forms: dict[str, set[str]], holds_post: Callable[[str], bool]) -> set[str]:
    """Hospitals (keys of ``forms``, each with the forms it is printed in) that a sentence prints with
    a post of their own (``某医院副院长甲``, ``某医院骨科副主任医师甲``) beside a post of 我院
    (``我院党委书记乙``): two bodies' people listed apart, so the hospital is another, not the writer."""
    out: set[str] = set()
    for text in texts:
        if not any(word in text for word in _SELF) or not any(holds_post(c) for c in _after(text, _SELF)):
            continue
        for name, printed in forms.items():
            if any(form in text for form in printed) and any(holds_post(c) for c in _after(text, tuple(printed))):
                out.add(name)
    return out


def _after(text: str, words: tuple[str, ...]) -> list[str]:
    """The rest of the clause after each printing of one of ``words`` (the longest at a place)."""
    out: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        at = text.find(word)
        while at >= 0:
            if not any(other != word and word in other and _covers(text, at, word, other) for other in words):
                stop = _CLAUSE_STOP.search(text, at + len(word))
                out.append(text[at + len(word) : stop.start() if stop else len(text)])
            at = text.find(word, at + len(word))
    return out


def _covers(text: str, at: int, word: str, other: str) -> bool:
    """Whether a printing of ``other`` around ``at`` holds this printing of ``word``."""
    offset = other.find(word)
    while offset >= 0:
        if text.startswith(other, at - offset):
            return True
        offset = other.find(word, offset + 1)
    return False
