"""A board's roster as a listed company's announcement prints it (董事会决议公告, 换届选举公告):

    董事长：甲；非独立董事：甲、乙、丙；独立董事：丁（会计专业人士）、戊。
    监事会主席：己；职工代表监事：庚。

Each label is a post of the board and the names after its colon hold it, up to the next ``；`` or
``。``. ``非独立董事`` is the list's category, its members are printed 董事 elsewhere (their
biographies): the post is 董事. A roster the announcement prints after the board's election
(``选举产生了公司第九届董事会成员``, ``董事会完成换届选举``) is the election's result: appointments
(GOLD_SPEC §11, 当选); else the posts are held (a pair, no appointment).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import HELD, AppointmentHit
from .lexicon_loader import COMPANY_KINDS, Lexicon
from .names import name_at
from .orgs import OrgMention, Tokens

_LABELS = {  # the roster's label → the post its members hold
    "董事长": "董事长", "副董事长": "副董事长", "非独立董事": "董事", "董事": "董事", "独立董事": "独立董事",
    "职工董事": "职工董事", "职工代表董事": "职工董事", "监事会主席": "监事会主席", "监事": "监事",
    "非职工代表监事": "监事", "股东代表监事": "监事", "职工代表监事": "职工代表监事", "职工监事": "职工监事",
}
_LABEL = re.compile(
    r"(?:^|(?<=[；;。，,：:\s]))(" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True)) + r")(?:成员)?[：:]"
)
_ITEM_END = re.compile(r"[；;。]|$")
_ELECTION = re.compile(r"选举产生|换届选举|选举[^，。；]{0,12}(?:董事|监事)")  # the board this announcement elected


def elects_board(sentence: str) -> bool:
    """``选举产生了公司第九届董事会成员``: the sentence reports a board's election."""
    return _ELECTION.search(sentence) is not None


def roster_posts(
    sentence: str, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]], elected: bool,
    named: Sequence[OrgMention],
) -> list[AppointmentHit]:
    """The members of every board label in ``sentence``, each with the label's post, of the company
    the article named last (``named``: the bodies named so far): the board is that company's."""
    hits: list[AppointmentHit] = []
    company = next((m for m in reversed(named) if m.kind in COMPANY_KINDS and m.parent is None), None)
    if company is None:
        return hits  # 组长：甲 … a roster of no company: no board
    company = OrgMention(0, 0, "", company.name, company.kind, None)
    action = "appoint" if elected else HELD
    for label in _LABEL.finditer(sentence):
        end = _ITEM_END.search(sentence, label.end())
        stop = end.start() if end else len(sentence)
        title = _LABELS[label.group(1)]
        hits.extend(AppointmentHit(sentence[a:b], title, company, action, a, b)
                    for a, b in _members(sentence, label.end(), stop, tokens, lexicon, blocked))
    return hits


_NOTE = re.compile(r"[（(][^（）()]{1,20}[）)]")  # 丁（会计专业人士）: a note on the member
_JOINERS = ("、", "，", ",")


def _members(sentence: str, at: int, stop: int, tokens: Tokens, lexicon: Lexicon,
             blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names from ``at`` to ``stop``, joined by 、 with a note in brackets after any."""
    names: list[tuple[int, int]] = []
    while at < stop:
        span = name_at(sentence, at, tokens, lexicon, blocked, strict=bool(names))
        if span is None or span[1] > stop:
            break
        names.append(span)
        at = span[1]
        if (note := _NOTE.match(sentence, at)) is not None:
            at = note.end()
        if not sentence.startswith(_JOINERS, at):
            break
        at += 1
    return names
