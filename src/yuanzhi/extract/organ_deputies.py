"""A deputy elected right after the head of an organ that stays in the title (GOLD_SPEC §3, §4.8):
``甲当选女职工委员会主任，乙当选副主任`` → 乙 is the 女职工委员会副主任, as 甲 is its 主任; so
``甲当选工会主席，乙当选副主席`` → 工会副主席. The bare deputy title is read as the deputy of the
head the same sentence names just before, with the same organisation, when the organ and the deputy
title together are a title of the lexicon (an organ that is an organisation — 某专委会主任 — is the
org of both, and its bare 副主任 already takes it)."""

from __future__ import annotations

from dataclasses import replace

from .appointment_posts import AppointmentHit
from .lexicon_loader import Lexicon

_DEPUTY = "副"
_ORGAN_ENDS = ("会", "委")  # 女职工委员会, 工会, 团委: an organ; 候任, 名誉, 常务 qualify a post and are no organ


def organ_deputies(hits: list[AppointmentHit], lexicon: Lexicon) -> list[AppointmentHit]:
    """``hits`` with each bare deputy title after its organ's head given the organ (see the module)."""
    read: list[AppointmentHit] = []  # in the order written
    changed: dict[int, AppointmentHit] = {}
    for i in sorted(range(len(hits)), key=lambda i: hits[i].start):
        hit = _with_organ(hits[i], read, lexicon) or hits[i]
        changed[i] = hit
        read.append(hit)
    return [changed[i] for i in range(len(hits))]


def _with_organ(hit: AppointmentHit, before: list[AppointmentHit], lexicon: Lexicon) -> AppointmentHit | None:
    if not hit.title.startswith(_DEPUTY):
        return None
    base = hit.title[len(_DEPUTY) :]
    head = next((h for h in reversed(before) if h.end <= hit.start and h.person != hit.person), None)
    if head is None or head.action != hit.action or not head.title.endswith(base) or head.title == base:
        return None
    organ = head.title[: -len(base)]
    title = organ + hit.title
    if _DEPUTY in organ or not organ.endswith(_ORGAN_ENDS) or lexicon.title_pattern.fullmatch(title) is None:
        return None
    return replace(hit, title=title, org=head.org)
