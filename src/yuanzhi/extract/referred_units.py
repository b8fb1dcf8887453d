"""A unit written after a reference to its body (``该社新闻采访部``, ``我局办公室``, ``本校教务处``,
``该所接种管理科``): the body the reference stands for, with the unit (GOLD_SPEC §4.1, §4.2).

The reference is 该 (the body of that kind named last) or 我/本 (the article's own body: the
first of that kind it names, as a byline or a story's opening names its writer) and a kind
word: a one- or two-character ending of a body's name (局, 所, 社, 委, 中心) or a kind word of
lexicon/bare_bodies.tsv (校 for 学校, 中学, 大学 …). 我院/本院/该院 are read elsewhere (the issue's
hospital, org_references.this_one); a unit's own word (本科, 本部) is no reference: the body
must be named in the article with that ending.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..han import is_basic_han
from .generic_heads import bare_bodies, bare_endings
from .lexicon_loader import Lexicon
from .org_resolve import OrgMention
from .org_short_names import full_name_of
from .orgs import BRANCHES
from .unit_holders import holds

_THIS = "该"  # the body of that kind named last
_OWN = ("我", "本")  # the article's own body of that kind
_HOSPITAL = "院"  # 我院, 本院, 该院: the hospital or the hospital named last (not here)
_KIND_WORDS = (2, 1)  # characters of the kind word after the pronoun (该中心, 该社)
_MIN_UNIT = 2  # characters of the unit's own name (办公室, 科普部)
_ORGAN = "government"  # the kind of body whose 支队/分局 written after 该局 is its own
_UNIT_WORDS = ("科", "部", "室", "组")  # 本科, 本部, 该科 (org_references): a unit's word, no body's


def _endings(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The endings a body's name may have for the kind word (校: 学校, 中学, 大学 …), or ()."""
    rows = tuple(e for kind_word, ends in bare_bodies(lexicon.directory) if kind_word.endswith(word) for e in ends)
    if rows:
        return (word, *rows)
    return (word,) if lexicon.is_org_suffix(word) and word not in _UNIT_WORDS else ()


def referred_unit(
    sentence: str, org: OrgMention | None, named: Sequence[OrgMention], lexicon: Lexicon, home: str | None
) -> OrgMention | None:
    """``org`` (a unit written alone) as the unit of the body a reference before it or at its
    start stands for, or None. ``named`` are the article's organizations before it, in order."""
    if org is None or org.parent not in (None, home) or org.text != org.name:
        return None
    found = _referred(sentence, org, named, lexicon, home)
    if found is not None and org.kind != "department" and not (
        lexicon.org_kind(found.parent or "") == _ORGAN and holds(found.parent or "", org.text, lexicon)
    ):
        return None  # 该局|某执法支队: a body of its own kind only where an organ holds such units
    return found


_MAX_UNIT = 8  # characters of a unit read back from the title when no organization was found there


def bare_before(sentence: str, end: int, named: Sequence[OrgMention], lexicon: Lexicon) -> OrgMention | None:
    """，分局副局长甲, 俱乐部会长乙: a body written by its ending alone at a clause's start, right
    before the title, is the body with that ending the article named last (lexicon/bare_endings.txt)."""
    for ending in bare_endings(lexicon.directory):
        start = end - len(ending)
        if start < 0 or not sentence.startswith(ending, start) or (start > 0 and is_basic_han(sentence[start - 1])):
            continue
        body = next((m for m in reversed(named) if m.name.endswith(ending) and len(m.name) > len(ending) + 1), None)
        if body is not None:
            return OrgMention(start, end, ending, body.name, body.kind, body.parent)
        society = _society_of_branch(ending, named)
        if society is not None:
            return OrgMention(start, end, ending, society, "association")
    return None


def _society_of_branch(ending: str, named: Sequence[OrgMention]) -> str | None:
    """学会 after the article printed only a branch of it in full (某学会急救医学专业委员会): the
    society whose name the branch's begins with (GOLD_SPEC §9), or None."""
    for mention in reversed(named):
        at = mention.name.find(ending)
        if at > 1 and mention.name.endswith(BRANCHES) and not mention.name[: at + len(ending)].endswith(BRANCHES):
            return mention.name[: at + len(ending)]
    return None


def referred_before(
    sentence: str, end: int, named: Sequence[OrgMention], lexicon: Lexicon, home: str | None
) -> OrgMention | None:
    """该局办公室|主任 where no organization was read before the title (办公室 alone names no unit):
    the unit ending at ``end``, after a reference, as that body's unit, or None."""
    for size in range(_MIN_UNIT, _MAX_UNIT + 1):
        start = end - size
        unit = sentence[max(0, start) : end]
        if start < 2 or not all(is_basic_han(c) for c in unit) or lexicon.org_kind(unit) != "department":
            continue
        if sentence[start - 2] in (_THIS, *_OWN) or sentence[start - 3 : start - 2] in (_THIS, *_OWN):
            found = _referred(sentence, OrgMention(start, end, unit, unit, "department"), named, lexicon, home)
            if found is not None:
                return found
    return None


def _referred(
    sentence: str, org: OrgMention, named: Sequence[OrgMention], lexicon: Lexicon, home: str | None
) -> OrgMention | None:
    for size in _KIND_WORDS:
        for start, unit in ((org.start, org.text[size + 1 :]), (org.start - size - 1, org.text)):
            if start < 0 or start + size + 1 > len(sentence):
                continue
            pronoun, word = sentence[start], sentence[start + 1 : start + size + 1]
            if start != org.start and start + size + 1 != org.start:
                continue
            if (pronoun != _THIS and pronoun not in _OWN) or word == _HOSPITAL or len(unit) < _MIN_UNIT:
                continue
            if lexicon.org_kind(unit) != "department" and unit != org.text:
                continue
            endings = _endings(word, lexicon)
            if not endings:
                continue
            bodies = [m for m in named if m.name.endswith(endings) and len(m.name) > len(word)
                      and m.text[:1] not in (_THIS, *_OWN) and not m.name.endswith(unit)]
            if not bodies:
                continue
            body = (bodies[-1] if pronoun == _THIS else bodies[0]).name
            body = full_name_of(body, [m.name for m in named], lexicon) or body  # 市…局 → 某市…局 printed
            return OrgMention(start, org.end, sentence[start : org.end], body + unit, "department", body)
    return None
