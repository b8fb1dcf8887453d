"""One organization under its names: designations and alternate names folded into
the name it is known by, role words (联盟医院, 国企医院) dropped.

* a designation printed before a name (国家区域医疗中心某医院, org_designations.txt)
  leaves the name when the rest is an organization's name of its own;
* a name with another name in brackets (某医院（某医学科学院）) is the first name;
  the bracketed one is an alias (but 肿瘤医院（筹） keeps its （筹）);
* a short name the text introduces (某某医院（以下简称“某医”）) is an alias of the full one;
* a role word instead of a name (generic_orgs.txt) is no organization.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..lexicon_file import lexicon_entries
from ..model import Facts
from .abbreviations import short_forms

HERE = Path(__file__).parent
DESIGNATIONS = HERE / "org_designations.txt"
GENERIC = HERE / "generic_orgs.txt"
NAMED_KINDS = {"group", "hospital", "company", "government", "university", "association"}
DESIGNATED_KINDS = NAMED_KINDS - {"association"}  # 国家…中心儿科专科联盟 names no alliance of its own
MIN_REST = 4
_QUANTIFIERS = re.compile(r"^(?:各|该|两家|多家|这家|此|其他|其它|兄弟|有关|相关)")
_BRACKETED = re.compile(r"^(?P<outer>.{2,}?)[（(](?P<inner>[^（）()]{2,})[）)]?$")  # the ） may be lost
_SHORT_NAME = r"[（(]\s*(?:以下)?简称\s*[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,10})[”\"」]?\s*[）)]"
_SHORT_NAME_RE = re.compile(_SHORT_NAME)


@dataclass(frozen=True)
class OrgNameRules:
    designations: tuple[re.Pattern[str], ...]
    generic: frozenset[str]


def load_rules(designations: Path = DESIGNATIONS, generic: Path = GENERIC) -> OrgNameRules:
    """Read the two word lists; a bad line raises LexiconError naming it."""
    patterns = []
    for number, line in lexicon_entries(designations):
        try:
            patterns.append(re.compile(line))
        except re.error as exc:
            raise LexiconError(str(designations), number, f"bad regular expression: {exc}") from None
    words = []
    for number, line in lexicon_entries(generic):
        if any(ch.isspace() for ch in line) or len(line) > 12:
            raise LexiconError(str(generic), number, f"{line!r} is not one name")
        words.append(line)
    return OrgNameRules(tuple(patterns), frozenset(words))


@lru_cache(maxsize=1)
def default_rules() -> OrgNameRules:
    return load_rules()


def _kind(name: str) -> str | None:
    from ..extract.lexicon_loader import default_lexicon

    return default_lexicon().org_kind(name)


def is_generic(name: str, rules: OrgNameRules | None = None) -> bool:
    """A role word (联盟医院, 各成员单位), not an organization's name."""
    rules = rules or default_rules()
    return name in rules.generic or _QUANTIFIERS.sub("", name) in rules.generic


def canonical_name(name: str, rules: OrgNameRules | None = None) -> str | None:
    """The name an organization is known by; None when ``name`` names none."""
    rules = rules or default_rules()
    if is_generic(name, rules):
        return None
    bracketed = _BRACKETED.match(name)
    if bracketed and _second_name(bracketed.group("outer"), bracketed.group("inner")):
        name = bracketed.group("outer")
    for pattern in rules.designations:
        match = pattern.match(name)
        if match and match.end() < len(name):
            rest = name[match.end() :]
            if len(rest) >= MIN_REST and _kind(rest) in DESIGNATED_KINDS:
                return rest
    return name


def alternate_names(name: str) -> list[str]:
    """Names ``name`` carries inside it: the bracketed name of 某医院（某医学科学院）."""
    bracketed = _BRACKETED.match(name)
    if bracketed and _second_name(bracketed.group("outer"), bracketed.group("inner")):
        return [bracketed.group("inner")]
    return []


def _second_name(outer: str, inner: str) -> bool:
    """某医院（某服务中心）: the bracket holds another name of the same body (not （筹）)."""
    return len(inner) >= MIN_REST and _kind(inner) is not None and _kind(outer) in NAMED_KINDS


def short_names(name: str, quotes: Iterable[str]) -> list[str]:
    """Short names a text introduces for ``name``: 某某医院（以下简称“某医”）."""
    found: list[str] = []
    for quote in quotes:
        if "简称" not in quote:
            continue
        for match in _SHORT_NAME_RE.finditer(quote):
            if quote[: match.start()].endswith(name) and match.group("short") != name:
                found.append(match.group("short"))
    return list(dict.fromkeys(found))


# ---------------------------------------------------------------- facts under one name per organization


def _names_in(facts: Facts) -> Iterator[str]:
    for org in facts.organizations:
        yield org.name
        if org.parent:
            yield org.parent
    for person in facts.people:
        yield from (p.org for p in person.positions if p.org)
    yield from (a.org for a in facts.appointments if a.org)
    for partnership in facts.partnerships:
        yield from partnership.parties
    yield from (r.org for r in getattr(facts, "listed_leaders", ()) if r.org)


def name_map(facts: Sequence[Facts], rules: OrgNameRules | None = None) -> tuple[dict[str, str | None], dict[str, tuple[str, ...]]]:
    """Every organization name the facts use → the name it is known by (None: no
    organization), and each known name's aliases."""
    rules = rules or default_rules()
    mapping: dict[str, str | None] = {}
    for item in facts:
        for name in _names_in(item):
            if name not in mapping:
                mapping[name] = canonical_name(name, rules)
    aliases: dict[str, dict[str, None]] = {}
    for item in facts:
        for org in item.organizations:
            known = mapping.get(org.name)
            if known is None:
                continue
            others = alternate_names(org.name) + short_names(org.name, (e.quote for e in org.evidence)) + list(org.aliases)  # as extraction read them
            for other in others:
                if mapping.get(other, other) == other and other != known:
                    mapping[other] = known
                aliases.setdefault(known, {})[other] = None
    for short, full in short_forms(facts, mapping).items():  # 珑川一院 beside 珑川市第一人民医院
        mapping.update({name: full for name, known in mapping.items() if known == short})
        mapping[short] = full
    for name, known in mapping.items():
        if known is not None and name != known:
            aliases.setdefault(known, {})[name] = None
    return mapping, {k: tuple(v) for k, v in aliases.items()}


def rename_facts(facts: Facts, mapping: Mapping[str, str | None]) -> Facts:
    """The facts with every organization under its known name; role words (None) dropped."""
    if all(mapping.get(n, n) == n for n in _names_in(facts)):
        return facts

    def name(value: str | None) -> str | None:
        return mapping.get(value, value) if value else value

    people = tuple(
        replace(p, positions=tuple(replace(pos, org=name(pos.org)) for pos in p.positions)) for p in facts.people
    )
    organizations = tuple(
        replace(o, name=known, parent=name(o.parent))
        for o in facts.organizations
        if (known := name(o.name)) is not None
    )
    partnerships = []
    for partnership in facts.partnerships:
        parties = tuple(dict.fromkeys(n for party in partnership.parties if (n := name(party))))
        if len(parties) >= 2:
            partnerships.append(replace(partnership, parties=parties))
    changes: dict[str, object] = dict(
        people=people,
        organizations=organizations,
        appointments=tuple(replace(a, org=name(a.org)) for a in facts.appointments),
        partnerships=tuple(partnerships),
        honors=tuple(
            replace(h, recipient=mapping.get(h.recipient) or h.recipient) for h in facts.honors
        ),
    )
    listed = getattr(facts, "listed_leaders", None)  # collective lists (院领导甲、乙出席)
    if listed is not None:
        changes["listed_leaders"] = tuple(replace(r, org=name(r.org)) for r in listed)
    return replace(facts, **changes)  # type: ignore[arg-type]
