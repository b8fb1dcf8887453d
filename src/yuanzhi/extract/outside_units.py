"""A unit printed alone after an outside body's people is that body's unit (GOLD_SPEC §4.1, §4.2).

Two shapes of others' news:

* a list of one body's people continued after a semicolon: ``区卫监所所长甲解读了…；医疗卫生监督科
  科长乙结合案例…`` → the 监督所's 科 (``continued_unit``): the clause starts with the unit, the
  clause before ends with ``；`` and its last body is not the article's hospital and can hold
  such a unit (lexicon/unit_holders.tsv);
* a company's unit heading a corporate post (``生产部经理甲``, ``质量保证部经理、执业药师乙``) in an
  article that names the company: the company named last that can hold the unit
  (``company_unit``); a grade in the same chain follows its unit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from .article_orgs import ArticleOrgs
from .lexicon_loader import COMPANY_KINDS, Lexicon
from .mentions import PersonMention
from .org_resolve import OrgMention
from .sentence_units import sentence_unit
from .sentences import Sentence
from .unit_holders import bare_unit, holds
from .visited_units import visited_unit

_LIST_GOES_ON = "；"
_CORPORATE = "corporate"  # titles a company's unit is headed with (经理, 总监): lexicon/titles.tsv
_STREET, _OFFICE = "街道", "办事处"
_STREET_OFFICES = (_OFFICE, _STREET + _OFFICE)


def _as_unit(org: OrgMention, body: str) -> OrgMention:
    """``org`` as ``body``'s unit; a unit printed with the body's short name (某某航空|客舱服务部
    for 某某航空有限公司) takes the body in full once, not glued after it."""
    shared = len(os.path.commonprefix([body, org.text]))
    unit = org.text[shared:] if shared >= _MIN_SHORT and len(org.text) - shared >= _MIN_SHORT else org.text
    return OrgMention(org.start, org.end, org.text, body + unit, "department", body)


_MIN_SHORT = 2  # characters of a body's short name before its unit, and of the unit after it


def continued_unit(
    org: OrgMention | None, before: str, bodies_before: Sequence[tuple[OrgMention, OrgMention]], lexicon: Lexicon,
    home: str | None, lead: str = "",
) -> OrgMention | None:
    """``org`` as the unit of the last body of the clause ``before`` (ended by ``；``) that a post
    is printed with, when the clause starts with the unit (or a schedule row's date, ``lead``: the
    clause's text before the unit); else ``org``. ``bodies_before``: that clause's bodies as printed
    and resolved."""
    if org is None or not opens_row(lead) or not bare_unit(org, home) or not before.rstrip().endswith(_LIST_GOES_ON):
        return org
    body = next((_holder(full, home) for printed, full in reversed(bodies_before) if _holder(full, home)
                 and lexicon.title_pattern.match(before, printed.end)  # 所长甲: a post of it, not 被某委授予
                 and not taken_up(before, printed.start)), None)
    if body is None or body == home or not holds(body, org.text, lexicon):
        return org
    return _as_unit(org, body)


# 甲挂任某县医院副院长；乙任该院内科主任；: a post a row's person takes up, printed after the name — not the
# body the list's people are of (the row's own body is printed before its name, 某所所长甲…；)
_TAKEN_UP = re.compile(r"(?:挂任|挂职|担任|兼任|出任|调任|(?<![主责])任)$")


def taken_up(before: str, start: int) -> bool:
    """The body printed at ``start`` of ``before`` follows a word of taking up a post (挂任, 任)."""
    return _TAKEN_UP.search(before, max(0, start - 2), start) is not None


_ROW_DATE = re.compile(r"[0-9０-９一二三四五六七八九十〇月日号、至—\-~～（）()周星期上下午晚天 ]+[：:]")
_MAX_ROWS = 8  # rows of one list read back for the body its rows continue


def opens_row(lead: str) -> bool:
    """``lead`` (a clause's text before its unit) is nothing, or a schedule row's date and time
    (``7月8日（周三）：眼底病科副主任…``: the row starts with the unit all the same)."""
    return not lead or _ROW_DATE.fullmatch(lead) is not None


def _holder(full: OrgMention, home: str | None) -> str:
    """The body a post printed with ``full`` is of: the body itself, or the body of its unit
    (某市税务局个人所得税科科长甲…；第三税务分局副局长乙: the bureau's branch), never the own hospital's."""
    if full.kind != "department":
        return full.name
    return full.parent if full.parent and full.parent != home else ""


def company_unit(
    org: OrgMention | None, person: PersonMention, named: Sequence[OrgMention],
    earlier: Sequence[tuple[PersonMention, OrgMention | None]], lexicon: Lexicon, home: str | None,
) -> OrgMention | None:
    """``org`` (a unit printed alone) as the unit of the company the article named last, when it
    heads a corporate post or the same person's chain gave it that company; else ``org``."""
    if org is None or not bare_unit(org, home):
        return org
    for holder, held in reversed(earlier):  # 质量保证部经理、执业药师乙: the grade follows the chain's unit
        if (holder.name, holder.start) == (person.name, person.start) and held is not None and (
            held.text == org.text and held.parent and held.name == held.parent + org.text
        ):
            return _as_unit(org, held.parent)
    if lexicon.title_category(person.title) != _CORPORATE:
        return org
    company = next((m.name for m in reversed(named) if m.kind in COMPANY_KINDS and m.name != home), None)
    if company is None or not holds(company, org.text, lexicon):
        return org
    return _as_unit(org, company)


def street_office(org: OrgMention, named: Sequence[OrgMention]) -> OrgMention | None:
    """``办事处``, ``街道办事处`` printed alone (街道党工委副书记、办事处主任甲): the office of the street
    the article named last, with the place chain the article prints it with (GOLD_SPEC §4.4, §4.10)."""
    streets = [name[: at + len(_STREET)] for m in named for name in (m.name,) if (at := name.find(_STREET)) >= 2]
    if not streets:
        return None
    last = streets[-1]
    street = max((s for s in streets if s.endswith(last[-(len(_STREET) + 2) :])), key=len)
    return OrgMention(org.start, org.end, org.text, street + _OFFICE, "government", None)


def outside_unit(
    org: OrgMention | None, person: PersonMention, position: int, sentences: Sequence[Sentence], known: ArticleOrgs,
    seen: Sequence[OrgMention], earlier: Sequence[tuple[PersonMention, OrgMention | None]], lexicon: Lexicon,
    home: str | None,
) -> OrgMention | None:
    """Both readings above for the post of ``person`` in sentence ``position`` (the hook of facts.py), then
    another hospital's setting (visited_units.py: 在某医院，护理部主任甲; a seconded or sent team's units)."""
    org = _outside_unit(org, person, position, sentences, known, seen, earlier, lexicon, home)
    org = sentence_unit(org, sentences[position].text, position, known, earlier, lexicon, home)  # 某医院派出…，医务部主任甲
    return visited_unit(org, person, sentences[position].text, position, known, seen, lexicon, home)


def _outside_unit(
    org: OrgMention | None, person: PersonMention, position: int, sentences: Sequence[Sentence], known: ArticleOrgs,
    seen: Sequence[OrgMention], earlier: Sequence[tuple[PersonMention, OrgMention | None]], lexicon: Lexicon,
    home: str | None,
) -> OrgMention | None:
    if org is None or not bare_unit(org, home):
        return org
    org = _continued_rows(org, position, sentences, known, lexicon, home)
    if org is not None and org.text in _STREET_OFFICES:
        org = street_office(org, known.named_until(position)) or org
    named: list[OrgMention] = []
    if lexicon.title_category(person.title) == _CORPORATE:  # only then is the company named last asked for
        here = [m for m in known.per_sentence[position] if m.end <= person.start]
        named = [known.resolve(m, position, lexicon) or m for m in (*seen, *here) if m.kind in COMPANY_KINDS]
    return company_unit(org, person, named, earlier, lexicon, home)


def _continued_rows(
    org: OrgMention, position: int, sentences: Sequence[Sentence], known: ArticleOrgs, lexicon: Lexicon,
    home: str | None,
) -> OrgMention | None:
    """``continued_unit`` over the rows before: a row whose bodies are all units printed alone
    continues the list too (眼底病科…；青光眼科…), so the body is the one a row before it printed."""
    lead = sentences[position].text[: org.start]
    for back in range(position - 1, max(-1, position - 1 - _MAX_ROWS), -1):
        before = sentences[back]
        if before.paragraph != sentences[position].paragraph or not before.text.rstrip().endswith(_LIST_GOES_ON):
            return org
        bodies = [(m, known.resolve(m, back, lexicon) or m) for m in known.per_sentence[back]]
        found = continued_unit(org, before.text, bodies, lexicon, home, lead)
        if found is not org or back == position - 1 and not opens_row(lead):
            return found
        if not bodies or not all(bare_unit(full, home) for _printed, full in bodies):
            return org
    return org


_VENUE = "在"
_VENUE_KINDS = {"hospital"}


def venue_body(sentence: str, person: PersonMention, orgs: Sequence[OrgMention]) -> OrgMention | None:
    """``在某医院，副院长甲陪同…``: a post written with no body, right after the clause that opens the
    sentence at a hospital, is that hospital's (GOLD_SPEC §4.1: the institution the sentence names)."""
    body = next((m for m in orgs if m.start == len(_VENUE) and m.kind in _VENUE_KINDS), None)
    if body is None or not sentence.startswith(_VENUE) or sentence[body.end : body.end + 1] not in "，,":
        return None
    return body if sentence[body.end + 1 : person.start] == person.title else None
