"""A body named by a reference inside another body's news (GOLD_SPEC §4.1, §4.2, §4.8).

A company's post printed with no body (``公司派驻了6名工程师，项目经理某某带领团队``) in a sentence
that names the company (in full, by its declared short name, or by its kind word 公司/集团) is that company's (§4.1,
§4.8: 项目经理 is a company's post).

Units an outside body's official leads on a visit (``某局副局长甲带领纳税服务科、个人所得税科工作人员
走进某医院``) are that body's; named alone later (``纳税服务科科长乙``) they are still its units,
not the visited hospital's (§4.1, §4.8).

A short name the article declared (以下简称“某科技”) with a unit or region written after it, right
before a title (``某科技华东区域总监``, ``某科技市场部经理``), is the company in full with that unit.

When a writer outside a hospital refers to it as 该院 (``该院眼科主任甲、检验科副主任乙；院党委办公室副
主任丙``), a unit written with 院 right after that list is the same hospital's unit: the 院 stands
for the hospital named last, so the unit carries that hospital (``某某医院党委办公室``), as 该院眼科
does. In a hospital's own news (no 该院 before it) ``院办公室`` stays as printed (§4.2), and this
module leaves it alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import COMPANY_KINDS, LEXICON_DIR, Lexicon, key_lists
from .mentions import ArticleContext, PersonMention
from .orgs import OrgMention, resolve_org

_HOSPITAL_WORD = "院"  # 院党委办公室, 院办公室: the hospital's unit written with its kind word
_THIS_HOSPITAL = "该院"  # the outside writer's reference to the hospital named last
_MIN_UNIT = 2  # characters of the unit's own name after 院 (办公室, 团委)
_REGIONS_FILE = "company_regions.tsv"
_MAX_UNIT = 8  # characters of a unit after a declared short name (临床运营部, 华东区域)


def hospital_word_unit(org: OrgMention | None, named: Sequence[OrgMention], lexicon: Lexicon,
                       context: ArticleContext) -> OrgMention | None:
    """``院党委办公室`` (a unit written with 院) continuing a list that began with 该院 (``该院眼科主任甲、
    检验科副主任乙；院党委办公室副主任丙``): the unit of the hospital 该院 stood for, or None.
    ``named`` are the article's organizations before ``org``, in order."""
    if org is None or org.kind != "department" or not org.text.startswith(_HOSPITAL_WORD):
        return None
    unit = org.text[len(_HOSPITAL_WORD):]
    if len(unit) < _MIN_UNIT or lexicon.org_kind(unit) != "department":
        return None
    hospital = context.called_this
    if hospital is None or not named or hospital not in (named[-1].name, named[-1].parent):
        return None  # the list that began with 该院 goes on: only that hospital named since
    found = resolve_org(hospital + unit, lexicon, context.home)
    if found is None or found.kind != "department":
        return None
    return OrgMention(org.start, org.end, org.text, found.name, found.kind, found.parent)


@lru_cache(maxsize=4)
def company_regions(directory: str = "") -> frozenset[str]:
    """华东区域, 华南大区 …: a company's regions (lexicon/company_regions.tsv; a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _REGIONS_FILE
    if not path.exists():
        return frozenset()
    return frozenset(region + ending for _, ending, regions, _ in key_lists(path, "ending<TAB>regions") for region in regions)


def declared_unit(sentence: str, end: int, lexicon: Lexicon, context: ArticleContext) -> OrgMention | None:
    """``某科技华东区域|总监`` after 某某科技有限公司（以下简称“某科技”）: the declared short name, a unit or
    region after it, ending right before the title: the body in full with that unit, or None."""
    regions = company_regions(lexicon.directory)
    for alias, full in context.declared.items():
        start = sentence.rfind(alias, max(0, end - len(alias) - _MAX_UNIT), end)
        unit = sentence[start + len(alias) : end] if start >= 0 else ""
        if not _MIN_UNIT <= len(unit) <= _MAX_UNIT or (start > 0 and sentence[start - 1] not in _OPENERS):
            continue
        if unit in regions or lexicon.org_kind(unit) == "department":
            return OrgMention(start, end, sentence[start:end], full + unit, "department", full)
    return None


_OPENERS = frozenset("，。；：、（“ ")  # a clause's start: the short name is no tail of a longer word


_COMPANY_WORDS = ("公司", "集团")  # 公司派驻…, 集团董事长甲，副总经理乙: the company named last, by its kind word
_CORPORATE = "corporate"  # lexicon/titles.tsv: a company's posts (董事长, 总经理, 项目经理, 总监)


def sentence_company(title: str, start: int, sentence: str, named: Sequence[OrgMention], lexicon: Lexicon,
                     declared: dict[str, str]) -> OrgMention | None:
    """``项目经理`` with no body in a sentence that named the company before it (公司, its name or its
    declared short name): the company the article named last, or None."""
    if lexicon.title_category(title) != _CORPORATE:
        return None
    company = next((m for m in reversed(named) if m.kind in COMPANY_KINDS and m.parent is None), None)
    if company is None:
        return None
    before = sentence[:start]
    aliases = [alias for alias, full in declared.items() if full == company.name]
    kind_words = [word for word in _COMPANY_WORDS if word in company.name]
    if not any(word in before for word in (*kind_words, company.name, *aliases)):
        return None
    return OrgMention(start, start, "", company.name, company.kind, company.parent)


_LEADS = ("带领", "率领", "率")  # an official leading people of units on a visit
_UNIT_JOINS = ("、", "和", "及", "与")
_OUTSIDE = frozenset({"government", "company", "university", "association", "other"})


def units_led(sentence: str, mentions: Sequence[PersonMention], here: Sequence[OrgMention],
              home: str | None) -> dict[str, str]:
    """``副局长甲带领纳税服务科、个人所得税科工作人员``: each unit printed alone right after the verb
    (joined by 、和及) -> the body of the official who leads them, when that body is not a hospital."""
    out: dict[str, str] = {}
    for verb in _LEADS:
        at = sentence.find(verb)
        while at >= 0:
            person = next((m for m in reversed(mentions) if m.end <= at and m.org is not None), None)
            leader = person.org if person is not None and "，" not in sentence[person.end : at] else None
            if leader is not None and leader.kind in _OUTSIDE and leader.name != home:
                position = at + len(verb)
                for unit in sorted((m for m in here if m.start >= position), key=lambda m: m.start):
                    if unit.start != position or unit.kind != "department" or unit.text != unit.name:
                        break
                    out[unit.text] = leader.parent or leader.name
                    position = unit.end + (1 if sentence[unit.end : unit.end + 1] in _UNIT_JOINS else 0)
            at = sentence.find(verb, at + len(verb))
    return out


def led_unit(org: OrgMention, context: ArticleContext, lexicon: Lexicon) -> OrgMention | None:
    """``纳税服务科`` written alone after the article said an outside body's official led it: that
    body's unit, or None."""
    body = context.led_units.get(org.text)
    if body is None or org.text != org.name or org.parent not in (None, context.home):
        return None
    found = resolve_org(body + org.text, lexicon, context.home)
    name, parent = (found.name, found.parent) if found is not None and found.parent == body else (body + org.text, body)
    return OrgMention(org.start, org.end, org.text, name, "department", parent)
