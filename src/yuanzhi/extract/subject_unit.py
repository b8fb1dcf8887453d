"""The department an article is about: a 科室巡礼 or a department's profile.

    【科室巡礼】某市中心医院神经外科：守护“生命中枢”      (headline naming the department)
    某市中心医院神经外科创建于1986年，是省级临床重点专科。  (the body opens with it)

When the headline names a department of the issue's hospital and the body's first sentence
opens with that department, the story is that department's: a title held in a unit or a
clinical grade written later without an organization (科主任甲, 护士长乙，主任护师) is the
department's, not the hospital's. A doctor's profile (``某某：…`` headline) is about the department of
the doctor's clinical grade (profiled_unit); a grade told with 是 after a department's post in the
sentence is that department's (chain_unit).
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import OrgMention


def subject_unit(
    headline: str | None, first_orgs: Sequence[OrgMention], home: str | None,
    paragraph_orgs: Sequence[OrgMention] = (), suffixes: Sequence[str] = (), first_text: str = "",
) -> OrgMention | None:
    """The department the article is about, or None: the one the headline names and the body
    opens with, or the one department of ours the headline and the first body paragraph both
    name (走进某病区 … 这就是该院某病区。); a body opening with a department and a colon is a
    headline line of that department's story (``某科：一年…`` under ``科室年度工作总结``)."""
    if not headline:
        return None
    opening = next((m for m in first_orgs if m.start == 0), None)
    if opening is not None and opening.kind == "department" and opening.parent in (None, home):
        return opening if opening.name in headline or first_text.startswith(_KICKER, opening.end) else None
    named = {}
    for m in paragraph_orgs:
        if m.kind == "department" and m.parent in (None, home):
            unit = m.name if m.name in headline else _headline_unit(m.name, headline, suffixes)
            if unit is not None:
                named[unit] = m if unit == m.name else OrgMention(m.start, m.start + len(unit), unit, unit, m.kind, m.parent)
    # “疗术科”——蒙医传统疗术科: a short form the body quotes ends the full name, one department
    named = {u: m for u, m in named.items() if not any(o != u and o.endswith(u) for o in named)}
    return next(iter(named.values())) if len(named) == 1 else None


def profiled_unit(headline: str, person: PersonMention, org: OrgMention | None, lexicon: Lexicon) -> OrgMention | None:
    """The department of the doctor a profile is about (``某某：乡亲们信得过的“胃镜一把刀”`` then
    ``某某，某医院消化内科主任、主任医师``): the unit the person's chain gives the person's clinical grade, which the
    story's nurses and grades without a unit then take (GOLD_SPEC §5), or None."""
    if org is None or org.kind != "department" or person.name + "：" not in headline:
        return None
    return org if lexicon.title_category(person.title) == _CLINICAL else None


_KICKER = ("：", ":")  # 某科：… a headline line naming the story's department
_CLINICAL = "clinical"  # lexicon/titles.tsv: 主任医师, 护士长 …


def chain_unit(person: str, title: str, org: OrgMention | None, text: str,
               posted: Sequence[tuple[PersonMention, OrgMention | None]], lexicon: Lexicon) -> OrgMention | None:
    """``病区主任某某是主任医师、硕士研究生导师``: a grade or academic title told of a person whose post the
    sentence gave in a department, with no body printed for it (the reader lent the hospital), is that
    department's — the chain starts with it (GOLD_SPEC §5); else None."""
    if org is None or org.kind != "hospital" or text[org.start : org.end] == org.text:
        return None  # a body printed with the title is its own; no body lent, the story's unit (post_orgs)
    category = lexicon.title_category(title)
    if category != _CLINICAL and not (category == _ACADEMIC and title.endswith(_ACADEMIC_GRADES)):
        return None  # 健康副校长, 所长: a post, not a grade (§5)
    units = [o for p, o in posted if p.name == person and o is not None and o.kind == "department"]
    return units[-1] if units else None


_ACADEMIC = "academic"  # 教授, 硕士研究生导师
_ACADEMIC_GRADES = ("教授", "导师", "博导", "硕导")  # §5's academic titles and supervisors


def _headline_unit(name: str, headline: str, suffixes: Sequence[str]) -> str | None:
    """The department the headline names that a longer mention starts with: ``在脾胃病科示教室``
    under the headline ``脾胃病科完成…`` (a room or ward of it is no other subject)."""
    for end in range(len(name) - 1, 2, -1):
        if name[:end] in headline and name[:end].endswith(tuple(suffixes)):
            return name[:end]
    return None


_HEADLINE_MAX = 40


def headline_paragraphs(paragraphs: Sequence[str]) -> int:
    """How many opening paragraphs are headline lines (short, no sentence end) rather than body."""
    count = 0
    for paragraph in paragraphs:
        if len(paragraph) > _HEADLINE_MAX or any(mark in paragraph for mark in "。！？"):
            break
        count += 1
    return count


def takes_subject_unit(title: str, lexicon: Lexicon) -> bool:
    """A post held in a unit (主任, 护士长) or a clinical grade (主任医师); not a teaching rank
    (教授, 博士研究生导师), which no department holds."""
    return lexicon.title_category(title) == "clinical" or title in lexicon.unit_titles
