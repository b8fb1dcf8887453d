"""Which organization a reference written before a title stands for: 该院, 该公司, 该科, a bare
公司 … (the institution of that kind named last) and a short name the article declared (以下简称…)."""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from ..han import is_basic_han
from .generic_heads import bare_bodies, bare_endings
from .lexicon_loader import Lexicon
from .mentions import ArticleContext
from .names import is_cjk
from .orgs import OrgMention, resolve_org
from .referred_bodies import declared_unit, hospital_word_unit, led_unit
from .referred_units import bare_before, referred_before, referred_unit

THIS_REFERENCES = {"该院": ("hospital", "university"), "该公司": ("company",), "该科": ("department",),
         "该局": ("government",), "该委": ("government",), "该集团": ("group",),
         "公司": ("company",), "本公司": ("company",)}  # 为公司总裁: the company the story names


def this_one(
    sentence: str, end: int, org: OrgMention | None, lexicon: Lexicon, context: ArticleContext
) -> OrgMention | None:
    """该院院长, 该公司总经理, 该院内科主任: 该 + a kind word is the institution of that kind named
    last (earlier in the sentence, else in the article)."""
    spelled = declared_unit(sentence, org.end, lexicon, context) if org is not None and org.name == org.text else None
    if spelled is not None and org is not None and (spelled.start == org.start or (
        spelled.start < org.start and all(is_basic_han(c) for c in sentence[spelled.start : org.start])
    )):
        return spelled  # 某科技市场部 read as one body, 某医专招生|就业处 cut: the declared body's unit
    pointed = _this_ending(sentence, end, org, lexicon, context)
    if pointed is not None:
        return pointed
    if org is None and (at := sentence.rfind("该院", max(0, end - 2 - _MAX_UNIT), end)) >= 0 and (
        lexicon.org_kind(sentence[at + 2 : end]) == "department" and all(is_basic_han(c) for c in sentence[at + 2 : end])
    ):  # 分别挂任该院麻醉科副主任: the unit right after 该院, read as one by a list's reader
        org = OrgMention(at + 2, end, sentence[at + 2 : end], sentence[at + 2 : end], "department")
    if org is None:  # 该局办公室主任: 办公室 alone is no unit, but that body's is
        here = _here_until(context, end)
        pointed = referred_before(sentence, end, context.seen + here, lexicon, context.home)
        pointed = pointed or bare_before(sentence, end, context.seen + here, lexicon)  # ，分局副局长
        if pointed is not None:
            return pointed
    if org is not None and org.start >= 1 and sentence[org.start - 1 : org.end] in THIS_REFERENCES:
        org = OrgMention(org.start - 1, org.end, sentence[org.start - 1 : org.end], org.name, org.kind, org.parent)
    if org is not None and org.kind == "hospital" and org.parent is None and org.text.endswith(_UNIT_CENTRE) and (
        sentence.endswith("该院", 0, org.start)
    ):  # 该院睡眠医学中心: a centre of the hospital 该院 names, its unit (org_resolve: 某医院睡眠医学中心)
        org = OrgMention(org.start, org.end, org.text, org.name, "department", None)
    if org is not None and org.kind == "department" and org.text not in THIS_REFERENCES:
        if not sentence.endswith("该院", 0, org.start):  # 该社新闻采访部, 我局办公室: that body's unit
            here = _here_until(context, org.start)
            return (referred_unit(sentence, org, context.seen + here, lexicon, context.home)
                    or hospital_word_unit(org, context.seen + here, lexicon, context)  # 该院…；院办公室
                    or led_unit(org, context, lexicon) or org)  # 某局副局长带领纳税服务科…；纳税服务科科长
        hospital = named_last(sentence, org.start - 2, THIS_REFERENCES["该院"], context, lexicon=lexicon)
        context.called_this = hospital.name if hospital else None
        unit = resolve_org(hospital.name + org.text, lexicon, context.home) if hospital else None
        if unit is None:
            return org
        return OrgMention(org.start - 2, org.end, sentence[org.start - 2 : org.end], unit.name, unit.kind, unit.parent)
    if org is not None and org.text not in THIS_REFERENCES:  # 该局|某执法支队 (a body the 局 holds)
        here = _here_until(context, org.start)
        org = referred_unit(sentence, org, context.seen + here, lexicon, context.home) or org
    ref = org.text if org is not None and org.text in THIS_REFERENCES else next(
        (r for r in THIS_REFERENCES if org is None and sentence.endswith(r, 0, end)), None
    )
    if ref is None:
        return org
    target = named_last(sentence, end - len(ref), THIS_REFERENCES[ref], context, ref[-2:], lexicon)
    if target is None:
        return org
    return OrgMention(end - len(ref), end, ref, target.name, target.kind, target.parent)


def named_last(
    sentence: str, at: int, kinds: tuple[str, ...], context: ArticleContext, word: str = "",
    lexicon: Lexicon | None = None,
) -> OrgMention | None:
    """The body of ``kinds`` named last; for 公司 (``word``) the last whose name ends with it, if
    any (公司总工程师 after 某煤业有限责任公司某煤矿: the company, not its mine). With ``lexicon``, a
    unit printed with its body names that body too (``某医院心内科主任甲…；该院眼科副主任乙``: 该院 is
    that hospital, not one named before it)."""
    here = _here_until(context, at)
    held = (_holder_of(m, kinds, lexicon) for m in context.seen + here if m.text not in THIS_REFERENCES and m.name != "该院")
    named = [m for m in held if m is not None]
    if word == _COMPANY_WORD:
        named = [m for m in named if m.name.endswith(word)] or named
    return named[-1] if named else None


_COMPANY_WORD = "公司"


def _holder_of(org: OrgMention, kinds: tuple[str, ...], lexicon: Lexicon | None) -> OrgMention | None:
    """``org`` if of ``kinds``; else the body a unit printed with it is of, if of ``kinds``; else None."""
    if org.kind in kinds:
        return org
    if lexicon is None or org.kind != "department" or not org.parent or not org.text.startswith(org.parent):
        return None
    kind = lexicon.org_kind(org.parent)
    return OrgMention(org.start, org.end, org.text, org.parent, kind) if kind in kinds else None


_ENDS: list[tuple[list[OrgMention], int, list[int] | None]] = []  # the sentence's bodies, their number, where each ends


def _here_until(context: ArticleContext, at: int) -> list[OrgMention]:
    """The sentence's bodies that end by ``at``, in order. The sentence's list is read once (where
    its bodies end): bodies printed in order end in order, and then those are a head of the list."""
    here = context.here
    if not _ENDS or _ENDS[0][0] is not here or _ENDS[0][1] != len(here):
        ends = [m.end for m in here]
        in_order = isinstance(here, list) and all(a <= b for a, b in pairwise(ends))
        _ENDS[:] = [(here, len(here), ends if in_order else None)]
    ends_in_order = _ENDS[0][2]
    if ends_in_order is None:
        return [m for m in here if m.end <= at]
    return here[: bisect_right(ends_in_order, at)]


def declared_before(sentence: str, end: int, lexicon: Lexicon, context: ArticleContext) -> OrgMention | None:
    """某科技董事长 after 某信息科技有限公司（以下简称“某科技”）: the short name the article declared,
    written right before a title, is the organization it stands for."""
    for alias, full in context.declared.items():
        start = end - len(alias)
        if start >= 0 and sentence.startswith(alias, start) and (start == 0 or not is_cjk(sentence[start - 1])
                                                                  or sentence[start - 1] in lexicon.boundary_words):
            kind = lexicon.org_kind(full)
            if kind is not None:
                return OrgMention(start, end, alias, full, kind)
    return declared_unit(sentence, end, lexicon, context)  # 某科技华东区域总监 (referred_bodies.py)


_THIS = "该"
_MAX_UNIT = 8  # characters of a unit's name right after 该院 (麻醉科, 重症医学科)
_UNIT_CENTRE = "医学中心"  # 睡眠医学中心: a hospital's centre, its unit (org_resolve.py reads 某医院睡眠医学中心 so)
_BARE_UNIT = "科"  # 科主任 at a clause start: the department named before in the sentence
_KIND_WORDS = (1, 2)  # characters of the kind word after 该 (该中心, 该校, 该行)
_OWN = ("我", "本")  # 我中心主任, 本局局长: the body the article is written by (the first of that kind it names)
_NOT_OWN = ("院", "科", "部", "室", "组", "市", "省", "县", "区", "镇", "乡", "村")  # 我院, 本科, 我市: no such body


def _this_ending(
    sentence: str, end: int, org: OrgMention | None, lexicon: Lexicon, context: ArticleContext
) -> OrgMention | None:
    """该中心, 该校, 该行, 该所 (a kind word THIS_REFERENCES does not list) right before the title:
    the body named last whose name ends with it (or with an ending of a kind word ending so:
    学校 for 校, 银行 for 行; lexicon/bare_bodies.tsv)."""
    bare = end - len(_BARE_UNIT)
    if org is None and bare >= 0 and sentence.startswith(_BARE_UNIT, bare) and (bare == 0 or not is_cjk(sentence[bare - 1])):
        here = _here_until(context, bare)  # ，科主任某某: the department the sentence named
        unit = next((m for m in reversed(here) if m.kind == "department" and m.name.endswith(_BARE_UNIT)), None)
        if unit is not None:
            return OrgMention(bare, end, _BARE_UNIT, unit.name, unit.kind, unit.parent)
    for size in _KIND_WORDS:
        start = end - size - 1
        word = sentence[start + 1 : end]
        pronoun = sentence[start] if start >= 0 else ""
        if start < 0 or pronoun not in (_THIS, *_OWN) or _THIS + word in THIS_REFERENCES:
            continue
        if pronoun in _OWN and (word in _NOT_OWN or word[-1] in _NOT_OWN):
            continue  # 我院 (the hospital), 本科, 我市 (a place): no body of the article's own
        if org is not None and org.start not in (start, start + 1):
            return None  # a body written with the title itself
        endings = (word, *(e for kind_word, ends in bare_bodies(lexicon.directory) if kind_word.endswith(word) for e in ends))
        if not lexicon.is_org_suffix(word) and len(endings) == 1:
            continue
        here = _here_until(context, start)
        named = [m for m in context.seen + here if m.name.endswith(endings) and not m.text.startswith((_THIS, *_OWN))]
        target = (named[-1] if pronoun == _THIS else named[0]) if named else None  # 我中心: the article's own, named first
        if target is not None and target.name == target.text and target.name in bare_endings(lexicon.directory):
            target = next((m for m in reversed(named) if m.name.endswith(target.name)
                           and len(m.name) > len(target.name) + 1), target)  # 公证处… 该处: 某市公证处 printed before
        if target is not None:
            return OrgMention(start, end, pronoun + word, target.name, target.kind, target.parent)
    return None
