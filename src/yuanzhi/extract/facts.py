"""Facts of one issue: people and positions, organizations, appointments, events,
honors, partnerships and patient mentions, each with its evidence.

    Issue ─▶ articles ─▶ sentences ─▶ (patients · orgs · people · dates · events) ─▶ Facts

Conventions (documented for the gold files and the README):

- ``org`` of a position is the organization written with the title; a department
  of the issue's own hospital is named alone (``新生儿科``, parent = the hospital);
  a department of another hospital keeps the hospital in its name
  (``北京医院泌尿外科``, parent ``北京医院``). No written organization → the issue's
  hospital for hospital titles (院长, 主任, 医师 ...), none for corporate,
  government and media titles.
- A byline author is a person of the byline's department only when the byline prints a title
  (通讯员, 记者); a bare name states no position and none is invented.
- Evidence dates: the sentence's own date when it states one (to the month or
  better), else the issue date. An appointment without a date of its own takes
  the last date stated earlier in its article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import (
    Appointment,
    Article,
    Event,
    Evidence,
    Facts,
    Honor,
    Issue,
    ListedRole,
    Organization,
    PatientMention,
)
from .article_orgs import read_article_orgs
from .byline_names import credit_names
from .byline_people import add_byline_people, article_page, byline_in_paragraph
from .careers import career_hits
from .collective import listed_in_sentence
from .collector import Collector, collector_to_facts
from .committee_units import committee_unit
from .dates import DateMention, date_key, day_of_last_month, find_dates, years_in
from .delegations import delegation_orgs, deputy_orgs
from .deputies import level_place, level_post
from .events import (
    EventHit,
    announced_list,
    appointments_in,
    event_in,
    honor_in,
    partnership_in,
    quoted,
    summarize,
)
from .facts_json import facts_to_json
from .fixed_bodies import settle
from .home_orgs import home_group, home_hospital
from .lexicon_loader import Lexicon, default_lexicon
from .mentions import PersonMention
from .name_evidence import article_evidence, printed_names
from .notices import HELD, notice_hits
from .orgs import SITTING as _SITTING
from .orgs import (
    STRONG_KINDS,
    OrgMention,
    designated,
    holds_council,
    resolve_org,
)
from .partners import planned_signing, several_partners
from .patients import find_patients
from .people import ArticleContext, people_in_sentence
from .segment import default_tokenizer, tokens, word_tags
from .sentences import Sentence, is_traditional, paragraph_sentences, to_simplified
from .short_forms import record_alias, short_forms_written
from .story_cues import tells_onset, tells_operation
from .subject_unit import headline_paragraphs, subject_unit, takes_subject_unit
from .title_clauses import clause_titles, shared_but_bracketed

__all__ = ["article_page", "facts_to_json", "issue_to_facts"]

if TYPE_CHECKING:
    import jieba

_HOME_DEFAULT_CATEGORIES = {"administrative", "party", "clinical", "academic"}
_SAME_OCCASION = ("会上", "会议上", "仪式上", "活动中", "活动现场", "会议期间", "期间", "当天", "当日", "同日", "当晚")
# 随后，…签订了合作协议 / 会后，…开展了学术讲座: a lecture or an agreement after the occasion just dated
# is an event of that day; a tour, a talk or a pledge after it is part of the occasion.
_THEN = ("随后", "会后", "会议结束后", "仪式结束后", "活动结束后")
_AGREEMENT = re.compile(r"协议|合同|备忘录|签约")
_CLINIC = re.compile(r"义诊|筛查|坐诊")  # 仪式结束后，专家团队开展了义诊: a second event (HELDOUT2 §9, HELDOUT4 §15)
_STORY_TIME = re.compile(r"(?:[初中底末]?的(?:一个|一天|某|那个|那天))")  # 12月的一个深夜: a time in a story
_DAY_NAME = re.compile(r"\d{1,2}\s*[·•]\s*\d{1,2}")  # “5·12”: a day written as its name
# 甲与乙签订了托管协议书 with no date of its own: signed on the day the article just dated, unless
# told as past, planned or ongoing (自…签订协议以来, 将签订, 曾签订, 根据…签订的协议).
_SIGNED_NOW = re.compile(r"签订了[^，。；]{0,20}(?:协议|合同|备忘录)|签署了[^，。；]{0,20}(?:协议|合同|备忘录)")
_NOT_NOW = re.compile(r"以来|此前|曾|早在|将|拟|计划|根据|按照|去年|前年")


def _article_sentences(article: Article) -> list[Sentence]:
    heads = [t for t in (article.kicker, article.title, article.subtitle) if t]
    body = list(article.paragraphs)
    if article.editor_note:
        body.insert(0, article.editor_note)
    for sidebar in article.sidebars:
        body.extend(p for p in ((sidebar.title,) if sidebar.title else ()) + sidebar.paragraphs)
    fold = is_traditional(heads + body)  # a variant character in a name is kept (sentences.py)
    return paragraph_sentences(heads, -len(heads), fold) + paragraph_sentences(body, fold=fold)


def issue_to_facts(issue: Issue, lexicon: Lexicon | None = None, tokenizer: jieba.Tokenizer | None = None) -> Facts:
    """Facts of one issue, every one with Evidence(source, article id, sentence, span)."""
    lexicon = lexicon or default_lexicon()
    tokenizer = tokenizer or default_tokenizer()
    return _issue_to_facts(issue, lexicon, tokenizer)


def _issue_to_facts(issue: Issue, lexicon: Lexicon, tokenizer: jieba.Tokenizer) -> Facts:
    cache: dict[str, list[tuple[str, int, int]]] = {}

    def tokenize(text: str) -> list[tuple[str, int, int]]:
        if text not in cache:
            cache[text] = tokens(tokenizer, text)
        return cache[text]

    per_article = [(article, _article_sentences(article)) for article in issue.articles]
    all_text = [s.text for _a, sentences in per_article for s in sentences]
    home = home_hospital(all_text, tokenize, lexicon)
    group = home_group(all_text, tokenize, lexicon)
    years = Counter(y for text in all_text for y in years_in(text))
    fallback_year = years.most_common(1)[0][0] if years else None
    out = Collector(lexicon)
    if home:
        out.orgs[home] = Organization(home, "hospital")
    for article, sentences in per_article:
        try:
            with article_evidence(printed_names((s.text for s in sentences), lexicon)):  # names.py
                _article_facts(issue, article, sentences, home, group, fallback_year, lexicon, tokenize, out)
        except (ValueError, IndexError, KeyError, TypeError) as exc:  # best effort, reported
            out.warnings.append(f"{issue.source}: article {article.id}: extraction stopped early ({exc!r})")
    return collector_to_facts(out, issue.date)


def _article_facts(
    issue: Issue, article: Article, sentences: list[Sentence], home: str | None, group: str | None,
    fallback_year: int | None, lexicon: Lexicon, tokenize: Callable[[str], list[tuple[str, int, int]]],
    out: Collector,
) -> None:
    context = ArticleContext(home, group)
    page = article_page(article)
    last_date: str | None = None
    byline_paragraphs: set[int] = set()
    written_org: dict[str, OrgMention] = {}  # the organization last written with each name
    from_byline: set[str] = set()  # names whose written_org is only their byline's department
    held: dict[str, list[str]] = {}  # titles each name has had in this article
    article_events: set[tuple[str | None, str]] = set()  # one event per (date, type) in an article
    last_body: OrgMention | None = None  # the society or committee the article last named
    units_named: set[str] = set()  # departments the article has named so far
    lead: tuple[int, str] | None = None  # (paragraph, date) of a dated sentence that named no activity
    onset: str | None = None  # the date a patient story opened with, until an operation or another date
    opened = False  # a dated sentence came before (only the first can open a patient story)
    listed_action: str | None = None  # 聘任以下同志职务： the items that follow are appointments
    guests: list[str] = []  # institutions other than the hospital the article has named so far
    for index, paragraph in enumerate(article.paragraphs):
        # …岗位。（记者 黎某某 摄）, （通讯员 甲 乙）: a credit with printed roles closes the paragraph
        for credit_role, credit_name in credit_names(to_simplified(paragraph), lexicon):  # byline_names.py
            add_byline_people(None, (credit_name,), article, issue, home, lexicon, out, (credit_role,))
        byline = byline_in_paragraph(to_simplified(paragraph), lexicon)
        if byline is not None:
            byline_paragraphs.add(index)
            add_byline_people(byline[0], (byline[1],), article, issue, home, lexicon, out)
            unit = resolve_org(byline[0], lexicon, home)
            if unit is not None:
                if byline[1] not in written_org:
                    written_org[byline[1]] = unit
                    from_byline.add(byline[1])
    for byline_record in article.bylines:
        if byline_record.department or byline_record.authors:
            add_byline_people(byline_record.department, byline_record.authors, article, issue, home, lexicon, out,
                        tuple(getattr(byline_record, "roles", ())))
            unit = resolve_org(to_simplified(byline_record.department), lexicon, home) if byline_record.department else None
            for author in byline_record.authors:
                if unit is not None:
                    author_name = to_simplified(author).replace(" ", "")
                    if author_name not in written_org:
                        written_org[author_name] = unit
                        from_byline.add(author_name)
    body_sentences = [s for s in sentences if s.paragraph not in byline_paragraphs]
    known = read_article_orgs(
        [s.text for s in body_sentences], tokenize, lexicon, home, [s.paragraph < 0 for s in body_sentences]
    )
    context.declared = dict(known.declared)  # 某公司（以下简称“某科技”）: 某科技董事长 is that company's
    heads = headline_paragraphs(article.paragraphs)  # 【科室巡礼】 then 某医院神经外科：… as a first line
    first_body = next((i for i, s in enumerate(body_sentences) if s.paragraph >= heads), None)
    subject = subject_unit(
        " ".join([article.title or "", *article.paragraphs[:heads]]),
        known.per_sentence[first_body] if first_body is not None else (), home,
        [m for i, s in enumerate(body_sentences) if first_body is not None
         and s.paragraph == body_sentences[first_body].paragraph for m in known.per_sentence[i]],
    )
    for position, sentence in enumerate(body_sentences):
        text = sentence.text
        words = tokenize(text)
        dates = find_dates(text, issue.date, fallback_year)
        if sentence.paragraph < heads and dates and all(_DAY_NAME.fullmatch(text[d.start:d.end]) for d in dates):
            dates = []  # headline 我院举行“5·12”国际护士节庆祝大会: the day's name, not the date of the report
        if not dates and (alone := day_of_last_month(text, last_date)) is not None:
            dates = [alone]  # 19日上午，…: that day of the month the article dated last
        exact = [d for d in dates if not d.approximate and len(d.value) >= 7]
        if exact and not _STORY_TIME.match(text, exact[0].end) and not text[:exact[0].start].endswith(("去年", "前年")):
            last_date = exact[0].value  # not 去年12月的一个深夜: a story told in passing dates no 当天 after it
        when = date_key(exact[0].value) if exact else issue.date

        def evidence(start: int | None = None, end: int | None = None, quote: str = sentence.original) -> Evidence:
            return Evidence(issue.source, article.id, quote, start, end, page)

        patients = find_patients(text, lexicon)
        for patient in patients:
            out.patients.append(PatientMention(patient.mention, issue.source, article.id))
        blocked = [(p.start, p.end) for p in patients]

        orgs = known.per_sentence[position]
        bodies = [m for m in orgs if (m.kind == "association" or holds_council(text, m)) and not _SITTING.match(m.text)]
        if bodies:
            body = max(bodies, key=lambda m: (m.end, m.end - m.start))
            if last_body is None or last_body.parent != body.name:
                # 医学会副会长… after 医学会某分会: the branch stays the body the story is about;
                # 呼吸联盟: the alliance declared in full
                last_body = known.resolve(body, position, lexicon) or body
        orgs = [m for m in orgs if not _SITTING.match(m.text)]  # 第七届委员会: a sitting, not a body
        units_named.update(m.name for m in orgs if m.kind == "department")
        units_named.update(_short_units(words, lexicon))
        for mention in orgs:
            full = known.resolve(mention, position, lexicon)
            _designation_alias(out, mention, lexicon)
            if full is not None and full.name != mention.name:
                record_alias(out, mention, full)  # 省人民医院 after 秦川省人民医院: one organization
            elif mention.kind in STRONG_KINDS or mention.text != mention.name or mention.parent not in (None, home):
                out.add_org(mention, evidence(mention.start, mention.end))

        context.here = orgs  # 该院, 该公司: the institution named last, here or before
        mentions = [m for m in people_in_sentence(text, words, lexicon, context, blocked)
                    if not shared_but_bracketed(text, m.start, m.end, m.title, words, lexicon)]  # 主任甲和乙（…）
        context.seen.extend(orgs)
        deputies = {i: o for i, o in deputy_orgs(mentions).items()
                    if lexicon.title_category(mentions[i].title) not in _HOME_DEFAULT_CATEGORIES}  # 副局长, not 副院长
        led = deputies | delegation_orgs(text, mentions, lexicon, home)
        posted: list[tuple[PersonMention, OrgMention | None]] = []  # the sentence's posts so far (区委常委、宣传部部长)
        for number, person in enumerate(mentions):
            if number in led:  # 某大学副校长甲率教务处处长乙一行: the leader's institution
                person = replace(person, org=led[number], inherited=False)
            elif person.org is None and (unit := _this_unit(text, person, orgs)) is not None:
                person = replace(person, org=unit)  # 在急诊科，科主任某某介绍: 科 is the unit just named
            org, written = _body(person.org, last_body), person.org is not None and not person.inherited
            full = known.resolve(org, position, lexicon)
            if org is not None and full is not None and full.name != org.name:
                record_alias(out, org, full)
            org = full
            if (org is None or person.inherited) and last_body is not None and (
                lexicon.title_category(person.title) == "association"
            ):
                org, written = last_body, False  # 当选为主任委员: a society's post, of the society the article names
            if org is not None and written:
                written_org[person.name] = org
                from_byline.discard(person.name)
            elif org is None and person.name in written_org and lexicon.title_category(person.title) and (
                person.name not in from_byline or lexicon.is_unit_title(person.title)
            ) and not (lexicon.title_category(person.title) == "media" and written_org[person.name].kind == "association"):
                org = written_org[person.name]  # 院长助理 is the hospital's even when the byline is a department
            elif org is None and lexicon.title_category(person.title) == "clinical" and _bare_title(text, person) and len(
                here := {m.name: m for m in orgs if m.kind == "department" and m.end <= person.start}
            ) == 1:
                org = next(iter(here.values()))  # 心内科形成了梯队：副主任医师某某…: the unit the sentence is about
            elif org is None and len(units_named) == 1 and lexicon.title_category(person.title) == "clinical":
                only = next(iter(units_named))  # 副主任医师某某 in a story about one department: its staff
                org = resolve_org(only, lexicon, home) or OrgMention(0, 0, only, only, "department")
            elif org is None and subject is not None and not person.short and takes_subject_unit(person.title, lexicon):
                org = subject  # 科室巡礼: 护士长某某，主任护师 is the department's the story is about
            elif org is None and home and lexicon.title_category(person.title) in _HOME_DEFAULT_CATEGORIES:
                org = resolve_org("我院", lexicon, home)
            org = settle(person.title, org, written, person.start, position, known, home, lexicon, written_org.values())
            if (org is None or org.kind != "government") and level_post(person.title, lexicon):
                org = level_place(person.title, [home or "", *(m.name for m in context.seen)], lexicon)  # 市人大代表: the city's
            org = committee_unit(person, org, posted, lexicon, text)
            posted.append((person, org))
            out.add_org(org, evidence())
            title = person.title  # 学术委员会主任、某大学内科学系主任甲: the unit's own 主任 stays
            if person.org is None or person.short or person.inherited:
                title = _fuller_title(person.name, person.title, held, lexicon)
            held.setdefault(person.name, []).append(title)
            out.add_position(
                person.name, title, org.name if org else None, evidence(person.start, person.end), when, written
            )

        titled = [(m.start, m.end) for m in mentions]
        for listed in listed_in_sentence(text, words, lexicon, home, blocked, titled, group):
            out.add_org(listed.org if listed.org and listed.org.text else None, evidence())
            on = exact[0].value if exact else (last_date or issue.date)  # the occasion the list is of
            listed_org = known.resolve(listed.org, position, lexicon) or listed.org  # 集团 → its declared full name
            out.add_listed(ListedRole(listed.name, listed.role, listed_org.name if listed_org else None, on,
                                      (evidence(listed.start, listed.end),)))

        spans = [(m.start, m.end) for m in mentions if not m.short]
        past = bool(_TENURE.match(text) or _SHIFTED.match(text) and not _NEXT_STEP.match(text))  # 在藏期间，某某担任…: a post held, not announced
        listed_action = announced_list(text, lexicon) or listed_action
        found = appointments_in(text, words, lexicon, home, blocked, spans, listed_action)
        more = notice_hits(text, words, lexicon, home, blocked) + career_hits(text, words, lexicon, home, context)
        more += clause_titles(text, words, lexicon, home, blocked, spans)  # 甲（A医院院长）; 甲，A医院副院长，
        for hit in found + [h for h in more if all(
            (h.person, h.title, h.action) != (f.person, f.title, f.action) for f in found
        )]:  # 甲、乙同志分别任…; 甲同志由A调任B: notice items anchored on 同志 (notices.py)
            hit = replace(hit, org=known.resolve(_body(hit.org, last_body), position, lexicon))
            if hit.org is None and last_body is not None and lexicon.title_category(hit.title) == "association":
                hit = replace(hit, org=last_body)
            elif hit.org is None and hit.action == HELD and subject is not None and takes_subject_unit(hit.title, lexicon):
                hit = replace(hit, org=subject)  # 科室巡礼: 医疗组长分别为甲、乙和丙 (the department's)
            elif hit.org is None and hit.action == HELD and len(units_named) == 1 and lexicon.title_category(hit.title) == "clinical":
                only = next(iter(units_named))  # 医疗组长分别由甲、乙和丙担任 in a story about one department
                hit = replace(hit, org=resolve_org(only, lexicon, home) or OrgMention(0, 0, only, only, "department"))
            hit = replace(hit, org=settle(hit.title, hit.org, True, hit.start, position, known, home, lexicon))
            out.add_org(hit.org)
            if not past and hit.action != HELD and hit.title not in lexicon.occasion_titles:  # 任演练总指挥
                out.appointments.append(
                    Appointment(hit.person, hit.title, hit.org.name if hit.org else None, hit.action,  # type: ignore[arg-type]
                                exact[0].value if exact else (last_date or issue.date), (evidence(hit.start, hit.end),))
                )
            org_name = hit.org.name if hit.org else None
            if (hit.person, hit.title, org_name) not in out.positions:  # a removal ends a post held
                out.add_position(hit.person, hit.title, org_name, evidence(hit.start, hit.end), when)

        if not dates and last_date and text.startswith(_SAME_OCCASION):
            dates = [DateMention(0, 0, last_date)]  # 会上，…: the occasion the last sentence dated
        elif (
            not dates and lead is not None and lead[0] == sentence.paragraph and not _SHIFTED.match(text)
            and any(cue in text for cue, _kind in (*lexicon.event_cues, *lexicon.weak_event_cues))
        ):
            dates = [DateMention(0, 0, lead[1])]  # 12月3日，患者…送到急诊。医生为其实施介入治疗: the lead's date
        then = not dates and last_date is not None and (text.startswith(_THEN) or bool(_SIGNED_NOW.search(text)) and not _NOT_NOW.search(text))
        event = event_in(text, [DateMention(0, 0, last_date)] if then and last_date else dates, lexicon)
        if then and event is not None and not (
            event.type == "training" or (event.type == "signing" and _AGREEMENT.search(text))
            or (event.type == "outreach" and _CLINIC.search(text))
        ):
            event = None
        lead = (sentence.paragraph, exact[0].value) if exact and event is None else None
        if event is None and not exact and onset is not None and tells_operation(text, lexicon):
            event, onset = EventHit(onset, "surgery", summarize(text), False), None  # the operation of that night
        if exact:  # 8月2日凌晨，患者突发…被送到急诊科: a patient story opens with the day it is about
            opening = event is None and not article_events and not opened and (patients or tells_onset(text, lexicon))
            onset, opened = (exact[0].value if opening else None), True
        if event is not None and (event.date, event.type) not in article_events and not _in_range(
            event.date, event.type, article_events
        ):  # 19日上午，大会… inside 18日至19日's congress: the same meeting
            article_events.add((event.date, event.type))
            out.events.append(
                Event(event.date, event.type, event.summary, article.id, issue.source,  # type: ignore[arg-type]
                      event.approximate, (evidence(),))
            )
        for also in event.also if event is not None else ():  # 表彰大会: the meeting beside the award
            assert event is not None
            if (event.date, also) not in article_events and not _in_range(event.date, also, article_events):
                article_events.add((event.date, also))
                out.events.append(Event(event.date, also, event.summary, article.id, issue.source,  # type: ignore[arg-type]
                                        event.approximate, (evidence(),)))
        named = [(m.start, m.end, m.name) for m in mentions if not m.short]
        for recipient, honor in honor_in(text, words, orgs, lexicon, home, named):
            on = exact[0].value if exact else (last_date or issue.date)
            out.add_honor(Honor(recipient, honor, on, (evidence(),)))
        guests.extend(m.parent if m.kind == "department" and m.parent else m.name for m in orgs
                      if m.kind in _GUEST_KINDS and (m.parent or m.name) != home and not quoted(text, m))
        both = (_full_guest(guests), home) if home and guests else ()  # 双方: the hospital and its last guest
        split = several_partners(text, orgs, lexicon, home)  # A与甲、乙、丙签订帮扶协议: one per pair (partners.py)
        if split is not None and split[1] == _ALLIANCE:  # 甲分别与A、B、C签订联盟协议: one alliance of all members
            members = tuple(dict.fromkeys(p for pair in split[0] for p in pair))
            out.add_partnership(members, _ALLIANCE, exact[0].value if exact else last_date, evidence())
        for giver, receiver in split[0] if split is not None and split[1] != _ALLIANCE else ():
            kind = next((p.kind for p in out.partnerships if set(p.parties) == {giver, receiver}), split[1])  # type: ignore[index]
            out.add_partnership((giver, receiver), kind, exact[0].value if exact else last_date, evidence())
        partnership = None if split is not None or planned_signing(text) else partnership_in(text, orgs, lexicon, home, both)
        if partnership is not None:  # a party printed under a second name the article declared is one party
            parties = tuple(dict.fromkeys(known.declared.get(p, p) for p in partnership[0]))
            partnership = (parties, partnership[1]) if len(parties) >= 2 else None
        if partnership is not None:
            out.add_partnership(partnership[0], partnership[1], exact[0].value if exact else last_date, evidence())

    _one_date_per_appointment(out, article.id, issue.source)
    for key, role in list(out.listed.items()):  # 领导班子成员甲、乙 … 乙 later with posts of his own: a person, not listed
        if key[0] in held and all(e.article_id == article.id and e.source == issue.source for e in role.evidence):
            del out.listed[key]
    for short_name, full_name in known.declared.items():
        out.add_alias(full_name, short_name, lexicon.org_kind(full_name) or "other")
    for named_org, short_name in short_forms_written([s.text for s in sentences], known.everywhere(), lexicon):
        out.add_alias(named_org.name, short_name, named_org.kind)


_GUEST_KINDS = {"hospital", "university", "company", "group"}  # institutions that sign with a hospital
_ALLIANCE = "alliance"
_UNIT_WORD = "科"


def _one_date_per_appointment(out: Collector, article_id: str, source: str) -> None:
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


def _bare_title(text: str, person: PersonMention) -> bool:
    """The title is written right before the name with nothing before it but punctuation (：副主任医师某某)."""
    at = person.start - len(person.title)
    return at >= 0 and text[at : person.start] == person.title and (at == 0 or not _CJK_WORD.match(text[at - 1]))


def _this_unit(text: str, person: PersonMention, orgs: list[OrgMention]) -> OrgMention | None:
    """``科主任``/``科护士长`` written alone: the department the sentence named before it."""
    at = person.start - len(person.title) - len(_UNIT_WORD)
    if at < 0 or text[at : person.start] != _UNIT_WORD + person.title or (at > 0 and _CJK_WORD.match(text[at - 1])):
        return None
    units = [m for m in orgs if m.kind == "department" and m.end <= at]
    return units[-1] if units else None


def _full_guest(guests: list[str]) -> str:
    """The institution named last, under its full name when a short one (中医药大学) was last."""
    last = guests[-1]
    return next((g for g in guests if g != last and g.endswith(last)), last)


def _designation_alias(out: Collector, mention: OrgMention, lexicon: Lexicon) -> None:
    """国家区域医疗中心某医院(某科): the designated form is an alias of the hospital."""
    rest = designated(mention.text, lexicon)
    top = mention.parent or mention.name
    if rest is not None and rest.startswith(top):
        prefix = mention.text[: len(mention.text) - len(rest)]
        out.add_alias(top, prefix + top, lexicon.org_kind(top) or "other")


def _body(org: OrgMention | None, last_body: OrgMention | None) -> OrgMention | None:
    """``当选第七届委员会副主任委员``: the sitting stands for the society the article named."""
    if org is not None and _SITTING.match(org.text):
        return last_body
    return org


_TENURE = re.compile(r"^(?:[^，。]{0,8}期间，|曾经|曾|此前|先后|历任)")
_NEXT_STEP = re.compile(r"^(?:随后|然后|稍后|会后|紧接着)[，,]")  # the next step of the same occasion, not a past time
_SHIFTED = re.compile(r"^(?:[^，。]{0,8}(?:前|后|以来)，|此前|之前|去年|前年|早在|曾经|曾)")
def _short_units(words: list[tuple[str, int, int]], lexicon: Lexicon) -> set[str]:
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


_CJK_WORD = re.compile(r"^[\u3400-\u9fff]+$")


def _in_range(date: str | None, kind: str, events: set[tuple[str | None, str]]) -> bool:
    """An event of this type is already dated by a range that holds ``date``."""
    return date is not None and any(
        other == kind and span and "/" in span and span.split("/")[0] <= date <= span.split("/")[1]
        for span, other in events
    )


def _fuller_title(name: str, title: str, held: dict[str, list[str]], lexicon: Lexicon) -> str:
    """``汤某某书记`` after ``纪委书记汤某某``: the short title stands for the full one (the same
    post of a committee; 院长 is not 总院长)."""
    fuller = [
        t for t in held.get(name, [])
        if t != title and t.endswith(title) and ("副" in t) == ("副" in title) and t[: -len(title)] in lexicon.title_prefixes
    ]
    return fuller[-1] if len(set(fuller)) == 1 else title
