"""The occasion an appointment is dated by when its own sentence prints no date (GOLD_SPEC §11).

§11 dates an appointment by the decision the text states, else by the meeting, election or ceremony
it was made at. An article opens with its occasion (``8月3日，…召开交接会``; ``董事会会议于4月22日召开``)
and the appointments it announces later (``会议宣布了任职安排：甲任…``) are of that day. Two kinds of
date printed after the occasion are the background of the story, not a new occasion:

* a month alone before the occasion's month: ``医院于今年5月通过三级乙等医院复审`` in a report of an
  8月3日 meeting (history: a new occasion is printed with its day);
* a date of something already done (``已于``, ``已经于``) before the occasion: ``会议通知已于4月17日以
  电子邮件发出`` in the minutes of a 4月22日 board meeting (an earlier step).

Such a date dates its own sentence (and the events the sentence tells) but does not move the day the
next sentences' appointments are dated by. Any other date does — a decision taken days before the
meeting that announces it (``经4月23日党委会研究``) is the appointments' date (§11).
"""

from __future__ import annotations

_ALREADY = ("已于", "已经于", "已在", "早已于", "早在")  # 会议通知已于4月17日发出: a step done before


def before(value: str, occasion: str | None) -> bool:
    """Whether ``value`` (ISO day or month) lies before ``occasion`` at the precision both print:
    ``2026-05`` before ``2026-08-03``, ``2026-04-17`` before ``2026-04-22``; not ``2026-08-03`` before
    ``2026-08`` (the same month, a day of it)."""
    if occasion is None or len(value) < 7 or len(occasion) < 7 or not value[:4].isdigit():
        return False
    size = min(len(value), len(occasion))
    return value[:size] < occasion[:size]


def background(text: str, start: int, value: str, occasion: str | None) -> bool:
    """Whether the date ``value`` printed at ``start`` of ``text`` is the story's background: a month
    alone, or a date after 已于, before the occasion."""
    if not before(value, occasion):
        return False
    return len(value) == 7 or text[:start].rstrip().endswith(_ALREADY)


def next_occasion(occasion: str | None, text: str, exact: tuple[int, str] | None, decided: str | None) -> str | None:
    """The occasion after a sentence: its decision's date, else its first exact date (``(start,
    value)``) unless that date is the story's background, else the occasion unchanged."""
    if decided is not None:
        return decided
    if exact is not None and not background(text, exact[0], exact[1], occasion):
        return exact[1]
    return occasion
