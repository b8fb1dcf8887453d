"""Two conventions on the body of a post that the rounds wrote two ways (GOLD_SPEC §4.9).

* **A foreign body** is its own name, without the country printed before it:
  ``某国|某某大学医学院教授`` → ``某某大学医学院`` (``foreign_body``, called where a body's name is
  read, orgs.org_before). A body that is the country's own keeps it (``某国驻华大使馆``,
  ``某国国立卫生研究院``, ``某国卫生部``), and so does a society named for its nation
  (``某国心脏协会``): only an institution with a proper name of its own loses the country.
  An overseas community society (同乡会, 公会, 会馆) keeps it, part of its registered name, unless the
  article also prints it without the country (``society_as_printed``, at ArticleOrgs.resolve).
* **A village** takes the place chain the article prints before it, as a street or a town
  does (§4.3, §4.4): ``某镇某村党支部书记`` in an article that writes ``某县某镇某村`` is the
  village so named (``village_in_full``, called where a mention is resolved to the body it
  stands for, article_orgs.ArticleOrgs.resolve); a village the article never prints with its
  place stays alone. Its own bodies (``某村卫生室``) take the same chain.

A campus of the article's own hospital is named alone, like a department (``own_campus``, §4.10).

The third convention of §4.9 — a civil-service rank (二级调研员) belongs to the organ, not to a
处 or 科 printed before it — is committee_units.committee_unit's (lexicon/civil_service_ranks.txt).
The words are data (lexicon/org_conventions.tsv; a bad line names file and line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LexiconError
from ..han import is_basic_han
from ..lexicon_file import lexicon_lines
from .lexicon_loader import LEXICON_DIR, Lexicon
from .org_edges import edge_words
from .own_unit_names import named_with_hospital
from .segment import word_tags

if TYPE_CHECKING:
    from .article_orgs import ArticleOrgs
    from .org_resolve import OrgMention

_FILE = "org_conventions.tsv"
_ROLES = ("country", "national", "village", "campus", "unit_ending")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_OWN_NAME = ("hospital", "university", "company", "group", "other")  # kinds of institution a country is no part of
_FOREIGN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,}[市州省郡]$")  # 某国|某某市副市长: the city, a place post (§4.4)
_FOREIGN_ORGAN = re.compile(r"^[\u4e00-\u9fff]{2,}?[市州省郡]")  # 某国|某某州卫生局: an organ of the country's place
_MIN_PROPER = 2  # characters of a body's own name before its kind word
_COMMUNITY_SOCIETIES = ("公会", "同乡会", "同乡总会", "宗亲会", "宗亲总会", "会馆")  # never a country's own national body


@dataclass(frozen=True)
class Conventions:
    countries: dict[str, tuple[str, ...]]  # by first character, longest first (indexed once)
    national: tuple[str, ...]
    village_bodies: tuple[str, ...]  # longest first
    campuses: tuple[str, ...] = ()
    unit_endings: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def conventions(directory: str = "") -> Conventions:
    """The words of lexicon/org_conventions.tsv (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    rows: dict[str, list[str]] = {role: [] for role in _ROLES}
    if path.exists():
        for number, line in lexicon_lines(path):
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != 2 or cells[1] not in _ROLES or not _CJK.match(cells[0]):
                raise LexiconError(str(path), number, f"expected word<TAB>{'|'.join(_ROLES)}, got {line!r}")
            rows[cells[1]].append(cells[0])
    by_length = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731
    countries: dict[str, list[str]] = {}
    for country in by_length(rows["country"]):
        countries.setdefault(country[0], []).append(country)
    return Conventions(
        {k: tuple(v) for k, v in countries.items()}, tuple(rows["national"]), by_length(rows["village"]),
        tuple(rows["campus"]), tuple(rows["unit_ending"]),
    )


def foreign_body(text: str, lexicon: Lexicon) -> str:
    """``text`` (a body's name as printed) without the foreign country printed before it, when
    the rest is an institution with a name of its own or a foreign city; else ``text``."""
    words = conventions(lexicon.directory)
    country = next((c for c in words.countries.get(text[:1], ()) if text.startswith(c)), None)
    if country is None:
        return text
    rest = text[len(country) :]
    if len(rest) < _MIN_PROPER + 1 or rest.startswith(words.national):
        return text  # 某国驻华大使馆, 某国国立卫生研究院: the country's own body
    if any(lexicon.is_org_suffix(rest[:size]) for size in (2, 3, 4)) or any(
        text[:size] in word_tags() for size in range(len(country) + 1, len(country) + 4)
    ):
        return text  # 哥伦比亚大学: the country's name is the body's; 巴西利亚: a longer word, no country
    if _FOREIGN_PLACE.match(rest):
        return rest  # 某国|某某市
    organ = _FOREIGN_ORGAN.match(rest)
    if organ is not None and lexicon.org_kind(rest) == "government" and len(rest) - organ.end() >= _MIN_PROPER:
        return rest  # 某国|某某州卫生局: a body of the country's place, named from that place
    if rest.endswith(_COMMUNITY_SOCIETIES):
        return text  # 某国|某某同乡会: a registered name abroad (society_as_printed reads it alone when printed so)
    return rest if _own_institution(rest, lexicon) else text


def society_as_printed(org: OrgMention, whole: str, lexicon: Lexicon) -> OrgMention | None:
    """An overseas community society read with its country (``某国某某同乡会``) that the article
    also prints without it (the headline, a later mention): named as printed alone (GOLD_SPEC §4.9,
    the overseas-association decision); None when every printing carries the country."""
    if not org.name.endswith(_COMMUNITY_SOCIETIES):
        return None
    words = conventions(lexicon.directory)
    country = next((c for c in words.countries.get(org.name[:1], ()) if org.name.startswith(c)), None)
    if country is None:
        return None
    rest = org.name[len(country) :]
    if len(rest) < _MIN_PROPER + 2 or whole.count(rest) <= whole.count(org.name):
        return None
    return replace(org, name=rest)


def _own_institution(rest: str, lexicon: Lexicon) -> bool:
    """``rest`` is an institution (or a unit of one) with a proper name before its kind word."""
    for end in range(len(rest), _MIN_PROPER, -1):
        head = rest[:end]
        suffix = lexicon.org_suffix(head)
        if lexicon.org_kind(head) in _OWN_NAME and suffix is not None and len(head) - len(suffix) >= _MIN_PROPER:
            return True  # 某某大学医学院心胸外科: the university's unit
    return False


_TOWNS = "镇乡"
_OPENERS = ("mover", "lead")  # 进驻|某镇某村, 来|某县…: the edge words a place's name starts after (org_edges.py)
_COUNTIES = "县区市旗"
_VILLAGE = re.compile(r"^([\u4e00-\u9fff]{2,}?村)([\u4e00-\u9fff]*)$")


def village_in_full(org: OrgMention, whole: str, lexicon: Lexicon) -> OrgMention | None:
    """``石湾村`` (or ``石湾村卫生室``) in an article that prints ``某镇石湾村`` or ``某县某镇石湾村``:
    the village (or its body) named with that chain, the longest the article prints; None when
    the article never prints the village with its place."""
    found = _VILLAGE.match(org.name)
    if found is None:
        return None
    village, body = found.groups()
    if body and body not in conventions(lexicon.directory).village_bodies:
        return None
    leads = [at for at, char in enumerate(village[:-2]) if edge_words(lexicon.directory).get(char) == "lead"]
    if leads:
        village = village[leads[-1] + 1 :]  # 医院驻|某村第一书记: the village the post is at (驻村)
    if any(level in village[:-1] for level in _TOWNS):
        return None  # 某镇某村: already printed with its town
    best = _longest_chain(whole, village, _chain_before, lexicon)
    if not best:
        return replace(org, name=village + body, parent=org.parent if body else None) if leads else None
    name = best + village + body
    parent = best + village if body else org.parent
    return replace(org, name=name, parent=parent)


def _longest_chain(whole: str, place: str, reader: Callable[[str, int, Lexicon], str], lexicon: Lexicon) -> str:
    """The longest place chain ``reader`` finds before any printing of ``place`` in the article."""
    best = ""
    at = whole.find(place)
    while at >= 0:
        chain = reader(whole, at, lexicon)
        if len(chain) > len(best):
            best = chain
        at = whole.find(place, at + len(place))
    return best


def _chain_before(whole: str, at: int, lexicon: Lexicon) -> str:
    """The town (and its county) printed right before position ``at``, or ''."""
    town = place_before(whole, at, _TOWNS, lexicon)
    if not town:
        return ""
    county = place_before(whole, at - len(town), _COUNTIES, lexicon)
    return county + town


def place_chain_before(whole: str, at: int, lexicon: Lexicon) -> str:
    """The places printed right before position ``at``: a town, township or street (镇, 乡, 街道)
    and the county or district above it with its city (``走进|栖霞县苇塘镇``, ``与|蓼州市栖霞区青枫街道``),
    or the county and city alone; '' when no place ends there."""
    town = place_before(whole, at, _TOWN_LEVELS, lexicon)
    return county_chain_before(whole, at - len(town), lexicon) + town


def county_chain_before(whole: str, at: int, lexicon: Lexicon) -> str:
    """The county or district printed right before ``at`` and the city printed before it
    (``蓼州市栖霞区``), or ''."""
    county = place_before(whole, at, _COUNTIES, lexicon)
    if not county:
        return ""
    return place_before(whole, at - len(county), _CITIES, lexicon) + county


def place_before(whole: str, at: int, levels: str | tuple[str, ...], lexicon: Lexicon) -> str:
    """A place of two or three characters and its level word (one of ``levels``) ending at
    ``at``: the one the article also prints on its own, else the one a word boundary opens
    (a punctuation mark, a boundary word such as 的, a level word or a verb of motion).
    The one reader of a place chain: a village's town and county, a township's county."""
    level = next((word for word in levels if whole.endswith(word, 0, at)), "") if at > 0 else ""
    if not level:
        return ""
    sizes = [size for size in (2 + len(level), 3 + len(level)) if at - size >= 0 and _CJK.match(whole[at - size : at])]
    for size in sizes:  # 走进|柳塘乡|石桥村 beside 柳塘乡党委书记: the town the article names
        place = whole[at - size : at]
        if _printed_alone(whole, place, at - size, lexicon):
            return place
    for size in sizes:
        before = whole[at - size - 1] if at - size > 0 else ""
        if not before or not is_basic_han(before) or before in lexicon.boundary_words or before in _COUNTIES or (
            edge_words(lexicon.directory).get(before) in _OPENERS
        ) or any(whole[max(0, at - size - n) : at - size] in lexicon.boundary_words for n in _VERB_SIZES):
            return whole[at - size : at]  # ，葑田镇苕湾村; 来到某县某镇某村
    return ""


def _printed_alone(whole: str, place: str, here: int, lexicon: Lexicon) -> bool:
    """``place`` is printed elsewhere in the article, not as the tail of a longer word."""
    at = whole.find(place)
    while at >= 0:
        before = whole[at - 1] if at > 0 else ""
        if at != here and (not before or not is_basic_han(before) or before in _COUNTIES
                           or before in lexicon.boundary_words):
            return True
        at = whole.find(place, at + 1)
    return False


_VERB_SIZES = (2, 3)  # 深入|某县某乡, 奔赴|…: a boundary word of two or three characters opens the place too
_TOWN_LEVELS = ("街道", "镇", "乡")
_CITIES = ("市", "州", "盟")
_TOWNSHIP = re.compile(r"^([\u4e00-\u9fff]{2,3}?(?:街道|镇|乡))(办事处|人民政府)?$")
_COMMITTEES = ("居委会", "居民委员会")  # 某社区党委书记、居委会|主任 (chain_orgs.community_committee): the community's
_COMMUNITY = re.compile(r"^([\u4e00-\u9fff]{2,4}?社区)(居委会|居民委员会)?$")


def township_in_full(org: OrgMention, whole: str, lexicon: Lexicon) -> OrgMention | None:
    """``芫塘镇党委书记`` in an article that writes ``沅溪县芫塘镇`` (a street's 办事处, a community):
    the body named with the chain the article prints once before the town, street or community
    (GOLD_SPEC §4.10), the longest; None when it is never printed with one."""
    if org.text != org.name and not (org.text in _TOWN_LEVELS + _COMMITTEES and org.name.endswith(org.text)):
        return None  # 乡|党委书记 after 某乡 (bare_level_posts): the township named, as printed in full
    township = _TOWNSHIP.match(org.name) if org.kind == "government" else None
    community = _COMMUNITY.match(org.name) if org.kind == "other" else None
    found = township or community
    if found is None or any(level in found.group(1)[:-2] for level in _COUNTIES + "镇乡"):
        return None  # 某县某镇, 某街道某社区: already printed with its chain
    place = found.group(1)
    reader = _outside_clinic(county_chain_before, len(place)) if township else place_chain_before
    best = _longest_chain(whole, place, reader, lexicon)
    return replace(org, name=best + org.name) if best else None


_CLINICS = ("卫生院", "中心卫生院", "社区卫生服务中心")  # a clinic named for its town (某县某乡卫生院)


def _outside_clinic(
    reader: Callable[[str, int, Lexicon], str], size: int,
) -> Callable[[str, int, Lexicon], str]:
    """``reader``, but reading no chain before a town printed only as the start of its clinic's name
    (某县某乡卫生院: the clinic is printed with its county, not the township; GOLD_SPEC §4.10 names the
    town as printed, as heldout24's village after 某县某镇中心卫生院)."""
    def read(whole: str, at: int, lexicon: Lexicon) -> str:
        return "" if whole.startswith(_CLINICS, at + size) else reader(whole, at, lexicon)
    return read


def own_campus(org: OrgMention | None, home: str | None, lexicon: Lexicon, known: ArticleOrgs) -> OrgMention | None:
    """A campus of the article's own hospital (``某医院东院区``, ``某医院北坪分院``) and its units are
    units of it, named alone like a department (GOLD_SPEC §4.10): ``东院区``, ``东院区护理部``; also
    under a name the article declares for it (某医院（某医疗集团）). A campus of another body keeps
    that body, and so does one of the article's hospital when the article is a hospital group's
    (``某医疗集团`` named apart: the campus belongs to one of its hospitals)."""
    if org is None or not home:
        return org
    names = [home, *(short for short, full in known.declared.items() if full == home)]
    own = next((name for name in names if org.name.startswith(name) and org.name != name), None)
    if own is None or any(
        m.kind == "group" and m.name not in names and lexicon.org_suffix(m.name) != _COMPANY_GROUP
        for m in known.everywhere()
    ):
        return org
    rest = org.name[len(own) :]
    words = conventions(lexicon.directory).campuses
    cut = min((at + len(word) for word in words if (at := rest.find(word)) >= 1), default=0)
    if not cut or not _CJK.match(rest[:cut]):
        return org
    return replace(org, name=rest, parent=home)


_COMPANY_GROUP = "集团"  # 某钢铁集团: a company's group, not a hospital group the article could be of


def own_unit(org: OrgMention | None, home: str | None, lexicon: Lexicon, known: ArticleOrgs) -> OrgMention | None:
    """The two §4.10 readings of a unit of the article's own hospital: 医院 before it dropped
    (``without_hospital_word``), a campus named alone (``own_campus``)."""
    return own_campus(without_hospital_word(under_short_home(org, home, lexicon), home, lexicon), home, lexicon, known)


def under_short_home(org: OrgMention | None, home: str | None, lexicon: Lexicon) -> OrgMention | None:
    """A unit read under a short form of the article's own hospital (``县医院医养结合中心``, ``县医院``
    standing for 某县人民医院): the own hospital's unit, named alone (GOLD_SPEC §4.2, §4.3)."""
    from .org_short_names import full_name_of

    if org is None or not home or org.kind != "department" or not org.parent or org.parent == home:
        return org
    if not org.name.startswith(org.parent) or full_name_of(org.parent, [home], lexicon) != home:
        return org
    return replace(org, name=org.name[len(org.parent) :], parent=home)


def without_hospital_word(org: OrgMention | None, home: str | None, lexicon: Lexicon) -> OrgMention | None:
    """``医院图书馆``, ``医院急诊医学中心`` printed for a unit of the article's own hospital: 医院 is the
    hospital, no part of the unit's name (GOLD_SPEC §4.10), unless the unit's established name begins
    with it (医院感染管理科, 医院办公室: lexicon/hospital_named_units.txt). 医院 bare is the writer
    even where the article never prints its name (GOLD_SPEC §4.12): the unit is named alone then too."""
    if org is None or org.name != org.text or not org.text.startswith(_HOSPITAL_WORD):
        return org
    rest = org.text[len(_HOSPITAL_WORD) :]
    if len(rest) < _MIN_PROPER or named_with_hospital(org.text, lexicon.directory) or not _CJK.match(rest):
        return org
    if not rest.endswith(conventions(lexicon.directory).unit_endings) or lexicon.org_kind(rest) not in _UNIT_KINDS:
        return org  # 医院集团, 医院协会: a body of its own
    return replace(org, name=rest, kind="department", parent=home)  # home unknown: still the writer's unit


_HOSPITAL_WORD = "医院"
_UNIT_KINDS = ("other", "hospital", "department")
