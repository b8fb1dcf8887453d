"""A unit printed alone after another body the same sentence names is that body's (GOLD_SPEC §4.1, §4.2).

Others' news prints a hospital or a centre first and its people after it, their units alone:
``州人民医院派出医务人员18名，医务部主任甲带领…`` → the hospital's 医务部; ``还邀请州疾病预防控制中心
参与，某病防治科科长乙讲解…`` → the centre's 科; ``县医院派驻的心内科医生丙`` → the county hospital's.
The body is the last one the sentence names before the unit, when it is not the issue's hospital, can
hold such a unit (lexicon/unit_holders.tsv), opens its clause or is invited to act (not ``常驻某医院``, ``与某局``,
``在A医院、B医院``), is no post's body and no post of a person stands between them (``某医院院长甲，心内科
主任乙``: a list of people, read by unit_holders.py). A sentence with 我院, 本院, 我们 or 全院 speaks for the
own hospital: its units stay the own hospital's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article_orgs import ArticleOrgs
from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .org_resolve import OrgMention
from .org_short_names import full_name_of
from .unit_holders import bare_unit, holds

_OWN_WORDS = ("我院", "本院", "我们", "全院")
_BODY_KINDS = {"hospital", "other", "government"}  # a hospital, a public centre (疾控中心), an organ


_LEVELS = "省市县区州旗"
_MIN_SHORT = 3  # characters of a level-first short form (县医院)


def _level_short(sentence: str, start: int, stop: int, known: ArticleOrgs, lexicon: Lexicon) -> OrgMention | None:
    """The last body written by its level word alone (州人民医院, 县医院, 州疾病预防控制中心) between
    ``start`` and ``stop`` resolved to the full name the article prints, else as printed (§4.3); else None."""
    fulls: list[str] | None = None
    for end in range(stop, start + _MIN_SHORT - 1, -1):
        for begin in range(max(start, end - 12), end - _MIN_SHORT + 1):
            if sentence[begin] not in _LEVELS or lexicon.org_kind(sentence[begin:end]) not in _BODY_KINDS:
                continue
            fulls = fulls if fulls is not None else [m.name for m in known.everywhere()]
            full = full_name_of(sentence[begin:end], fulls, lexicon) or sentence[begin:end]  # never in full: as printed
            if lexicon.org_kind(full) in _BODY_KINDS:
                return OrgMention(begin, end, sentence[begin:end], full, lexicon.org_kind(full) or "other")
    return None


_CLAUSE_ENDS = "，。；：,;:"
_OPENING = re.compile(r"(?:[\d一二三四五六七八九十]{1,2}[.．、）)]\s*)?(?:[^、]*(?:邀请|特邀|委托|组织|由))?")


def _opens_clause(sentence: str, start: int) -> bool:
    """The body at ``start`` opens its clause (州人民医院派出…, 3. 某医院…), or is the one a cue brings
    in to act (还邀请某中心参与, 由某医院承办): the sentence's acting body."""
    begin = max(sentence.rfind(mark, 0, start) for mark in _CLAUSE_ENDS) + 1
    return _OPENING.fullmatch(sentence, begin, start) is not None


def _printed_again(
    org: OrgMention, sentence: str, orgs: Sequence[OrgMention], position: int, known: ArticleOrgs, lexicon: Lexicon,
    home: str | None,
) -> OrgMention | None:
    """The unit printed alone again after the sentence printed it with another body (``某医院急诊医学科青年
    护理团队（号长：急诊医学科护士长甲）``, ``某医院儿科专业基地主任由儿科主任乙担任``): that body's unit (§4.3),
    whatever stands between; None where its last printing before is alone, the own hospital's, or a reference
    (医院信息中心) to a hospital the sentence does not print before it."""
    printed = next((m for m in reversed(orgs) if m.end <= org.start and m.text.endswith(org.text)), None)
    if printed is None or printed.text == org.text:
        return None
    last = known.resolve(printed, position, lexicon) or printed
    if last.parent in (None, home) or last.kind != "department" or last.name != last.parent + org.text:
        return None
    if not printed.text.startswith(last.parent) and last.parent not in sentence[: printed.start]:
        return None  # 医院信息中心 with no hospital printed before it in the sentence: may be the own one
    return OrgMention(org.start, org.end, org.text, last.name, "department", last.parent)


def sentence_unit(
    org: OrgMention | None, sentence: str, position: int, known: ArticleOrgs,
    earlier: Sequence[tuple[PersonMention, OrgMention | None]], lexicon: Lexicon, home: str | None,
) -> OrgMention | None:
    """``org`` (a unit printed alone) as the unit of the other body named before it in the sentence; else ``org``."""
    if org is None or not bare_unit(org, home) or any(word in sentence for word in _OWN_WORDS):
        return org
    if sentence[org.start : org.end] != org.text:
        return org  # the story's unit (a headline's), printed elsewhere: not this sentence's
    orgs = known.per_sentence[position] if position < len(known.per_sentence) else []
    again = _printed_again(org, sentence, orgs, position, known, lexicon, home)
    if again is not None:
        return again
    before = [m for m in orgs if m.end <= org.start and not bare_unit(m, home)]  # 派出内科、超声科…: its units too
    last = before[-1] if before else None
    body = known.resolve(last, position, lexicon) or last if last is not None else None
    short = _level_short(sentence, last.end if last is not None else 0, org.start, known, lexicon)
    if short is not None:
        last, body = short, short
    if last is None or body is None or body.kind not in _BODY_KINDS or body.name == home or body.parent is not None:
        return org
    if any(last.end <= holder.start < org.start for holder, _ in earlier) or lexicon.title_pattern.match(sentence, last.end):
        return org  # 某医院院长甲，心内科主任乙; 挂任某医院副院长的某科主任乙: a post's body, not the sentence's
    if not _opens_clause(sentence, last.start):
        return org  # 常驻某医院，并派出心内科副主任甲; 与某局建立…; 在A医院、B医院: not the body that acts
    if not holds(body.name, org.text, lexicon):
        return org
    return OrgMention(org.start, org.end, org.text, body.name + org.text, "department", body.name)
