"""Posts a person held, told as a career: ``历任外科住院医师、主治医师、外科主任、副院长``,
``先后任…``, and dated clauses ``2010年起任针灸科主任``, ``1988年3月至2002年6月任医院党委书记``.

Whose career: the name the sentence starts with (``某某同志1942年5月出生，…``, ``某某，男，…``),
or the one person the article has already named with a post written in the sentence before the
cue (``1987年，19岁的某某从卫校毕业后…，先后任…``), or, for a sentence that starts with 他/她 or
with no name, the person whose life the article last told (``ArticleContext.told``), else the
profile's subject. Each post is a position held (action ``held``), no decision: a
decision is read where the text states one. A clinical rank written bare after a unit's post
(``外科住院医师、主治医师``) is of that unit.
"""

from __future__ import annotations

import re

from .events import AppointmentHit
from .lexicon_loader import Lexicon
from .mentions import ArticleContext
from .name_model import dotted_name_at
from .names import surname_length, valid_name
from .notices import HELD, posts_between
from .orgs import OrgMention, Tokens

_CAREER = re.compile(r"(?:历任|先后任|先后担任|曾任|曾担任|曾先后任|曾兼任|曾先后兼任)")  # 曾兼任: posts held beside the career
_YEAR = r"(?:19|20)\d\d年(?:\d{1,2}月)?"
_DATED = re.compile(rf"{_YEAR}(?:(?:至|到|—|－|-)(?:{_YEAR}|\d{{1,2}}月))?(?:起|以来)?(?:改任|转任|调任|升任|任|担任)")
_CLAUSE_STOP = "，。；,;"
_SUBJECT_END = re.compile(r"同志|[，,]|(?:19|20)\d\d年")
_PRONOUNS = ("他", "她")
_NAMED_FIRST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:同志|[，,])")  # a sentence about someone else


def career_hits(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, context: ArticleContext,
) -> list[AppointmentHit]:
    """The posts of a career told in ``sentence``, each a held post of its subject."""
    cues = [(m.end(), True) for m in _CAREER.finditer(sentence)]
    cues += [(m.end(), False) for m in _DATED.finditer(sentence) if _clause_start(sentence, m.start())]
    if not cues:
        _remember_subject(sentence, lexicon, context)
        return []
    subject = _remember_subject(sentence, lexicon, context)
    if subject is None or subject[2] == 0:  # 1987年，19岁的甲从卫校毕业后…，先后任…: a name the article knows
        first = min(m.start() for m in (*_CAREER.finditer(sentence), *_DATED.finditer(sentence)))
        subject = _known_before(sentence, first, context) or subject
    if subject is None:
        return []
    name, start, end = subject
    hits: list[AppointmentHit] = []
    for at, listed in sorted(cues):
        stop = min((i for i in (sentence.find(c, at) for c in _CLAUSE_STOP) if i >= 0), default=len(sentence))
        if not listed and sentence.startswith("的", stop - 1):
            continue
        body = _referred_body(sentence, at, lexicon, context) if listed else None
        posts = posts_between(sentence, at + (len(_REFERENCE) if body else 0), stop, tokens, lexicon, home)
        if not posts:
            continue
        if body is not None:  # 在某医院工作十六年，先后任该院外科主任、副院长: that hospital's posts
            posts = [(title, _of_body(org, body, home)) for title, org in posts]
        unit: OrgMention | None = None
        for title, org in posts:
            if org is not None and org.kind == "department":
                unit = org
            elif unit is not None and lexicon.is_unit_title(title) and (org is None or org.name == home):
                org = unit  # 外科住院医师、主治医师: the rank is of the unit the list started with
            elif org is not None:
                unit = None
            hits.append(AppointmentHit(name, title, org, HELD, start, end))
    return hits


_REFERENCE = "该院"  # the hospital the sentence just named


def _referred_body(sentence: str, at: int, lexicon: Lexicon, context: ArticleContext) -> OrgMention | None:
    """The body 该院 right after the cue stands for: the last one the sentence named before it."""
    if not sentence.startswith(_REFERENCE, at):
        return None
    return next((m for m in reversed(context.here) if m.end <= at and m.kind in _BODY_KINDS), None)


_BODY_KINDS = {"hospital"}


def _of_body(org: OrgMention | None, body: OrgMention, home: str | None) -> OrgMention:
    """A post written after 该院: its unit is the body's unit, a bare post the body's own."""
    if org is not None and org.kind == "department" and org.parent in (None, home):
        return OrgMention(org.start, org.end, org.text, body.name + org.text, "department", body.name)
    return body if org is None or org.name == home else org


def _known_before(sentence: str, at: int, context: ArticleContext) -> tuple[str, int, int] | None:
    """The one person the article has already named with a post, written in the sentence before ``at``."""
    named = {name: sentence.rfind(name, 0, at) for name in context.titles}
    named = {name: where for name, where in named.items() if where >= 0}
    if len(named) != 1:
        return None
    (name, where), = named.items()
    return name, where, where + len(name)


def _clause_start(sentence: str, at: int) -> bool:
    """The dated 任 opens its clause (``，2010年起任…``), or follows the subject's name right away."""
    return at == 0 or sentence[at - 1] in _CLAUSE_STOP or bool(
        re.match(r"^[\u4e00-\u9fff]{2,4}(?:同志)?$", sentence[:at])
    )


def _remember_subject(
    sentence: str, lexicon: Lexicon, context: ArticleContext
) -> tuple[str, int, int] | None:
    """The name the sentence starts with (kept as the article's subject), else the subject."""
    dotted = dotted_name_at(sentence, 0, lexicon)
    if dotted is not None and _SUBJECT_END.match(sentence, dotted[1]):
        context.told = sentence[: dotted[1]]  # 某某·某某，1972年出生于…: a name of parts joined by a dot
        return context.told, 0, dotted[1]
    end = _SUBJECT_END.search(sentence, 0, 8)
    if end is not None and 2 <= end.start() <= 4:
        name = sentence[: end.start()]
        surname = surname_length(name, lexicon)
        if surname and len(name) - surname in (1, 2) and valid_name(name, lexicon, allow_common=end.group(0) == "同志"):
            context.told = name
            return name, 0, len(name)
    told = context.told or context.subject
    if told is None or not (sentence.startswith(_PRONOUNS) or not _NAMED_FIRST.match(sentence)):
        return None
    return told, 0, 0
