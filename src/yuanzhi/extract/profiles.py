"""An expert's profile written as one sentence: ``某某，主任医师，教授，现任某医院某科主任``."""

from __future__ import annotations

import re

from .deputies import level_post
from .lexicon_loader import FORMER, Lexicon
from .mentions import ArticleContext, PersonMention
from .minority_names import minority_name_at
from .name_model import dotted_name_at, known_names
from .names import name_at, surname_length, valid_name
from .orgs import OrgMention, Tokens, org_before
from .sittings import past_sitting

_CURRENT = ("现任", "兼任", "先后任", "历任", "曾任", "此前曾任", "此前任", "任", "系")
_HELD = ("现任", "兼任", "先后任", "历任", "曾任", "此前曾任", "此前任")  # posts named after a description of the work
_AGE = re.compile(r"(?:今年|现年|时年)[0-9一二三四五六七八九十]{1,3}岁$")  # 某某今年48岁
_PROFILE_FACT = re.compile(
    r"男|女|[\u4e00-\u9fff]{1,4}族|中共党员|共产党员|[\u4e00-\u9fff]{2,4}(?:党员|盟员|社员)|医学博士|医学硕士|博士后|博士|硕士"
    r"|(?:19|20)\d\d年(?:\d{1,2}月)?(?:出生|生)"
    r"|[\u4e00-\u9fff]{1,6}学历|[\u4e00-\u9fff]{1,3}学(?:博士|硕士|学士)(?:学位)?"  # 研究生学历, 管理学硕士
    r"|毕业于[^，]{2,40}"  # 毕业于某医学院临床医学专业: where the person studied, no post
    r"|[\u4e00-\u9fff]{1,6}国籍|(?:无|有|拥有)[\u4e00-\u9fff]{0,8}永久居留权"  # a listed company's résumé: 中国国籍，无境外永久居留权
    r"|执业药师|(?:中国)?注册会计师|(?:正高级|高级|中级|助理)?(?:工程师|政工师)"  # qualifications in a résumé, no posts (heldout48's decision)
)
_SEXES = ("男", "女")
_HEAD_OPENERS = ("", "新任", "现任")  # 新任某医院副院长某某，…: the profile of a post just taken


def profile_people(sentence: str, tokens: Tokens, lexicon: Lexicon, context: ArticleContext) -> list[PersonMention]:
    """An expert's profile: ``某某，主任医师，教授，博士生导师，现任某医院某科主任``.

    A title may head it as a label (``学科带头人：某某，…``); sex, birth, party and degree
    are passed over; a part that is wholly posts (``骨科主任兼脊柱外科主任``, ``骨科副主任、
    关节外科主任``) gives each post with its organization.
    """
    base = 0
    label = _LABEL.match(sentence)
    if label is not None and label.group(1) in lexicon.titles:
        base = label.end()
    else:
        if label is not None and _NAME_THEN_COMMA.match(sentence, label.end()):
            base = label.end()  # 专家简介：某某，…: a heading that is no title, the profile after it
        elif label is None and (told := _TOLD.match(sentence)) is not None:
            base = told.end()  # 据介绍，某某，1971年生，…: the report's source opens the sentence, the profile after it
        elif label is None and (lead := _LEAD.match(sentence)) is not None:
            base = lead.end()  # 现将拟任职人员情况予以公示：某某，女，…: the notice's lead, the first row after it
        elif (number := _ITEM_NUMBER.match(sentence)) is not None and _NAME_THEN_COMMA.match(sentence, number.end()):
            base = number.end()  # 1.某某，女，苗族，…: a notice's numbered row opens with the profile
            context.subject = None  # a new row is a new person's, even one whose name is not read
        label = None
    head: list[PersonMention] = []
    if label is None and base == 0:  # 学科带头人某某，医学博士、主任医师…: the title before the name is the person's too
        base, head_title = _titled_head(sentence, tokens, lexicon, context.home)
        if head_title is not None:
            at = base - len(head_title)
            org = org_before(sentence, at, tokens, lexicon, context.home) if at else None
            head = [PersonMention(sentence[base : sentence.index("，")], head_title, org if org and sentence[: org.start] in _HEAD_OPENERS else None, base,
                                  sentence.index("，"))]
    parts = sentence[base:].rstrip("。；").split("，")
    age = _AGE.search(parts[0]) or _PEOPLE_BRACKET.search(parts[0])  # 某某今年48岁 / 某某（藏族），…: passed over like the birth year
    opening = parts[0]
    parts[0] = opening[: age.start()] if age is not None else opening
    if len(parts) < 2:
        return []
    name = parts[0]
    whole = (base, base + len(name))
    if not (_profiled_name(name, lexicon) or dotted_name_at(sentence, base, lexicon) == whole
            or minority_name_at(sentence, base, whole[1], lexicon) == whole):
        return []  # (某某·某某，女，维吾尔族，…: a name of parts joined by a dot, or a minority name of known parts, whole before the comma)
    bare: list[str] = [label.group(1)] if base and label is not None else []
    posts: list[tuple[str, OrgMention | None]] = []
    offset = base + len(opening) + 1
    described = False  # a part that is no post was passed: only 兼任/现任… parts follow
    own = len(parts)  # posts before the description: the person's own unit is among them
    for part in parts[1:]:
        if _PROFILE_FACT.fullmatch(part):
            offset += len(part) + 1  # 某某，女，1975年出生，主任医师，医学博士…: sex, birth, party, degree
            continue
        current = next((c for c in _CURRENT if part.startswith(c)), "")
        if described and current not in _HELD:
            offset += len(part) + 1
            continue
        items_of = part.split("、")
        if not described and all(item in lexicon.titles or _PROFILE_FACT.fullmatch(item) for item in items_of) and any(
            item in lexicon.titles and not _PROFILE_FACT.fullmatch(item) for item in items_of
        ):  # 主任医师、教授、硕士研究生导师; a degree inside the list (博士、主任医师) is no post
            bare.extend(item for item in items_of if not _PROFILE_FACT.fullmatch(item))
        else:
            former = len(FORMER) if current and part.startswith(FORMER, len(current)) else 0  # 曾任原某医院…: a body since renamed
            items = posts_in(sentence, offset + len(current) + former, offset + len(part), tokens, lexicon, context.home)
            if items is None or not (current or posts or any(org for _t, org, _at in items)):
                if not (bare or posts) or described:
                    break  # a post after the name alone is written with its organization (or 现任)
                described = True  # 从事临床工作28年，擅长…，兼任某学会委员: a description between posts
                own = len(posts)
            else:
                posts.extend(_same_institution([(title, org) for title, org, _at in items], lexicon))
        offset += len(part) + 1
    if not bare and not posts:
        if parts[1] in _SEXES:
            context.subject = name  # 某某，男，汉族，…。现任…: a bio line; the next sentence's posts are theirs
        return []
    context.subject = name
    if head:
        bare = [title for title in bare if title != head[0].title]
    written = next((org for _t, org in posts[:own] if org is not None), None)  # not a society's
    if written is not None and written.kind == "hospital":
        written = None  # 某某，主任医师，此前任某医院副院长: a grade with a hospital but no unit has none (HELDOUT16 #8)
    end = base + len(name)
    out = [PersonMention(name, title, written, base, end, inherited=written is not None) for title in bare]
    out += [PersonMention(name, title, org, base, end) for title, org in posts]
    return head + out


def _profiled_name(name: str, lexicon: Lexicon) -> bool:
    """``name`` (before the profile's first comma) is a Han surname and a given name of one or two."""
    surname = surname_length(name, lexicon)
    return 2 <= len(name) <= 4 and bool(surname) and len(name) - surname in (1, 2) and (
        valid_name(name, lexicon) or name.endswith("和") and len(name) - surname == 2 and valid_name(name, lexicon, True)
    )  # (皇甫文和，: a given name ending in 和 before the comma)


def _same_institution(
    items: list[tuple[str, OrgMention | None]], lexicon: Lexicon
) -> list[tuple[str, OrgMention | None]]:
    """``某医院医务科科长、副院长、党委副书记``: a post written bare after one of an institution
    (or of its unit) in the same list is the institution's (not for posts held in a unit)."""
    out: list[tuple[str, OrgMention | None]] = []
    held: OrgMention | None = None
    for title, org in items:
        if org is not None:
            held = org if org.kind != "department" or not org.parent else OrgMention(
                org.start, org.end, org.parent, org.parent, lexicon.org_kind(org.parent) or "hospital"
            )
        elif held is not None and not lexicon.is_unit_title(title):
            org = held
        out.append((title, org))
    return out


# after the subject's name: posts held now, and former ones (曾任, 此前任: pairs without the marker, GOLD_SPEC §6)
_NAMED_HOLDS = re.compile(r"(?:现|还|同时|并|目前|另|此前曾|此前|曾|先后|历)?(?:兼任|担任|现任|任)")
_SOURCE = r"据(?:介绍|了解|悉)"  # 据介绍/据了解/据悉: where the news comes from
_REPORTED = re.compile(rf"(?:另|又)?{_SOURCE}[，,]")  # 据介绍，: the source before the subject
_PRONOUNS = ("她", "他")
_ITEM_CUE = re.compile(r"(?:并|同时|还)?(?:兼任|担任|现任|任|兼)")  # 曾任某科主任，现任某部部长: the posts go on
_JOURNAL = re.compile(r"《[^》]{1,30}》(?:杂志|期刊|编委会|编辑委员会)?")  # 《某某》杂志副主编
_ITEM_SPLIT = re.compile(r"[、，；,;]")


def held_posts(sentence: str, tokens: Tokens, lexicon: Lexicon, context: ArticleContext) -> list[PersonMention]:
    """``谢某某现兼任A学会委员、B分会副主任委员，担任《某杂志》编委`` and, in a profile, the
    subject's next sentence ``现任A学会常务委员、B协会副会长``: posts held, listed after 现任/兼任.
    Clauses joined by ；, each opened by a name and 现任/此前任 (甲现任…；乙此前任…), are read so too."""
    lead = _REPORTED.match(sentence)
    subjects = [_named_subject(sentence, lead.end() if lead is not None else 0, lexicon)]  # 据介绍，某某现任…
    subjects += [_named_subject(sentence, clause.end(), lexicon) for clause in _CLAUSE_BREAK.finditer(sentence)]
    named = [subject for subject in subjects if subject is not None]
    if subjects[0] is None:
        at = len(sentence[:1]) if sentence.startswith(_PRONOUNS) else 0
        if context.subject is None or not _NAMED_HOLDS.match(sentence, at):  # 曾任…，现任…: the résumé's next sentence
            return []
        named = [(context.subject, 0, 0)]
    out: list[PersonMention] = []
    stop = len(sentence.rstrip("。"))
    for name, start, end in named:
        cue = _NAMED_HOLDS.match(sentence, end if end else at)
        if cue is None:
            continue
        following = _CLAUSE_BREAK.search(sentence, cue.end())
        until = following.start() if following is not None and len(named) > 1 else stop  # to the next clause
        items = posts_in(sentence, cue.end(), until, tokens, lexicon, context.home, partial=True)
        if not items:
            continue
        context.subject = name
        short = end == 0  # the subject of the profile, not written in this sentence
        out += [PersonMention(name, title, org, start, end, short=short) for title, org, _at in items]
    return out


_CLAUSE_BREAK = re.compile("[；;]")


def _named_subject(sentence: str, at: int, lexicon: Lexicon) -> tuple[str, int, int] | None:
    """A name at ``at`` followed by 现任, 此前任, 曾任 … (the subject of the posts after it)."""
    for size in (4, 3, 2):
        candidate = sentence[at : at + size]
        surname = surname_length(candidate, lexicon)
        if surname and len(candidate) - surname in (1, 2) and _NAMED_HOLDS.match(sentence, at + size) and valid_name(candidate, lexicon):
            return candidate, at, at + size
    dotted = dotted_name_at(sentence, at, lexicon)
    if dotted is not None and _NAMED_HOLDS.match(sentence, dotted[1]):
        return sentence[dotted[0] : dotted[1]], dotted[0], dotted[1]  # 某某·某某此前任…
    return None


_IS = "是"
_CLAUSE_HOLDS = re.compile(r"[，,](现任|曾任|历任|原任|此前曾任|此前任|是)")  # 今年85岁的某某，是某医院主任医师


def clause_held_posts(sentence: str, tokens: Tokens, lexicon: Lexicon, context: ArticleContext) -> list[PersonMention]:
    """``引进的骨科专家某某，曾任该院脊柱外科副主任，…``: the posts of a 现任/曾任 clause are the
    person named (after a describing word, a title, a 的 phrase or nothing) right before its comma;
    so are those of a 是 clause whose items are all posts (``今年85岁的某某，是某医院主任中医师、
    省名中医``), the profile's predicate after the name."""
    out: list[PersonMention] = []
    for cue in _CLAUSE_HOLDS.finditer(sentence):
        span = _described_name_before(sentence, cue.start(), lexicon) or _opening_name(sentence, cue.start(), context, tokens, lexicon)
        if span is None or cue.group(1) == _IS and not (span[0] == 0 or sentence.endswith(_OF, 0, span[0])):
            continue  # 宣传委员某某，是…: a name after its title is the chain's; 是 reads a plain or 的-described name
        items = posts_in(sentence, cue.end(), len(sentence.rstrip("。")), tokens, lexicon, context.home, partial=True)
        start, end = span
        out.extend(PersonMention(sentence[start:end], title, org, start, end) for title, org, _at in items or [])
    return out


def _opening_name(sentence: str, comma: int, context: ArticleContext, tokens: Tokens, lexicon: Lexicon) -> tuple[int, int] | None:
    """``某某长期从事…，此前任…``: a person the article names opens the sentence and its first
    clause (ending at ``comma``) describes that person's work."""
    if "，" in sentence[:comma] or "," in sentence[:comma]:
        return None
    named = (*context.full_names, *known_names())  # named with a post, or printed plainly in the article
    name = max((n for n in named if sentence.startswith(n) and len(n) < comma), key=len, default=None)
    if name is not None:
        return 0, len(name)
    span = name_at(sentence, 0, tokens, lexicon, [], strict=True)  # a name the name model reads plainly
    return span if span is not None and span[1] < comma else None


_OF = "的"  # 今年85岁的某某, 来自山区的某某: a name after a phrase that describes the person


def _described_name_before(sentence: str, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    for size in (3, 2, 4):
        start = end - size
        name = sentence[max(0, start) : end]
        surname = surname_length(name, lexicon)
        if start < 0 or not surname or size - surname not in (1, 2) or not valid_name(name, lexicon):
            continue
        before = sentence[max(0, start - 8) : start]
        if start == 0 or before.endswith((*lexicon.person_descriptors, _OF)) or lexicon.title_ending(before) is not None:
            return start, end
    return None


def posts_in(
    sentence: str, start: int, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None, partial: bool = False,
) -> list[tuple[str, OrgMention | None, int]] | None:
    """The posts written in ``sentence[start:end]``, items joined by 、 (or 兼, or a new 担任 after
    a comma): each item ``[ORG]TITLE``, a journal (``《某杂志》编委``) giving no organization.
    None when some item is not a post, unless ``partial`` (then the posts before it)."""
    out: list[tuple[str, OrgMention | None, int]] = []
    position = start
    while position < end:
        stop = _ITEM_SPLIT.search(sentence, position, end)
        item_end = stop.start() if stop else end
        note = _NOTE.search(sentence, position, item_end)  # 副院长（主持工作）, （试用期一年）: how it is held
        for piece_start, piece_end in _pieces(sentence, position, note.start() if note else item_end):
            post = _post(sentence, piece_start, piece_end, tokens, lexicon, home)
            if post is None:
                return out if partial else None
            out.append(post)
        position = item_end + 1
        if stop is not None and stop.group(0) in "，；,;":
            cue = _ITEM_CUE.match(sentence, position)
            if cue is None and partial:
                return out  # a new clause that holds no further post
            position = cue.end() if cue else position
    return out


def _pieces(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item cut at 兼 between two posts (骨科主任兼脊柱外科主任)."""
    cue = _ITEM_CUE.match(sentence, start)
    start = cue.end() if cue else start
    at = sentence.find("兼", start, end)
    if sentence.startswith(_PART_TIME, at):
        at = -1  # 某大学兼职教授: 兼职 is part of the title, not 兼 between two posts
    return [(start, at), (at + 1, end)] if at > start else [(start, end)]


_PART_TIME = "兼职"
_NOTE = re.compile(r"[（(][^（）()]{1,8}[）)]$")


def _post(
    sentence: str, start: int, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None
) -> tuple[str, OrgMention | None, int] | None:
    start = past_sitting(sentence, start)  # 第七届某省政协委员: the post of a sitting
    text = sentence[start:end]
    placed = _PLACE_SITTING.fullmatch(text)  # 某市第九届人大代表: the post as printed, of the place (as 某市人大代表)
    if placed is not None and level_post(placed.group(1)[-1] + placed.group(2), lexicon):
        place = placed.group(1)
        return placed.group(2), OrgMention(start, start + len(place), place, place, "government"), start + placed.start(2)
    for size in range(min(lexicon.longest_title, len(text)), 0, -1):  # 外科护士长: 外科|护士长, not 外|科护士长
        title = text[-size:]
        if title not in lexicon.titles:
            continue
        at = end - size
        journal = _JOURNAL.match(sentence, start)
        if at == start or (journal is not None and journal.end() == at):
            return title, None, at
        org = org_before(sentence, at, tokens, lexicon, home)
        if org is not None and org.start == start:
            return title, org, at
        if org is None and sentence[start:at] in _HOME_REFERENCES:
            return title, None, at  # 现任医院副院长 in an issue whose hospital is not known: the post, no organization
        place = sentence[start:at]
        if level_post(title, lexicon) and 2 <= len(place) <= _PLACE_ROOM and all("\u4e00" <= c <= "\u9fff" for c in place):
            return title, OrgMention(start, at, place + title[0], place + title[0], "government"), at  # 某省|省政协委员
    return None


_PLACE_ROOM = 4  # characters of a place's name written before a level post (湟北|省政协委员)
_PLACE_SITTING = re.compile(r"([\u4e00-\u9fff]{2,4}[省市县区])第[一二三四五六七八九十百零〇0-9]{1,4}届([\u4e00-\u9fff]{4,6})")


_HOME_REFERENCES = ("我院", "本院", "医院", "该院")


_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]")
_NAME_THEN_COMMA = re.compile(r"[\u4e00-\u9fff]{2,4}(?:（[\u4e00-\u9fff]{1,4}族）)?，")  # (某某（藏族），: the people in brackets)
_PEOPLE_BRACKET = re.compile(r"（[\u4e00-\u9fff]{1,4}族）$")
_LEAD = re.compile(r"[^：:。；]{9,120}[：:](?=[\u4e00-\u9fff·]{2,9}，[男女]，)")  # a long lead before a row's biodata
_TOLD = re.compile(rf"{_SOURCE}，(?=[\u4e00-\u9fff·]{{2,9}}，)")  # 据介绍，某某，…: the source before a profile
_ITEM_NUMBER = re.compile(r"(?:\d{1,2}[．.、]|[一二三四五六七八九十]{1,3}、)(?=[\u4e00-\u9fff])")  # 1. / 一、
_HEAD = re.compile(r"^([\u4e00-\u9fff]{3,12})，")


def _titled_head(sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None) -> tuple[int, str | None]:
    """``副主任某某，主任医师，…`` (a title right before the name, then the profile after a comma):
    where the name begins, or 0. The title before the name is read by the people reader."""
    head = _HEAD.match(sentence)
    if head is None:
        return 0, None
    text = head.group(1)
    for size in (3, 2, 4):
        lead, name = text[:-size], text[-size:]
        title = lexicon.title_ending(lead) if len(lead) >= 2 else None
        surname = surname_length(name, lexicon)
        if title is None or not surname or size - surname not in (1, 2):
            continue
        if len(lead) - len(title) > 1:  # (科主任某某: one character of a unit before the title)
            org = org_before(sentence, len(lead) - len(title), tokens, lexicon, home)
            if org is None or sentence[: org.start] not in _HEAD_OPENERS:
                continue
        if valid_name(name, lexicon):
            return len(lead), title
    return 0, None
