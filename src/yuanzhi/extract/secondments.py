"""A post held on secondment, said of the person named before it: 某某在某县医院挂职副院长,
某某挂职该院麻醉科副主任 (挂职, 挂任; the place may be 该院, the hospital the sentence named last)."""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import OrgMention, Tokens, find_orgs, org_before, resolve_org

ASSIGNED = ("挂职任", "挂职", "挂任")
_SAME_PLACE = ("该院", "当地", "该")
_PLACE_CLAUSE = re.compile(r"(?:将|拟|已|还|正式|同时)?(?:在[\u4e00-\u9fff（）]{2,24})?")  # 某某将挂职, 某某在某县医院挂职


def seconded_post(
    sentence: str, start: int, title: str, found: list[PersonMention], tokens: Tokens, lexicon: Lexicon,
    home: str | None, known: list[str],
) -> PersonMention | None:
    """某某在某县医院挂职副院长: a post held on secondment, said of the person named before."""
    org = org_before(sentence, start, tokens, lexicon, home)
    cue_end = org.start if org is not None else start
    same_place = False
    for reference in _SAME_PLACE:  # 挂职该院麻醉科副主任
        if sentence.endswith(reference, 0, cue_end):
            cue_end -= len(reference)
            same_place = reference == "该院"
            break
    cue = next((c for c in ASSIGNED if sentence.endswith(c, 0, cue_end)), None)
    if cue is None:
        return None
    cue_start = cue_end - len(cue)
    spans = [(m.start, m.end) for m in found if not m.short]
    for name in [*known, *(m.name for m in found if not m.short)]:  # 韦某某挂职…: a name introduced before
        at = sentence.rfind(name, 0, cue_start)
        if at >= 0:
            spans.append((at, at + len(name)))
    spans = [span for span in spans if span[1] <= cue_start]
    if not spans:
        return None
    name_start, name_end = max(spans, key=lambda span: span[1])
    if not _PLACE_CLAUSE.fullmatch(sentence, name_end, cue_start):
        return None
    if org is None and cue_start - name_end > 1:
        org = org_before(sentence, cue_start, tokens, lexicon, home)
    if same_place and org is not None and org.kind == "department":
        before = [t for t in tokens if t[2] <= cue_start]
        named = find_orgs(sentence[:cue_start], before, lexicon, home)
        hospitals = [m.parent if m.kind == "department" else m.name for m in named if m.kind in ("hospital", "department")]
        if hospitals and hospitals[-1]:  # 该院: the hospital the sentence named last
            unit = resolve_org(hospitals[-1] + org.text, lexicon, home)
            org = OrgMention(org.start, org.end, org.text, unit.name, unit.kind, unit.parent) if unit else org
    return PersonMention(sentence[name_start:name_end], title, org, name_start, name_end)
