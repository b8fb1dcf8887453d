"""Posts written after a name rather than before it:

    翟某某（某市第一人民医院院长）、蒙某某（某省肿瘤医院副院长）为常务理事   (in parentheses)
    青年委员会主任委员伏某某，某省儿童医院副院长，在发言中表示…              (a clause of its own)

Parentheses right after a name hold its posts when everything inside is posts (not 化名, not
a date). A clause of its own after a name is one only when it is wholly a post with its
organization written (``某医院副院长``): a bare title after a comma may begin another
phrase. Each is a position held (action ``held``), no decision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .events import AppointmentHit
from .lexicon_loader import Lexicon
from .listed_posts import listed_posts
from .minority_names import minority_name_before
from .names import names_ending_at, surname_length, valid_name
from .notices import HELD, posts_between
from .orgs import OrgMention, Tokens, org_before, resolve_org
from .profiles import posts_in

_BRACKETED = re.compile(r"[（(]([^（）()]{2,40})[）)]")
_CLAUSE = re.compile(r"[，,]([^，,。；;：:！？“”]{3,30})[，,]")
_LIST_AFTER = re.compile(r"(?:分别)?(?:为|是|有)[：:]|分别为")  # 医疗组长分别为甲、乙和丙
_ACTING_AS = re.compile(r"作为")
_ENGAGED = re.compile(r"(分别)?(?:受聘为|受聘担任)|(分别)(?:担任|出任)")  # 甲、乙分别担任A科、B科主任
_SENT_TO = re.compile(r"被?(?:选派|派驻|下派|委派|选调|派)到([\u4e00-\u9fff]{2,12}?)(?:担任|挂任|任)")
_NOW = r"(?:同时|现在|目前|如今|现|也|还)?"  # an adverb between the subject and its link: 甲同时是…, 乙现在是…
_COPULA = re.compile(rf"(?:^|(?<=[，,；;：:]))([\u4e00-\u9fff]{{2,4}})(?:同志)?{_NOW}(?:为|系|是)(?=[^，,。；;]{{2,40}}(?:[，,。；;]|$))")
_IS_AFTER_NAME = re.compile(rf"[，,]?{_NOW}(?:是|系)")  # 支部书记甲是心内科主任、主任医师；宣传委员乙，是…
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:村|社区)$")


def clause_titles(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]] = (),
) -> list[AppointmentHit]:
    """Posts in parentheses after a name, and a post clause after a name closed by a comma."""
    hits: list[AppointmentHit] = []
    for match in _BRACKETED.finditer(sentence):
        span = _name_before(sentence, match.start(), lexicon, blocked, people)
        if span is None:
            continue
        posts = posts_between(sentence, match.start(1), match.end(1), tokens, lexicon, home)
        for title, org in posts or []:
            hits.append(AppointmentHit(sentence[span[0] : span[1]], title, org, HELD, span[0], span[1]))
    position = 0
    while (clause := _CLAUSE.search(sentence, position)) is not None:
        position = clause.end() - 1
        match = clause
        span = next((s for s in people if s[1] == match.start()), None) or _name_before(
            sentence, match.start(), lexicon, blocked, people
        )  # 邀请到两位主讲人：某某，某大学副校长、医学部主任，: a name alone after a colon or a cue
        if span is None or span[0] == 0:
            continue  # 某某，某医院副主任、主任医师，…: a profile (profiles.py reads it whole)
        posts = posts_between(sentence, match.start(1), match.end(1), tokens, lexicon, home)
        if not posts or any(org is None or org.start != match.start(1) for org in [posts[0][1]]):
            continue  # 某某，副院长，…: a bare title may begin another phrase
        for title, org in _units_of_first(posts, home):
            hits.append(AppointmentHit(sentence[span[0] : span[1]], title, org, HELD, span[0], span[1]))
    hits.extend(_titled_list(sentence, tokens, lexicon, blocked))
    hits.extend(listed_posts(sentence, tokens, lexicon, home, blocked))
    hits.extend(_acting_as(sentence, lexicon, people))
    hits.extend(_engaged(sentence, tokens, lexicon, home, people))
    hits.extend(_sent_to(sentence, tokens, lexicon, home, people))
    hits.extend(_copula(sentence, tokens, lexicon, home, blocked))
    hits.extend(_is_after_name(sentence, tokens, lexicon, home, people))
    hits.extend(_held_by(sentence, tokens, lexicon, home, people))
    return hits


_HELD_BY = re.compile(r"(?:兼任|担任|出任)(?=[，,。；;]|$)")
_PLANNED = re.compile(r"(?:将|拟|计划|准备)(?:成立|组建|设立|筹建)?(?=[\u4e00-\u9fff]{0,12}由)|(?:将|拟|计划)(?:成立|组建|设立|筹建)")


def _held_by(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``中心主任由副院长甲兼任``, ``主任委员由院长乙担任``: the post written before 由 is held by the
    person named after it (a post still to be filled, 将/拟…由, is none)."""
    hits: list[AppointmentHit] = []
    roles = [m.span() for m in lexicon.role_pattern.finditer(sentence)] if lexicon.role_words else []
    for match in lexicon.title_pattern.finditer(sentence):
        if not sentence.startswith("由", match.end()) or _PLANNED.search(sentence, 0, match.start()):
            continue
        if any(a <= match.start() and match.end() <= b for a, b in roles):
            continue  # 首席仲裁员由甲担任: a role of one case (role_words.txt), no post
        stop = re.compile(r"[，,。；;]").search(sentence, match.end())
        limit = stop.start() if stop else len(sentence)
        span = next((s for s in sorted(set(people)) if match.end() < s[0] and s[1] < limit and _HELD_BY.match(sentence, s[1])), None)
        if span is None:
            continue
        org = org_before(sentence, match.start(), tokens, lexicon, home)
        hits.append(AppointmentHit(sentence[span[0] : span[1]], match.group(0), org, HELD, span[0], span[1]))
    return hits


def _is_after_name(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``支部书记甲是心内科主任、主任医师，…``, ``宣传委员乙，是内分泌科主治医师，…``: 是 as a linking
    verb after a name the people reader found, the rest of the clause nothing but posts."""
    hits: list[AppointmentHit] = []
    for start, end in sorted(set(people)):
        link = _IS_AFTER_NAME.match(sentence, end)
        if link is None and sentence.startswith(_WEI, end) and not _cue_in_clause(sentence, start, lexicon):
            link = _WEI_LINK.match(sentence, end)  # 其中，独立董事甲为某大学药学院教授
        if link is None:
            continue
        stop = re.compile(r"[，,。；;]").search(sentence, link.end())
        posts = posts_between(sentence, link.end(), stop.start() if stop else len(sentence), tokens, lexicon, home)
        hits.extend(AppointmentHit(sentence[start:end], title, org, HELD, start, end) for title, org in posts or [])
    return hits


_WEI = "为"
_WEI_LINK = re.compile(_WEI)


def _cue_in_clause(sentence: str, start: int, lexicon: Lexicon) -> bool:
    """任命主任医师甲为科主任: an appointment cue earlier in the clause makes 为 its, not a link."""
    ends = [m.end() for m in _PUNCTUATION.finditer(sentence, 0, start)]
    clause = sentence[ends[-1] if ends else 0 : start]
    return any(cue in clause for cue, _action, _shape in lexicon.appointment_cues) or "为" in clause


def _units_of_first(
    posts: list[tuple[str, OrgMention | None]], home: str | None,
) -> list[tuple[str, OrgMention | None]]:
    """某大学副校长、医学部主任: a unit written bare after an institution in the same clause is that
    institution's (霁岭大学医学部), not the issue's hospital's."""
    first = posts[0][1]
    if first is None or first.kind == "department" or first.name == home:
        return posts
    out: list[tuple[str, OrgMention | None]] = []
    for title, org in posts:
        if org is not None and org.kind == "department" and org.parent in (None, home) and org.text == org.name:
            org = OrgMention(org.start, org.end, org.text, first.name + org.name, "department", first.name)
        out.append((title, org))
    return out


def _copula(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """``其中，甲为护理部副主任、副主任护师，…``: a clause that is a name, 为 and nothing but posts."""
    hits: list[AppointmentHit] = []
    for match in _COPULA.finditer(sentence):
        name = match.group(1)
        surname = surname_length(name, lexicon)
        han = bool(surname) and len(name) - surname in (1, 2) and valid_name(name, lexicon)
        if not han and minority_name_before(sentence, match.end(1), lexicon) != match.start(1):
            continue  # (岩某某是…主任: a Dai name of known parts, no surname)
        if any(a < match.end(1) and match.start(1) < b for a, b in blocked):
            continue
        stop = re.compile(r"[，,。；;]").search(sentence, match.end())
        posts = posts_between(sentence, match.end(), stop.start() if stop else len(sentence), tokens, lexicon, home)
        for title, org in posts or []:
            hits.append(AppointmentHit(name, title, org, HELD, match.start(1), match.end(1)))
    return hits


def _sent_to(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``某科副科长甲被选派到某镇某村担任驻村第一书记``: the post at the place the person was
    sent to; a village's post (驻村第一书记) is the village's (the last 村 or 社区 of the place)."""
    hits: list[AppointmentHit] = []
    for match in _SENT_TO.finditer(sentence):
        span = next((s for s in people if s[1] == match.start()), None)
        if span is None:
            continue
        stop = re.compile(r"[，,。；;（(]").search(sentence, match.end())
        posts = posts_between(sentence, match.end(), stop.start() if stop else len(sentence), tokens, lexicon, home) or []
        place = match.group(1)
        village = next((place[i:] for i in range(len(place) - 2, -1, -1) if _VILLAGE.fullmatch(place[i:]) and (
            i == 0 or place[i - 1] in "镇乡县区市")), None)
        for title, org in posts:
            if org is None and village is not None:
                org = OrgMention(match.start(1), match.end(1), place, village, "other")
            elif org is None:
                continue  # 派到某医院任…: the place is read as an organization or not at all
            hits.append(AppointmentHit(sentence[span[0] : span[1]], title, org, "appoint", span[0], span[1]))
    return hits


def _engaged(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """``儿科主任甲，受聘为某小学健康副校长``; ``甲、乙和丙分别受聘为A小学、B中学、C小学健康副校长``:
    the people just named (the last ones before the cue, joined by 、/和) take the post; with 分别
    each takes the body at its place in the list, the title written once after the last."""
    hits: list[AppointmentHit] = []
    for match in _ENGAGED.finditer(sentence):
        at = match.start() - (1 if sentence[match.start() - 1 : match.start()] in "，," else 0)
        names = _named_before(sentence, at, people)
        stop = re.compile(r"[，,。；;（(]").search(sentence, match.end())
        end = stop.start() if stop else len(sentence)
        if not names:
            continue
        if (match.group(1) or match.group(2)) and len(names) > 1:
            items = sentence[match.end() : end].split("、")
            title = lexicon.title_ending(items[-1]) if items else None
            if title is None or len(items) != len(names):
                continue
            bodies = [*items[:-1], items[-1][: -len(title)]]
            orgs = [resolve_org(body, lexicon, home) for body in bodies]
            if any(org is None for org in orgs):
                continue
            orgs = _units_of_first_body(orgs, home)  # 县医院普外科、心内科: the county hospital's 心内科
            hits.extend(AppointmentHit(sentence[a:b], title, org, "appoint", a, b) for (a, b), org in zip(names, orgs, strict=True))
        elif len(names) == 1:
            posts = posts_between(sentence, match.end(), end, tokens, lexicon, home) or []
            a, b = names[0]
            hits.extend(AppointmentHit(sentence[a:b], title, org, "appoint", a, b) for title, org in posts)
    return hits


def _units_of_first_body(orgs: list[OrgMention | None], home: str | None) -> list[OrgMention | None]:
    """Bare departments after a department of another institution are that institution's."""
    first = orgs[0]
    if first is None or first.kind != "department" or first.parent in (None, home):
        return orgs
    return [first] + [
        OrgMention(o.start, o.end, o.text, first.parent + o.name, "department", first.parent)
        if o is not None and o.kind == "department" and o.parent in (None, home) and o.text == o.name else o
        for o in orgs[1:]
    ]


def _named_before(sentence: str, at: int, people: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names the people reader found ending at ``at`` and those joined to it before."""
    spans = sorted(set(people))
    last = [s for s in spans if s[1] == at]
    if not last:
        return []
    out = [last[0]]
    for span in reversed([s for s in spans if s[1] <= out[0][0]]):
        between = sentence[span[1] : out[0][0]]
        if not between.startswith(("、", "和", "与", "及")) or _PUNCTUATION.search(between):
            break  # 甲、B科主治医师乙和C科主治医师丙: each joined with its own titles, no clause between
        out.insert(0, span)
    return out


_PUNCTUATION = re.compile(r"[，,。；;：:]")


def shared_but_bracketed(sentence: str, start: int, end: int, title: str, tokens: Tokens, lexicon: Lexicon) -> bool:
    """``心外科主任甲和乙（心内科副主任医师）``: 乙, joined to a list, prints its own posts in
    parentheses, so the list's title is not 乙's (unless the parentheses repeat it)."""
    if start == 0 or sentence[start - 1] not in _JOINERS:
        return False
    bracket = _BRACKETED.match(sentence, end)
    if bracket is None:
        return False
    posts = posts_in(sentence, bracket.start(1), bracket.end(1), tokens, lexicon, None)
    return bool(posts) and all(post != title for post, _org, _at in posts or [])


_JOINERS = "和、与及"


def _titled_list(
    sentence: str, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """``课题负责人分别为：消化内科甲、妇产科乙、麻醉科丙等``: the title before the colon is each
    listed person's; a department written before a name only says where the person works."""
    hits: list[AppointmentHit] = []
    for match in _LIST_AFTER.finditer(sentence):
        title = lexicon.title_ending(sentence[max(0, match.start() - lexicon.longest_title) : match.start()])
        if title is None or len(title) < 3:
            continue  # 主任为：… is too loose a head; 课题负责人, 项目主持人 name a role in the list
        stop = re.compile(r"[。；;，,]").search(sentence, match.end())
        end = stop.start() if stop else len(sentence)
        items = [item for item in re.split(r"[、和]", sentence[match.end() : end])]  # (a name in 和 fails whole)
        position = match.end()
        found: list[AppointmentHit] = []
        for item in items:
            span = _listed_name(sentence, position, position + len(item), lexicon, blocked)
            position += len(item) + 1
            if span is None:
                return hits
            found.append(AppointmentHit(sentence[span[0] : span[1]], title, None, HELD, span[0], span[1]))
        hits.extend(found)
    return hits


def _listed_name(
    sentence: str, start: int, end: int, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """An item ``[某科]某某[等]``: the name at its end (a department before it, 等 after it)."""
    if sentence.endswith("等", start, end):
        end -= 1
    for at, name, _surname in names_ending_at(sentence, end, lexicon, blocked):
        unit = sentence[start:at]
        if at < start or not valid_name(name, lexicon, allow_common=True):
            continue
        if not unit or lexicon.org_kind(unit) == "department":
            return at, end
    return None


def _acting_as(sentence: str, lexicon: Lexicon, people: Sequence[tuple[int, int]]) -> list[AppointmentHit]:
    """``由某科主任甲作为项目主持人的…``: the role the person acts in, right after 作为."""
    hits: list[AppointmentHit] = []
    for match in _ACTING_AS.finditer(sentence):
        span = next((s for s in people if s[1] == match.start()), None)
        title = lexicon.title_pattern.match(sentence, match.end())
        if span is not None and title is not None and title.group(0) in lexicon.titles and len(title.group(0)) >= 3:
            name = sentence[span[0] : span[1]]
            hits.append(AppointmentHit(name, title.group(0), None, HELD, span[0], span[1]))
    return hits


def _name_before(
    sentence: str, at: int, lexicon: Lexicon, blocked: list[tuple[int, int]], people: Sequence[tuple[int, int]],
) -> tuple[int, int] | None:
    """The name that ends right before ``at``: one the people reader found, or a name alone
    after a list mark or the start (``增补翟某某（…）、蒙某某（…）``)."""
    found = next((s for s in people if s[1] == at), None)
    if found is not None:
        return found
    for start, name, _surname in names_ending_at(sentence, at, lexicon, blocked):
        if not valid_name(name, lexicon):
            continue
        before = sentence[:start]
        if not before or before[-1] in "，,、：:；;" or _after_cue(before, lexicon):
            return start, at
    return None


def _after_cue(before: str, lexicon: Lexicon) -> bool:
    """``增补某某（…）``, ``聘请某某（…）``: an appointment cue right before the name."""
    return any(before.endswith(cue) for cue, _action, _shape in lexicon.appointment_cues) or before.endswith(
        ("增补", "推选", "邀请", "和", "与", "及")
    )
