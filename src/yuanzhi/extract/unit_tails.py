"""A unit written again by the tail of its name: ``尘肺病康复站`` … ``康复站站长某某``,
``急救技能培训中心`` … ``培训中心副主任某某``, ``成果转化办公室`` … ``兼任办公室主任``.

News prints a new or visited unit once in full and then by the word for what it is (站, 中心,
办公室), keeping the end of its name; the reader takes the short form for the unit named before
(GOLD_SPEC §4.3: a short form is resolved to the full name written elsewhere in the article).
Only units named for a facility or an office are read so: a clinical department's tail is often a
department of its own (心内科 after 小儿心内科), and two units named with the same tail leave the
short form as printed.
"""

from __future__ import annotations

from collections.abc import Sequence

from .org_resolve import SELF_REFERENCES, OrgMention

_ENDINGS = ("站", "中心", "办公室", "工作室")  # a facility's or an office's word (lexicon-free: four words)
_MIN_TAIL = 3  # characters of the short form (康复站); 中心 alone is read by bare_endings
_MIN_MORE = 2  # characters the full name has before the tail (尘肺病|康复站)
_OFFICE = "办公室"  # 机构办公室: the office of the unit whose name ends with 机构
_MIN_HEAD = 2  # characters of the word before 办公室 (机构, 委员会)
_RANKS = ("国家", "全国", "省级", "市级", "县级")  # 国家高级|卒中中心: a rank awarded to the unit, no part of its name


def unit_tail(org: OrgMention, earlier: Sequence[OrgMention], home: str | None) -> OrgMention | None:
    """The unit named in full before whose name ends with ``org``'s, or None."""
    if not may_be_tail(org, home):
        return None
    fulls = {
        m.name: m for m in earlier
        if m.kind == "department" and _ends_longer(_unit_name(m), org.text)
    }
    if not fulls:
        return _office_of_tail(org, earlier)
    if len(fulls) != 1:
        return None
    full = next(iter(fulls.values()))
    return OrgMention(org.start, org.end, org.text, full.name, full.kind, full.parent)


def _office_of_tail(org: OrgMention, earlier: Sequence[OrgMention]) -> OrgMention | None:
    """``机构办公室`` after ``药物临床试验机构``, ``委员会办公室`` after ``医学伦理委员会``: the office of the
    unit named in full before whose name ends with the word before 办公室 (one such unit only)."""
    if not org.text.endswith(_OFFICE) or len(org.text) - len(_OFFICE) < _MIN_HEAD:
        return None
    head = org.text[: -len(_OFFICE)]
    units: dict[tuple[str, str | None], OrgMention] = {}
    for m in earlier:  # one unit printed with its hospital and alone is one unit
        if m.kind == "department" and not m.name.endswith(_OFFICE) and _ends_longer(own := _unit_name(m), head):
            kept = units.get((own, m.parent))
            units[(own, m.parent)] = m if kept is None or len(m.name) < len(kept.name) else kept
    if len(units) != 1:
        return None
    unit = next(iter(units.values()))
    return OrgMention(org.start, org.end, org.text, unit.name + _OFFICE, "department", unit.parent)


def _ends_longer(own: str, tail: str) -> bool:
    """The unit's own name ``own`` ends with ``tail`` after words of its own (尘肺病|康复站, 药物临床试验|机构)."""
    return own.endswith(tail) and len(own) >= len(tail) + _MIN_MORE and _own_words(own[: -len(tail)])


def may_be_tail(org: OrgMention, home: str | None) -> bool:
    """``org`` may be a unit written by its tail (else ``unit_tail`` need not read what came before)."""
    return org.kind == "department" and org.text == org.name and org.parent in (None, home) and (
        len(org.text) >= _MIN_TAIL and org.text.endswith(_ENDINGS)
    )


def _unit_name(mention: OrgMention) -> str:
    """The unit's own name, without the body printed before it (某医院|远程心电诊断中心)."""
    parent = mention.parent
    return mention.name[len(parent) :] if parent and mention.name.startswith(parent) else mention.name


def _own_words(prefix: str) -> bool:
    """The words before the tail are the unit's own (尘肺病, 急救技能), not the hospital written
    before its unit (医院|急救站: the same short name) nor a rank it was awarded (国家高级)."""
    return prefix not in SELF_REFERENCES and not prefix.startswith(_RANKS)
