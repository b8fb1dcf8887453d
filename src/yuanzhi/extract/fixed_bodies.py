"""The body a head title can only be of (lexicon/title_bodies.tsv).

A 校长 heads a school, a 省长 a province, a 县委常委 sits on a county's committee, a 所长 heads
a 所, a 庭长 heads a court's division. Such a post written with no body of its kind takes the body of
that kind the sentence names before it (``教务处…，岫溪大学校长某某`` → the university), else
the one the article names (the last before the sentence, else the first after), else the
place in the issue hospital's name — never the hospital itself:

- a place (``place``): the place of that level printed in a name, cut after its level word
  and after the level above it (``某省卫生健康委员会`` → ``某省``; ``某市某县人民医院`` → ``某县``);
- a body (``body``): the name cut after the first ending printed in it
  (``某医科大学附属第一医院`` → ``某医科大学``);
- a whole name (``whole``): a name that ends with one of the endings, as printed in full
  (a 董事长 of ``某医疗集团股份有限公司``, not of ``某医疗集团``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from .area_words import area_words
from .article_orgs import ArticleOrgs
from .deputies import AREA_AFTER_LEVEL
from .lexicon_loader import LEXICON_DIR, Lexicon, _columns
from .org_conventions import township_in_full, village_in_full
from .orgs import OrgMention

_FILE = "title_bodies.tsv"
_SHAPES = {"place", "body", "whole"}
_MIN_BEFORE = 2  # characters of a name before its ending (江州|市, 某医科|大学)
_LEVELS = "省市州县区旗镇乡"  # level words a place below them starts after (某市|某县)
# a place starts after the level above it (某市|某县), after a body's ending (某医院|驻|某村) or a
# verb of going there (驻, 赴, 在)
_AFTER = set(_LEVELS) | set("院局委会司站队部处办厅驻赴在到和与及")
_NOT_PLACE = set("城超门都院社病园校营")  # 城市, 超市, 院区, 社区: a word ending in a level character
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_GOVERNMENT = "government"
_PLACE_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:人民)?政府")  # a place's government is the place (§4.4)
_LEVEL_GOVERNMENT = re.compile(r"[省市州县区旗盟镇乡](?:人民)?政府")  # 市人民政府: a place's government written with its level only


@dataclass(frozen=True)
class FixedBody:
    endings: tuple[str, ...]
    place: bool
    whole: bool = False


@lru_cache(maxsize=4)
def fixed_bodies(directory: str = "") -> dict[str, FixedBody]:
    """title → the kind of body it heads, from ``title_bodies.tsv`` (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return {}
    out: dict[str, FixedBody] = {}
    for number, cols in _columns(path, 3, [None, None, _SHAPES]):
        endings = tuple(e.strip() for e in cols[1].split(",") if e.strip())
        if not endings or any(not _CJK.match(e) for e in endings):
            raise LexiconError(str(path), number, f"bad endings {cols[1]!r}: expected words separated by commas")
        out[cols[0]] = FixedBody(endings, cols[2] == "place", cols[2] == "whole")
    return out


def body_in(name: str, kind: FixedBody) -> str | None:
    """The body of ``kind`` printed in ``name`` (the name itself when it is one), or None."""
    if kind.whole:
        return name if len(name) > _MIN_BEFORE and name.endswith(kind.endings) else None
    best: tuple[int, str] | None = None
    for ending in kind.endings:
        at = name.find(ending, _MIN_BEFORE)
        while at >= 0:
            end = at + len(ending)
            body = _place(name, at, end) if kind.place else name[:end]
            if body is not None:
                if best is None or end < best[0]:
                    best = (end, body)
                break
            at = name.find(ending, at + 1)
    return best[1] if best else None


def _place(name: str, at: int, end: int) -> str | None:
    if name[at - 1] in _NOT_PLACE or name.startswith(AREA_AFTER_LEVEL, end):
        return None  # 紧密型县域医共体: 县域 is an area, not a county
    start = max((i + 1 for i in range(at - _MIN_BEFORE) if name[i] in _AFTER and not (name[i] in _LEVELS and name[i - 1 : i] in _NOT_PLACE)),
                default=0)
    return name[start:end] if at - start >= _MIN_BEFORE else None


def _bare(name: str, kind: FixedBody) -> bool:
    """公司, 本公司: an ending written alone (with at most a pronoun), no body's name."""
    return any(name.endswith(e) and len(name) - len(e) < _MIN_BEFORE for e in kind.endings)


def fits(title: str, org: OrgMention | None, lexicon: Lexicon) -> bool:
    """Whether ``org`` is a body the title can head (always, for a title of no fixed kind)."""
    kind = fixed_bodies(lexicon.directory).get(lexicon.listed_post(title))
    if kind is None:
        return True
    if org is None or body_in(org.name, kind) is None:
        return False  # 某县沅溪镇 for a 镇长: the town, written with its county
    return org.name.endswith(kind.endings) if kind.place else body_in(org.name, kind) == org.name


def fixed_body(
    title: str, at: int, sentence: Sequence[OrgMention], before: Sequence[OrgMention],
    after: Sequence[OrgMention], home: str | None, lexicon: Lexicon,
) -> OrgMention | None:
    """The body of the title's fixed kind: the one ``sentence`` names before ``at``, else the last
    of ``before`` (earlier sentences), else the first of ``after``, else the place in ``home``."""
    kind = fixed_bodies(lexicon.directory).get(lexicon.listed_post(title))  # 驻村第一书记: a 第一书记
    if kind is None:
        return None
    ordered = [*reversed([m for m in sentence if m.end <= at]), *reversed(before), *after]
    names = [m.name for m in ordered] + [p for m in ordered if m.parent for p in (m.parent,)]
    if kind.place and home:
        names.append(home)
    for name in names:
        body = body_in(name, kind)
        if body is not None:
            return OrgMention(0, 0, body, body, _GOVERNMENT if kind.place else lexicon.org_kind(body) or "other")
    return None


def settle(
    title: str, org: OrgMention | None, written: bool, at: int, position: int, known: ArticleOrgs,
    home: str | None, lexicon: Lexicon, held: Iterable[OrgMention] = (),
) -> OrgMention | None:
    """The organization of a post whose title has a fixed kind of body: ``org`` when it was
    written with the title or is of that kind, else the body of that kind the sentence or the
    article names (``held``: the bodies of the posts read so far, 菁陂县 of 菁陂县委书记); a
    hospital given by default is dropped when none is named."""
    if fits(title, org, lexicon):
        return org
    kind = fixed_bodies(lexicon.directory).get(lexicon.listed_post(title))
    seat = _PLACE_GOVERNMENT.fullmatch(org.name) if org is not None and kind is not None and kind.place else None
    if org is not None and seat is not None and seat.group(1).endswith(kind.endings):  # type: ignore[union-attr]
        return OrgMention(org.start, org.end, org.text, seat.group(1), _GOVERNMENT)  # 某市人民政府副市长: the city
    if org is not None and kind is not None and kind.place and _LEVEL_GOVERNMENT.fullmatch(org.name) and org.name.startswith(kind.endings):
        found = _named_body(title, at, position, known, home, lexicon, held)  # 市人民政府副市长: the city printed in full (§4.3, §4.4)
        if found is not None:
            return OrgMention(org.start, org.end, org.text, _with_chain(found.name, known), _GOVERNMENT)
    if written and org is not None and kind is not None and org.name in area_words(lexicon.directory):
        written = False  # 社区|民警: a kind of area before the post names no body of its kind (area_words.py)
    if written and org is not None and not (kind is not None and kind.whole and _bare(org.name, kind)):
        return org  # but 聘任某某为公司总裁: a bare 公司 is the company the story names
    found = _named_body(title, at, position, known, home, lexicon, held)
    if found is not None:
        return village_in_full(found, known.whole, lexicon) or township_in_full(found, known.whole, lexicon) or found  # §4.9, §4.10
    return None if org is not None and org.kind in _NOT_HEADED else org


def _named_body(
    title: str, at: int, position: int, known: ArticleOrgs, home: str | None, lexicon: Lexicon, held: Iterable[OrgMention],
) -> OrgMention | None:
    """:func:`fixed_body` over sentence ``position`` of the article, the sentences before it with
    ``held``, and the sentences after it."""
    return fixed_body(
        title, at, known.per_sentence[position],
        [m for s in known.per_sentence[:position] for m in s] + list(held),
        [m for s in known.per_sentence[position + 1 :] for m in s], home, lexicon,
    )


_NOT_HEADED = {"hospital", "department"}  # a 校长 or a 省长 given the hospital by default heads none of it


_HIGHER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,}?[省市州盟]")  # 某市|某区: the place a district or county is under


def _with_chain(place: str, known: ArticleOrgs) -> str:
    """``place`` with the places above it where the article prints it so (某区 → 某市某区, §4.10)."""
    best = place
    for name in (m.name for orgs in known.per_sentence for m in orgs):
        at = name.find(place)
        if at > 0 and _HIGHER_PLACE.fullmatch(name[:at]) and at + len(place) > len(best):
            best = name[: at + len(place)]
    return best
