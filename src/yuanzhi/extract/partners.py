"""One institution signing with several others: one partnership per pair.

    某县人民医院与甲镇、乙镇、丙乡3家卫生院签订对口帮扶协议   → (医院, 甲镇卫生院), (医院, 乙镇卫生院) …
    某医院分别与A医院、B医院签订合作协议                     → (某医院, A医院), (某医院, B医院)
    签约仪式上，某某与甲镇卫生院院长…、乙镇卫生院院长…分别签订协议 → the same pairs, once more

Help given (帮扶, 对口支援) and a signing done 分别 (with each in turn) are between the giver
and each receiver, not one agreement among the receivers. Places sharing one written head
(``甲镇、乙镇、丙乡3家卫生院``) name one institution each.
"""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .orgs import STRONG_KINDS, OrgMention, resolve_org

_WITH = re.compile(r"(分别)?(?:与|同)")
_EACH = "分别"
_PLACES = re.compile(
    r"((?:[\u4e00-\u9fff]{1,4}?(?:街道|[镇乡村])、)+[\u4e00-\u9fff]{1,4}?(?:街道|[镇乡村]))"
    r"(?:等)?(?:[\d一二三四五六七八九十两]+[家所个])?"
)
_LONGEST_HEAD = 10
_ASSISTANCE = "assistance"


def several_partners(
    sentence: str, orgs: list[OrgMention], lexicon: Lexicon, home: str | None,
) -> tuple[list[tuple[str, str]], str] | None:
    """(pairs, kind) when one party signs with several named others, else None."""
    found = next(((cue, kind) for cue, kind in lexicon.partnership_cues if cue in sentence), None)
    if found is None:
        return None
    kind = found[1]
    signed = sorted(m.start() for cue, _k in lexicon.partnership_cues for m in re.finditer(re.escape(cue), sentence))
    verb, joint = next(
        ((at, joined[-1]) for at in signed if (joined := list(_WITH.finditer(sentence, 0, at)))), (-1, None)
    )  # 签约仪式上，甲与乙…分别签订协议: the signing after the 与
    if joint is None:
        return None
    cue = next(c for c, _k in lexicon.partnership_cues if sentence.startswith(c, verb))
    clause = max(sentence.rfind(stop, 0, joint.start()) for stop in "，。；：,;:") + 1
    each = bool(joint.group(1)) or _EACH in sentence[joint.end() : verb + len(cue) + 2]
    if kind != _ASSISTANCE and not each:
        return None
    listed = [(at, name) for at, name in _parties(orgs, lexicon) if joint.end() <= at < verb]
    listed += _items_before_titles(sentence, joint.end(), verb, lexicon, home)
    receivers = [name for _at, name in sorted(listed)]
    receivers += _shared_head(sentence, joint.end(), verb, lexicon)
    receivers = list(dict.fromkeys(receivers))
    givers = [name for at, name in _parties(orgs, lexicon) if clause <= at < joint.start()]
    giver = givers[-1] if givers else (home if each else None)
    if giver is None or len(receivers) < 2 or giver in receivers:
        return None
    return [(giver, receiver) for receiver in receivers], kind


def _parties(orgs: list[OrgMention], lexicon: Lexicon) -> list[tuple[int, str]]:
    out = []
    for mention in orgs:
        top = mention.parent if mention.parent and mention.kind == "department" else mention.name
        if (lexicon.org_kind(top) or mention.kind) in STRONG_KINDS:
            out.append((mention.start, top))
    return out


_PLACED = re.compile(r"^[\u4e00-\u9fff]{2,}?[省市县区州旗]")


def _items_before_titles(
    sentence: str, start: int, end: int, lexicon: Lexicon, home: str | None
) -> list[tuple[int, str]]:
    """``分别与甲县人民医院院长某某、乙县妇幼保健院院长某某签订``: each item of the list names
    its institution with a place before a title (read here too, as jieba may join 医院院长)."""
    out = []
    at = start
    for item in sentence[start:end].split("、"):
        for cut in range(len(item) - 1, 3, -1):
            org = resolve_org(item[:cut], lexicon, home) if _PLACED.match(item) else None
            if org is not None and org.kind in STRONG_KINDS and lexicon.title_pattern.match(item, cut):
                out.append((at, org.parent if org.parent and org.kind == "department" else org.name))
                break
        at += len(item) + 1
    return out


def _shared_head(sentence: str, start: int, end: int, lexicon: Lexicon) -> list[str]:
    """``甲镇、乙镇、丙乡3家卫生院`` → 甲镇卫生院, 乙镇卫生院, 丙乡卫生院."""
    for match in _PLACES.finditer(sentence, start, end):
        places = match.group(1).split("、")
        for size in range(_LONGEST_HEAD, 1, -1):
            head = sentence[match.end() : match.end() + size]
            if len(head) == size and all(lexicon.org_kind(place + head) in STRONG_KINDS for place in places) and (
                lexicon.org_kind(head) is not None or lexicon.is_org_suffix(head)
            ):
                return [place + head for place in places]
    return []


# 争取于年内签订合作备忘录, 双方将签署协议, 拟签约: a signing planned, not done (no partnership yet)
_PLANNED = re.compile(r"(?:将|拟|争取|计划|有望|准备|力争|即将)[^，。；！？]{0,6}?(?:签订|签署|签约)")


def planned_signing(sentence: str) -> bool:
    """The sentence announces a signing still to come."""
    return _PLANNED.search(sentence) is not None
