"""Passes over one article's facts once all its sentences are read (facts.py calls them last):

    appointed_on_a_day ─▶ one_date_per_appointment ─▶ persons_not_listed ─▶ article_aliases
    ─▶ positions_of_record

An appointment is made on a day: one dated by a meeting of several days whose election day is not
printed (11月14日至15日…换届大会) takes the meeting's first day (GOLD_SPEC §11). A headline and the body stating one appointment keep the more exact date; a name listed in a
leadership list that later holds posts of its own is a person, not a listed member; the short
names the article declared or wrote become aliases of the organizations they stand for; a post
given under a 医共体's member name (城关分院) goes to the body of record the article printed with it.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Appointment
from .article_orgs import ArticleOrgs
from .collector import Collector
from .lexicon_loader import Lexicon
from .member_names import positions_of_record
from .short_forms import short_forms_written


def close_article(
    out: Collector, article_id: str, source: str, held: dict[str, list[str]], known: ArticleOrgs,
    texts: list[str], lexicon: Lexicon,
) -> None:
    """All passes, in order, over the facts the article ``article_id`` of ``source`` added."""
    appointed_on_a_day(out, article_id, source)
    one_date_per_appointment(out, article_id, source)
    persons_not_listed(out, article_id, source, held)
    article_aliases(out, known, texts, lexicon)
    positions_of_record(out, known.declared, article_id, source)


def appointed_on_a_day(out: Collector, article_id: str, source: str) -> None:
    """An appointment dated by a range (a meeting of several days) is dated by its first day."""
    out.appointments[:] = [
        replace(a, date=a.date.split("/", 1)[0]) if a.date and "/" in a.date and a.evidence
        and a.evidence[0].article_id == article_id and a.evidence[0].source == source else a
        for a in out.appointments
    ]


def one_date_per_appointment(out: Collector, article_id: str, source: str) -> None:
    """A headline (某某连任副主任委员) and the body (11月16日…连任副主任委员) state one appointment:
    within an article the one with the longest (most exact) date stands."""
    mine = [a for a in out.appointments if a.evidence and a.evidence[0].article_id == article_id
            and a.evidence[0].source == source]
    best: dict[tuple[str, str, str], Appointment] = {}
    for item in mine:
        key = (item.person, item.title, item.action)
        known = best.get(key)
        if known is None or len(item.date or "") > len(known.date or ""):
            best[key] = item
    drop = {id(a) for a in mine if best[(a.person, a.title, a.action)] is not a and (
        (a.date or "") != (best[(a.person, a.title, a.action)].date or "")
        and (best[(a.person, a.title, a.action)].date or "").startswith(a.date or "")
    )}
    out.appointments[:] = [a for a in out.appointments if id(a) not in drop]


def persons_not_listed(out: Collector, article_id: str, source: str, held: dict[str, list[str]]) -> None:
    """领导班子成员甲、乙 … 乙 later with posts of his own: a person, not listed."""
    for key, role in list(out.listed.items()):
        if key[0] in held and all(e.article_id == article_id and e.source == source for e in role.evidence):
            del out.listed[key]


def article_aliases(out: Collector, known: ArticleOrgs, texts: list[str], lexicon: Lexicon) -> None:
    """某公司（以下简称“某科技”） and the short forms the article wrote: aliases of the full names."""
    for short_name, full_name in known.declared.items():
        out.add_alias(full_name, short_name, lexicon.org_kind(full_name) or "other")
    for named_org, short_name in short_forms_written(texts, known.everywhere(), lexicon):
        out.add_alias(named_org.name, short_name, named_org.kind)
