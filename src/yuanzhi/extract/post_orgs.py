"""Whose a post is when the title chain read none: the organization and the full title of a
post held by a person the chain found (people.py), from what the article wrote before.

    person with no written org ─▶ unwritten_org ─▶ the unit the sentence, the story or the
                                                   byline named, or the issue's hospital

The helpers read one sentence: ``科主任`` written alone (this_unit), the two-character departments
a sentence names (short_units), a sitting standing for its society (sitting_body), and the full
title a short one stands for (fuller_title).
"""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import SITTING, OrgMention, resolve_org
from .segment import word_tags
from .subject_unit import takes_subject_unit

HOME_DEFAULT_CATEGORIES = {"administrative", "party", "clinical", "academic"}  # titles of the hospital when no org is written
_UNIT_WORD = "科"
_CJK_WORD = re.compile(r"^[\u3400-\u9fff]+$")


def unwritten_org(
    person: PersonMention, text: str, orgs: list[OrgMention], written_org: dict[str, OrgMention],
    from_byline: set[str], units_named: set[str], subject: OrgMention | None, home: str | None, lexicon: Lexicon,
) -> OrgMention | None:
    """The organization of a post written with none: the one last written with the name, the
    unit the sentence or the story is about, or the issue's hospital for a hospital's title."""
    if person.name in written_org and lexicon.title_category(person.title) and (
        person.name not in from_byline or lexicon.is_unit_title(person.title)
    ) and not (lexicon.title_category(person.title) == "media" and written_org[person.name].kind == "association"):
        return written_org[person.name]  # 院长助理 is the hospital's even when the byline is a department
    if lexicon.title_category(person.title) == "clinical" and len(
        here := {m.name: m for m in orgs if m.kind == "department" and m.end <= person.start}
    ) == 1:
        return next(iter(here.values()))  # 心内科形成了梯队：副主任医师某某…, 新护士某某: the unit the sentence is about
    if len(units_named) == 1 and lexicon.title_category(person.title) == "clinical":
        only = next(iter(units_named))  # 副主任医师某某 in a story about one department: its staff
        return resolve_org(only, lexicon, home) or OrgMention(0, 0, only, only, "department")
    if subject is not None and not person.short and takes_subject_unit(person.title, lexicon):
        return subject  # 科室巡礼: 护士长某某，主任护师 is the department's the story is about
    if home and lexicon.title_category(person.title) in HOME_DEFAULT_CATEGORIES:
        return resolve_org("我院", lexicon, home)
    return None


def this_unit(
    text: str, person: PersonMention, orgs: list[OrgMention], seen: list[OrgMention] | None = None,
    home: str | None = None,
) -> OrgMention | None:
    """``科主任``/``科护士长``/``科室副主任``/``病区主任`` opening a person's chain of titles (``科主任、
    主任医师、博士研究生导师某某``): every title of the chain is the department's the sentence named
    before it, else (a chain opened by 科室 or 病区, a unit named by its kind) the article's last
    department of the own hospital (``某医院安宁疗护病区成立于…。病区主任、副主任医师某某说``)."""
    stop = max((text.rfind(mark, 0, person.start) for mark in _CHAIN_STOPS), default=-1)
    chain = text[stop + 1 : person.start]
    word = next((w for w in _UNIT_REFERENCES if chain.startswith(w)), None)
    if word is None or not (
        _opens_with_title(chain[len(word) :], person.title) or (word != _UNIT_WORD and chain == word + person.title)
    ):  # 科室主治医师某某, 病区护士某某: a unit named by its kind right before the person's one title
        return None
    units = [m for m in orgs if m.kind == "department" and m.end <= stop + 1]
    if units:
        return units[-1]
    if not seen:
        return None
    if word == _UNIT_WORD:  # 某科是…的科室。科主任、主任医师某某: a sentence opening with 科主任 after one that named its unit last
        before = seen[: len(seen) - len(orgs)] if orgs and seen[len(seen) - len(orgs) :] == orgs else seen
        last = before[-1] if before else None
        opens = last is not None and stop < 0 and last.kind == "department" and last.name.endswith(_UNIT_WORD) and not (
            last.name.endswith(_DESIGNATIONS)
        )
        return last if opens and last is not None and last.parent in (None, home) else None
    earlier = [m for m in seen if m.kind == "department" and m.parent in (None, home)]
    return earlier[-1] if earlier else None


_CHAIN_STOPS = ("，", "。", "；", "：", ",", ";", ":", "（", "(", "”", "“")
_UNIT_REFERENCES = ("科室", "病区", _UNIT_WORD)  # longest first: 科室主任, 病区主任, 科主任
_HEADS = ("主任", "副主任", "护士长", "副护士长")  # the heads of a unit written after its kind word
_DESIGNATIONS = ("专科", "重点学科", "特色学科")  # 确定为省级重点专科。科主任…: a designation the unit holds, no unit


def _opens_with_title(rest: str, title: str) -> bool:
    """``主任、主任医师、`` after the kind word: a unit's head opens the chain and ``title`` is in it."""
    return rest.startswith(_HEADS) and (rest.startswith(title) or "、" + title in rest or "兼" + title in rest)


def sitting_body(org: OrgMention | None, last_body: OrgMention | None) -> OrgMention | None:
    """``当选第七届委员会副主任委员``: the sitting stands for the society the article named."""
    if org is not None and SITTING.match(org.text):
        return last_body
    return org


def short_units(words: list[tuple[str, int, int]], lexicon: Lexicon) -> set[str]:
    """Two-character departments a sentence names as a word of their own (骨科, 产科: too short
    for find_orgs), not the end of a longer name (消化|内科) nor a reference (该科)."""
    tags = word_tags()
    out = set()
    for index, (word, _start, _end) in enumerate(words):
        before = words[index - 1][0] if index else ""
        if (
            len(word) == 2 and word[-1] == "科" and tags.get(word) == "n" and word not in lexicon.generic_units
            and (not before or not _CJK_WORD.match(before) or before in lexicon.boundary_words)
        ):
            out.add(word)
    return out


def fuller_title(name: str, title: str, held: dict[str, list[str]], lexicon: Lexicon) -> str:
    """``汤某某书记`` after ``纪委书记汤某某``: the short title stands for the full one (the same
    post of a committee; 院长 is not 总院长)."""
    fuller = [
        t for t in held.get(name, [])
        if t != title and t.endswith(title) and ("副" in t) == ("副" in title) and t[: -len(title)] in lexicon.title_prefixes
    ]
    return fuller[-1] if len(set(fuller)) == 1 else title


_CHAIN_BODIES = {"government", "university", "company", "other"}  # bodies outside hospitals whose party posts are theirs


def chain_party_body(
    person: PersonMention, org: OrgMention | None, posted: list[tuple[PersonMention, OrgMention | None]],
    home: str | None, lexicon: Lexicon,
) -> OrgMention | None:
    """A party post written bare in one chain after a head's post whose body its title fixes
    (校长、党委副书记某某; 场长兼党支部书记某某): the body of that post, not the issue's hospital a
    bare party post is given by default (GOLD_SPEC §4.5)."""
    if person.org is not None or lexicon.title_category(person.title) != "party" or org is None or org.name != home:
        return org
    before = posted[-1] if posted else None
    if before is None or before[0].name != person.name or before[0].start != person.start:
        return org
    return before[1] if before[1] is not None and before[1].kind in _CHAIN_BODIES else org
