"""Facts of one issue: people and positions, organizations, appointments, events,
honors, partnerships and patient mentions, each with its evidence.

    Issue ─▶ articles ─▶ sentences ─▶ (patients · orgs · people · dates · events) ─▶ Facts

Per sentence, after the title chain (people.py): whose each post is when none is written
(post_orgs.py), the sentence's event dated from the article so far (event_dating.py), its
partnerships (sentence_partnerships.py); per article, last: article_passes.py.

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
from .appointment_dates import next_occasion
from .article_orgs import read_article_orgs
from .article_passes import close_article
from .board_rosters import elects_board, roster_posts
from .byline_names import credit_names
from .byline_people import add_byline_people, article_page, byline_in_paragraph
from .careers import career_hits
from .chain_orgs import placed_body
from .collective import listed_in_sentence
from .collector import Collector, collector_to_facts
from .committee_rosters import carried_roster, roster_members
from .committee_units import as_printed, committee_unit
from .cue_headed_rows import carried_post, cue_headed_rows
from .dates import date_key, day_of_last_month, find_dates, years_in
from .decisions import decided_posts
from .delegations import delegation_orgs, deputy_orgs
from .deputies import deputy_place, level_post, placed_deputy
from .event_dating import SHIFTED, EventTrail
from .event_news import notice_event, settle_events
from .events import (
    announced_list,
    appointments_in,
    honor_in,
)
from .facts_json import facts_to_json
from .fixed_bodies import settle
from .headed_rows import HeadedRows, without_row_names
from .home_orgs import home_group
from .hospital_heads import hospital_of_head
from .judicial_ranks import judicial_rank_body
from .judicial_ranks import rank_body as court_rank_body
from .labelled_rows import carried_body, labelled_rows
from .lexicon_loader import Lexicon, default_lexicon
from .meeting_bodies import convenes
from .mentions import PersonMention
from .military_ranks import military_rank_body
from .moved_posts import moved_within
from .name_evidence import article_evidence, printed_names
from .notices import HELD, notice_hits
from .numbered_units import plant_company
from .org_conventions import own_unit
from .org_reader_choice import choose_post_body
from .org_references import this_one
from .organ_elections import organ_title
from .organ_posts import organ_body
from .organ_ranks import organ_rank_body
from .orgs import SITTING as _SITTING
from .orgs import (
    STRONG_KINDS,
    OrgMention,
    designated,
    holds_council,
    resolve_org,
)
from .outside_units import outside_unit, venue_body
from .paired_lists import with_paired
from .paper_hospital import issue_home
from .patients import find_patients
from .people import ArticleContext, people_in_sentence
from .post_orgs import (
    HOME_DEFAULT_CATEGORIES,
    chain_party_body,
    fuller_title,
    short_units,
    sitting_body,
    this_unit,
    unwritten_org,
)
from .posts_held_by import opens_decision
from .proposed_posts import notice_day, proposed_hits
from .referred_bodies import sentence_company, units_led
from .roster_among import roster_among
from .second_names import with_first_names
from .segment import default_tokenizer, tokens
from .sentence_partnerships import add_partnerships
from .sentences import Sentence, is_traditional, paragraph_sentences, to_simplified
from .short_forms import printed_in_full, record_alias
from .society_lists import listed_body, story_body_kept
from .subject_grades import story_grade
from .subject_unit import (
    chain_unit,
    headline_paragraphs,
    profiled_unit,
    subject_unit,
    takes_subject_unit,
)
from .team_appointments import task_team_role
from .title_clauses import clause_titles, shared_but_bracketed
from .unit_holders import unit_in_sentence
from .university_units import university_body

__all__ = ["article_page", "facts_to_json", "issue_to_facts"]

if TYPE_CHECKING:
    import jieba

_STORY_TIME = re.compile(r"(?:[初中底末]?的(?:一个|一天|某|那个|那天))")  # 12月的一个深夜: a time in a story
_PAPER = "本报"  # 本报记者, 本报通讯员: the paper's own 记者, 通讯员
_DAY_NAME = re.compile(r"\d{1,2}\s*[·•]\s*\d{1,2}")  # “5·12”: a day written as its name
_OWN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}?[省市县区]")  # 某市…: a body named from its place (two to four characters)
_COMMITTEE = "委员会"  # a hospital's standing committee (a unit, org_kinds.tsv) holds its 主任委员 as a society does


def _article_sentences(article: Article) -> list[Sentence]:
    heads = [t for t in (article.kicker, article.title, article.subtitle) if t]
    body = list(article.paragraphs)
    if article.editor_note:
        body.insert(0, article.editor_note)
    for sidebar in article.sidebars:
        body.extend(p for p in ((sidebar.title,) if sidebar.title else ()) + sidebar.paragraphs)
    fold = is_traditional(heads + body)  # a variant character in a name is kept (sentences.py)
    return paragraph_sentences(heads, -len(heads), fold) + paragraph_sentences(body, fold=fold)


def byline_units(issue: Issue) -> list[str]:
    """The units the issue's bylines print (（某医院心内科 甲）: 某医院心内科)."""
    return [b.department for a in issue.articles for b in a.bylines if b.department]


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
    # the own hospital from everything the issue prints: its bylines' units and the lines no article
    # claimed (a notice's signature) too, which a reader of the whole page reads as well
    printed = [*all_text, *byline_units(issue), *issue.unassigned]
    paper = issue_home(issue, printed, tokenize, lexicon)  # given > masthead > texts (paper_hospital.py)
    home = paper.name if paper else None
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
    return replace(collector_to_facts(out, issue.date), homes=(paper,) if paper else ())


def _article_facts(
    issue: Issue, article: Article, sentences: list[Sentence], home: str | None, group: str | None,
    fallback_year: int | None, lexicon: Lexicon, tokenize: Callable[[str], list[tuple[str, int, int]]],
    out: Collector,
) -> None:
    context = ArticleContext(home, group)
    page = article_page(article)
    last_date: str | None = None
    occasion: str | None = None  # the day appointments of undated sentences are of (appointment_dates.py)
    byline_paragraphs: set[int] = set()
    written_org: dict[str, OrgMention] = {}  # the organization last written with each name
    from_byline: set[str] = set()  # names whose written_org is only their byline's department
    held: dict[str, list[str]] = {}  # titles each name has had in this article
    trail = EventTrail()  # what the sentences so far leave for the next one's event (event_dating.py)
    last_body: OrgMention | None = None  # the society or committee the article last named
    meeting_body: OrgMention | None = None  # the society whose congress the article reports (meeting_bodies.py)
    units_named: set[str] = set()  # departments the article has named so far
    listed_action: str | None = None  # 聘任以下同志职务： the items that follow are appointments
    board_elected = False  # the article has reported a board's election (board_rosters.py)
    notice_on: str | None = None  # the day a 任前公示 is published (proposed_posts.py)
    in_decision = False  # the sentence is an item of a decision the sentences before opened (研究决定：…；)
    row_post: str | None = None  # 新聘学科带头人5名：甲为…；: the heading's post the rows after a ； take
    roster_post: str | None = None  # 委员（按姓氏笔画排序）：甲（…）；乙（…）: the heading's post (committee_rosters.py)
    row_body: OrgMention | None = None  # 某学组：组长 甲；副组长 乙；: the row's body the clauses after a ； take
    rows = HeadedRows(lexicon, home)  # 增补以下6名同志为…委员：, then a row a person (headed_rows.py)
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
                        tuple(role.removeprefix(_PAPER) for role in byline_record.roles))
            unit = resolve_org(to_simplified(byline_record.department), lexicon, home) if byline_record.department else None
            for author in byline_record.authors:
                if unit is not None:
                    author_name = to_simplified(author).replace(" ", "")
                    if author_name not in written_org:
                        written_org[author_name] = unit
                        from_byline.add(author_name)
    body_sentences = [s for s in sentences if s.paragraph not in byline_paragraphs]
    # the units the article's byline records print close the article's text, as the line reader reads
    # them (（某街道办事处 供稿）): bodies it names, past the last sentence (no sentence index holds them)
    byline_texts = [to_simplified(b.department) for b in article.bylines if b.department]
    known = read_article_orgs(  # a list's rows read from after their names (headed_rows.py)
        without_row_names([s.text for s in body_sentences], tokenize, lexicon, home) + byline_texts, tokenize, lexicon, home,
        [s.paragraph < 0 for s in body_sentences],
    )
    known = with_first_names(known)  # 某局（某局）: one body, the first name canonical (second_names.py)
    printed_bodies = known.everywhere()  # every body printed in full, for short forms (§4.3): read once
    article_text = "".join(s.text for s in body_sentences)  # a committee printed with its place (committee_units.as_printed)
    context.declared = dict(known.declared)  # 某公司（以下简称“某科技”）: 某科技董事长 is that company's
    heads = headline_paragraphs(article.paragraphs)  # 【科室巡礼】 then 某医院神经外科：… as a first line
    first_body = next((i for i, s in enumerate(body_sentences) if s.paragraph >= heads), None)
    headline = " ".join([article.title or "", article.subtitle or "", *article.paragraphs[:heads]])  # ——走进某医院某科
    subject = subject_unit(
        headline,
        known.per_sentence[first_body] if first_body is not None else (), home,
        [m for i, s in enumerate(body_sentences) if first_body is not None
         and s.paragraph == body_sentences[first_body].paragraph for m in known.per_sentence[i]],
        lexicon.department_suffixes, body_sentences[first_body].text if first_body is not None else "",
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
        told = exact and not _STORY_TIME.match(text, exact[0].end) and not text[:exact[0].start].endswith(("去年", "前年"))
        if told:
            last_date = exact[0].value  # not 去年12月的一个深夜: a story told in passing dates no 当天 after it
        decided = decided_posts(text, exact, lexicon)  # 经7月21日院长办公会、7月22日党委会研究决定: the last
        decided_on = decided.value if decided is not None else None
        last_date = decided_on or last_date
        occasion = next_occasion(occasion, text, (exact[0].start, exact[0].value) if told else None, decided_on)  # not 医院于今年5月通过…
        when = date_key(exact[0].value) if exact else issue.date

        def evidence(start: int | None = None, end: int | None = None, quote: str = sentence.original) -> Evidence:
            return Evidence(issue.source, article.id, quote, start, end, page)

        patients = find_patients(text, lexicon)
        for patient in patients:
            out.patients.append(PatientMention(patient.mention, issue.source, article.id))
        blocked = [(p.start, p.end) for p in patients]

        orgs = known.per_sentence[position]
        bodies = [m for m in orgs if (m.kind == "association" or holds_council(text, m) or (
            m.kind == "department" and m.name.endswith(_COMMITTEE)  # 医学伦理委员会: a hospital's committee holds its 主任委员
        )) and not _SITTING.match(m.text)]
        if bodies:
            body = max(bodies, key=lambda m: (m.end, m.end - m.start))
            if last_body is None or last_body.parent != body.name and not story_body_kept(last_body, body):
                # 医学会副会长… after 医学会某分会(青年委员会): the branch stays the body the story is about;
                # 呼吸联盟: the alliance declared in full
                last_body = known.resolve(body, position, lexicon) or body
            if meeting_body is None and convenes(text, body):
                meeting_body = known.resolve(body, position, lexicon) or body  # 某学会第三次会员代表大会
        orgs = [m for m in orgs if not _SITTING.match(m.text)]  # 第七届委员会: a sitting, not a body
        units_named.update(m.name for m in orgs if m.kind == "department")
        units_named.update(short_units(words, lexicon))
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
        context.led_units.update(units_led(text, mentions, orgs, home))  # 某局副局长带领某科…: the body's units
        deputies = {i: o for i, o in deputy_orgs(mentions).items()
                    if lexicon.title_category(mentions[i].title) not in HOME_DEFAULT_CATEGORIES}  # 副局长, not 副院长
        led = deputies | delegation_orgs(text, mentions, lexicon, home)
        posted: list[tuple[PersonMention, OrgMention | None]] = []  # the sentence's posts so far (区委常委、宣传部部长)
        for number, person in enumerate(mentions):
            if number in led:  # 某大学副校长甲率教务处处长乙一行: the leader's institution
                person = replace(person, org=led[number], inherited=False)
            elif person.org is None and (unit := this_unit(text, person, orgs, context.seen, home) or venue_body(text, person, orgs)) is not None:
                person = replace(person, org=unit)  # 在急诊科，科主任某某介绍: 科 is the unit just named
            elif (rank_body := organ_rank_body(text, person, orgs, context.seen, lexicon)) is not None:
                person = replace(person, org=rank_body)  # 委二级调研员某某: the commission's rank (organ_ranks.py)
            elif (read := choose_post_body(text, person, words, lexicon, home)) is not None:
                person = replace(person, org=read)  # no rule's body, or one the CRF cuts otherwise (org_reader_choice.py)
            org, written = sitting_body(person.org, meeting_body or last_body), person.org is not None and not person.inherited
            full = known.resolve(org, position, lexicon)
            if org is not None and full is not None and full.name != org.name:
                record_alias(out, org, full)
            org = full
            if (org is None or person.inherited) and (list_body := listed_body(person, posted, lexicon)) is not None:
                org, written = list_body, False  # 某分会主任委员甲，候任主任委员乙: the list's body (society_lists.py)
            elif (org is None or person.inherited) and last_body is not None and (
                lexicon.title_category(person.title) == "association"
            ):
                org, written = meeting_body or last_body, False  # 当选为主任委员: of the society the article names
            if org is not None and written:
                written_org[person.name] = org
                from_byline.discard(person.name)
            elif org is None:  # the byline's, the sentence's or the story's unit, or the hospital (post_orgs.py)
                org = unwritten_org(person, text, orgs, written_org, from_byline, units_named, subject, home, lexicon)
                org = org or sentence_company(person.title, person.start, text, context.seen, lexicon, context.declared)
            org = settle(person.title, org, written, person.start, position, known, home, lexicon, written_org.values())
            org = hospital_of_head(person.title, org)  # 委员会主任委员、院长某: the hospital's 院长 (hospital_heads.py)
            org = story_grade(person, org, subject, lexicon) or org  # 副主任中医师、内镜室主任某 (subject_grades.py)
            subject = subject or profiled_unit(headline, person, org, lexicon)  # 某某：… a doctor's profile
            if level_post(person.title, lexicon):  # 市人大代表: the city's (deputies.py)
                org = deputy_place(person.title, org, [home or "", *(m.name for m in context.seen)], lexicon)
            org = judicial_rank_body(person, org, context.seen, lexicon) or org  # 民一庭四级高级法官: the court's
            org = military_rank_body(person.title, org, lexicon.directory) or org  # 某军分区政治工作处上校: the 军分区's
            org = printed_in_full(committee_unit(person, org, posted, lexicon, text), printed_bodies, lexicon, context.declared)  # §4.3
            org = as_printed(org, article_text, lexicon)  # 县委常委、组织部部长, 某县 printed only with other bodies
            org = unit_in_sentence(org, posted, lexicon, home, text, person)  # 某院副院长兼医务科科长: that hospital's unit
            org = own_unit(org, home, lexicon, known)  # 某医院东院区执行院长: 东院区 (GOLD_SPEC §4.10)
            org = outside_unit(org, person, position, body_sentences, known, context.seen, posted, lexicon, home)  # 生产部经理
            org = plant_company(org, context.seen, context.declared)  # 采油三厂: the company's (numbered_units.py)
            org = university_body(text, person.title, person.start, org, context.seen) or org  # 校党委书记, 某学院
            org = chain_party_body(person, org, posted, home, lexicon)  # 校长、党委副书记: the school's (post_orgs.py)
            org = organ_body(person.title, org, home, lexicon)  # 副院长兼护理部主任甲，工会主席乙: the hospital's (organ_posts.py)
            posted.append((person, org))
            out.add_org(org, evidence())
            title = person.title  # 学术委员会主任、某大学内科学系主任甲: the unit's own 主任 stays
            if person.org is None or person.short or person.inherited:
                title = fuller_title(person.name, person.title, held, lexicon)
            title = placed_deputy(title, org, text)  # 某市人大代表: 人大代表 of the place printed
            held.setdefault(person.name, []).append(title)
            out.add_position(
                person.name, title, org.name if org else None, evidence(person.start, person.end), when, written
            )

        titled = [(m.start, m.end) for m in mentions]
        for listed in listed_in_sentence(text, words, lexicon, home, blocked, titled, group):
            on = exact[0].value if exact else (last_date or issue.date)  # the occasion the list is of
            listed_org = known.resolve(listed.org, position, lexicon) or listed.org  # 集团 → its declared full name
            if listed.bare and listed_org is not None and listed.org is not None and listed_org.name == listed.org.name:
                listed_org = None  # 中心领导 in an article that names no 某中心
            out.add_org(listed_org if listed.bare else listed.org if listed.org and listed.org.text else None, evidence())
            out.add_listed(ListedRole(listed.name, listed.role, listed_org.name if listed_org else None, on,
                                      (evidence(listed.start, listed.end),)))

        spans = [(m.start, m.end) for m in mentions if not m.short]
        past = bool(_TENURE.match(text) or SHIFTED.match(text) and not _NEXT_STEP.match(text))  # 在藏期间，某某担任…: a post held, not announced
        listed_action = announced_list(text, lexicon) or listed_action
        opens = opens_decision(text)  # 研究决定：甲…；乙…；… (posts_held_by.py)
        in_decision = in_decision or opens
        found = appointments_in(text, words, lexicon, home, blocked, spans, listed_action, in_decision)
        in_decision = opens or in_decision and text.endswith(("；", ";"))  # the next item follows a ；
        more = notice_hits(text, words, lexicon, home, blocked) + career_hits(text, words, lexicon, home, context)
        more += clause_titles(text, words, lexicon, home, blocked, spans)  # 甲（A医院院长）; 甲，A医院副院长，
        board_elected = board_elected or elects_board(text)
        more += roster_posts(text, words, lexicon, blocked, board_elected, context.seen)  # 独立董事：甲、乙 (board_rosters.py)
        more += rows.read(text, [s.text for s in body_sentences[position + 1 : position + 2]], tokenize)
        more += cue_headed_rows(text, words, lexicon, home, spans, row_post)  # 新聘学科带头人5名：甲为…；乙为…
        row_post = carried_post(text, lexicon, row_post)
        more += roster_members(text, words, lexicon, blocked, spans, roster_post)  # 委员有：…甲，…乙
        roster_post = carried_roster(text, lexicon, roster_post)
        more += labelled_rows(text, words, lexicon, home, blocked, row_body)  # labelled_rows.py
        row_body = carried_body(text, row_body)
        more += roster_among(text, words, lexicon, blocked)  # 常务委员名单中，来自基层的有甲、乙等十二人
        proposed = proposed_hits(text, words, lexicon, home, context.subject)  # 任前公示: 拟任… (proposed_posts.py)
        if proposed and notice_on is None:
            notice_on = notice_day([s.text for s in body_sentences], issue.date)
        found = [f for f in found if all((f.person, f.title) != (p.person, p.title) for p in proposed)]
        more = proposed + more  # the proposal's post and body, not a reading of its note (（按程序提名）)
        more = with_paired(text, orgs, lexicon, more)  # A、B院长分别为甲、乙 (paired_lists.py)
        placed: dict[str, OrgMention] = {}  # each person's body printed last in the sentence (§4.10's chain)
        for hit in found + [h for h in more if all(
            (h.person, h.title, h.action) != (f.person, f.title, f.action) for f in found
        )]:  # 甲、乙同志分别任…; 甲同志由A调任B: notice items anchored on 同志 (notices.py)
            hit = replace(hit, title=organ_title(text, hit.title, hit.start, lexicon))  # 某党支部选举甲为书记 (organ_elections.py)
            hit = replace(hit, org=known.resolve(sitting_body(hit.org, meeting_body or last_body), position, lexicon))
            hit = replace(hit, org=moved_within(text, hit, mentions) or hit.org)  # 原院长甲改任常务副院长 (moved_posts.py)
            if hit.org is not None and hit.org.text.startswith("该"):  # 聘任…为该病区医疗组长: the ward named last
                hit = replace(hit, org=this_one(text, hit.org.end, None, lexicon, context) or hit.org)
            hit = replace(hit, org=chain_unit(hit.person, hit.title, hit.org, text, posted, lexicon) or hit.org)
            if hit.org is None and last_body is not None and lexicon.title_category(hit.title) == "association":
                hit = replace(hit, org=meeting_body or last_body)
            elif hit.org is None and hit.action == HELD and subject is not None and takes_subject_unit(hit.title, lexicon):
                hit = replace(hit, org=subject)  # 科室巡礼: 医疗组长分别为甲、乙和丙 (the department's)
            elif hit.org is None and hit.action == HELD and len(units_named) == 1 and lexicon.title_category(hit.title) == "clinical":
                only = next(iter(units_named))  # 医疗组长分别由甲、乙和丙担任 in a story about one department
                hit = replace(hit, org=resolve_org(only, lexicon, home) or OrgMention(0, 0, only, only, "department"))
            hit = replace(hit, org=settle(hit.title, hit.org, True, hit.start, position, known, home, lexicon))
            hit = replace(hit, org=own_unit(hit.org, home, lexicon, known))  # §4.10: 某医院东院区 → 东院区
            hit = replace(hit, org=university_body(text, hit.title, hit.start, hit.org, context.seen) or hit.org)
            hit = replace(hit, org=court_rank_body(hit.title, hit.org, context.seen, lexicon) or hit.org)  # 某庭庭长、审判员
            hit = replace(hit, org=printed_in_full(hit.org, printed_bodies, lexicon, context.declared))  # §4.3: 为政协某区第七届委员会委员
            if hit.org is not None:  # 甲同志任某市某中心副主任，兼任市某支队支队长: the place of the person's post before
                prior = placed.get(hit.person)  # (a body named from its place, not 中国人民政治协商会议某区委员会)
                chained = placed[hit.person] = (placed_body(prior, hit.org) if prior and _OWN_PLACE.match(prior.name) else None) or hit.org
                hit = replace(hit, org=chained)
            out.add_org(hit.org)
            if not past and hit.action != HELD and hit.title not in lexicon.occasion_titles and not (
                _AT_SCENE.match(text, hit.end) or task_team_role(text, hit.title, hit.org.name if hit.org else None, hit.start)
            ):  # 任演练总指挥; 某某担任现场医疗救援队队长; 验收组由某某任组长: a team of the scene or of one task
                out.appointments.append(
                    Appointment(hit.person, hit.title, hit.org.name if hit.org else None, hit.action,  # type: ignore[arg-type]
                                (notice_on if any((hit.person, hit.title) == (p.person, p.title) for p in proposed) else None)
                                or decided_on or (exact[0].value if exact else (occasion or issue.date)),
                                (evidence(hit.start, hit.end),))
                )
            org_name = hit.org.name if hit.org else None
            if (hit.person, hit.title, org_name) not in out.positions:  # a removal ends a post held
                out.add_position(hit.person, hit.title, org_name, evidence(hit.start, hit.end), when)

        for event, kind in trail.read(text, sentence.paragraph, dates, exact, last_date, bool(patients), lexicon):
            out.events.append(Event(event.date, kind, event.summary, article.id, issue.source,  # type: ignore[arg-type]
                                    event.approximate, (evidence(),)))  # event_dating.py
        named = [(m.start, m.end, m.name) for m in mentions if not m.short]
        for recipient, honor in honor_in(text, words, orgs, lexicon, home, named):
            on = exact[0].value if exact else (last_date or issue.date)
            out.add_honor(Honor(recipient, honor, on, (evidence(),)))
        add_partnerships(out, text, orgs, lexicon, home, guests, known.declared,  # sentence_partnerships.py
                         exact[0].value if exact else last_date, evidence())

    close_article(out, article.id, issue.source, held, known, [s.text for s in sentences], lexicon)  # article_passes.py
    notice_event(out, article.id, issue.source, article.title, [s.text for s in sentences], issue.date)  # event_news.py
    settle_events(out, article.id, issue.source)  # event_news.py: the news of each occasion, one event


def _designation_alias(out: Collector, mention: OrgMention, lexicon: Lexicon) -> None:
    """国家区域医疗中心某医院(某科): the designated form is an alias of the hospital."""
    rest = designated(mention.text, lexicon)
    top = mention.parent or mention.name
    if rest is not None and rest.startswith(top):
        prefix = mention.text[: len(mention.text) - len(rest)]
        out.add_alias(top, prefix + top, lexicon.org_kind(top) or "other")


_AT_SCENE = re.compile(r"(?:担任|出任|任)现场")  # 某某担任现场医疗救援队队长: the scene's team of a drill or rescue
_TENURE = re.compile(r"^(?:[^，。]{0,8}期间，|曾经|曾|此前|先后|历任)")
_NEXT_STEP = re.compile(  # the next step of the same occasion, not a past time (揭牌仪式后，签约仪式结束后，)
    r"^(?:随后|然后|稍后|会后|紧接着|[^，。]{0,6}(?:仪式|会议|大会|签约|揭牌|授牌)(?:结束)?后)[，,]"
)
