"""People listed after a post that heads the list:

    选举产生了新一届党委委员9名，他们是（按姓氏笔画为序）：甲、乙…和丙      (a counted title)
    常务委员（按姓氏笔画排序）：甲（某医院）、乙、丙等                      (an ordering note)
    当选常务委员的还有：甲（某医院副院长）、乙（某医院院长）                 (the rest of an election)
    某病学学科带头人为某科主任、主任医师、教授甲                             (a title chain, then the name)
    医疗组长分别由副主任医师甲、副主任医师乙和主治医师丙担任                 (由 … 担任)
    牙周科主任：甲（…）；儿童口腔科副主任：乙、丙；委员：某科主任丁，教授戊   (a row headed by its post)

Each listed person holds the post written before the list. A parenthesis right after an item
is that person's unit, not a name; posts printed before a name in an item are the person's own
(read elsewhere). A list that comes out of an election (an election cue before it in the
sentence, or the ordering note of a ballot result) is an appointment of the day; otherwise a
position held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .events import AppointmentHit
from .lexicon_loader import Lexicon
from .names import names_ending_at, valid_name
from .notices import HELD, posts_between
from .orgs import OrgMention, Tokens
from .title_spans import NAMED_UNITS, UNIT_NAME_ROOM, named_unit_head

_COUNT = r"(?:[0-9０-９]+|[一二两三四五六七八九十百]+)(?:名|人|位)"
_ORDER = r"[（(](?:按|以)[^（）()]{1,16}[）)]"
_HEAD = re.compile(
    rf"(?P<count>{_COUNT})?(?:[，,]?(?:他们|她们)?(?:分别)?(?:是|为|有)|(?P<rest>的(?:还|也)?(?:有|是)))?(?P<order>{_ORDER})?[：:]"
)
_TITLE_IS = re.compile(r"(?:分别)?为(?![：:])")  # 学科带头人为…甲; 负责人分别为甲、乙
_TITLE_BY = re.compile(r"(?:分别)?由(?P<list>[^，。；;,：:]{2,60}?)担任")  # 医疗组长分别由甲、乙和丙担任
_SHARED = re.compile(rf"(?:{_COUNT})?(?:共同|一起|联合)?担任$")  # 负责人为甲、乙两人共同担任
_ETC = re.compile(rf"等(?:{_COUNT})?$")
_ELECTION = re.compile(r"选举产生|选出|当选|增补|差额选举|等额选举|投票")
_ITEM_STOP = re.compile(r"[。；;，,！？]")
_EACH_IS = re.compile(r"分别(?:是|为)[：:]")  # items that are whole chains, one a clause: 分别是：甲，乙，丙。
_CLAUSE_STOP = re.compile(r"[。；;！？]")
_BRACKET_AT_END = re.compile(r"[（(][^（）()]{1,30}[）)]$")
_JOINERS = ("和", "及", "与")
_MIN_TITLE = 3  # 主任：… is too loose a head; 党委委员, 常务委员, 学科带头人 head a list
# a row of a roster or a result list headed by its post alone ([UNIT]TITLE then a colon, opening its
# clause): 委员：甲，乙；牙周科主任：丙（…）
_CORPORATE = "corporate"  # titles of a company (lexicon/titles.tsv)
_ROW_HEAD = re.compile(r"(?:^|(?<=[：:；;。]))(?P<head>[\u4e00-\u9fff]{2,16})[：:]")


def listed_posts(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """The people of a list headed by a post (see the module's docstring)."""
    hits: list[AppointmentHit] = []
    for match in _HEAD.finditer(sentence):
        each = _EACH_IS.fullmatch(match.group(0)) is not None  # 三位健康副校长分别是：某院某科主任甲，某中心某科主治医师乙
        if not (match.group("count") or match.group("order") or match.group("rest") or each):
            continue  # 为：/是： alone is title_clauses' _titled_list (当选常务委员的还有：甲、乙 is a list)
        title = _title_before(sentence, match.start(), lexicon)
        if title is None:
            continue
        if each:
            hits.extend(listed_items(sentence, match.start(), match.end(), title, HELD, tokens, lexicon, home, blocked,
                               chain=True, commas=True))
            continue
        elected = bool(match.group("order")) or bool(_ELECTION.search(sentence, 0, match.start()))
        hits.extend(listed_items(sentence, match.start(), match.end(), title, "appoint" if elected else HELD, tokens, lexicon, home, blocked))
    for match in _ROW_HEAD.finditer(sentence):
        hits.extend(_row(sentence, match.start("head"), match.end("head"), match.end(), tokens, lexicon, home, blocked))
    for match in _TITLE_IS.finditer(sentence):
        title = _title_before(sentence, match.start(), lexicon)
        if title is None:
            continue
        found = listed_items(sentence, match.start(), match.end(), title, HELD, tokens, lexicon, home, blocked, chain=True)
        titles = _titles_listed(sentence, match.start() - len(title), title, lexicon) if match.group(0) != "为" else [title]
        if len(titles) > 1:  # 组织委员、宣传委员分别为甲、乙: one post each, in order (GOLD_SPEC §10)
            found = [replace(hit, title=each) for hit, each in zip(found, titles, strict=True)] if len(found) == len(titles) else []
        hits.extend(found)
    for match in _TITLE_BY.finditer(sentence):
        title = _title_before(sentence, match.start(), lexicon)
        if title is None:
            continue
        hits.extend(listed_items(
            sentence, match.start(), match.start("list"), title, HELD, tokens, lexicon, home, blocked, chain=True,
            until=match.end("list"),
        ))
    return hits


def _row(
    sentence: str, start: int, end: int, at: int, tokens: Tokens, lexicon: Lexicon, home: str | None,
    blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """The people of a row headed by its post (``_ROW_HEAD``): each piece between commas up to the
    clause's end is a list of items joined by 、, each a name with its posts before it (a piece that is
    not gives nothing); each person holds the head's post, of the unit written with it."""
    title = _row_title(sentence, start, end, tokens, lexicon, home)
    if title is None:
        return []
    posts = posts_between(sentence, start, end, tokens, lexicon, home) or []
    org = posts[0][1] if len(posts) == 1 and sentence[start:end] != title else None
    stop = _CLAUSE_STOP.search(sentence, at)
    close = stop.start() if stop else len(sentence)
    hits: list[AppointmentHit] = []
    for piece in re.finditer(r"[^，,]+", sentence[at:close]):
        found = listed_items(sentence, end, at + piece.start(), title, HELD, tokens, lexicon, home, blocked, chain=True,
                       until=at + piece.end())
        begin = at + piece.start()  # an item starts after the name before it (its chain may hold 、)
        for hit in sorted(found, key=lambda h: h.start):
            hits.append(replace(hit, org=org or _item_department(sentence, begin, hit.start, title, lexicon)))
            begin = hit.end + 1
    return hits


def _is_grade(title: str, lexicon: Lexicon) -> bool:
    """A professional grade or academic title (GOLD_SPEC §5): 主任中医师, 副主任技师, 教授, 硕士研究生导师, 高级会计师."""
    category = lexicon.title_category(title)
    if category == "clinical" or (category == "academic" and title.endswith(_ACADEMIC_GRADES)):
        return True
    return title.startswith(_SENIOR) and title.endswith("师")


_ACADEMIC_GRADES = ("教授", "导师", "博导", "硕导", "讲师")
_SENIOR = ("高级", "正高级", "副高级")  # 高级会计师, 高级经济师: the senior grades of the other series


def _item_department(sentence: str, at: int, name: int, title: str, lexicon: Lexicon) -> OrgMention | None:
    """The department a row's item prints before its name (``主任中医师：某科主任甲，某病科乙``): a grade
    heading the row takes it (GOLD_SPEC §5: the department its chain starts with). The department is
    the shortest run from the item's start that the department lexicon names and that the name or a
    title follows (急诊科|专科护士, not 急诊科专科), never cut by the name's length."""
    if not _is_grade(title, lexicon):
        return None
    start = at + 1 if sentence[at : at + 1] in ("、", "，", ",") else at
    for end in range(start + 2, name + 1):
        unit = sentence[start:end]
        if lexicon.org_kind(unit) != "department":
            continue
        rest = sentence[end:name]
        if not rest or any(rest[:size] in lexicon.titles for size in range(2, min(len(rest), _TITLE_ROOM) + 1)):
            return OrgMention(start, end, unit, unit, "department")
    return None


_TITLE_ROOM = 8


def _row_title(sentence: str, start: int, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None) -> str | None:
    """The post a row's head is (委员, 牙周科主任: a title alone or after its unit, nothing else), or None."""
    title = lexicon.title_ending(sentence[start:end])
    if title is None or sentence[start:end] in lexicon.role_words or lexicon.title_category(title) == _CORPORATE:
        return None  # 独立董事：甲、乙: a company's roster is board_rosters' (it needs the company)
    if end - start == len(title):
        return title
    posts = posts_between(sentence, start, end, tokens, lexicon, home) or []
    return title if len(posts) == 1 and posts[0][0] == title else None


def _title_before(sentence: str, at: int, lexicon: Lexicon) -> str | None:
    title = lexicon.title_ending(sentence[max(0, at - lexicon.longest_title) : at])
    if title is not None:  # 呼吸科哮喘亚专科负责人为…: the head of a unit named with its department
        title = named_unit_head(sentence, at - len(title), title, lexicon)[1]
    if title is not None and any(role.endswith(title) and sentence.endswith(role, 0, at) for role in lexicon.role_words):
        return None  # 首席仲裁员由甲担任: a role of one case (role_words.txt) heads no list of posts
    return title if title is not None and len(title) >= _MIN_TITLE else None


def _titles_listed(sentence: str, start: int, title: str, lexicon: Lexicon) -> list[str]:
    """The posts joined by 、 that end with ``title`` written from ``start`` (组织委员、宣传委员、纪检委员)."""
    titles = [title]
    while start > 0 and sentence[start - 1] == "、":
        before = _title_before(sentence, start - 1, lexicon)
        if before is None or not _ITEM_START.search(sentence, 0, start - 1 - len(before)):
            break
        titles.insert(0, before)
        start -= len(before) + 1
    return titles


_ITEM_START = re.compile(r"(?:^|[、，,；;：:。])$")


def listed_items(
    sentence: str, head: int, at: int, title: str, action: str, tokens: Tokens, lexicon: Lexicon, home: str | None,
    blocked: list[tuple[int, int]], chain: bool = False, until: int | None = None, commas: bool = False,
) -> list[AppointmentHit]:
    """Each item from ``at`` to the clause's end (or ``until``) must be a name (a unit in parentheses
    after it, posts before it when ``chain``); one item that is not makes the whole list none.
    With ``commas`` the items run to the sentence's end, joined by ， as by 、."""
    stop = (_CLAUSE_STOP if commas else _ITEM_STOP).search(sentence, at)
    end = min(stop.start() if stop else len(sentence), until if until is not None else len(sentence))
    shared = _SHARED.search(sentence, at, end)
    if shared is not None:  # 负责人为甲、乙两人共同担任: the count and the verb close the list
        end = shared.start()
    etc = _ETC.search(sentence, at, end)
    if etc is not None:  # 甲、乙等16人: the rest of the list not printed
        end = etc.start()
    spans: list[tuple[int, int]] = []
    position = pending = at
    text = re.sub(r"[，,]", "、", sentence[at:end]) if commas else sentence[at:end]
    for item in _split(text, lexicon):
        span = _item_name(sentence, pending, position + len(item), tokens, lexicon, home, blocked, chain)
        position += len(item) + 1
        if span is None and not chain:
            return []
        if span is not None:  # with ``chain`` an item's posts may be joined by 、 (某科主任、主任医师、教授甲)
            spans.append(span)
            pending = position
    if pending < end:
        return []
    posts = posts_between(sentence, _written_from(sentence, head - len(title)), head, tokens, lexicon, home) or []
    org = next((o for t, o in reversed(posts) if t == title), None)  # 党委委员: the hospital's (GOLD_SPEC §3)
    if org is not None and sentence[org.start : org.end] != org.text and lexicon.title_category(title) == "clinical":
        org = None  # 医疗组长 with no unit written: the department the story is about, not the hospital (facts)
    return [AppointmentHit(sentence[a:b], title, org, action, a, b) for a, b in spans]


_MARKS = "，,、；;：:。"


def _written_from(sentence: str, at: int) -> int:
    """Where the post that ends at the title written from ``at`` starts: there, or the clause's start
    when the title follows a unit named with its department (呼吸科哮喘亚专科|负责人, the unit its org)."""
    if not sentence.endswith(NAMED_UNITS, 0, at):
        return at
    room = max(0, at - len(max(NAMED_UNITS, key=len)) - UNIT_NAME_ROOM)
    return max(room, *(sentence.rfind(mark, room, at) + 1 for mark in _MARKS))


def _split(text: str, lexicon: Lexicon) -> list[str]:
    """Items joined by 、 (and by 和/及/与 when both sides are names: 邓文和 ends in 和).
    Each returned item but the last is followed by one joiner character."""
    out: list[str] = []
    for piece in _outside_brackets(text):
        bare = _BRACKET_AT_END.sub("", piece)
        if len(bare) <= 3:
            out.append(piece)
            continue
        for i, char in enumerate(piece):
            if char in _JOINERS and len(piece) - i > 2 and _ends_in_name(piece[:i], lexicon):
                out.extend([piece[:i], piece[i + 1 :]])
                break
        else:
            out.append(piece)
    return out


def _ends_in_name(text: str, lexicon: Lexicon) -> bool:
    bare = _BRACKET_AT_END.sub("", text)
    return any(valid_name(bare[-size:], lexicon, allow_common=True) for size in (3, 2) if len(bare) >= size)


def _outside_brackets(text: str) -> list[str]:
    """``text`` cut at each 、 outside parentheses (甲（某院某科副主任、主任医师）、乙: two items)."""
    pieces, depth, begin = [], 0, 0
    for i, char in enumerate(text):
        depth += (char in "（(") - (char in "）)")
        if char == "、" and depth <= 0:
            pieces.append(text[begin:i])
            begin = i + 1
    return [*pieces, text[begin:]]


def _item_name(
    sentence: str, start: int, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None,
    blocked: list[tuple[int, int]], chain: bool,
) -> tuple[int, int] | None:
    """The name an item ends with (before a unit in parentheses); what comes before it must be
    nothing, a department, or (with ``chain``) nothing but posts."""
    bracket = _BRACKET_AT_END.search(sentence[start:end])
    if bracket is not None:
        end = start + bracket.start()
    for at, name, _surname in names_ending_at(sentence, end, lexicon, blocked):
        if at < start or not valid_name(name, lexicon, allow_common=True):
            continue
        before = sentence[start:at]
        if not before or lexicon.org_kind(before) == "department":
            return at, end
        if chain and _all_posts(sentence, start, at, tokens, lexicon, home):
            return at, end
    return None


def _all_posts(sentence: str, start: int, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None) -> bool:
    """``某科主任、主任医师、教授``: the text is posts (and their units) only, its last word a title."""
    return bool(posts_between(sentence, start, end, tokens, lexicon, home)) and lexicon.title_ending(
        sentence[start:end]
    ) is not None and not re.search(r"[，,。；;：:]", sentence[start:end])


def listed_people(hits: Sequence[AppointmentHit]) -> list[tuple[int, int]]:
    """The spans of the listed people (for callers that block them from other readers)."""
    return [(h.start, h.end) for h in hits]
