"""A group printed under its registered name and in short (GOLD_SPEC §4.3, §4.7, §4.11).

An article prints ``某煤业集团有限责任公司`` once and then writes the group short: ``某煤业集团``,
``集团公司`` (read as the group with 公司 after it) or a unit under either (``集团公司人力资源部``).
The registered name is canonical: a post held in the short form, a unit under it and a hospital
whose parent it is take the registered name. A group never printed with its legal form stays
as printed, and a hospital that begins with the group's name (``某煤业集团总医院``) keeps its own
name (its parent changes, §4.11)."""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .org_short_names import REGISTERED

_GROUP_WORD = "集团"
_COMPANY_WORD = "公司"  # 集团公司: the group company, the group's own short name
_FORMS = tuple(sorted(REGISTERED, key=len, reverse=True))


def registered_groups(names: list[str]) -> dict[str, str]:
    """Each group's short head (某集团) → its registered name, for the registered names printed."""
    out: dict[str, str] = {}
    for name in names:
        form = next((f for f in _FORMS if name.endswith(f)), None)
        if form is not None and name[: -len(form)].endswith(_GROUP_WORD) and len(name) > len(form) + len(_GROUP_WORD):
            out.setdefault(name[: -len(form)], name)
    return out


def declared_groups(companies: list[tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    """A registered group's short name the article declared (以下简称“某森工集团”) → the name; and a
    registered company's short name ending in 公司 (某某管理局有限公司（以下简称某管理局公司）)."""
    return {alias: name for name, aliases in companies for alias in aliases
            if (alias.endswith(_GROUP_WORD) and len(alias) > len(_GROUP_WORD) + 1 and registered_groups([name]))
            or (alias.endswith(_COMPANY_WORD) and len(alias) > len(_COMPANY_WORD) + 1 and name.endswith(_FORMS)
                and not any(alias.endswith(form) for form in _FORMS))}


def canonical(org: str | None, groups: dict[str, str], lexicon: Lexicon, declared: dict[str, str] | None = None) -> str | None:
    """``org`` under the registered name when it is a group's short form or a unit under one."""
    if org is None or not (groups or declared):
        return org
    for short, full in (declared or {}).items():  # 某森工集团, 某森工集团党委宣传部: the declared group's
        for form in (short + _COMPANY_WORD, short):  # 集团|公司 is the group itself, not a unit 公司 of it
            if org == form or (org.startswith(form) and _unit(org[len(form) :], lexicon)):
                return full + org[len(form) :]
    alone = (_GROUP_WORD + _COMPANY_WORD, _GROUP_WORD) if len(groups) == 1 else ()  # 集团公司, 集团: the one group printed
    for head, full in groups.items():
        if org.startswith(full) and not org.startswith(full + _COMPANY_WORD):
            return org
        for short in (full + _COMPANY_WORD, *_shorts(head), *alone):  # 集团|公司 after the group read in full
            if org == short:
                return full
            rest = org[len(short) :]
            if org.startswith(short) and rest and _unit(rest, lexicon):
                return full + rest  # 集团公司人力资源部, 某集团炼钢厂: the company's unit
    return org


_SHORT_HEAD = 5  # characters of the shortest group name left when its opening is dropped (某某局集团)


def _shorts(head: str) -> list[str]:
    """The ways the group ``head`` is written short, longest first: itself and with its opening
    dropped (松岭局集团 for 中国铁路松岭局集团), each also with 公司 after it (集团公司)."""
    heads = [head[cut:] for cut in range(len(head) - _SHORT_HEAD + 1)] or [head]
    return [form for h in heads for form in (h + _COMPANY_WORD, h)]


def printed_unit(full: str, names: list[str]) -> str:
    """A team of a company's party committee the article printed in full once (某公司党委第二巡察组)
    and then short (第二巡察组, read under the company): the name printed; else ``full``."""
    head = next((f for f in _FORMS if f in full), None)
    if head is None or not full.endswith(_COMMITTEE_TEAMS):
        return full
    cut = full.index(head) + len(head)
    fits = {n for n in names if n == full[:cut] + _PARTY_COMMITTEE + full[cut:]}
    return fits.pop() if fits else full


_PARTY_COMMITTEE = "党委"
_COMMITTEE_TEAMS = ("组", "办")  # 巡察组, 巡察办: a party committee's team or office


def _unit(rest: str, lexicon: Lexicon) -> bool:
    """``rest`` (after the group's name) is a unit of the group itself (人力资源部, 客运部), not a
    unit of a hospital or company the group owns (某集团职工医院急诊科: the hospital's)."""
    return lexicon.org_kind(rest) == "department" and not any(
        lexicon.org_kind(rest[:cut]) in _OWN_BODIES for cut in range(2, len(rest))
    )


_OWN_BODIES = frozenset({"hospital", "company", "university"})
