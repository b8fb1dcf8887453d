"""Appointments stated by one sentence: ``聘任/任命 NAME 为 TITLE``, ``免去 NAME 的 TITLE 职务``,
``NAME 不再担任 TITLE 职务``, ``NAME 当选 TITLE``, with the lists of appointment_lists.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_described import described_list, described_one, described_removed, etc_end
from .appointment_lists import (
    conferred,
    elected_among,
    elected_list,
    listed_item,
    named_as_list,
    new_members,
    recipients_before,
    units_each,
)
from .appointment_posts import HELD, AppointmentHit, held_note, posts_from
from .book_roles import book_roles_held
from .founded_committees import formed_by, founded_committee_posts
from .lexicon_loader import Lexicon
from .names import name_at, name_list, names_ending_at, past_employer, surname_length, valid_name
from .organ_deputies import organ_deputies
from .orgs import (
    STRONG_KINDS,
    OrgMention,
    Tokens,
    resolve_org,
)
from .posts_before_de import holders_before_de
from .posts_held_by import posts_held_by
from .team_roles import team_heads
from .title_spans import title_matches
from .unit_listed import institution_listed, unit_listed

_ADDRESSES = ("同志", "先生", "女士")  # a form of address between the name and 为 (a board's 聘任某某先生为…)
_ADDRESSED_EACH = re.compile(r"(?:同志|先生|女士)?(?:分别)?")  # 聘任A科主任甲同志(分别)为…
_REASON = re.compile(  # 因年龄原因; a board member's 任期届满 (the term ends)
    r"(?:同志|先生|女士)?(?:因[\u4e00-\u9fff]{1,8}?(?:原因|需要|调整|调动|变动|退休|到龄)|任期(?:已)?届满)?"
)


def appointments_in(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]] = (),
    listed: str | None = None,
    decision: bool = False,
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
    subjectless: list[tuple[int, int, str]] = []  # (cue end, clause start, action)
    for cue, action, shape in sorted(lexicon.appointment_cues, key=lambda c: -len(c[0])):
        if cue not in sentence:
            continue  # (most cues: no pattern to build)
        for match in re.finditer(re.escape(cue), sentence):
            if any(a <= match.start() and match.end() <= b for a, b in taken):
                continue
            each = False
            if shape == "before" and len(cue) == 1 and not sentence.startswith(_PRONOUNS, match.end()):
                continue  # 聘 alone is a cue only before the person just named (聘其为名誉主任), not in 招聘
            if formed_by(sentence, match.start()):
                continue  # 成立由甲任组长、乙任副组长的领导小组: roles of a body the statement forms
            if cue in _SECONDMENTS and any(word in _PLANNED for word, _s, end in tokens if end <= match.start()):
                continue  # 根据协议，将派出甲挂职某院副院长: a planned secondment, not one made
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
                if (
                    sentence.startswith(_BY, clause_start) and clause_start + len(_BY) < match.start()
                    and _DECIDED.search(sentence, 0, clause_start)
                ):
                    clause_start += len(_BY)  # 研究决定，由甲兼任中心主任: 由 opens the decided clause, the name follows
                names = name_list(sentence, clause_start, tokens, lexicon, blocked)
                if names and (
                    _REASON.fullmatch(sentence, names[-1][1], match.start())
                    or _REASON.fullmatch(sentence, names[-1][1], match.start() - 1)
                    and sentence[match.start() - 1] in "，,"
                ):
                    pass  # 某某同志因年龄原因不再担任…
                elif names and sentence.startswith(_EACH, names[-1][1]) and names[-1][1] + len(_EACH) == match.start():
                    each = True  # 甲、乙分别任中心副主任、协调员
                elif not names or past_employer(sentence, names[-1][1], lexicon) not in (
                    match.start(), _before_etc(sentence, match.start())
                ):
                    # 某医院护理部主任单某某当选…: the name the people reader found right before,
                    # with the people of its list (甲医院主任A、乙医院主任B(等6人)当选副主任委员)
                    names = _listed_before(sentence, _before_etc(sentence, match.start()), clause_start, people)
                    names = names or _placed_subject(sentence, match.start(), clause_start, people)
                    names = _comma_listed(sentence, names, clause_start, people, lexicon) + names
                    if not names and sentence.startswith(_EACH, match.start() - len(_EACH)):
                        names = _listed_before(sentence, match.start() - len(_EACH), clause_start, people)
                        each = len(names) > 1  # 科主治医师甲和科主治医师乙分别挂职A、B: in order
                if not names:
                    names = _announced_name(sentence, clause_start, match.start(), lexicon, blocked)  # 会议宣布甲任…
                if not names:
                    names = _described_subject(sentence, clause_start, match.start(), lexicon, blocked)  # 专家甲博士受聘为
                if not names:
                    names = unit_listed(sentence, clause_start, match.start(), lexicon, blocked)  # 某科甲、乙当选
                if not names:  # A医院甲、我院乙等15人当选: each name after its own institution
                    names = institution_listed(sentence, clause_start, _before_etc(sentence, match.start()), lexicon, blocked)
                if not names and action == "remove":
                    names = _person_of_reason(sentence, clause_start, match.start(), people)  # 原副院长甲因年龄原因不再担任…
                if not names and action == "remove" and clause_start == match.start() and clause_start > 0:
                    previous = ends[-2] if len(ends) >= 2 else 0  # 独立董事甲任期届满，不再担任…: the clause before
                    names = _person_of_reason(sentence, previous, clause_start - 1, people)
                if not names and (
                    clause_start == match.start() or _GOES_ON.fullmatch(sentence, clause_start, match.start())
                ) and clause_start > 0 and sentence[clause_start - 1 : clause_start] in "，,":
                    subjectless.append((match.end(), clause_start, action))  # 甲不再担任院长职务，改任调研员
                    continue  # read once every cue is (甲任副总院长，不再担任…: 不再担任 is read first)
                if not names:
                    continue
                rest_at = match.end()
                if sentence.startswith("为", rest_at) and lexicon.title_pattern.match(sentence, rest_at + 1):
                    rest_at += 1  # 当选|为|主任委员
            else:
                if shape == "remove" and sentence.startswith(_THAT_PERSON, match.end()):
                    deferred.append((match.end(), action))  # 免去其…职务: read once every name is known
                    continue
                if shape == "remove" and sentence[match.start() - 1 : match.start()] == _PASSIVE:
                    names = passive_subject(sentence, match.start(), tokens, lexicon, blocked)
                    if names:
                        posts = posts_from(sentence, match.end(), titles, tokens, lexicon, home)
                        hits.extend(AppointmentHit(sentence[a:b], t, o, action, a, b) for a, b in names for t, o in posts)
                    continue  # 某某受到处分，被免去某镇卫生院院长职务: no name follows 被免去
                names = name_list(sentence, match.end(), tokens, lexicon, blocked)
                pronoun = shape == "before" and sentence.startswith(_PRONOUNS, match.end())
                if not names and pronoun and sentence.startswith("为", match.end() + 1):
                    names = recipients_before(sentence, match.start(), tokens, lexicon, people)  # 为甲颁发聘书，聘请其为…
                    if names:
                        rest_at = match.end() + 1
                    else:  # 会长甲不再担任会长，大会聘请他为名誉会长: read once every name is known
                        deferred.append((match.end(), action))
                        continue
                if not names and shape == "before":
                    names = _described_name(sentence, match.end(), titles, people) or described_list(
                        sentence, match.end(), people
                    )  # 聘请A医院主任甲，B医院副主任乙等20名骨干为…
                if not names and shape == "before":
                    names = described_one(sentence, match.end(), lexicon.person_descriptors, lambda at: name_at(
                        sentence, at, tokens, lexicon, blocked, strict=True))  # 聘请台湾眼科专家甲为…
                if not names and shape == "remove":  # 免去年满六十周岁的A科主任甲的主任职务: a description first
                    names = _name_glued_to_org(sentence, match.end(), titles, tokens, lexicon) or described_removed(
                        sentence, match.end(), titles, people)
                if not names:
                    continue
                rest_at = rest_at if pronoun and names[-1][1] <= match.start() else names[-1][1]
                if sentence.startswith(_ADDRESSES, rest_at):  # 任命某某同志为…; 聘任某某先生为公司副总经理
                    rest_at += 2
                if shape == "before" and not sentence.startswith("为", rest_at):
                    rest_at = etc_end(sentence, rest_at)  # 甲、乙等20名骨干|为…
                if shape == "before" and not sentence.startswith("为", rest_at):
                    after_title = next((e for s_, e, _t in titles if s_ == rest_at), None)
                    if after_title is not None and sentence.startswith("为", after_title):
                        rest_at = after_title  # 申某某教授为…
                if shape == "before" and sentence.startswith(_EACH + "为", rest_at) and len(names) > 1:
                    rest_at, each = rest_at + len(_EACH), True  # 任命甲、乙同志分别为A、B
                if shape == "before":
                    if not sentence.startswith("为", rest_at):
                        continue
                    rest_at += 1
                elif sentence.startswith("的", rest_at):
                    rest_at += 1
            posts = posts_from(sentence, rest_at, titles, tokens, lexicon, home, frozenset(a for a, _b in people))
            if action == HELD and not any(start == rest_at for start, _end, _title in titles):
                continue  # 入选学科带头人: the post written right after; 入选某省领军人才计划 is an honour (§1)
            if each:
                if len(posts) != len(names):
                    posts = units_each(sentence, rest_at, titles, lexicon, home, len(names)) or posts  # A、B科主任
                if len(posts) == len(names):  # one post each, in the order written
                    hits.extend(AppointmentHit(sentence[a:b], title, org, action, a, b)
                                for (a, b), (title, org) in zip(names, posts, strict=True))
                elif len(posts) == 1:  # 甲、乙分别当选为副主任委员: the one post, each of them (GOLD_SPEC §10)
                    hits.extend(AppointmentHit(sentence[a:b], posts[0][0], posts[0][1], action, a, b) for a, b in names)
                continue
            for name_start, name_end in names:
                for title, org in posts:
                    hits.append(
                        AppointmentHit(sentence[name_start:name_end], title, org, action, name_start, name_end)
                    )
            if shape == "before":
                more = _more_of_the_same(sentence, rest_at, posts, titles, tokens, lexicon, home, blocked, action, people)
                hits.extend(more)
                if not more:
                    for title, org in _also_posts(sentence, rest_at, posts, titles, tokens, lexicon, home):
                        hits.extend(AppointmentHit(sentence[a:b], title, org, action, a, b) for a, b in names)
    hits.extend(elected_list(sentence, titles, people) + elected_among(sentence, titles, people))  # …21名常务委员中，有4名…：甲
    hits.extend(new_members(sentence, titles, tokens, lexicon, home, blocked))
    hits.extend(named_as_list(sentence, titles, lexicon, people))
    hits.extend(conferred(sentence, titles, tokens, lexicon, home, people))
    if listed is not None and not hits:
        hits.extend(listed_item(sentence, tokens, lexicon, home, blocked, titles, listed))
    for at, action in deferred:
        before = [(h.start, h.end) for h in hits if h.end <= at] + [span for span in people if span[1] <= at]
        if not before:
            continue
        a, b = max(before)  # 聘任某某为…，免去其…职务: 其 is the person the clause just named
        rest_at = at + len(_THAT_PERSON)
        rest_at += 1 if sentence.startswith(("的", "为"), rest_at) else 0
        for title, org in posts_from(sentence, rest_at, titles, tokens, lexicon, home):
            hits.append(AppointmentHit(sentence[a:b], title, org, action, a, b))
    for rest_at, clause_start, action in subjectless:
        if sentence.startswith("为", rest_at) and lexicon.title_pattern.match(sentence, rest_at + 1):
            rest_at += 1
        for a, b in _same_subject(hits, clause_start):
            hits.extend(AppointmentHit(sentence[a:b], title, org, action, a, b)
                        for title, org in posts_from(sentence, rest_at, titles, tokens, lexicon, home))
    hits.extend(held_note(sentence, hits, titles, tokens, lexicon, home))  # 甲为A主任（原B副主任）
    hits.extend(team_heads(sentence, tokens, lexicon, blocked, people, hits))  # 由甲兼任队长; 组长：院长甲
    hits.extend(holders_before_de(sentence, titles, tokens, lexicon, home, blocked))  # 现任A科主任的甲
    hits.extend(h for h in posts_held_by(sentence, tokens, lexicon, home, blocked, titles, decision)
                if all((h.person, h.title) != (f.person, f.title) for f in hits))  # 某院院长由副校长甲兼任
    hits = founded_committee_posts(sentence, hits, lexicon, home)  # 成立某某委员会，甲任委员会主任 (founded_committees.py)
    hits = organ_deputies(hits, lexicon)  # 甲当选女职工委员会主任，乙当选副主任
    return book_roles_held(sentence, hits)  # 《某书》…由甲任主编: a position held (GOLD_SPEC §4.6)


_ANNOUNCES = re.compile(r"(?:宣布|宣读|决定|同意|接受)[：:]?$")  # 接受甲辞去…职务的请求: the resignation accepted


def _announced_name(
    sentence: str, clause_start: int, at: int, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``会议宣布甲任…``, ``决定乙任…``: the name right before the cue, after a verb that announces."""
    for start, name, _surname in names_ending_at(sentence, at, lexicon, blocked):
        if start >= clause_start and valid_name(name, lexicon) and _ANNOUNCES.search(sentence, clause_start, start):
            return [(start, at)]
    return []


def _described_subject(
    sentence: str, clause_start: int, at: int, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``康复专家甲(博士)受聘为…``: the name right before the cue (or before a degree before it),
    after a word that describes a person (person_descriptors.txt), not a title."""
    degree = max((d for d in lexicon.degree_titles if sentence.startswith(d, at - len(d))), key=len, default="")
    end = at - len(degree)
    for start, name, _surname in names_ending_at(sentence, end, lexicon, blocked):
        if start > clause_start and valid_name(name, lexicon) and any(
            sentence.startswith(word, start - len(word)) for word in lexicon.person_descriptors
        ):
            return [(start, end)]
    return []


def _person_of_reason(
    sentence: str, clause_start: int, at: int, people: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``上届主任委员、原副院长甲因年龄原因不再担任…``: the described person whose name a reason
    (因…原因) alone parts from the cue."""
    spans = [span for span in sorted(set(people)) if clause_start <= span[0] and span[1] < at]
    return spans[-1:] if spans and _REASON.fullmatch(sentence, spans[-1][1], at) else []


def _same_subject(hits: list[AppointmentHit], at: int) -> list[tuple[int, int]]:
    """The person of the clause just before ``at`` when a cue opens the next clause with no name
    of its own: the last hit read in the sentence before it."""
    before = max(((h.start, h.end) for h in hits if h.end <= at), key=lambda span: span[1], default=None)
    return [before] if before is not None else []


_THAT_PERSON = "其"
_PRONOUNS = ("其", "他", "她")  # 聘请其为…: the person just named
_EACH = "分别"
_PASSIVE = "被"  # 被免去: the person is the sentence's subject, before the cue
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_BY = "由"
_SECONDMENTS = ("挂职", "挂任")
_PLANNED = ("将", "拟", "计划", "将要")
_DECIDED = re.compile(r"(?:决定|宣布|(?:成立|组建|设立)[^，,。；;：:由以]{2,30})[，,]?$")  # 研究决定，由甲…; 宣布，由甲兼任…; 成立某委员会，由甲任主任: the body just formed
_NOTE = re.compile(r"[（(][^（）()]{1,10}[）)]")  # （试用期一年）
_LIST_GAP = re.compile(r"^(?:、|和|与|及|以及)[^，。；：,;:]*$")  # 甲、乙和丙当选…
_ETC = re.compile(r"等(?:[\d一二两三四五六七八九十]+[人名位])?$")
_ETC_COUNTED = re.compile(r"等[\d一二两三四五六七八九十百]+[人名位][\u4e00-\u9fff]{1,8}$")  # 甲、乙等24名临床专家|被聘为


_PLACED = re.compile(r"在[^，。；：,;:在]{1,30}?[上中]")  # 甲在省学会第六届理事会上|当选理事


_GOES_ON = re.compile(r"(?:并|同时|并同时|还)")  # 甲当选理事，并|被聘为…秘书: the same subject goes on


def _placed_subject(
    sentence: str, cue: int, clause_start: int, people: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``某科主任甲在某学会理事会上当选理事``: the person whose name is followed by where the
    election took place (在…上, 在…中) right before the cue is its subject."""
    for span in people:
        if clause_start <= span[0] and _PLACED.fullmatch(sentence, span[1], cue):
            return [span]
    return []


def _before_etc(sentence: str, at: int) -> int:
    """Where 等(6人) written right before ``at`` starts (甲、乙等6人当选), else ``at``."""
    match = _ETC.search(sentence, max(0, at - 6), at) or _ETC_COUNTED.search(sentence, max(0, at - 20), at)
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
        joined = sorted(sp for sp in set(people) if start <= sp[0] and sp[1] < span[0] and sentence[sp[1] : sp[1] + 1] == "、")
        out[0:0] = [*joined, span]  # A医院骨科主任甲、B医院某科主任乙，…当选: the people 、 joins in the clause
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
    return posts_from(sentence, also.end(), titles, tokens, lexicon, home)


def _described_before_wei(
    sentence: str, start: int, people: Sequence[tuple[int, int]], lexicon: Lexicon,
) -> list[tuple[int, int]]:
    """``，某医院党委书记乙、院长丙为副理事长``: a clause of described people (each after its titles,
    joined by 、/和) right before 为."""
    stop = re.compile(r"[，,。；;：:]").search(sentence, start)
    limit = stop.start() if stop else len(sentence)
    wei = sentence.find("为", start, limit)
    if wei < 0:
        return []
    names = _listed_before(sentence, wei, start, people)
    if not names or lexicon.title_ending(sentence[start : names[0][0]]) is None:
        return []
    return names


def _more_of_the_same(
    sentence: str, at: int, posts: list[tuple[str, OrgMention | None]], titles: list[tuple[int, int, str]],
    tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]], action: str,
    people: Sequence[tuple[int, int]] = (),
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
            names = _described_before_wei(sentence, position + 1, people, lexicon)
        if not names:
            break  # 选举甲为党委书记，乙、丙为党委副书记: every name of the list before 为
        at = names[-1][1] + 1
        posts = posts_from(sentence, at, titles, tokens, lexicon, home)
        hits.extend(
            AppointmentHit(sentence[a:b], title, org, action, a, b) for a, b in names for title, org in posts
        )
    return hits


def passive_subject(
    sentence: str, cue_start: int, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """某某受到党内警告处分，被免去…职务: the name opening the sentence or one of its clauses before
    the cue (a date may open the sentence first)."""
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, cue_start)]
    for at in starts:
        names = name_list(sentence, at, tokens, lexicon, blocked)
        if names:
            return names
    return []


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
            if org.kind == "department" and _unit_after_one(sentence, start, end, title_at, boundaries, lexicon):
                end += 1  # 免去石立人|医务部副主任职务: 人 alone is no start of the unit, the name's last character
            return [(start, end)]
    return []


def _unit_after_one(
    sentence: str, start: int, end: int, title_at: int, boundaries: set[int], lexicon: Lexicon
) -> bool:
    """The character at ``end`` is a token of its own, the name is three characters with it and
    a department of two or more characters follows it."""
    if end + 1 not in boundaries or title_at - end - 1 < 2 or end - start != 2:
        return False
    longer = sentence[start : end + 1]
    if surname_length(longer, lexicon) != 1 or not valid_name(longer, lexicon):
        return False
    unit = resolve_org(sentence[end + 1 : title_at], lexicon, None)
    return unit is not None and unit.kind == "department"


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
            if _ADDRESSED_EACH.fullmatch(between) or any(s_ == last[1] and e == at for s_, e, _t in titles):
                return _listed_before(sentence, last[1], start, people) or [last]  # 甲医院主任A、B科主任B为…
        at = sentence.find("为", at + 1, limit)
    return []
