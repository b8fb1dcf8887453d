"""Rows after a heading that appoints to a post and counts its holders:

    新聘学科带头人5名：某科主任、主任医师甲为心胸外科学科带头人；某科主任乙为新生儿学科带头人；
    某科副主任丙、某科主任医师丁分别为小儿骨科、小儿神经学科带头人。

The heading (聘/聘任/聘请/任命 + the post + a count, then a colon) says what every row does;
each row (up to ；) is ``people 为 [unit]post`` with no cue of its own. A row's people take the
post written after 为 when it is the heading's post (one unit each with 分别, in the order
written); a row whose post is another gives nothing (GOLD_SPEC §10, §11).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import AppointmentHit
from .lexicon_loader import Lexicon
from .orgs import OrgMention, Tokens, resolve_org
from .title_spans import title_matches

_HEADING = re.compile(
    r"(?:新|增|续)?(?:聘任|聘请|聘|任命)(?P<post>[\u4e00-\u9fff]{2,12}?)"
    r"(?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:名|人|位)[：:]"
)
_ROW_END = re.compile(r"[；;。]")
_IS = "为"
_EACH = "分别"
_UNITS = re.compile(r"[\u4e00-\u9fff、]*")  # units joined by 、 between 为 and the post
_JOINED = re.compile(r"[、和及]")  # between the people of one row (their posts before each name)


def cue_headed_rows(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, people: Sequence[tuple[int, int]],
    carried: str | None,
) -> list[AppointmentHit]:
    """The people of each row after a counted appointing heading (see the module's docstring); with
    ``carried`` (the heading's post, the sentence a row after a ；) the sentence's rows take it too."""
    heading = _heading(sentence, lexicon) if carried is not None or _HEADING.search(sentence) else None
    post, at = (heading[0], heading[1]) if heading else (carried, 0)
    if post is None:
        return []
    titles = title_matches(sentence, lexicon)  # only in a heading's rows: no work on other sentences
    hits: list[AppointmentHit] = []
    while at < len(sentence):
        stop = _ROW_END.search(sentence, at)
        end = stop.start() if stop else len(sentence)
        hits.extend(_row(sentence, at, end, post, titles, tokens, lexicon, home, people))
        if stop is None or stop.group(0) == "。":
            break
        at = stop.end()
    return hits


def carried_post(sentence: str, lexicon: Lexicon, carried: str | None) -> str | None:
    """The heading's post the next sentence's rows take: this sentence's heading, else the one
    carried, while the sentence ends with ； (a row follows)."""
    if not sentence.rstrip().endswith(("；", ";")):
        return None
    heading = _heading(sentence, lexicon) if _HEADING.search(sentence) else None
    return heading[0] if heading else carried


def _heading(sentence: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """The post of a counted appointing heading in the sentence and where its rows begin."""
    for heading in _HEADING.finditer(sentence):
        post = heading.group("post")
        if lexicon.title_ending(post) == post:
            return post, heading.end()
    return None


def _row(
    sentence: str, start: int, end: int, post: str, titles: list[tuple[int, int, str]], tokens: Tokens,
    lexicon: Lexicon, home: str | None, people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``[posts]甲、[posts]乙分别为A、B post``: the row's people, each with the post after 为."""
    spans = sorted({span for span in people if start <= span[0] and span[1] <= end})
    last = next((span for span in reversed(spans) if sentence.startswith(_IS, span[1])
                 or sentence.startswith(_EACH + _IS, span[1])), None)
    if last is None:
        return []
    names = [span for span in spans if span[1] <= last[1]]
    if any(not _JOINED.search(sentence, a[1], b[0]) for a, b in zip(names, names[1:], strict=False)):
        return []  # two people not joined into one subject
    each = sentence.startswith(_EACH, last[1])
    at = last[1] + (len(_EACH) if each else 0) + len(_IS)
    title = next(((s_, e) for s_, e, t in titles if s_ >= at and t == post), None)
    if title is None or title[1] > end or not _UNITS.fullmatch(sentence, at, title[0]):
        return []
    units = sentence[at : title[0]].split("、") if at < title[0] else [""]
    if len(units) != (len(names) if each else 1):
        return []
    offsets = [at + sum(len(u) + 1 for u in units[:i]) for i in range(len(units))]
    orgs = [_unit(sentence, unit, offset, start, end, lexicon, home) for unit, offset in zip(units, offsets, strict=True)]
    if each:
        return [AppointmentHit(sentence[a:b], post, org, "appoint", a, b) for (a, b), org in zip(names, orgs, strict=True)]
    return [AppointmentHit(sentence[a:b], post, orgs[0], "appoint", a, b) for a, b in names]


def _unit(
    sentence: str, text: str, at: int, start: int, end: int, lexicon: Lexicon, home: str | None,
) -> OrgMention | None:
    """The unit a post is of: a department written so; a discipline (新生儿, 小儿神经) the department
    the row prints that begins with it (新生儿科, 小儿神经内科); else none."""
    if not text:
        return None
    written = resolve_org(text, lexicon, home)
    if written is not None and written.kind == "department":
        return OrgMention(at, at + len(text), text, written.name, written.kind, written.parent)
    for department in re.compile(re.escape(text) + r"[\u4e00-\u9fff]{0,3}?科").finditer(sentence, start, end):
        found = resolve_org(department.group(0), lexicon, home)
        if found is not None and found.kind == "department":
            return OrgMention(department.start(), department.end(), department.group(0), found.name, found.kind,
                              found.parent)
    return None
