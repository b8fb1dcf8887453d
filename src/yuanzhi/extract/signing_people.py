"""A signing done by two people: the parties are the bodies they head.

    仪式上，甲某与乙某签订了合作协议          ─▶ (甲某's body, 乙某's body)
    甲某与乙某代表双方签约                  ─▶ the same

Hospital news names the heads first (``某市农业农村局局长甲某``, ``某县卫生健康局局长乙某``) and
then writes the signing with their names alone; each signer stands for the body of the first
post the article gave them (a unit of the issue's hospital stands for the hospital).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .lexicon_loader import Lexicon

_JOINT = "与和同、"
# between the second signer and the signing: 代表双方, 分别代表两家单位, 共同, 正式, 现场
_BEFORE_VERB = re.compile(r"(?:代表[^，。；]{0,8}?|分别|共同|正式|现场|当场|郑重){0,3}(?:签订|签署|签约|签下|签定)")
_DEPARTMENT = "department"
_SOCIETY = "association"  # a society office is held beside the post at one's own institution


def signers_bodies(
    sentence: str, positions: Iterable[tuple[str, str, str | None]], lexicon: Lexicon, home: str | None,
) -> tuple[str, ...] | None:
    """The bodies of ``甲某与乙某签订…`` (``甲某、乙某和丙某分别代表三方签署…``), when every signer
    holds a post named before."""
    if "签" not in sentence:  # every verb of _BEFORE_VERB has it
        return None
    posts: dict[str, list[str | None]] = {}
    for name, _title, org in positions:
        posts.setdefault(name, []).append(org)
    bodies = {org for orgs in posts.values() for org in orgs if org and lexicon.org_kind(org) != _DEPARTMENT}
    names = sorted((n for n in posts if len(n) >= 2), key=len, reverse=True)
    for first in names:
        at = sentence.find(first)
        if at < 0:
            continue
        signers, end = [first], at + len(first)
        while sentence[end : end + 1] and sentence[end] in _JOINT:
            second = next((n for n in names if n not in signers and sentence.startswith(n, end + 1)), None)
            if second is None:
                break
            signers.append(second)
            end += 1 + len(second)
        if len(signers) < 2 or _BEFORE_VERB.match(sentence, end) is None:
            continue
        found = tuple(dict.fromkeys(_body(posts[n], bodies, lexicon, home) for n in signers))
        if None not in found and len(found) == len(signers):
            return found  # type: ignore[return-value]
    return None


def _body(orgs: list[str | None], bodies: set[str], lexicon: Lexicon, home: str | None) -> str | None:
    """The body of a signer's first post: the organization itself, the body a unit is printed
    under (某市监狱管理局医疗卫生处), or the hospital for a unit of its own (医务部)."""
    found: list[str | None] = []
    for org in orgs:
        if org is None:
            continue
        if lexicon.org_kind(org) != _DEPARTMENT:
            found.append(org)
        else:
            found.append(next((b for b in sorted(bodies, key=len, reverse=True) if org.startswith(b) and org != b), home))
    own = [org for org in found if org and lexicon.org_kind(org) != _SOCIETY]
    return own[0] if own else (found[0] if found else None)  # 某市律师协会会长、某律师事务所主任: the firm signs, not the society


_GOVERNMENT = "government"


def in_full(body: str, guests: Sequence[str], named: Iterable[str], lexicon: Lexicon) -> str:
    """A signer's body as the article names the party: the guest it starts (诺尔瓦德大学 for
    诺尔瓦德大学医学中心), or a place's government (某市 for a 副市长 → 某市人民政府)."""
    if body in guests:
        return body  # 某集团有限公司 a guest itself: its branch (某集团有限公司某分公司) is another guest
    guest = next((g for g in guests if g != body and g.startswith(body)), None)
    if guest is not None:
        return guest
    if lexicon.org_kind(body) is None:
        return next((n for n in named if n.startswith(body) and lexicon.org_kind(n) == _GOVERNMENT
                     and lexicon.org_kind(n[len(body):]) == _GOVERNMENT and n[len(body):].endswith("政府")), body)
    return body
