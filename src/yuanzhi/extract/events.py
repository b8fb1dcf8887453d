"""Events, honors, partnerships and appointments stated by one sentence.

Each reader takes a sentence that other modules already annotated (dates,
organizations, tokens) and returns plain tuples; ``facts.py`` turns them into
model records with evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import DateMention
from .decisions import decided_posts
from .lexicon_loader import Lexicon
from .names import name_at, name_list, surname_length, title_matches, valid_name
from .orgs import (
    SELF_REFERENCES,
    SITTING,
    STRONG_KINDS,
    OrgMention,
    Tokens,
    org_before,
    resolve_org,
)

SUMMARY_LIMIT = 80
_NOT_HOME = {"association", "government", "corporate", "media", None}  # posts the hospital does not hold
_COUNTED = re.compile(r"(?:[各全][省市县区]?|多家|所有|其他|其它|相关|[一二三四五六七八九十百\d]+[家所个])$")
_POST_JOINERS = ("、", "兼")  # 当选常务委员兼秘书长
_UNNAMED_BODY = 4  # 联盟, 理事会: a short word before a title may name the body it belongs to
_QUOTED = re.compile(r"[“\"《「]([^”\"》」]{2,40})[”\"》」]")
_STOP = re.compile(r"[，。；！？,;!?]")
_REASON = re.compile(r"(?:同志)?(?:因[\u4e00-\u9fff]{1,8}?(?:原因|需要|调整|调动|变动|退休|到龄))?")
_NAME_TEXT = re.compile(r"^[\u3400-\u9fffA-Za-z（）()]+$")


@dataclass(frozen=True)
class EventHit:
    date: str | None
    type: str
    summary: str
    approximate: bool


@dataclass(frozen=True)
class AppointmentHit:
    person: str
    title: str
    org: OrgMention | None
    action: str
    start: int
    end: int


def summarize(sentence: str) -> str:
    text = sentence.strip().rstrip("。；;")
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1] + "…"


def event_type(sentence: str, lexicon: Lexicon) -> str | None:
    """The type of the activity named first; weak cues (举行, 开展 ...) only when no other."""
    best: tuple[int, int, str] | None = None
    for order, (cue, kind) in enumerate(lexicon.event_cues):
        at = sentence.find(cue)
        if at >= 0 and (best is None or (at, order) < best[:2]):
            best = (at, order, kind)
    if best is not None:
        return best[2]
    for cue, kind in lexicon.weak_event_cues:
        if cue in sentence:
            return kind
    return None


def event_in(sentence: str, dates: list[DateMention], lexicon: Lexicon) -> EventHit | None:
    """An event when the sentence is dated (to the month or better) and names an activity."""
    usable = [d for d in dates if len(d.value) >= 7]
    if not usable:
        return None
    kind = event_type(sentence, lexicon)
    if kind is None:
        return None
    exact = [d for d in usable if not d.approximate]
    chosen = exact[0] if exact else usable[0]
    decided = decided_posts(sentence, usable, lexicon)
    if decided is not None:  # 经某日会议研究决定，聘任…: the appointment, on the decision's date
        chosen, kind = decided, "appointment"
    return EventHit(chosen.value, kind, summarize(sentence), chosen.approximate)


def honor_in(
    sentence: str, tokens: Tokens, orgs: list[OrgMention], lexicon: Lexicon, home: str | None,
    people: Sequence[tuple[int, int, str]] = (),
) -> list[tuple[str, str]]:
    """(recipient, honor) pairs when the sentence says someone won an honor.

    ``people``: (start, end, title end) of the people found; names written right before
    the cue (``某某、某某获评…``) are the recipients, else the organization before it.
    """
    for cue in lexicon.honor_cues:
        at = sentence.find(cue)
        if at < 0:
            continue
        after = sentence[at + len(cue) :]
        honor = _honor_phrase(after, lexicon)
        if honor is None:
            continue
        winners = _people_before(sentence, at, people)
        if winners:
            return [(name, honor) for name in winners]
        recipient = _recipient(sentence, at, tokens, orgs, lexicon, home)
        if recipient is None:
            continue
        return [(recipient, honor)]
    return []


def _people_before(sentence: str, at: int, people: Sequence[tuple[int, int, str]]) -> list[str]:
    """Names of the list that ends right before ``at`` (joined by 、/和/与)."""
    names: list[str] = []
    position = at
    for start, end, name in sorted(people, reverse=True):
        gap = sentence[end:position]
        joined = gap in ("", "、", "和", "与", "及") or (
            bool(names) and gap[:1] == "、" and len(gap) <= 20 and _NAME_TEXT.match(gap[1:]) is not None
        )  # 某某、儿科副主任医师某某获评…
        if end <= position and joined:
            if name not in names:
                names.insert(0, name)
            position = start
        elif end <= position:
            break
    return names


def _honor_phrase(after: str, lexicon: Lexicon) -> str | None:
    """The honor's name: a quoted name and the honor word after it (“…”达标单位),
    or a phrase up to its last honor word (先进集体, 一等奖)."""
    stop = _STOP.search(after)
    phrase = after[: stop.start()] if stop else after
    phrase = phrase.strip()
    if not phrase:
        return None
    lead = len(phrase) - len(phrase.lstrip("全国省市级"))
    quoted = _QUOTED.match(phrase, lead)
    if quoted:
        tail = phrase[quoted.end() : quoted.end() + 8]
        for size in range(len(tail), 0, -1):
            if any(tail[:size].endswith(word) for word in lexicon.honor_words):
                return phrase[: quoted.end() + size]
        return phrase[: quoted.end()]
    ends = [phrase.rfind(w) + len(w) for w in lexicon.honor_words if w in phrase]
    if ends:
        return phrase[: max(ends)][:60]
    return None


def _recipient(
    sentence: str, at: int, tokens: Tokens, orgs: list[OrgMention], lexicon: Lexicon, home: str | None
) -> str | None:
    before = [m for m in orgs if m.end <= at]
    if before:
        return before[-1].name
    for ref in ("我院", "本院", "医院"):
        if ref in sentence[:at] and home:
            return home
    org = org_before(sentence, at, tokens, lexicon, home)
    return org.name if org else None


def partnership_in(
    sentence: str, orgs: list[OrgMention], lexicon: Lexicon, home: str | None, both: tuple[str, ...] = (),
) -> tuple[tuple[str, ...], str] | None:
    """(parties, kind) when the sentence states a partnership between two or more parties.

    ``both``: the two parties the article has named (its guest and its hospital), for
    ``双方签订了…协议`` when the sentence names no party of its own."""
    kind = next((k for cue, k in lexicon.partnership_cues if cue in sentence), None)
    if kind is None:
        return None
    parties: list[tuple[int, str]] = []
    qualifying: list[tuple[int, str]] = []  # organizations that only qualify a person's title
    regex_titles = {start for start, _end, _t in title_matches(sentence, lexicon)}
    bodies = tuple(cue for cue, k in lexicon.partnership_cues if k == "alliance")
    for mention in orgs:
        top = mention.parent if mention.parent and mention.kind == "department" else mention.name
        if (lexicon.org_kind(top) or mention.kind) not in STRONG_KINDS or top.endswith(bodies):
            continue  # 区域胸痛救治联盟: the alliance is the partnership, not one of its parties
        if _COUNTED.search(sentence, max(0, mention.start - 6), mention.start):
            continue  # 全县十二家乡镇卫生院: a class of members, not one named party
        if quoted(sentence, mention):
            continue  # 授予“某大学教学医院”牌匾, 共建“某医院某分院”: a plaque or a project, no party
        if mention.end in regex_titles:
            qualifying.append((mention.start, top))
        else:
            parties.append((mention.start, top))
    if len({name for _at, name in parties}) < 2:
        parties += [(at, name) for at, name in qualifying if lexicon.org_kind(name) == "hospital"]
    if home:
        for ref in ("我院", "本院"):
            at = sentence.find(ref)
            if at >= 0:
                parties.append((at, home))
    names: list[str] = []
    for _at, name in sorted(parties):
        if name not in names:
            names.append(name)
    if len(names) < 2 and _BOTH in sentence and len(both) == 2 and set(names) <= set(both):
        names = list(both)
    if len(names) < 2:
        return None
    return tuple(names), kind


_BOTH = "双方"


def quoted(sentence: str, mention: OrgMention) -> bool:
    """The name is printed alone inside quotation marks (a plaque's or a project's name)."""
    return sentence[mention.start - 1 : mention.start] in "“「『" and sentence[mention.end : mention.end + 1] in "”」』" and (
        mention.start > 0 and mention.end < len(sentence)
    )


def appointments_in(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]] = (),
    listed: str | None = None,
) -> list[AppointmentHit]:
    """聘任/任命 NAME 为 TITLE; 免去 NAME 的 TITLE 职务; NAME 不再担任 TITLE 职务.

    ``people``: spans of names the people reader found; with them the name may come
    with its titles (聘请某医院主任申某某教授为名誉院长). ``listed``: the action of a notice's
    ``聘任以下同志职务：`` line before, whose items are ``NAME同志为TITLE；`` without a cue.
    """
    hits: list[AppointmentHit] = []
    titles = title_matches(sentence, lexicon)
    taken: list[tuple[int, int]] = []  # cue spans read (当选为 before 当选)
    deferred: list[tuple[int, str]] = []  # (where 其 stands, action)
    for cue, action, shape in sorted(lexicon.appointment_cues, key=lambda c: -len(c[0])):
        for match in re.finditer(re.escape(cue), sentence):
            if any(a <= match.start() and match.end() <= b for a, b in taken):
                continue
            taken.append(match.span())
            if shape == "after":
                ends = [m.end() for m in re.finditer(r"[，。；：:,;]", sentence[: match.start()])]
                clause_start = ends[-1] if ends else 0
                if clause_start == match.start() and len(ends) >= 1 and sentence[clause_start - 1] in "，,":
                    reason_start = ends[-2] if len(ends) >= 2 else 0  # 某某同志因年龄原因，不再担任…
                    reason = name_list(sentence, reason_start, tokens, lexicon, blocked)
                    if reason and _REASON.fullmatch(sentence, reason[-1][1], clause_start - 1) and (
                        sentence[reason[-1][1] : clause_start - 1]
                    ):
                        clause_start = reason_start
                names = name_list(sentence, clause_start, tokens, lexicon, blocked)
                if names and (
                    _REASON.fullmatch(sentence, names[-1][1], match.start())
                    or _REASON.fullmatch(sentence, names[-1][1], match.start() - 1)
                    and sentence[match.start() - 1] in "，,"
                ):
                    pass  # 某某同志因年龄原因不再担任…
                elif not names or names[-1][1] not in (match.start(), _before_etc(sentence, match.start())):
                    # 某医院护理部主任单某某当选…: the name the people reader found right before,
                    # with the people of its list (甲医院主任A、乙医院主任B(等6人)当选副主任委员)
                    names = _listed_before(sentence, _before_etc(sentence, match.start()), clause_start, people)
                    names = _comma_listed(sentence, names, clause_start, people, lexicon) + names
                if not names:
                    continue
                rest_at = match.end()
                if sentence.startswith("为", rest_at) and lexicon.title_pattern.match(sentence, rest_at + 1):
                    rest_at += 1  # 当选|为|主任委员
            else:
                if shape == "remove" and sentence.startswith(_THAT_PERSON, match.end()):
                    deferred.append((match.end(), action))  # 免去其…职务: read once every name is known
                    continue
                names = name_list(sentence, match.end(), tokens, lexicon, blocked)
                if not names and shape == "before":
                    names = _described_name(sentence, match.end(), titles, people)
                if not names and shape == "remove":
                    names = _name_glued_to_org(sentence, match.end(), titles, tokens, lexicon)
                if not names:
                    continue
                rest_at = names[-1][1]
                if sentence.startswith("同志", rest_at):  # 任命某某同志为…
                    rest_at += 2
                if shape == "before" and not sentence.startswith("为", rest_at):
                    after_title = next((e for s_, e, _t in titles if s_ == rest_at), None)
                    if after_title is not None and sentence.startswith("为", after_title):
                        rest_at = after_title  # 申某某教授为…
                if shape == "before":
                    if not sentence.startswith("为", rest_at):
                        continue
                    rest_at += 1
                elif sentence.startswith("的", rest_at):
                    rest_at += 1
            posts = _posts(sentence, rest_at, titles, tokens, lexicon, home)
            for name_start, name_end in names:
                for title, org in posts:
                    hits.append(
                        AppointmentHit(sentence[name_start:name_end], title, org, action, name_start, name_end)
                    )
            if shape == "before":
                more = _more_of_the_same(sentence, rest_at, posts, titles, tokens, lexicon, home, blocked, action)
                hits.extend(more)
                if not more:
                    for title, org in _also_posts(sentence, rest_at, posts, titles, tokens, lexicon, home):
                        hits.extend(AppointmentHit(sentence[a:b], title, org, action, a, b) for a, b in names)
    hits.extend(_elected_list(sentence, titles, people))
    hits.extend(_new_members(sentence, titles, tokens, lexicon, home, blocked))
    hits.extend(_named_as_list(sentence, titles, lexicon, people))
    hits.extend(_conferred(sentence, titles, tokens, lexicon, home, people))
    if listed is not None and not hits:
        hits.extend(_listed_item(sentence, tokens, lexicon, home, blocked, titles, listed))
    for at, action in deferred:
        before = [(h.start, h.end) for h in hits if h.end <= at] + [span for span in people if span[1] <= at]
        if not before:
            continue
        a, b = max(before)  # 聘任某某为…，免去其…职务: 其 is the person the clause just named
        rest_at = at + len(_THAT_PERSON)
        rest_at += 1 if sentence.startswith("的", rest_at) else 0
        for title, org in _posts(sentence, rest_at, titles, tokens, lexicon, home):
            hits.append(AppointmentHit(sentence[a:b], title, org, action, a, b))
    return hits


_THAT_PERSON = "其"
_CONFERS = re.compile(r"(?:还|也|分别)?(?:为|向)([^。；：]{2,80}?)(?:颁发|颁授|授予)")
_LETTER = ("聘书", "证书", "聘任证书")


def _conferred(
    sentence: str, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon, home: str | None,
    people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``某医学院还为甲、乙等12名专家颁发兼职教授聘书``: the people between 为 and 颁发 are appointed
    to the title on the letter, a post of the body that gives it (written before 为, else none)."""
    hits: list[AppointmentHit] = []
    for match in _CONFERS.finditer(sentence):
        at = match.end() + (1 if sentence.startswith("了", match.end()) else 0)
        own = next((r for r in SELF_REFERENCES if sentence.startswith(r, at)), "")  # 颁发了医院首席专家聘书
        title = next(((e, t) for s_, e, t in titles if s_ == at + len(own)), None)
        if title is None or not sentence.startswith(_LETTER, title[0]):
            continue
        giver = resolve_org(own, lexicon, home) if own else org_before(sentence, match.start(), tokens, lexicon, home)
        for a, b in sorted(set(people)):
            if match.start(1) <= a and b <= match.end(1) and (
                b == match.end(1) or sentence.startswith(_RECIPIENT_ENDS, b)
            ):  # not 季某某|院士团队核心成员、乙: a name describing the recipient
                hits.append(AppointmentHit(sentence[a:b], title[1], giver, "appoint", a, b))
    return hits


_RECIPIENT_ENDS = ("、", "，", ",", "等", "同志", "和", "及", "与")


_ELECTED = re.compile(r"(?:当选|当选为|连任|担任)")
_ELECTED_ARE = re.compile(r"(?:的|者)(?:有|是|为|分别是|分别为)[：:]")


def _elected_list(
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


def _new_members(
    sentence: str, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon, home: str | None,
    blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """``新一届党委委员为：甲、乙、丙``: the people listed after the post of a new sitting."""
    hits: list[AppointmentHit] = []
    for newly in _NEWLY.finditer(sentence):
        found = _title_then_list(sentence, newly.end(), titles, _MEMBERS_ARE)
        if found is None:
            continue
        posts = _posts(sentence, newly.end(), titles, tokens, lexicon, home)[:1]
        for a, b in name_list(sentence, found[1], tokens, lexicon, blocked):
            hits.extend(AppointmentHit(sentence[a:b], post, org, "appoint", a, b) for post, org in posts)
    return hits


_NAMED_AS = re.compile(r"(?:以下|下列|如下)(?:同志|人员|专家)(?:为|担任)")


def _named_as_list(
    sentence: str, titles: list[tuple[int, int, str]], lexicon: Lexicon, people: Sequence[tuple[int, int]]
) -> list[AppointmentHit]:
    """``聘任以下同志为医院首批学科带头人：科主任甲，科主任乙``: each person after the colon takes the
    post the notice names (no unit is written with it)."""
    hits: list[AppointmentHit] = []
    for cue, action, shape in lexicon.appointment_cues:
        if shape == "after":
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


def announced_list(sentence: str, lexicon: Lexicon) -> str | None:
    """``聘任以下同志职务：`` / ``免去下列同志职务``: the action of the notice's items that follow."""
    for cue, action, shape in lexicon.appointment_cues:
        if shape != "after" and re.search(re.escape(cue) + _ANNOUNCED.pattern, sentence):
            return action
    return None


def _listed_item(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    titles: list[tuple[int, int, str]], action: str,
) -> list[AppointmentHit]:
    """One item of an announced list: ``甲、乙同志为康复科副主任；`` (the cue is the list's)."""
    names = name_list(sentence, 0, tokens, lexicon, blocked)
    if not names:
        return []
    rest_at = names[-1][1] + (2 if sentence.startswith("同志", names[-1][1]) else 0)
    if not sentence.startswith("为", rest_at):
        return []
    posts = _posts(sentence, rest_at + 1, titles, tokens, lexicon, home)
    return [AppointmentHit(sentence[a:b], title, org, action, a, b) for a, b in names for title, org in posts]


_NOTE = re.compile(r"[（(][^（）()]{1,10}[）)]")  # （试用期一年）


_LIST_GAP = re.compile(r"^(?:、|和|与|及|以及)[^，。；：,;:]*$")  # 甲、乙和丙当选…


_ETC = re.compile(r"等(?:[\d一二两三四五六七八九十]+[人名位])?$")


def _before_etc(sentence: str, at: int) -> int:
    """Where 等(6人) written right before ``at`` starts (甲、乙等6人当选), else ``at``."""
    match = _ETC.search(sentence, max(0, at - 6), at)
    return match.start() if match else at


def _listed_before(
    sentence: str, end: int, clause_start: int, people: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The person whose name ends at ``end`` and those listed before it in the clause, each with
    its own titles: ``A医院主任甲、B医院主任乙`` (joined by 、, no other punctuation)."""
    spans = sorted({span for span in people if clause_start <= span[0] and span[1] <= end})
    last = [span for span in spans if span[1] == end]
    if not last:
        return []
    out = [last[-1]]
    for span in reversed([s_ for s_ in spans if s_[1] <= out[0][0]]):
        if not _LIST_GAP.match(sentence[span[1] : out[0][0]]):
            break
        out.insert(0, span)
    return out


def _comma_listed(
    sentence: str, names: list[tuple[int, int]], clause_start: int, people: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> list[tuple[int, int]]:
    """``A医院副院长甲，B中心主任乙，C医院副主任丙当选副主任委员``: the clauses before, each nothing
    but a described person (organization and title, then the name), are items of the same list."""
    out: list[tuple[int, int]] = []
    end = clause_start
    while names and end >= 2 and sentence[end - 1] in "，,":
        span = next((sp for sp in set(people) if sp[1] == end - 1), None)
        if span is None:
            break
        stops = [m.end() for m in re.finditer(r"[，。；：:,;]", sentence[: span[0]])]
        start = stops[-1] if stops else 0
        described = sentence[start : span[0]]
        if lexicon.title_ending(described) is None or any(
            len(cue) >= 2 and cue in described for cue, _a, _s in lexicon.appointment_cues
        ):
            break
        out.insert(0, span)
        end = start
    return out


_ALSO = re.compile(r"[，,](?:并|同时)?(?:兼任|兼|提名为|推荐为|聘为|任命为|聘任为)")


def _also_posts(
    sentence: str, at: int, posts: list[tuple[str, OrgMention | None]], titles: list[tuple[int, int, str]],
    tokens: Tokens, lexicon: Lexicon, home: str | None,
) -> list[tuple[str, OrgMention | None]]:
    """任命某某为党委书记，提名为院长人选 / 聘任某某为医务部副主任，兼任质控办主任: the same
    person's further posts, in the clause that follows."""
    ends = [e for s_, e, _t in titles if s_ >= at][: len(posts)]
    if not posts or not ends:
        return []
    position = ends[-1]
    note = _NOTE.match(sentence, position)
    position = note.end() if note else position
    also = _ALSO.match(sentence, position)
    if also is None:
        return []
    return _posts(sentence, also.end(), titles, tokens, lexicon, home)


def _more_of_the_same(
    sentence: str, at: int, posts: list[tuple[str, OrgMention | None]], titles: list[tuple[int, int, str]],
    tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]], action: str,
) -> list[AppointmentHit]:
    """聘任甲为急诊科主任，乙为急诊科副主任: the cue reaches the next ``NAME为TITLE`` clauses."""
    hits: list[AppointmentHit] = []
    while posts:
        ends = [e for s_, e, _t in titles if s_ >= at][: len(posts)]
        if not ends:
            break
        position = ends[-1]
        note = _NOTE.match(sentence, position)
        position = note.end() if note else position
        if sentence[position : position + 1] not in ("，", "、"):
            break
        span = name_at(sentence, position + 1, tokens, lexicon, blocked, strict=True)
        names = name_list(sentence, position + 1, tokens, lexicon, blocked) if span is not None else []
        if not names or names[0] != span or not sentence.startswith("为", names[-1][1]):
            break  # 选举甲为党委书记，乙、丙为党委副书记: every name of the list before 为
        at = names[-1][1] + 1
        posts = _posts(sentence, at, titles, tokens, lexicon, home)
        hits.extend(
            AppointmentHit(sentence[a:b], title, org, action, a, b) for a, b in names for title, org in posts
        )
    return hits


def _name_glued_to_org(
    sentence: str, start: int, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon
) -> list[tuple[int, int]]:
    """免去周强青川市人民医院副院长职务: the name ends where a token starts an organization reaching the title."""
    title_at = next((s_ for s_, _e, _t in titles if s_ > start), None)
    if title_at is None:
        return []
    boundaries = {s_ for _w, s_, _e in tokens}
    for size in (2, 3, 4):
        end = start + size
        name = sentence[start:end]
        surname = surname_length(name, lexicon)
        if end >= title_at or end not in boundaries or not surname or len(name) - surname not in (1, 2):
            continue
        if not valid_name(name, lexicon):
            continue
        org = resolve_org(sentence[end:title_at], lexicon, None)
        if org is not None and (org.kind in STRONG_KINDS or title_at - end >= 2 and org.kind == "department"):
            return [(start, end)]
    return []


def _described_name(
    sentence: str, start: int, titles: list[tuple[int, int, str]], people: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The one name written with its titles between the cue and 为 (the clause only)."""
    stop = re.compile(r"[，。；：,;]").search(sentence, start)
    limit = stop.start() if stop else len(sentence)
    at = sentence.find("为", start, limit)
    while at >= 0:
        inside = [span for span in people if start <= span[0] and span[1] <= at]
        if inside:
            last = max(inside)
            between = sentence[last[1] : at]
            if between == "" or any(s_ == last[1] and e == at for s_, e, _t in titles):
                return _listed_before(sentence, last[1], start, people) or [last]  # 甲医院主任A、B科主任B为…
        at = sentence.find("为", at + 1, limit)
    return []


def _posts(
    sentence: str, at: int, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon,
    home: str | None,
) -> list[tuple[str, OrgMention | None]]:
    """The titles (each with its organization) written from ``at`` on: ``肿瘤医院（筹）院长``."""
    posts: list[tuple[str, OrgMention | None]] = []
    position = at
    org: OrgMention | None = None
    for start, end, title in titles:
        if start < position:
            continue
        gap = sentence[position:start]
        gap = gap[1:] if gap[:1] in _POST_JOINERS and posts else gap
        if gap and not _NAME_TEXT.match(gap):
            break  # punctuation between: the next title belongs to someone else
        if gap:
            written = resolve_org(gap, lexicon, home)
            if written is None and SITTING.match(gap):
                written = OrgMention(0, len(gap), gap, gap, "association")  # facts maps it to the society
            if written is None and (posts or len(gap) > _UNNAMED_BODY):
                break
            if written is not None:
                org = OrgMention(position, start, gap, written.name, written.kind, written.parent)
            else:
                org = OrgMention(position, start, gap, gap, "other")  # 当选联盟理事长: a body named in passing
        posts.append((title, org))
        position = end
    if posts and home and all(o is None for _t, o in posts):
        home_org = resolve_org("我院", lexicon, home)
        posts = [(t, None if lexicon.title_category(t) in _NOT_HOME else home_org) for t, _ in posts]
    return posts
