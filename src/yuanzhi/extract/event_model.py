"""What kind of event a dated sentence reports, and whether it is an event of its own.

* **What is held decides the type** (lexicon/event_occasions.tsv): the occasion a sentence
  names (结业典礼, 开放日, 开工仪式, 拜师仪式, 演练) types it over the cue words around it
  (培训 in 培训学员结业典礼, 举办 before 开放日); a signing written in the same sentence
  (签约, 签署…协议) keeps it a signing, as an opening (揭牌) with an agreement is one.
* **A continuation is no event**: a sentence that opens inside the occasion just reported
  (会上，… 仪式上，… 活动现场，…) and prints no date of its own tells part of it: the
  report's 领学 or 任命 at a meeting is that meeting, not a second event. A sentence of the
  same day (当天, 同日) may be another event and is not held back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from ..lexicon_file import lexicon_entries
from .dates import DateMention
from .lexicon_loader import EVENT_TYPES, Lexicon

SIGNING = "signing"


@dataclass(frozen=True)
class Occasions:
    entries: tuple[tuple[str, str], ...]  # (occasion, type), longest first
    inside: tuple[str, ...] = ()  # how a sentence inside the occasion just reported opens (会上)
    own: frozenset[str] = frozenset()  # types a sentence inside an occasion still reports (award)
    both: tuple[str, ...] = ()  # a commendation meeting (表彰大会) is a meeting and an award
    one: tuple[str, ...] = ()  # …工作总结暨表彰大会: a work meeting with a commendation part is one event
    relays: tuple[str, ...] = ()  # 传达…精神: what a meeting relays is not held there
    bodies: tuple[str, ...] = ()  # cue words that name a body (联盟): no signing beside an occasion
    body_parts: tuple[str, ...] = ()  # 联盟专家团队: the body's people, no cue at all
    pledges: tuple[str, ...] = ()  # 责任书, 承诺书: signed inside a body, no agreement between parties
    vetting: tuple[str, ...] = ()  # 组织考察: a step of selecting a cadre, no visit


@lru_cache(maxsize=1)
def default_occasions() -> Occasions:
    return load_occasions(resources.files(__package__).joinpath("lexicon"))


def load_occasions(directory: Traversable) -> Occasions:
    """event_occasions.tsv from ``directory`` (optional: none when absent); a bad line
    raises LexiconError naming the file and line."""
    path = directory.joinpath("event_occasions.tsv")
    if not path.is_file():
        return Occasions(())
    entries: list[tuple[str, str]] = []
    inside: list[str] = []
    own: set[str] = set()
    lists: dict[str, list[str]] = {"both": [], "one": [], "relays": [], "bodies": [], "body_parts": [], "pledges": [], "vetting": []}
    for number, line in lexicon_entries(path):
        word, sep, kind = line.partition("\t")
        word, kind = word.strip(), kind.strip()
        if word in lists and sep and kind:
            lists[word].extend(w.strip() for w in kind.split("|") if w.strip())
            continue
        if word == "inside" and sep and kind:
            inside.extend(w.strip() for w in kind.split("|") if w.strip())
            continue
        if word == "own" and sep and set(kind.split("|")) <= EVENT_TYPES:
            own.update(kind.split("|"))
            continue
        if not sep or not word or kind not in EVENT_TYPES:
            raise LexiconError(
                str(path), number, f"expected 'occasion<TAB>type', 'inside|both|one|relays|bodies|body_parts|pledges|vetting<TAB>words' or 'own<TAB>types' (types of {', '.join(sorted(EVENT_TYPES))})"
            )
        entries.append((word, kind))
    return Occasions(
        tuple(sorted(entries, key=lambda e: -len(e[0]))), tuple(sorted(inside, key=len, reverse=True)), frozenset(own),
        tuple(lists["both"]), tuple(lists["one"]), tuple(lists["relays"]), tuple(lists["bodies"]),
        tuple(lists["body_parts"]), tuple(lists["pledges"]), tuple(lists["vetting"]),
    )


def held_part(sentence: str, occasions: Occasions | None = None) -> str:
    """The sentence without what it relays: 召开党委会传达全市表彰大会精神 holds a 党委会, not
    the 表彰大会 (传达/学习贯彻 … 精神 within one clause)."""
    occasions = occasions or default_occasions()
    for part in occasions.body_parts + occasions.vetting:  # 联盟专家团队开展了学术讲座: a lecture, not a signing
        sentence = sentence.replace(part, "　" * len(part))
    if occasions.pledges:  # 签订了《廉洁从业承诺书》, 目标管理责任书签订大会: a pledge, no signing (GOLD_SPEC §13)
        words = "|".join(re.escape(w) for w in occasions.pledges)
        sentence = re.sub(rf"(?:签订|签署|签)(?:了)?[^，。；]{{0,30}}?(?:{words})》?|(?:{words})》?(?:签订|签署)", "", sentence)
    if not occasions.relays:
        return sentence
    words = "|".join(re.escape(w) for w in occasions.relays)
    return re.sub(rf"(?:{words})[^，。；;！？]*?精神", "", sentence)


def commendation_type(sentence: str, kind: str | None, occasions: Occasions | None = None) -> str | None:
    """One event per occasion (GOLD_SPEC §13): a commendation meeting named as such (表彰大会,
    庆祝大会暨表彰会: ``both``) is an award, not a meeting and an award; a work meeting that holds it
    as a part (``one``: 年度工作总结暨表彰大会) keeps the type its first cue gives."""
    occasions = occasions or default_occasions()
    if kind != "meeting" or any(w in sentence for w in occasions.one):
        return kind
    return "award" if any(w in sentence for w in occasions.both) else kind


def occasion_type(sentence: str, occasions: Occasions | None = None) -> str | None:
    """The type of the occasion written first in ``sentence`` (the longer at one place), or None."""
    occasions = occasions or default_occasions()
    best: tuple[int, int, str] | None = None
    for word, kind in occasions.entries:
        at = sentence.find(word)
        if at >= 0 and (best is None or (at, -len(word)) < best[:2]):
            best = (at, -len(word), kind)
    return best[2] if best else None


def typed(sentence: str, cue_type: str | None, lexicon: Lexicon, occasions: Occasions | None = None) -> str | None:
    """The event's type: the occasion's over ``cue_type`` (the cue words'), unless the
    sentence also writes a signing."""
    occasions = occasions or default_occasions()
    held = occasion_type(sentence, occasions)
    if held is None or held == cue_type:
        return cue_type
    words = {word for word, _kind in occasions.entries}
    signed = any(cue in sentence for cue, kind in lexicon.event_cues
                 if kind == SIGNING and cue not in words and cue not in occasions.bodies)  # 专科联盟成立大会: a meeting
    return SIGNING if signed else held


def continues_occasion(
    sentence: str, dates: list[DateMention], kind: str | None, occasions: Occasions | None = None
) -> bool:
    """会上，甲领学了… with only the occasion's date (none printed in the sentence), of a
    type the occasion's own report covers (not 会上…签订了…协议 nor …受到表彰)."""
    occasions = occasions or default_occasions()
    opens = sentence.lstrip().startswith(occasions.inside) if occasions.inside else False
    return opens and kind not in occasions.own and not any(d.end > d.start for d in dates)
