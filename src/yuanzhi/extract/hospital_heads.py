"""A 院长 heads a hospital, never one of its units (GOLD_SPEC §4.1, §4.2); a job is done in a unit (§5).

``心内科主任、副院长某``, ``伦理委员会主任委员、院长某``, ``委员会主任委员、院长某``: a 院长 (副院长,
执行院长 …) later in a chain, or given a unit the article named, heads the hospital that unit belongs
to. A campus has its own 院长 (``东院区执行院长``, §4.10) and keeps it.

A job title (医生, 护士, 临床药师 — not a grade) printed before a unit in a chain is done in that unit
(``驻点医生、急诊科主治医师某`` → 医生 of 急诊科), as GOLD_SPEC §5 places job titles.
"""

from __future__ import annotations

from .org_resolve import OrgMention

_HEAD = "院长"  # 院长, 副院长, 执行院长, 业务副院长
_SITES = ("院区", "分院")  # a campus or branch of the hospital: its 院长 is its own
_JOB_ENDINGS = ("医生", "护士")  # 医生, 驻点医生, 责任护士 (a grade is 医师, 护师)
_JOBS = frozenset({"临床药师", "治疗师", "康复治疗师", "物理治疗师", "营养师", "医务社工"})  # jobs of a unit, not grades


def hospital_of_head(title: str, org: OrgMention | None) -> OrgMention | None:
    """The hospital of ``org`` when ``title`` is a 院长 and ``org`` one of the hospital's units; else ``org``."""
    if org is None or not title.endswith(_HEAD) or org.kind != "department" or not org.parent:
        return org
    if org.name.endswith(_SITES) or org.parent.endswith(_SITES):
        return org
    return OrgMention(org.start, org.end, org.text, org.parent, "hospital")


def is_job(title: str) -> bool:
    """``title`` is a job done in a unit (医生, 护士, 临床药师), not a grade or a post."""
    return title.endswith(_JOB_ENDINGS) or title in _JOBS
