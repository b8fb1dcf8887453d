"""The issue's own hospital and group: what 我院, 本院 and a bare 集团 refer to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate

from ..han import is_basic_han
from .home_names import contrasted, printings, second_names
from .lexicon_loader import Lexicon
from .org_short_names import full_name_of
from .orgs import GROUP_REFERENCES, Tokens, find_orgs
from .registered_names import legal_form, registered_group
from .segment import word_tags

_TITLE_PAREN = re.compile(r"（筹）$")


def home_hospital(
    texts: Sequence[str], tokenize: Callable[[str], Tokens], lexicon: Lexicon
) -> str | None:
    """The issue's own hospital: the hospital named most often (ties: first named)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    endings = tuple(suffix for suffix, kind in lexicon.org_kinds if kind == "hospital")
    _count_hospitals(texts, tokenize, lexicon, endings, counts, first)
    if not counts and any(_US_OPENING.search(text) for text in texts):
        # 任某集团职工医院院长 its only printing, in a text that speaks as a hospital (，医院党委…): a hospital
        # jieba glued to its head's title counts
        _count_hospitals(texts, tokenize, lexicon, endings, counts, first, glued=True)
    if not counts:
        return None
    _unglue(counts, first, lexicon)
    forms: dict[str, set[str]] = {}  # each hospital → the names it is printed under
    for short, of_record in second_names(texts, list(counts), lambda n: lexicon.org_kind(n) == "hospital").items():
        if of_record in counts and short != of_record:  # 某医院（以下简称“某院”）, 某第四人民医院（某传染病医院）
            counts[of_record] += counts.pop(short) if short in counts else printings(short, texts, of_record)
            first.pop(short, None)
            forms.setdefault(of_record, {of_record}).add(short)
    for name in sorted(counts, key=len):  # 嵩医一附院 counts for 嵩阳医科大学第一附属医院
        full = full_name_of(name, [n for n in counts if len(n) > len(name)], lexicon)
        if full is not None:
            counts[full] += counts.pop(name)
            first[full] = min(first[full], first[name])
            forms.setdefault(full, {full}).update(forms.pop(name, {name}))
    for name, extra in _level_short_mentions(texts, list(counts)).items():
        counts[name] += extra  # 县人民医院 written again and again: the county's hospital the article is about
    for name, extra in _head_short_mentions(texts, list(counts)).items():
        counts[name] += extra  # 总院党委书记, 总院医务部: the 医共体's 总院 the article is written by
    host = _visited(texts, list(counts))
    if host is not None:
        counts[host] += 1  # 一行来到某医院调研: the hospital a visit comes to is the writer's
    votes, partners = _self_evidence(texts, list(counts), lexicon)
    partners |= _destinations(texts, list(counts)) | _joined_by_us(texts, list(counts))
    # 某医院副院长甲，我院党委书记乙: the sentence itself sets the hospital apart from the writer, which
    # outweighs a word of sending (挂任某县人民医院执行院长: the receiving side may be the writer)
    apart = contrasted(texts, {n: forms.get(n, {n}) for n in counts}, lambda clause: _opens_with_post(clause, lexicon))
    partners |= apart
    votes = Counter({name: n for name, n in votes.items() if name not in partners})
    if votes:
        return max(votes, key=lambda name: (votes[name], counts[name], -first[name]))
    mine = [name for name in counts if name not in partners] or [name for name in counts if name not in apart]
    mine = mine or list(counts)
    return max(mine, key=lambda name: (counts[name], -first[name]))


def _count_hospitals(
    texts: Sequence[str], tokenize: Callable[[str], Tokens], lexicon: Lexicon, endings: tuple[str, ...],
    counts: Counter[str], first: dict[str, int], glued: bool = False,
) -> None:
    """Count each hospital the texts name (a unit's for its hospital) into ``counts`` and ``first``."""
    for text in texts:
        if not any(suffix in text for suffix in endings):
            continue
        for mention in find_orgs(text, tokenize(text), lexicon, None, endings + tuple(lexicon.department_suffixes), glued):
            top = _of_campus(_own_body(mention.name, mention.parent, lexicon), lexicon)
            if (
                lexicon.org_kind(top) == "hospital" and not _TITLE_PAREN.search(top) and not top.endswith(_CAMPUS)
                and not _CLASS.search(top)
            ):
                counts[top] += 1
                first.setdefault(top, len(first))


def _own_body(name: str, parent: str | None, lexicon: Lexicon) -> str:
    """The body a mention is of: its parent for a unit (某医院心内科), but an enterprise group's
    hospital (某煤业集团总医院, parent the group) is a hospital of its own (§4.11), not the group;
    a medical group's member (某医疗集团某医院) is counted for the group, as before."""
    if parent is None or (lexicon.org_kind(name) == "hospital" and lexicon.org_suffix(parent) in _OWNERS):
        return name
    return parent


_OWNERS = frozenset({"集团", "有限公司", "有限责任公司", "股份有限公司"})  # an enterprise's own endings (§4.11)
_CAMPUS = "院区"  # 某医院新院区, 某医院东院区: a site of the hospital, which is the issue's own
# 全县乡镇卫生院, 全州各乡镇卫生院, 县级中医医院, 三级康复专科医院: a quantifier or a grade names a
# class of hospitals, never the one the paper is (全州县|人民医院 is a place: 全 + a level word + no level word)
_CLASS = re.compile(r"^全[省市州县区乡镇](?![省市州县区旗])|各|[省市州县区乡镇一二三]级")


def _unglue(counts: Counter[str], first: dict[str, int], lexicon: Lexicon) -> None:
    """``委托市三院``: a short form (市三院) with a word glued before it, where the short form
    is itself named and abbreviates another hospital printed in full (梧沚市第三人民医院, not
    某乡卫生院 for 乡卫生院: a place before a level word is no glue): it counts for the short form."""
    for name in sorted(counts, key=len, reverse=True):
        short = next((s for s in counts if s != name and name.endswith(s)), None)
        full = full_name_of(short, [n for n in counts if len(n) > len(short) and n != name], lexicon) if short else None
        if short is None or full is None or full.endswith(short):  # 乡卫生院 of 某乡卫生院: a place left out, not glued
            continue
        counts[short] += counts.pop(name)
        first[short] = min(first[short], first.pop(name))


# 一行来到某医院, 莅临某医院: a visit comes (来) to the writer's own hospital
_COME = ("来到", "莅临")


def _visited(texts: Sequence[str], hospitals: list[str]) -> str | None:
    """The one hospital written right after a word of coming (来到, 莅临), or None (none, or a
    tour that comes to several)."""
    whole = "\n".join(texts)
    found = {name for name in hospitals for word in _COME if word + name in whole}
    found = {name for name in found if not any(other != name and name in other for other in found)}
    return next(iter(found)) if len(found) == 1 else None


def _of_campus(name: str, lexicon: Lexicon) -> str:
    """The hospital a campus is of (某市人民医院新院区 → 某市人民医院), else ``name`` (a campus
    written alone, 新院区, is no candidate for the issue's hospital)."""
    if not name.endswith(_CAMPUS):
        return name
    for cut in range(len(name) - len(_CAMPUS), 3, -1):
        if lexicon.org_kind(name[:cut]) == "hospital" and not name[:cut].endswith(_CAMPUS) and name[cut - 1] == "院":
            return name[:cut]
    return name


_PLACED = re.compile(r"^[\u4e00-\u9fff]{2,4}?([省市县区])")


def _level_short_mentions(texts: Sequence[str], hospitals: list[str]) -> Counter[str]:
    """How often each placed hospital is written by its level-word short form alone (县人民医院
    for 某县人民医院, not inside the full name), when only one hospital has that short form."""
    shorts: dict[str, list[str]] = {}
    for name in hospitals:
        match = _PLACED.match(name)
        if match is not None and len(name) - match.end() >= 3:
            shorts.setdefault(name[match.start(1) :], []).append(name)
    out: Counter[str] = Counter()
    for short, names in shorts.items():
        if len(names) != 1:
            continue
        full = names[0]
        out[full] = sum(text.count(short) - text.count(full) for text in texts)
    return +out


# a group's lead hospital is written again by its last word alone (某县医共体总院 → 总院党委书记, 总院医务部;
# 某油田总医院 → 总医院): longest first
_HEAD_WORDS = ("总医院", "总院")


def _head_short_mentions(texts: Sequence[str], hospitals: list[str]) -> Counter[str]:
    """How often the one hospital whose name ends with a lead hospital's word (总院, 总医院) is
    written by that word alone (not inside its full name), when only one hospital ends so."""
    out: Counter[str] = Counter()
    for word in _HEAD_WORDS:
        names = [name for name in hospitals if name.endswith(word) and len(name) > len(word)]
        if len(names) == 1:
            full = names[0]
            bare, whole = re.compile(word + "(?!长)"), re.compile(re.escape(full) + "(?!长)")  # 副总院长: a title
            out[full] = sum(len(bare.findall(text)) - len(whole.findall(text)) for text in texts)
            break
    return +out


_SELF = ("我院", "本院")
_JOINED = ("与", "和", "同")


def _self_evidence(texts: Sequence[str], hospitals: list[str], lexicon: Lexicon) -> tuple[Counter[str], set[str]]:
    """What the text says of 我院 against each named hospital.

    A vote: a hospital written in the place of 我院 with the same three characters around it
    (``帮扶我院工作`` beside ``帮扶禾丰县人民医院工作``), or with the same person after it
    (``我院黄某某当选`` beside ``某市人民医院副院长黄某某当选``). A partner: a hospital joined
    to 我院 by 与/和/同 (``我院与某医院签约``) is the other party, not the writer.
    """
    votes: Counter[str] = Counter()
    partners: set[str] = set()
    whole = "\n".join(texts)
    ours = {name for text in texts for word in _SELF for name in _names_after(text, word, lexicon)}
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))  # each text's place in ``whole``
    for name in hospitals if ours else ():  # no name after 我院: no hospital shares one
        theirs = {n for text in _texts_with(name, texts, whole, starts) for n in _names_after(text, name, lexicon)}
        votes[name] += len(ours & theirs)
    votes = +votes
    around: dict[str, set[tuple[str, str]]] = {}  # each hospital's 2+1 and 1+2 characters around it in ``whole``
    for text in texts:
        for self_word in _SELF:
            at = text.find(self_word)
            while at >= 0:
                left, right = text[max(0, at - 2) : at], text[at + 2 : at + 4]
                wide = (left, right[:1]) if len(left) == 2 and right else None  # 帮扶|我院|工
                tall = (left[-1:], right) if left and len(right) == 2 else None  # 扶|我院|工作
                joined = any(text.startswith(j, at + 2) or text.endswith(j, 0, at) for j in _JOINED)
                for name in hospitals:
                    if wide or tall:
                        if name not in around:
                            around[name] = _contexts(name, whole)
                        if wide in around[name] or tall in around[name]:
                            votes[name] += 1
                    if joined and any(
                        text.startswith(j + name, at + 2) or text.endswith(name + j, 0, at) for j in _JOINED
                    ):
                        partners.add(name)
                partners.update(_joined_after(text, at + 2, hospitals, whole, lexicon))
                partners.update(_in_clause(text, at, self_word, hospitals))
                at = text.find(self_word, at + 2)
    return votes, partners


def _in_clause(text: str, at: int, self_word: str, hospitals: list[str]) -> set[str]:
    """Hospitals 我院 at ``at`` goes to or acts on later in its clause (``建议我院在某卫生院设立…``,
    ``我院赴某医院``): another body, the place of our action. A hospital before 我院 in its clause
    (``某医院帮扶某县医院座谈会在我院召开``) may be the writer under its name, and is left alone."""
    after = _CLAUSE_END.search(text, at)
    clause = text[at + len(self_word) : after.start() if after else len(text)]
    return {name for name in hospitals for word in _PLACE_OF_ACTION if word + name in clause}


# a clause opening with the writer (我院, 本院, or 医院 bare) … 与/同 某医院: the other party
_US_OPENING = re.compile(r"(?:^|[，。；：！？])(?:我院|本院|医院)")
_SENTENCE_END = re.compile(r"[。！？]")


def _joined_by_us(texts: Sequence[str], hospitals: list[str]) -> set[str]:
    """Hospitals written after 与/同 later in a sentence whose clause opens with the writer
    (``医院从内科抽调医生，并与某医院儿科建立会诊协作``): the writer joins with them, so they are
    another party (``我院与…`` right after 我院 is _joined_after's)."""
    out: set[str] = set()
    for text in texts:
        for match in _US_OPENING.finditer(text):
            end = _SENTENCE_END.search(text, match.end())
            rest = text[match.end() : end.start() if end else len(text)]
            out.update(name for name in hospitals for joiner in ("与", "同") if joiner + name in rest)
    return out


def _texts_with(name: str, texts: Sequence[str], whole: str, starts: list[int]) -> list[str]:
    """The texts that may hold ``name`` (every one that does), found in ``whole``, their join
    (``starts``: where each text starts in it)."""
    out: list[str] = []
    at = whole.find(name)
    while at >= 0:
        index = bisect_right(starts, at) - 1
        out.append(texts[index])
        at = whole.find(name, starts[index] + len(texts[index]))
    return out


def _contexts(name: str, whole: str) -> set[tuple[str, str]]:
    """(two characters before, one after) and (one before, two after) every occurrence of ``name``
    in ``whole``: ``before + name + after in whole`` for these lengths, read once."""
    out: set[tuple[str, str]] = set()
    at = whole.find(name)
    while at >= 0:
        end = at + len(name)
        if at >= 2 and end + 1 <= len(whole):
            out.add((whole[at - 2 : at], whole[end : end + 1]))
        if at >= 1 and end + 2 <= len(whole):
            out.add((whole[at - 1 : at], whole[end : end + 2]))
        at = whole.find(name, at + 1)
    return out


_PLACE_OF_ACTION = ("在", "到", "赴", "向", "去", "往", "至", "对")  # 我院在|到|向 某医院…: where we act

# 甲挂任某县人民医院副院长, 赴某医院, 帮扶某医院: the hospital a story sends people or help to
_SENT_TO = ("挂任", "挂职", "赴", "前往", "派驻", "支援", "援助", "帮扶")
_SENT_AFTER = ("挂任", "挂职")  # 在某医院挂任: the same words after the hospital a person was sent to


def _destinations(texts: Sequence[str], hospitals: list[str]) -> set[str]:
    """Hospitals written right after a word of sending (挂任, 赴, 帮扶): the receiving side, never
    the issue's own hospital, which writes 来到我院 or 帮扶我院 of itself."""
    whole = "\n".join(texts)
    words = [w for w in _SENT_TO if not any(w + self_word in whole for self_word in _SELF)]  # 帮扶我院: we receive
    out = {name for name in hospitals for word in words if word + name in whole}
    # 在某医院挂任副主任一年: the hospital a person was sent to, the word after it
    out |= {name for name in hospitals for word in _SENT_AFTER if "在" + name + word in whole}
    for name in hospitals:  # 我院赴某乡开展筛查 … 某乡卫生院: the health centre of the township we go out to
        township = _TOWNSHIP.match(name)
        if township is not None and any(
            re.search(word + _CHAIN_BEFORE + re.escape(township.group(0)), whole) for word in words + list(_GONE_INTO)
        ):
            out.add(name)
    return out


_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:乡|镇|苏木|街道)(?=卫生院|中心卫生院|社区卫生服务中心)")
_CHAIN_BEFORE = r"[\u4e00-\u9fff]{0,6}?"  # 深入|拉加县|某乡: the county printed before the township
_GONE_INTO = ("深入",)  # 医疗队深入某乡: gone out into the township (深入 a hospital is an inspection's, left alone)


# 我院与…, 我院加入…, 我院携手…: what the clause names after these is the other party
_SELF_JOINS = re.compile(r"(?:正式|成功|日前|近日|再次)?(?:与|和|同|跟|携手|牵手|联手|加入|成为|作为)")
_CLAUSE_END = re.compile(r"[，。；！？：,;!?:]")


def _joined_after(text: str, at: int, hospitals: list[str], whole: str, lexicon: Lexicon) -> set[str]:
    """Hospitals the clause that starts ``我院与/加入…`` at ``at`` names: written in it, or
    through a designation the clause prints (我院加入国家某区域医疗中心某联盟) that the article
    prints before one of them."""
    if _SELF_JOINS.match(text, at) is None:
        return set()
    stop = _CLAUSE_END.search(text, at)
    clause = text[at : stop.start() if stop else len(text)]
    found = {name for name in hospitals if name in clause}
    for pattern in lexicon.designations:
        for match in pattern.finditer(clause):
            found.update(name for name in hospitals if match.group(0) + name in whole)
    return found


_PERSON_WINDOW = 16  # characters after an organization where its person's name is written


def _names_after(text: str, org: str, lexicon: Lexicon) -> set[str]:
    """Three-character stretches that read as names (a surname, no dictionary word), written
    shortly after ``org`` in ``text``."""
    out: set[str] = set()
    at = text.find(org)
    while at >= 0:
        out |= _names_in(text[at + len(org) : at + len(org) + _PERSON_WINDOW], lexicon)
        at = text.find(org, at + len(org))
    return out


def _opens_with_post(clause: str, lexicon: Lexicon) -> bool:
    """Whether ``clause`` opens with a post (副院长…), or with a department and its post (骨科主任…)."""
    for start in (0, *(end for end in range(2, min(len(clause), 12)) if clause[:end].endswith(lexicon.department_suffixes))):
        if any(clause[start : start + size] in lexicon.titles for size in range(2, 7)):
            return True
    return False


def _opens_post(window: str, at: int, size: int, lexicon: Lexicon) -> bool:
    """Whether a post (党委书记, 党支部书记) printed at ``at`` covers the ``size`` characters there:
    党 is a surname, but 党委书 is the start of a post, never a person's name."""
    return any(window[at : at + k] in lexicon.titles for k in range(size, min(len(window) - at, 7) + 1))


def _names_in(window: str, lexicon: Lexicon) -> set[str]:
    """Three-character stretches of ``window`` that read as names (a surname, no dictionary word)."""
    out = set()
    for i in range(len(window) - 2):
        size = 4 if window[i : i + 2] in lexicon.surnames else 3  # 皇甫志和: a compound surname
        piece = window[i : i + size]
        if len(piece) < size or not _cjk(piece) or piece[: size - 2] not in lexicon.surnames:
            continue
        if piece in word_tags() or piece[size - 2 :] in word_tags() or _opens_post(window, i, size, lexicon):
            continue
        out.add(piece)
    return out


def _cjk(text: str) -> bool:
    return all(is_basic_han(c) for c in text)


def home_group(texts: Sequence[str], tokenize: Callable[[str], Tokens], lexicon: Lexicon) -> str | None:
    """The group the issue names most often (what a bare ``集团`` refers to), or None."""
    endings = tuple(suffix for suffix, kind in lexicon.org_kinds if kind == "group")
    counts: Counter[str] = Counter()
    for text in texts:
        if not any(suffix in text for suffix in endings):
            continue
        for mention in find_orgs(text, tokenize(text), lexicon, None, endings):
            top = mention.parent or mention.name
            form = legal_form(text[mention.start :], top) if mention.parent is None else None
            top = top + form if form else top  # 某集团|有限公司: the group under its registered name
            if (lexicon.org_kind(top) == "group" or registered_group(top, lexicon)) and top not in GROUP_REFERENCES:
                counts[top] += 1
    return max(counts, key=lambda name: counts[name]) if counts else None
