"""An appointment read from one sentence, and the posts written after its cue (each title
with the organization written before it: ``肿瘤医院（筹）院长``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chain_orgs import unit_of
from .lexicon_loader import Lexicon
from .orgs import (
    SITTING,
    OrgMention,
    Tokens,
    resolve_org,
)

_NOT_HOME = {"association", "government", "corporate", "media", None}  # posts the hospital does not hold
_POST_JOINERS = ("、", "兼")  # 当选常务委员兼秘书长
_OWN_WORDS = ("院", "本院", "我院")  # 增补某某为院工会委员会委员: the hospital's own organ
_UNNAMED_BODY = 4  # 联盟, 理事会: a short word before a title may name the body it belongs to
NAME_TEXT = re.compile(r"^[\u3400-\u9fff〇A-Za-z（）()]+$")  # 〇 of a numbered name (二〇九团医院)
_NOTE_AFTER_BODY = re.compile(r"[（(][^（）()]{2,20}[）)]$")  # a body's former name or short form, after it
HELD = "held"  # an action: a post the person holds or held, a position and no appointment


@dataclass(frozen=True)
class AppointmentHit:
    person: str
    title: str
    org: OrgMention | None
    action: str
    start: int
    end: int


_LONG_BODY = 16  # characters of a body's name the organization lexicon does not know, written in full


def _body_like(gap: str, posts: list[tuple[str, OrgMention | None]], lexicon: Lexicon) -> bool:
    """聘请其为某市社会福利院医疗顾问: a name the organization reader does not know, written in
    full (nothing but characters of names) right before the first post after the cue, is the body
    the post is of, named in passing."""
    return not posts and len(gap) <= _LONG_BODY and lexicon.title_pattern.search(gap) is None


_SITTING_IN = re.compile(r"第[一二三四五六七八九十百\d]+届(?:董事会|监事会|理事会|委员会)$")


def posts_from(
    sentence: str, at: int, titles: list[tuple[int, int, str]], tokens: Tokens, lexicon: Lexicon,
    home: str | None, name_starts: frozenset[int] = frozenset(),
) -> list[tuple[str, OrgMention | None]]:
    """The titles (each with its organization) written from ``at`` on: ``肿瘤医院（筹）院长``; a
    title right before one of ``name_starts`` is that person's (甲任组长、副院长乙任副组长)."""
    posts: list[tuple[str, OrgMention | None]] = []
    position = at
    org: OrgMention | None = None
    for start, end, title in titles:
        if start < position:
            continue
        gap = sentence[position:start]
        gap = gap[1:] if gap[:1] in _POST_JOINERS and posts else gap
        if gap and not NAME_TEXT.match(gap) or gap.startswith(_FORMER_NOTE):
            break  # punctuation between: the next title belongs to someone else; （原…）: a post held (held_note)
        if gap:
            written = resolve_org("我院" if gap in _OWN_WORDS else gap, lexicon, home)  # 为院工会委员: the own hospital
            if written is None and (note := _NOTE_AFTER_BODY.search(gap)) is not None:
                written = resolve_org(gap[: note.start()], lexicon, home)  # 东湖分院（原某市第四人民医院）院长
            if written is None and SITTING.match(gap):
                written = OrgMention(0, len(gap), gap, gap, "association")  # facts maps it to the society
            if written is None and (sitting := _SITTING_IN.search(gap)) is not None and sitting.start() > 0:
                written = resolve_org(gap[: sitting.start()], lexicon, home)  # 公司第三届董事会董事长: the body, then its board
                gap = gap[: sitting.start()] if written is not None else gap
            if written is None and (posts or len(gap) > _UNNAMED_BODY) and not _body_like(gap, posts, lexicon):
                break
            if written is not None and posts and org is not None and org.kind != "department" and (
                unit := unit_of(org, written, lexicon, home)
            ) is not None:
                org = OrgMention(position, start, gap, unit.name, unit.kind, unit.parent)  # 某法院审判委员会委员、某庭庭长
            elif written is not None:
                org = OrgMention(position, start, gap, written.name, written.kind, written.parent)
            elif gap in _OWN_WORDS:
                org = None  # 院工会委员 where the paper's hospital is not known: left to the readers after
            else:
                org = OrgMention(position, start, gap, gap, "other")  # 当选联盟理事长: a body named in passing
        if posts and end in name_starts:
            break
        posts.append((title, org))
        position = end
    if posts and home and all(o is None for _t, o in posts):
        home_org = resolve_org("我院", lexicon, home)
        posts = [(t, None if lexicon.title_category(t) in _NOT_HOME else home_org) for t, _ in posts]
    return posts


_FORMER_NOTE = ("（原", "(原")
_FORMER_NOTES = re.compile("|".join(map(re.escape, _FORMER_NOTE)))
_CLAUSE_END = re.compile(r"[，。；：,;:]")


def held_note(
    sentence: str, hits: list[AppointmentHit], titles: list[tuple[int, int, str]], tokens: Tokens,
    lexicon: Lexicon, home: str | None,
) -> list[AppointmentHit]:
    """``聘任甲为A科主任（原B科副主任）``: the post in brackets after 原 is the one the person
    appointed in that clause held until now (GOLD_SPEC §6: a pair, no appointment)."""
    out: list[AppointmentHit] = []
    for note in _FORMER_NOTES.finditer(sentence):
        before = [h for h in hits if h.action == "appoint" and h.end <= note.start()
                  and not _CLAUSE_END.search(sentence, h.end, note.start())]
        people = {(h.person, h.start, h.end) for h in before}
        if len(people) != 1:
            continue
        person, start, end = people.pop()
        out.extend(AppointmentHit(person, title, org, HELD, start, end)
                   for title, org in posts_from(sentence, note.end(), titles, tokens, lexicon, home))
    return out
