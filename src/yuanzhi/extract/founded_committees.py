"""Posts of a committee the sentence founds, kept whole with the committee (GOLD_SPEC §3's exception):

    宣读了《某集团关于成立职业健康管理委员会的通知》，甲任委员会主任，乙任常务副主任

A committee a body sets up for a task (职业健康管理委员会, 安全生产委员会) is no organisation of record:
the post keeps the committee's name and has no org. ``委员会`` before the post is the committee the
sentence just founded; a bare committee post read after it in the same sentence (乙任常务副主任) is of
the same committee.

A 管理委员会 of a place (县医共体管理委员会, 某县医疗集团管理委员会) is a body of record (GOLD_SPEC's
管委会 rule): the posts the founding sentence gives with no body printed are its, and its 办公室 is
printed with it (成立县医共体管理委员会，由甲任主任，乙任副主任，丙兼任办公室主任).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .appointment_posts import AppointmentHit
from .lexicon_loader import Lexicon
from .org_resolve import OrgMention, resolve_org

_FOUNDED = re.compile(r"(?:成立|组建|设立)(?:了)?([\u4e00-\u9fff]{2,14}?委员会)(?!委员)")
_BARE = "委员会"
_POSTS = frozenset({"主任", "副主任", "常务副主任", "执行主任", "委员", "秘书长", "副秘书长"})
_UNWRITTEN = ("", "我院")  # no body printed with the post (the hospital read by default)
_OF_RECORD = re.compile(r"^[\u4e00-\u9fff]{0,4}?[省市县区州旗].*管理委员会$")  # 县医共体管理委员会: a place's 管委会
_OFFICE = "办公室"


def founded_committee_posts(
    sentence: str, hits: list[AppointmentHit], lexicon: Lexicon, home: str | None
) -> list[AppointmentHit]:
    """``hits`` with each post of the committee founded in ``sentence`` named with the committee."""
    founded = _FOUNDED.search(sentence)
    if founded is None or founded.group(1) == _BARE:
        return hits
    committee = founded.group(1)
    if _OF_RECORD.match(committee):
        return _posts_of_record(committee, founded.start(1), founded.end(), hits, lexicon, home)
    out: list[AppointmentHit] = []
    named = False  # a post printed with 委员会 has been read: the committee's posts follow
    for hit in hits:
        if hit.start > founded.end() and hit.title in _POSTS and hit.org is not None and hit.org.text == _BARE:
            named = True
            hit = replace(hit, title=committee + hit.title, org=None)
        elif named and hit.start > founded.end() and hit.title in _POSTS and (
            hit.org is None or hit.org.text in _UNWRITTEN
        ):
            hit = replace(hit, title=committee + hit.title, org=None)
        out.append(hit)
    return out


def _posts_of_record(
    committee: str, at: int, after: int, hits: list[AppointmentHit], lexicon: Lexicon, home: str | None
) -> list[AppointmentHit]:
    """Posts after the founding of a body of record: its own where none is printed, its office's
    where only 办公室 is (the office the sentence sets up with it)."""
    body = resolve_org(committee, lexicon, home)
    office = resolve_org(committee + _OFFICE, lexicon, home)
    if body is None or office is None:
        return hits
    out: list[AppointmentHit] = []
    for hit in hits:
        if hit.start > after and hit.title in _POSTS:
            if hit.org is None or hit.org.text in _UNWRITTEN:
                hit = replace(hit, org=OrgMention(at, at + len(committee), committee, body.name, body.kind, body.parent))
            elif hit.org.text == _OFFICE:
                hit = replace(hit, org=OrgMention(hit.org.start, hit.org.end, hit.org.text, office.name, office.kind, office.parent))
        out.append(hit)
    return out


_FORMED = re.compile(r"(?:成立|组建|设立)了?由")


def formed_by(sentence: str, at: int) -> bool:
    """``at`` lies between 成立由 and the 的 that closes the body's description (成立了由甲…组成的专家组):
    a member of the body being formed, not a post's holder."""
    formed = max(_FORMED.finditer(sentence, 0, at), key=lambda m: m.start(), default=None)
    return formed is not None and "的" in sentence[at:] and re.search(r"[。；;]", sentence[formed.end() : at]) is None
