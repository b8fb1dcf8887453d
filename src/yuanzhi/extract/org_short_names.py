"""Short ways of writing an organization's name: the place cut off (县人民医院), or an
abbreviation keeping the full name's characters in order (嵩医一附院, 市卫健委)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .ethnic_groups import ethnic_groups
from .lexicon_loader import COMPANY_KINDS, Lexicon
from .numbered_units import skips_corps_unit
from .ordinal_names import drops_number

REGISTERED = ("有限公司", "有限责任公司", "股份有限公司")
LEVEL_CHARS = "省市县区"
_SHORT_LEVELS = LEVEL_CHARS + "州旗"  # 州卫生健康委员会 for 某某自治州卫生健康委员会: a prefecture's, a banner's level
_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市县区州旗]")
_BODY_KINDS = {"university", "company", "group"}  # bodies whose units are written without them
_PARTY_NAMES = ("中共", "中国共产党")  # the party's name before a committee of a place (中共某市委…)
_GROUP_WORD = "集团"
SHORT_FORM = 6  # characters of a short form (省医师协会, 县人民医院, 嵩医一附院)


def is_short_form(short: str, full: str, lexicon: Lexicon) -> bool:
    """``short`` is a shortened way of writing the organization ``full``.

    Either the full name with its place cut off (``县人民医院`` for ``鹿鸣县人民医院``,
    ``联盟`` for ``区域胸痛救治联盟``), or an abbreviation that keeps characters of the full
    name in order, starting as it does (or with its level: 省/市/县) and ending in its last
    word (``嵩医一附院`` for ``嵩阳医科大学第一附属医院``, ``市卫健委`` for ``砺川市卫生健康委员会``).
    """
    if len(short) < 2 or len(short) >= len(full) or other_society(short, full):
        return False
    if short == _without_peoples(full):
        return True  # 某某州卫生健康委员会 for 某某藏族羌族自治州卫生健康委员会: the peoples and 自治 left out
    if full.endswith(short) and short[0] in _SHORT_LEVELS and len(full) - len(short) >= 2:
        return True  # 省卫生健康委员会 for 楚北省卫生健康委员会: the place left out, at any length
    if full.endswith(short) and full[: -len(short)] in _PARTY_NAMES and _PLACE_PREFIX.match(short):
        return True  # 某市委组织部 for 中共某市委组织部: the party's name left out of its committee's body
    if full.endswith(short) and _PLACE_PREFIX.fullmatch(full[: -len(short)]) and _PLACE_PREFIX.match(short):
        return True  # 蓼北区人民医院 for 蓼川市蓼北区人民医院: the city before the district's own name left out
    if full.endswith(short) and _PLACE_PREFIX.fullmatch(full[: -len(short)]) and lexicon.org_kind(short):
        return True  # 某镇卫生院 for 某县某镇卫生院: a body under its own place name, its county or city left out
    if full.endswith(short) and lexicon.org_kind(full[: -len(short)]) in _BODY_KINDS and lexicon.org_kind(short):
        return True  # 第二临床医学院 for 某医科大学第二临床医学院: a unit of another body written without it
    if full.endswith(short) and full[: -len(short)].endswith(_GROUP_WORD) and lexicon.org_kind(short) == "hospital":
        return True  # 某林业局医院 for 某森工集团某林业局医院: a group's hospital written without the group
    if _own_words(short, full, lexicon):
        return True  # 健康产业公司 for 某某交投健康产业有限公司: a subsidiary by its own words, its parent's name left out
    if len(short) > SHORT_FORM:  # 某银行某分行 for 某银行股份有限公司某分行
        return _without_fillers(full) == short or _clipped_ending(short, full, lexicon) or _trade_branch(short, full)
    if full.endswith(short):
        return True
    if full.startswith(short):
        return False  # 某医学会 is the parent of 某医学会某分会, not a short form of it
    if len(short) >= 2 and short[-1] == "委" and short[-2] in LEVEL_CHARS:
        return False  # 某市委 is the city's party committee, no short form of its 卫生健康委员会
    if _trade_name(short, full, lexicon):
        return True
    if short[0] != full[0] and not (short[0] in _SHORT_LEVELS and short[0] in full):  # 州疾控中心
        return False
    ending = lexicon.org_suffix(full)
    if not ending or short[-1] not in ending:
        return False  # 北京 is no short form of 北京医院: it must end in the kind's word (医院, 委员会)
    if len(short) == 2 and short[-1] != ending[0]:
        return False  # 省医 for 某省人民医院, but 市委 is not 某市卫生健康委员会
    if skips_corps_unit(short, full):
        return False  # 第十七师医院 is the division's hospital, no short form of 第十七师二〇九团医院
    if drops_number(short, full):
        return False  # 市人民医院 is the city's hospital, no short form of 某市第三人民医院 (市三院 is)
    rest = iter(full)
    return all(char in rest for char in short)


# kinds of membership society (GOLD_SPEC §4.12), the longer first where one ends another
_SOCIETY_WORDS = ("联谊会", "研究会", "促进会", "学会", "协会", "商会", "公会")


def other_society(short: str, full: str) -> bool:
    """``某市医学会`` is no short form of ``某市医学青年科技人才联谊会``: each ends in its own kind of
    society, whatever characters they share in order."""
    ends = [next((w for w in _SOCIETY_WORDS if name.endswith(w)), None) for name in (short, full)]
    return None not in ends and ends[0] != ends[1]


_CLIPPED = 3  # characters of an ending written by its first one (委员会 → 委)
_TRADE_HEAD = 2  # characters of the company's name kept before its branch (澜信人寿)


def _clipped_ending(short: str, full: str, lexicon: Lexicon) -> bool:
    """``国家卫生健康委`` for ``国家卫生健康委员会``: the name with its ending written by its first
    character."""
    rest = full[len(short) - 1 :]
    return full.startswith(short[:-1]) and len(rest) >= _CLIPPED and (
        rest[0] == short[-1] and lexicon.is_org_suffix(rest)
    )


def _trade_branch(short: str, full: str) -> bool:
    """``某某人寿某中心支公司`` for ``某某人寿保险股份有限公司某中心支公司``: a branch under its
    company's trade name, the trade words and the registered form left out."""
    for filler in sorted(REGISTERED, key=len, reverse=True):
        at = full.find(filler)
        if at <= 0 or at + len(filler) >= len(full):
            continue
        head, branch = full[:at], full[at + len(filler) :]
        kept = short[: -len(branch)] if short.endswith(branch) else ""
        return len(kept) >= _TRADE_HEAD and head.startswith(kept) and kept != head
    return False


@lru_cache(maxsize=4)
def _autonomy(directory: str = "") -> re.Pattern[str]:
    """An autonomous area's peoples and 自治 before its level word (藏族羌族自治|州)."""
    peoples = "|".join(sorted(ethnic_groups(directory), key=len, reverse=True))
    return re.compile(f"(?:{peoples})+自治(?=[州县旗])")


def _without_peoples(full: str) -> str:
    """``full`` with an autonomous area's peoples and 自治 left out (某某州卫生健康委员会)."""
    return _autonomy().sub("", full, count=1) if "自治" in full else full


def _without_fillers(full: str) -> str:
    """The name without the words of its registered form (股份有限公司 inside a bank's branch)."""
    for filler in sorted(REGISTERED, key=len, reverse=True):
        at = full.find(filler)
        if 0 < at and at + len(filler) < len(full):
            return full[:at] + full[at + len(filler) :]
    return full


_MEMO_SIZE = 200_000  # (short, full) answers kept for one lexicon before they are dropped


class _ShortFormMemo:
    """``is_short_form`` answers for one lexicon: a long article asks the same pairs for every
    mention (every short form against every full name before it)."""

    def __init__(self) -> None:
        self.lexicon: Lexicon | None = None
        self.answers: dict[tuple[str, str], bool] = {}

    def ask(self, short: str, full: str, lexicon: Lexicon) -> bool:
        if lexicon is not self.lexicon or len(self.answers) > _MEMO_SIZE:
            self.lexicon, self.answers = lexicon, {}
        key = (short, full)
        answer = self.answers.get(key)
        if answer is None:
            answer = self.answers[key] = is_short_form(short, full, lexicon)
        return answer


_MEMO = _ShortFormMemo()


_ONCE: list[tuple[tuple[str, ...], list[str]]] = []  # the last tuple of names asked, each name once


def _each_once(fulls: Sequence[str]) -> list[str]:
    """Each name of ``fulls`` once, at its last place, in order (the same last one found). A tuple
    (it never changes) asked again, as a long sentence asks for each of its bodies, is read once."""
    if _ONCE and _ONCE[0][0] is fulls:
        return _ONCE[0][1]
    once = list(reversed(dict.fromkeys(reversed(fulls))))
    if isinstance(fulls, tuple):
        _ONCE[:] = [(fulls, once)]
    return once


def full_name_of(short: str, fulls: Sequence[str], lexicon: Lexicon) -> str | None:
    """The one organization of ``fulls`` that ``short`` shortens (the last named when several do)."""
    found = [full for full in _each_once(fulls) if full != short and _MEMO.ask(short, full, lexicon)]
    found = [f for f in found if not (lexicon.org_kind(f) == "group" and any(
        o != f and o.startswith(f) and lexicon.org_kind(o) == "company" for o in found
    ))]  # 某集团有限公司 printed: the company, not the group split_unit reads at its head
    return branch_body(short, found[-1], lexicon) if found else None


def branch_body(short: str, full: str, lexicon: Lexicon) -> str:
    """``市市场监管局`` for ``某市市场监督管理局某区分局``: a short form that leaves out the branch's
    own word (分局) shortens the body the branch is printed under, not the branch."""
    if full[-2:] in short:
        return full
    kind = lexicon.org_kind(full)
    heads = [full[:cut] for cut in range(len(short), len(full) - _BRANCH + 1)
             if full[cut - 1] == short[-1] and lexicon.org_kind(full[:cut]) == kind == lexicon.org_kind(full[cut:])
             and is_short_form(short, full[:cut], lexicon)]  # 某局|某区分局: the branch a body of its own kind
    return heads[-1] if heads else full


_BRANCH = 3  # characters of the shortest branch printed after its body (某区分局)
_PLACE_SIZES = (2, 3)  # characters of the place a company's name starts with (岫南, 黑龙江)
_TRADE = 2  # characters of a trade name (澄禾)


_OWN_WORDS = 4  # characters of a subsidiary's own words (健康产业, 物业服务)
_COMPANY_WORD = "公司"


def _own_words(short: str, full: str, lexicon: Lexicon) -> bool:
    """``健康产业公司`` for ``某某交投健康产业有限公司``: a company written by the words of its own
    business and 公司, the parent's or place's name before them and the registered form left out
    (GOLD_SPEC §4.3: the post printed under it is the company's in full)."""
    if not short.endswith(_COMPANY_WORD) or not full.endswith(REGISTERED) or lexicon.org_kind(full) != "company":
        return False
    words = short[: -len(_COMPANY_WORD)]
    core = next(full[: -len(r)] for r in sorted(REGISTERED, key=len, reverse=True) if full.endswith(r))
    return len(words) >= _OWN_WORDS and core.endswith(words) and len(core) - len(words) >= _TRADE


def _trade_name(short: str, full: str, lexicon: Lexicon) -> bool:
    """``澄禾集团`` for ``岫南澄禾实业集团有限公司``: a company or a group written by its trade name,
    the place before it and its registered form left out, ending in a word the full name ends in."""
    if lexicon.org_kind(full) not in COMPANY_KINDS or len(short) < _TRADE + 2:
        return False
    core = next((full[: -len(r)] for r in sorted(REGISTERED, key=len, reverse=True) if full.endswith(r)), full)
    ending = lexicon.org_suffix(short)
    if not ending or not (core.endswith(ending) or full.endswith(ending)):
        return False
    for size in _PLACE_SIZES:
        if core[size : size + _TRADE] == short[:_TRADE]:
            rest = iter(core[size + _TRADE :] or full[size + _TRADE :])
            return all(char in rest for char in short[_TRADE:])
    return False
