"""Appointments whose people are listed apart from the cue: ``当选副主任委员的有：甲、乙``,
``新一届党委委员为：…``, ``聘任以下同志为…：…``, a notice's items after ``聘任以下同志职务：`` and
letters conferred (``为甲、乙颁发兼职教授聘书``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import NAME_TEXT, AppointmentHit, posts_from
from .lexicon_loader import Lexicon
from .names import name_list
from .orgs import (
    SELF_REFERENCES,
    OrgMention,
    Tokens,
    org_before,
    resolve_org,
)

_CONFERS = re.compile(r"(?:还|也|分别)?(?:为|向)([^。；：]{2,80}?)(?:颁发|颁授|授予)")
_LETTER = ("聘书", "证书", "聘任证书")


def conferred(
    sentence: str, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon, home: str | None,
    people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``某医学院还为甲、乙等12名专家颁发兼职教授聘书``: the people between 为 and 颁发 are appointed
    to the title on the letter, a post of the body that gives it (written before 为, else none)."""
    hits: list[AppointmentHit] = []
    for match in _CONFERS.finditer(sentence):
        at = match.end() + (1 if sentence.startswith("了", match.end()) else 0)
        hits.extend(_group_then_named(sentence, match, at, titles, tokens, lexicon, home, people))
        own = next((r for r in SELF_REFERENCES if sentence.startswith(r, at)), "")  # 颁发了医院首席专家聘书
        title = next(((e, t) for s_, e, t in titles if s_ == at + len(own)), None)
        giver = resolve_org(own, lexicon, home) if own else org_before(sentence, match.start(), tokens, lexicon, home)
        if title is None and not own:  # 为甲颁发了某大学兼职教授聘书: the body that gives the post, then the post
            title, giver = _title_after_body(sentence, at, titles, tokens, lexicon, home) or (None, giver)
        if title is None and not own:  # 颁发了运动队队医聘书: a word the organization reader does not know, then the post
            title, giver = _title_on_letter(sentence, at, titles), None  # of no body of record (GOLD_SPEC §8)
        if title is None or not sentence.startswith(_LETTER, title[0]):
            continue
        listed = [(a, b) for a, b in people if match.start(1) <= a and b <= match.end(1)]
        if listed:  # 为甲和某所合伙人乙颁发…: the first recipient named with no post, before a described one
            listed += [(a, b) for a, b in name_list(sentence, match.start(1), tokens, lexicon, [])
                       if b <= min(listed)[0]]
        if not listed:  # 为甲、乙颁发…聘书: recipients named with no post in the sentence
            listed = _names_only(sentence, match.start(1), match.end(1), tokens, lexicon)
            giver = giver or resolve_org(SELF_REFERENCES[0], lexicon, home)  # no body written: the hospital
        for a, b in sorted(set(listed)):
            if match.start(1) <= a and b <= match.end(1) and (
                b == match.end(1) or sentence.startswith(_RECIPIENT_ENDS, b)
                or sentence[b : match.end(1)] in lexicon.titles_after_name  # 为甲院士颁发…: the title after the name
            ):  # not 季某某|院士团队核心成员、乙: a name describing the recipient
                hits.append(AppointmentHit(sentence[a:b], title[1], giver, "appoint", a, b))
    return hits


_AMONG = re.compile(r"[，,](?:其中)?(?:包括|有)|[：:]")  # 颁发了聘书，其中包括…; 颁发聘书：A科学科带头人甲，…


def _group_then_named(
    sentence: str, match: re.Match[str], at: int, titles: list[tuple[int, int, str]], tokens: Tokens,
    lexicon: Lexicon, home: str | None, people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``为首批12名某大学兼职教授颁发了聘书，其中包括A科主任甲、B科主任乙`` (or ``聘书：A科学科带头人甲，…``):
    the group's title on the letter is each listed person's, a post of the body written with it (else none)."""
    if not sentence.startswith(_LETTER, at):
        return []
    title = next(((s_, t) for s_, e, t in titles if e == match.end(1)), None)
    among = _AMONG.match(sentence, at + next(len(w) for w in _LETTER if sentence.startswith(w, at)))
    counted = _COUNTED.search(sentence, match.start(1), title[0]) if title is not None else None
    if title is None or among is None or counted is None:
        return []
    giver = resolve_org(sentence[counted.end() : title[0]], lexicon, home) if counted.end() < title[0] else None
    giver = giver if giver is not None and giver.kind != "department" else None
    stop = _CLAUSE_END.search(sentence, among.end())
    end = stop.start() if stop else len(sentence)
    return [AppointmentHit(sentence[a:b], title[1], giver, "appoint", a, b)
            for a, b in sorted(set(people)) if among.end() <= a and b <= end]


_COUNTED = re.compile(r"\d+名|[一二三四五六七八九十两]+名")  # 首批12名: a counted group, the names follow
_CLAUSE_END = re.compile(r"[。；;：:]")


def _title_after_body(
    sentence: str, at: int, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon, home: str | None,
) -> tuple[tuple[int, str], OrgMention] | None:
    """某大学|兼职教授聘书 written at ``at``: the title (its end and word) and the body before it."""
    title = next(((s_, e, t) for s_, e, t in titles if at < s_ <= at + _BODY_ROOM), None)
    if title is None:
        return None
    body = org_before(sentence, title[0], tokens, lexicon, home)
    if body is None or body.start != at or body.kind == "department":
        return None
    return (title[1], title[2]), body


def recipients_before(
    sentence: str, at: int, tokens: Tokens, lexicon: Lexicon, people: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``为甲颁发聘书，聘请其为…``: the people a letter was given to in the clause before ``at`` (the
    person a pronoun after 聘请/聘任 stands for), else none."""
    match = max(_CONFERS.finditer(sentence, 0, at), key=lambda m: m.start(), default=None)
    if match is None:
        return []
    listed = [(a, b) for a, b in people if match.start(1) <= a and b <= match.end(1)]
    names = sorted(set(listed)) or _names_only(sentence, match.start(1), match.end(1), tokens, lexicon)
    inner = sentence.rfind("为", match.start(1), match.end(1))  # 向文澜为乙颁发: 向 began the giver's name
    return names or (_names_only(sentence, inner + 1, match.end(1), tokens, lexicon) if inner > match.start(1) else [])


def _title_on_letter(sentence: str, at: int, titles: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The title written on the letter at ``at``: after at most a short body word (运动队|队医聘书)."""
    for start, end, title in titles:
        if at <= start <= at + _BODY_ROOM and sentence.startswith(_LETTER, end):
            gap = sentence[at:start]
            return (end, title) if not gap or NAME_TEXT.match(gap) else None
    return None


def _names_only(sentence: str, start: int, end: int, tokens: Tokens, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The names written from ``start`` to ``end`` and nothing else, or none."""
    names = name_list(sentence, start, tokens, lexicon, [])
    return names if names and names[0][0] == start and names[-1][1] == end else []


_BODY_ROOM = 16  # characters of a body's name between 颁发 and the title on the letter


_RECIPIENT_ENDS = ("、", "，", ",", "等", "同志", "和", "及", "与")
_ELECTED = re.compile(r"(?:当选|当选为|连任|担任)")
_ELECTED_ARE = re.compile(r"(?:的|者)(?:有|是|为|分别是|分别为)[：:]")


def elected_list(
    sentence: str, titles: list[tuple[int, int, str]], people: Sequence[tuple[int, int]]
) -> list[AppointmentHit]:
    """``当选副主任委员的有：甲、乙，以及丙``: the title first, the people after the colon."""
    hits: list[AppointmentHit] = []
    for cue in _ELECTED.finditer(sentence):
        found = _title_then_list(sentence, cue.end(), titles, _ELECTED_ARE)
        if found is None:
            continue
        title, list_at = found
        stop = _CLAUSE_END.search(sentence, list_at)
        limit = stop.start() if stop else len(sentence)
        for a, b in sorted(set(people)):
            if list_at <= a < limit:
                hits.append(AppointmentHit(sentence[a:b], title, None, "appoint", a, b))
    return hits


_CLAUSE_END = re.compile(r"[。；]")
_ELECTED_GROUP = re.compile(r"(?:选举产生|新当选|当选|新增补|增补)的?(?:\d+|[一二两三四五六七八九十百]+)名")
_AMONG_THEM = re.compile(r"(?:中|当中|之中)[，,]?(?:有|其中)?[^。；：:，,]{0,20}[：:]")


def elected_among(
    sentence: str, titles: list[tuple[int, int, str]], people: Sequence[tuple[int, int]]
) -> list[AppointmentHit]:
    """``选举产生的21名常务委员中，有4名来自地市级医院：A医院院长甲，B医院主任乙``: a counted group elected
    to a post, then some of them listed after a colon: each listed person was elected to it."""
    hits: list[AppointmentHit] = []
    for group in _ELECTED_GROUP.finditer(sentence):
        title = next(((e, t) for s_, e, t in titles if s_ == group.end()), None)
        among = _AMONG_THEM.match(sentence, title[0]) if title else None
        if title is None or among is None:
            continue
        stop = _CLAUSE_END.search(sentence, among.end())
        limit = stop.start() if stop else len(sentence)
        hits += [AppointmentHit(sentence[a:b], title[1], None, "appoint", a, b)
                 for a, b in sorted(set(people)) if among.end() <= a and b <= limit]
    return hits


def _title_then_list(
    sentence: str, at: int, titles: list[tuple[int, int, str]], marker: re.Pattern[str],
) -> tuple[str, int] | None:
    """The title written at ``at`` and where the list after it begins (``marker`` right after the
    title: 的有：, 为：), or None."""
    title = next(((e, t) for s_, e, t in titles if s_ == at), None)
    are = marker.match(sentence, title[0]) if title else None
    return (title[1], are.end()) if title is not None and are is not None else None


_NEWLY = re.compile(r"(?:新一届|新当选的?|新任)")
_MEMBERS_ARE = re.compile(r"(?:为|是|有|分别为|分别是)[：:]")


def new_members(
    sentence: str, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon, home: str | None,
    blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """``新一届党委委员为：甲、乙、丙``: the people listed after the post of a new sitting."""
    hits: list[AppointmentHit] = []
    for newly in _NEWLY.finditer(sentence):
        found = _title_then_list(sentence, newly.end(), titles, _MEMBERS_ARE)
        if found is None:
            continue
        posts = posts_from(sentence, newly.end(), titles, tokens, lexicon, home)[:1]
        for a, b in name_list(sentence, found[1], tokens, lexicon, blocked):
            hits.extend(AppointmentHit(sentence[a:b], post, org, "appoint", a, b) for post, org in posts)
    return hits


_NAMED_AS = re.compile(r"(?:以下|下列|如下)(?:同志|人员|专家)(?:为|担任)")


def named_as_list(
    sentence: str, titles: list[tuple[int, int, str]], lexicon: Lexicon, people: Sequence[tuple[int, int]]
) -> list[AppointmentHit]:
    """``聘任以下同志为医院首批学科带头人：科主任甲，科主任乙``: each person after the colon takes the
    post the notice names (no unit is written with it)."""
    hits: list[AppointmentHit] = []
    for cue, action, shape in lexicon.appointment_cues:
        if shape == "after" or cue not in sentence:
            continue
        for match in re.finditer(re.escape(cue) + _NAMED_AS.pattern, sentence):
            colon = re.compile(r"[：:]").search(sentence, match.end())
            if colon is None or re.search(r"[，。；,;]", sentence[match.end() : colon.start()]):
                continue
            title = next((t for _s, e, t in titles if e == colon.start()), None)
            if title is None:
                continue
            stop = re.compile(r"[。；]").search(sentence, colon.end())
            limit = stop.start() if stop else len(sentence)
            for a, b in sorted(set(people)):
                if colon.end() <= a < limit:
                    hits.append(AppointmentHit(sentence[a:b], title, None, action, a, b))
    return hits


_ANNOUNCED = re.compile(r"(?:以下|下列|如下)(?:同志|人员|干部)")


_COLONS = ("：", ":")  # 决定聘任： a cue closing its sentence (spaces after it aside), the items follow
_HEADING = re.compile(r"(?:^|(?<=[：:。；;]))[一二三四五六七八九十]{1,3}、")  # 一、聘任 / 二、免去: a notice's section


def announced_list(sentence: str, lexicon: Lexicon) -> str | None:
    """``聘任以下同志职务：`` / ``免去下列同志职务``: the action of the notice's items that follow;
    also a numbered heading opened by a cue (``一、聘任``, ``二、免去``), the last in the sentence."""
    for cue, action, shape in lexicon.appointment_cues:
        if shape != "after" and cue in sentence and re.search(re.escape(cue) + _ANNOUNCED.pattern, sentence):
            return action
    tail = sentence.rstrip()
    if tail.endswith(_COLONS):  # 经某日党委会议研究，决定聘任：  the list follows
        for cue, action, shape in sorted(lexicon.appointment_cues, key=lambda c: -len(c[0])):
            if shape != "after" and tail[:-1].endswith(cue):
                return action
    heading: str | None = None
    for number in _HEADING.finditer(sentence):
        heading = next((action for cue, action, shape in sorted(lexicon.appointment_cues, key=lambda c: -len(c[0]))
                        if shape != "after" and sentence.startswith(cue, number.end())), heading)
    return heading


def listed_item(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    titles: list[tuple[int, int, str]], action: str,
) -> list[AppointmentHit]:
    """One item of an announced list: ``甲、乙同志为康复科副主任；`` (the cue is the list's);
    ``甲、乙分别为A科主任、副主任；`` one post each in order; under a removal ``甲的A科主任职务；``.
    A list printed in one sentence (``甲为A科主任，乙为B科主任，…``): each clause that is an item
    too, once the sentence opens with one."""
    hits = _item_at(sentence, 0, tokens, lexicon, home, blocked, titles, action)
    if not hits:
        return []
    for comma in _ITEM_COMMA.finditer(sentence):
        hits.extend(_item_at(sentence, comma.end(), tokens, lexicon, home, blocked, titles, action))
    return hits


_ITEM_COMMA = re.compile(r"[，,；;](?![^（(]*[）)])")  # a comma outside brackets: the next item may open


def _item_at(
    sentence: str, start: int, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    titles: list[tuple[int, int, str]], action: str,
) -> list[AppointmentHit]:
    """The item that opens at ``start``, or none."""
    names = name_list(sentence, start, tokens, lexicon, blocked)
    if not names or names[0][0] != start:
        return []
    rest_at = names[-1][1] + (2 if sentence.startswith("同志", names[-1][1]) else 0)
    each = len(names) > 1 and sentence.startswith(_EACH + "为", rest_at)
    rest_at += len(_EACH) if each else 0
    if sentence.startswith("的", rest_at) and action == "remove":
        rest_at += 1
    elif sentence.startswith("为", rest_at):
        rest_at += 1
    else:
        return []
    posts = posts_from(sentence, rest_at, titles, tokens, lexicon, home)
    if action == "remove" and not _POST_NAMED.match(sentence, rest_at):
        return []  # 甲的…: a removal item names the post 职务
    if each:
        posts = shared_unit(posts)
        if len(posts) != len(names):
            posts = units_each(sentence, rest_at, titles, lexicon, home, len(names)) or posts  # A科、B科护士长
        if len(posts) != len(names):
            return []
        return [AppointmentHit(sentence[a:b], t, o, action, a, b) for (a, b), (t, o) in zip(names, posts, strict=True)]
    return [AppointmentHit(sentence[a:b], title, org, action, a, b) for a, b in names for title, org in posts]


_EACH = "分别"
_POST_NAMED = re.compile(r"[^，。；,;（(]*职务")  # 甲的A科主任职务: the post a removal item names


def shared_unit(posts: list[tuple[str, OrgMention | None]]) -> list[tuple[str, OrgMention | None]]:
    """``A科主任、副主任``: a head's title after a unit's post, written bare, is of that unit."""
    out: list[tuple[str, OrgMention | None]] = []
    for title, org in posts:
        before = out[-1][1] if out else None
        if before is not None and before.kind == "department" and (org is None or org.kind != "department"):
            org = before
        out.append((title, org))
    return out


def units_each(
    sentence: str, at: int, titles: list[tuple[int, int, str]], lexicon: Lexicon, home: str | None, count: int,
) -> list[tuple[str, OrgMention | None]]:
    """聘任甲、乙分别为心内科、神经外科主任 (内科片区、外科片区科护士长): units joined by 、 before one
    title, one unit each in the order written; none unless there are ``count`` units, each a unit."""
    title = next(((s_, t) for s_, _e, t in titles if s_ > at), None)
    if title is None or count < 2:
        return []
    units = sentence[at : title[0]].split("、")
    if len(units) != count:
        return []
    posts: list[tuple[str, OrgMention | None]] = []
    position = at
    body: str | None = None  # 县医院普外科、心内科: the body written with the first unit is the others' too
    for unit in units:
        written = resolve_org(unit, lexicon, home)
        if written is None and any(unit.endswith(word) and len(unit) > len(word) for word in lexicon.cluster_units):
            written = OrgMention(0, len(unit), unit, unit, "department")  # 内科片区: a ward cluster
        if written is None or written.kind != "department":
            return []
        if written.parent and unit.startswith(written.parent):
            body = written.parent
        elif body is not None:
            written = OrgMention(0, len(unit), unit, body + unit, "department", body)
        posts.append((title[1], OrgMention(position, position + len(unit), unit, written.name, written.kind, written.parent)))
        position += len(unit) + 1
    return posts

