"""The organizations an article names, read in one pass before its people and events.

A reader knows every institution of a story before deciding whose post a title is: a short
form in the headline (``省卫生健康委员会``) means the full name the body prints later
(``楚北省卫生健康委员会``), a name in brackets after another (``某妇幼保健院（某服务中心）``) is
the same body, and a name jieba ran into the words before it (``将全力支持|县妇幼保健院``)
is the short form the article uses elsewhere. This module keeps, per article:

- each sentence's organizations (``orgs.find_orgs``; a hospital written under a group is its unit);
- the names written in full (hospitals, groups, companies, governments, universities,
  societies, and units of other institutions), in article order;
- the names the article declares for another (以下简称, 挂牌, a bracketed second name).

``resolve`` reads a mention as the organization it stands for: a short form of a name written
in full before it, else of one written anywhere in the article (one must fit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate

from .area_words import area_words
from .cut_places import printed_places, whole_place
from .generic_heads import bare_endings, generic_head
from .held_bodies import holder_of
from .lexicon_loader import FORMER, Lexicon
from .org_conventions import society_as_printed, township_in_full, village_in_full
from .org_short_names import full_name_of, is_short_form
from .org_tiers import under_parent_tier
from .orgs import (
    BRANCHES,
    PLACE_ORGAN,
    SITTING,
    STRONG_KINDS,
    OrgMention,
    Tokens,
    designated,
    find_orgs,
    resolve_org,
)
from .party_committees import with_party_committees
from .short_forms import DECLARATION, declared_after, declared_aliases, named_before
from .unit_tails import may_be_tail, unit_tail

_BELONGS = ("", "所属", "旗下", "下属", "直属", "所辖")
_LEVELS = "省市县区"
_MIN_PLACE = 2  # characters of a place name before its level word
_ORGAN = re.compile(r"^[委局厅](?:机关)?(?!员)[\u4e00-\u9fff]{2,}")  # 委(机关)医政医管科: an office of the body itself
_ORGAN_BODIES = {"委": "委员会"}  # the ending of the body a 委机关 is of
_SOCIETY = "会"  # the last character of a society's name (学会, 协会, 研究会)
_COMMITTEE = "委员会"  # a body's elected committee (支社委员会), written with the body's bare ending
_OPENING = ("（", "(")  # the brackets a declaration (DECLARATION) opens with
_PLACED = re.compile(r"^[\u4e00-\u9fff]{2,}?[省市县区州盟旗]")  # 晋城市…: a name written with its place


@dataclass
class ArticleOrgs:
    per_sentence: list[list[OrgMention]]
    named: list[list[OrgMention]]  # per sentence: the names written in full there
    declared: dict[str, str] = field(default_factory=dict)  # a declared name -> the full name
    home: str | None = None
    heads: list[bool] = field(default_factory=list)  # per sentence: a headline (it abbreviates the body)
    whole: str = ""  # the article's text (a township's county is read from it)
    texts: Sequence[str] = ()  # the article's sentences

    _flat: dict[bool, tuple[object, int, list[int], dict[int, list[OrgMention]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )  # of per_sentence: (the lists, their number, where each sentence's bodies end, stop -> the bodies before it)
    _bracketed: dict[int, list[OrgMention]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _offices: dict[int, tuple[Lexicon, list[OrgMention]]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def _sentences_before(self, printed: bool, stop: int) -> list[OrgMention]:
        """The bodies of sentences before ``stop``, every one printed or only those ``named`` in
        full (the same list for the same ``stop``: a long sentence asks it for every body in it;
        nobody changes the lists once read and callers only read it). Flattened once per article."""
        lists = self.per_sentence if printed else self.named
        kept = self._flat.get(printed)
        if kept is None or kept[0] is not lists or kept[1] != len(lists):
            kept = (lists, len(lists), list(accumulate(map(len, lists), initial=0)), {})
            self._flat[printed] = kept
        _lists, count, ends, before = kept
        if stop not in before:
            every = before.get(count)
            if every is None:
                every = before[count] = [m for names in lists for m in names]
            taken = len(range(count)[:stop])  # the sentences lists[:stop] holds
            before[stop] = every if taken == count else every[: ends[taken]]
        return before[stop]

    def named_until(self, index: int) -> list[OrgMention]:
        """Names written in full in sentences 0..index."""
        return self._sentences_before(False, index + 1)

    def _after_declaration(self, org: OrgMention, index: int) -> OrgMention | None:
        """某省人力资源和社会保障厅（以下简称“省人社厅”）专业技术人员管理处: a unit written right
        after the bracket that declares a body's short name is that body's unit."""
        if org.kind != "department" or org.parent not in (None, self.home) or index >= len(self.texts):
            return None
        text = self.texts[index]
        if index not in self._bracketed:  # the bodies a bracket follows, read once per sentence (a declaration opens with one)
            self._bracketed[index] = [m for m in self.per_sentence[index] if text[m.end : m.end + 1] in _OPENING]
        for body in self._bracketed[index]:
            if body.kind in STRONG_KINDS and body.end < org.start and DECLARATION.fullmatch(text[body.end : org.start]):
                return OrgMention(org.start, org.end, org.text, body.name + org.text, "department", body.name)
        return None

    def _organ_unit(self, org: OrgMention, index: int, lexicon: Lexicon) -> OrgMention | None:
        """委机关医政医管科, 委医政医管处 (the commission's own offices) after 某市卫生健康委员会 was
        named: the body's unit, and so are the bare units listed after it in the sentence (、基层卫生健康科)."""
        if org.kind != "department" or org.parent not in (None, self.home):
            return None
        first = next((m for m in self._organ_offices(index, lexicon) if m.start <= org.start), None)
        if first is None:
            return None
        body = next((m.name for m in reversed(self.named_until(index)) if m.kind == "government"
                     and m.name.endswith(_ORGAN_BODIES.get(first.text[0], first.text[0]))), None)
        if body is None:
            return None
        body = full_name_of(body, [m.name for m in self.named_until(index)], lexicon) or body  # 省某局: in full
        unit = org.text[len(organ_office(org.text, lexicon)):]  # 委机关|医政医管科, 委|医政医管处
        return OrgMention(org.start, org.end, org.text, body + unit, "department", body)

    def _organ_offices(self, index: int, lexicon: Lexicon) -> list[OrgMention]:
        """The bodies of sentence ``index`` written as an organ's own office (委机关…), read once per sentence."""
        kept = self._offices.get(index)
        if kept is None or kept[0] is not lexicon:
            kept = self._offices[index] = (lexicon, [m for m in self.per_sentence[index] if organ_office(m.text, lexicon)])
        return kept[1]

    def _declared_head(self, org: OrgMention, lexicon: Lexicon) -> OrgMention | None:
        """总院, 总院心血管内科 in an article that declares its 总院 (医共体总院即某县人民医院): that
        hospital, that hospital's unit (named alone when it is the paper's own hospital)."""
        hospital = self.declared.get(_HEAD_REFERENCE)
        if hospital is None or not org.text.startswith(_HEAD_REFERENCE):
            return None
        unit = org.text[len(_HEAD_REFERENCE) :]
        if not unit:
            return OrgMention(org.start, org.end, org.text, hospital, "hospital")
        if lexicon.org_kind(unit) != "department" or unit.startswith("长"):
            return None  # 总院长办公室: the office of the 总院长
        name = unit if hospital == self.home else hospital + unit
        return OrgMention(org.start, org.end, org.text, name, "department", hospital)

    def _bare_ending(self, org: OrgMention, index: int, lexicon: Lexicon) -> OrgMention | None:
        """中心, 委员会 written alone after 某医院胸痛中心, 某某委员会 was named: that body (the last
        named before with that ending)."""
        text = org.name if org.text == FORMER + org.name else org.text  # 原总医院: the 总医院, a past post
        endings = bare_endings(lexicon.directory)
        if text.endswith(_COMMITTEE) and text[: -len(_COMMITTEE)] in endings:
            text = text[: -len(_COMMITTEE)]  # 支社委员会: the elected committee of the branch is the branch's organ
        if text not in endings:
            return None
        earlier = [m for names in self.per_sentence[: index + 1] for m in names
                   if m.text not in (org.text, text) and not SITTING.match(m.text)]  # not 上届支社: a sitting
        last = next((m for m in reversed(earlier) if m.name.endswith(text) and len(m.name) > len(text) + 1
                     and (index >= len(self.per_sentence) or m not in self.per_sentence[index] or m.end <= org.start)), None)
        if last is None and self.home and self.home.endswith(text) and len(self.home) > len(text) + 1 and text != org.text:
            return OrgMention(org.start, org.end, org.text, self.home, "hospital")  # 原总医院: the paper's 某油田总医院
        if last is None:
            return None
        full = max((m for m in earlier if m.name.endswith(last.name)), key=lambda m: len(m.name), default=last)
        return self._read_in_full(OrgMention(org.start, org.end, org.text, full.name, full.kind, full.parent), index, lexicon)  # 学组: 某分会胸痛学组

    def _society_branch(self, org: OrgMention, index: int, lexicon: Lexicon) -> OrgMention | None:
        """伤口造口专业委员会 after 某省护理学会 was named: a society's branch written alone is
        that society's (the society named last before it), printed with it (GOLD_SPEC §9)."""
        branch = next((b for b in BRANCHES if org.name.endswith(b)), None)
        if org.kind != "association" or org.text != org.name or branch is None or _SOCIETY in org.name[: -len(branch)]:
            return None
        named = self.named_until(index)
        printed = next((m.name for m in reversed(named) if m.name.endswith(org.text) and m.name != org.text), None)
        if printed is not None:  # 专业委员会 after 某学会某专业委员会: the branch printed in full
            return OrgMention(org.start, org.end, org.text, printed, "association", None)
        societies = [s for s in (_society_of(m.name, lexicon) for m in named) if s]
        if not societies:
            return None
        society = max(reversed(societies), key=societies.count)  # the article's society, not 科协 named at its congress
        return OrgMention(org.start, org.end, org.text, society + org.text, "association", society)

    def _read_in_full(self, body: OrgMention, index: int, lexicon: Lexicon) -> OrgMention:
        """学组 after 分会神经重症学组, itself the society's (分会 the one the article names): the body the
        printed form the short one stands for is read as (its generic head resolved), else it."""
        if body.kind != "department":
            return body
        printed = replace(body, text=body.name)  # the earlier body as it was printed
        whole = generic_head(printed, self.named_until(index), lexicon)  # (its clause was read when it was printed)
        return body if whole is None or whole.name == body.name else replace(whole, start=body.start, end=body.end, text=body.text)

    def printed_before(self, org: OrgMention, index: int) -> list[OrgMention]:
        """Every body printed before ``org`` (written in sentence ``index``), in its sentence too."""
        here = self.per_sentence[index] if index < len(self.per_sentence) else []
        return self._sentences_before(True, index) + [m for m in here if m.end <= org.start]

    def everywhere(self) -> list[OrgMention]:
        return [m for names in self.named for m in names]

    def resolve(self, org: OrgMention | None, index: int, lexicon: Lexicon) -> OrgMention | None:
        """The organization ``org`` (written in sentence ``index``) stands for."""
        found = self._resolve(org, index, lexicon)
        alone = None if found is None else society_as_printed(found, self.whole, lexicon)
        return alone or found  # 某国|某某客属公会 printed also alone: named so (§4.9)

    def _resolve(self, org: OrgMention | None, index: int, lexicon: Lexicon) -> OrgMention | None:
        if org is None:
            return None
        head = self._declared_head(org, lexicon)
        if head is not None:
            return head
        if org.parent in self.declared and org.name.startswith(org.parent) and org.text == org.name and not (
            org.kind == "hospital" and lexicon.org_kind(org.parent) == "group"
        ):  # (某森工集团某林业局医院: a group's hospital is a body of its own, named as printed, §4.11)
            full = self.declared[org.parent]  # 县政协提案委员会 after 中国人民政治协商会议某县委员会（以下简称县政协）
            return OrgMention(org.start, org.end, org.text, full + org.name[len(org.parent):], org.kind, full)
        declared = self._after_declaration(org, index) or self._society_branch(org, index, lexicon) or self._organ_unit(org, index, lexicon) or self._bare_ending(org, index, lexicon)
        declared = declared or generic_head(org, self.named_until(index), lexicon, self.texts[index] if index < len(self.texts) else "")  # 学校德育处, 分行公司业务部
        declared = declared or under_parent_tier(org, self.named_until(index), lexicon, self.home)  # 某分行…菱塘支行
        if declared is None and may_be_tail(org, self.home):  # 尘肺病康复站…康复站 (bodies printed before read only then)
            declared = unit_tail(org, self.printed_before(org, index), self.home)
        if declared is not None:
            return declared
        league = _league_in_full(org, self.named_until(index))
        if league is not None:
            return league
        town = township_in_full(org, self.whole, lexicon) or village_in_full(org, self.whole, lexicon)  # §4.9
        if town is not None:
            return town
        before = named_before(org, self.named_until(index), lexicon, self.home, self.declared)
        if before is not None and before.name != org.name:
            return before
        if _PLACED.match(org.text) and not self.heads[index]:
            return before  # 晋城市卫健委 before 晋城市卫生健康委员会: a name with its place stands as printed
        later = named_before(org, self.named_until(len(self.named) - 1), lexicon, self.home, self.declared)  # every body
        found = later if later is not None else before
        if (found is None or found.name == org.name) and org.text[:1] in _LEVELS:
            return _under_placed_body(org, self.named_until(index)) or found
        return found


def organ_office(text: str, lexicon: Lexicon) -> str:
    """``委机关``/``委`` before an office's name (委医政医管处, 局办公室): the body's own word, or ""."""
    found = _ORGAN.match(text)
    if found is None:
        return ""
    cut = 3 if text[1:3] == "机关" else 1
    return text[:cut] if cut == 3 or lexicon.org_kind(text[cut:]) == "department" else ""


def read_article_orgs(
    texts: Sequence[str], tokenize: Callable[[str], Tokens], lexicon: Lexicon, home: str | None,
    heads: Sequence[bool] = (),
) -> ArticleOrgs:
    """Every organization each of ``texts`` (an article's sentences; ``heads`` marks its
    headlines) names."""
    per_sentence = [
        under_groups(text, with_party_committees(text, find_orgs(text, tokenize(text), lexicon, home))) for text in texts
    ]
    whole = "\n".join(texts)
    strong = [m for orgs in per_sentence for m in orgs if m.kind in STRONG_KINDS]
    confirmed = cache(lambda name, at: _place_confirmed(name, at, strong, whole))  # once per name: its counts read the whole text
    placed = cache(lambda: list(dict.fromkeys(  # (text, name) of each strong body printed with a place written elsewhere too
        (m.text, m.name) for m in strong if _level_at(m.name) >= 0 and confirmed(m.name, _level_at(m.name))
    )))  # read once, when a mention first asks
    per_sentence = [
        [_unglued(m, placed, confirmed, lexicon, home) for m in orgs] for orgs in per_sentence
    ]
    places = printed_places(per_sentence)  # 漱|岩县中医医院 after 漱岩县人民医院: the place's first character back
    per_sentence = [[whole_place(m, text, places) for m in orgs] for text, orgs in zip(texts, per_sentence, strict=True)]
    named = [
        [m for m in orgs if m.kind in STRONG_KINDS or m.parent not in (None, home) or PLACE_ORGAN.match(m.name)
         or (m.kind == "other" and _PLACED.match(m.name) and not m.name.endswith(_VILLAGE))]  # 某市急救中心
        + held_heads(orgs, lexicon)  # 某省监狱管理局|中心医院: the administration printed as the head of its hospital
        for orgs in per_sentence
    ]
    declared: dict[str, str] = {}
    for text, orgs in zip(texts, per_sentence, strict=True):
        declared.update(declared_aliases(text, orgs))
    fulls = tuple(dict.fromkeys(m.name for m in strong))
    declared.update(declared_after(texts, per_sentence, declared, fulls, lexicon))  # 某集团总医院（以下简称总医院） read short
    declared = {alias: _in_full(alias, full, fulls, lexicon) for alias, full in declared.items()}  # a second
    # name carried by a body printed short (团医院同时挂“…”牌子): the body in full (§4.3)
    flags = list(heads) + [False] * (len(texts) - len(heads))
    return ArticleOrgs(per_sentence, named, declared, home, flags, whole, list(texts))


def _in_full(alias: str, full: str, fulls: Sequence[str], lexicon: Lexicon) -> str:
    """The body ``full`` printed in full elsewhere in the article — never the name it was declared for
    (县医院（县医共体总院）: 县医院 is not 县医共体总院 written short)."""
    found = full_name_of(full, fulls, lexicon)
    return found if found and found != alias else full


_HEAD_REFERENCE = "总院"  # the lead hospital of a 医共体 or a group, when the article declares which
_VILLAGE = "村"  # a village is named by its own name (荻石村), as the spec writes it


def held_heads(orgs: list[OrgMention], lexicon: Lexicon) -> list[OrgMention]:
    """The bodies printed in full as the head of a hospital's or a farm's name (held_bodies.py):
    a short form of one (省监狱管理局 after 某省监狱管理局中心医院) stands for it (GOLD_SPEC §4.3)."""
    out = []
    for m in orgs:
        holder = holder_of(m.name, m.kind, lexicon) if m.text == m.name and m.parent is None else None
        if holder is not None:
            out.append(OrgMention(m.start, m.start + len(holder), holder, holder, lexicon.org_kind(holder) or "other"))
    return out


def under_groups(sentence: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """``云岭健康集团所属青川康复医院``: a hospital or company written under a group is its unit."""
    out = list(orgs)
    for index in range(1, len(out)):
        group, unit = out[index - 1], out[index]
        if (
            group.kind == "group" and unit.kind in {"hospital", "company"} and unit.parent is None
            and sentence[group.end : unit.start] in _BELONGS
        ):
            out[index] = OrgMention(unit.start, unit.end, unit.text, unit.name, unit.kind, group.name)
    return out


def _unglued(
    mention: OrgMention, placed: Callable[[], list[tuple[str, str]]], confirmed: Callable[[str, int], bool],
    lexicon: Lexicon, home: str | None,
) -> OrgMention:
    """``全力支持县妇幼保健院``: words before a level word that the article never writes as a
    place (``全力支持县`` occurs only here) are no part of the name, when what follows the level
    word is the short form of one name the article writes in full (``溪口县妇幼保健院``)."""
    if mention.kind not in STRONG_KINDS or designated(mention.text, lexicon) is not None:
        return mention
    at = _level_at(mention.text)
    if at < 0 or confirmed(mention.text, at):
        return mention  # 溪口|县…: the place is written elsewhere too
    short = mention.text[at:]
    fulls = {
        name for text, name in placed()
        if text != mention.text and not name.endswith(mention.text) and not name.startswith(mention.text)
    }
    fits = [full for full in fulls if is_short_form(short, full, lexicon)]
    if len(fits) != 1:
        return mention
    cut = resolve_org(short, lexicon, home)
    if cut is None:
        return mention
    return OrgMention(mention.start + at, mention.end, short, cut.name, cut.kind, cut.parent)


_LEAGUE = re.compile(r"^团([省市县区])委$")  # 团市委: the youth league's committee of the place


def _league_in_full(org: OrgMention, named: list[OrgMention]) -> OrgMention | None:
    """团市委 after 共青团某市委员会: the league's committee the article named in full."""
    short = _LEAGUE.match(org.text)
    if short is None:
        return None
    for mention in reversed(named):
        if mention.name.startswith("共青团") and mention.name.endswith(short.group(1) + "委员会"):
            return OrgMention(org.start, org.end, org.text, mention.name, mention.kind, mention.parent)
    return None


def _under_placed_body(org: OrgMention, named: list[OrgMention]) -> OrgMention | None:
    """市政协教科卫体委员会 after 某市政协: a body written from its level word is under the
    placed body the article named before (某市政协教科卫体委员会); a unit already read under its body in full
    (市医保局基金监管科 as 某市医疗保障局基金监管科, the name declared for it) stays so, not under the headline's
    short name printed with its place (某市医保局)."""
    if org.parent is not None and org.name != org.text and org.name.startswith(org.parent):
        return None
    for mention in reversed(named):
        at = _level_at(mention.name)
        head = mention.name[at:] if at > 0 else ""
        if len(head) >= 3 and org.text.startswith(head) and len(org.text) > len(head):
            name = mention.name[:at] + org.text
            return OrgMention(org.start, org.end, org.text, name, org.kind, org.parent)
    return None


def _level_at(name: str) -> int:
    """Where the first level word (省市县区) after a place of two characters or more is, or -1; 区 of
    a word for an area (某街道社区卫生服务中心: 社区, lexicon/area_words.txt) is no level word."""
    areas = area_words()
    return next((i for i, c in enumerate(name) if c in _LEVELS and i >= _MIN_PLACE and name[i - 1 : i + 1] not in areas), -1)


def _place_confirmed(name: str, at: int, strong: list[OrgMention], whole: str) -> bool:
    """The place ``name[:at+1]`` is written elsewhere in the article than in ``name``."""
    place = name[: at + 1]
    return whole.count(place) > whole.count(name) or any(place in m.text and m.text != name for m in strong)


def _society_of(name: str, lexicon: Lexicon) -> str:
    """The society a body's name begins with (某市护理学会 of 某市护理学会章程), or ''."""
    for cut in range(_MIN_PLACE + 2, len(name) + 1):
        society = name[:cut]
        if society.endswith(_SOCIETY) and not society.endswith(BRANCHES) and lexicon.org_kind(society) == "association":
            return society
    return ""
