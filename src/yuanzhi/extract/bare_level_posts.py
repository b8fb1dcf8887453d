"""A town's post written with its level word alone: ``仪式由镇党委副书记某某主持`` (and a corps
regiment's or division's: ``团党委副书记``).

News of a town names it in full once (``某某镇人民政府``, ``某某镇卫生院``) and then writes its
posts with the level word only (``镇党委书记``, ``乡长``): when the level word stands alone (at a
clause's start, or after a word that ends a name's left edge: 由, 在, 与 …), the post is of the
town of that level the article named last (GOLD_SPEC §4.4), cut after the level word.
"""

from __future__ import annotations

import re

from ..han import is_cjk
from .fixed_bodies import FixedBody, body_in
from .lexicon_loader import Lexicon
from .mentions import ArticleContext
from .numbered_units import last_corps_unit
from .orgs import OrgMention

_TOWN_LEVELS = "镇乡"
_CORPS_LEVELS = "团师"  # a corps' regiment and division, written with their level word alone as a town is
_CATEGORIES = ("party", "government")


def left_edge(sentence: str, at: int, lexicon: Lexicon) -> bool:
    """No place's name runs on before ``at``: the clause starts there, or a character that is no
    ideograph or a word that ends a name's left edge (由, 在, 与 …) stands before it."""
    return at == 0 or not is_cjk(sentence[at - 1]) or any(sentence.endswith(w, 0, at) for w in lexicon.boundary_words)


def town_of_bare_level(sentence: str, end: int, lexicon: Lexicon, context: ArticleContext) -> OrgMention | None:
    """镇|党委副书记 after the article named 某某镇: that town (a government body)."""
    level = sentence[end - 1 : end]
    if not level or level not in _TOWN_LEVELS + _CORPS_LEVELS or not left_edge(sentence, end - 1, lexicon):
        return None
    title = lexicon.title_pattern.match(sentence, end)
    if title is None or lexicon.title_category(title.group(0)) not in _CATEGORIES:
        return None
    earlier = [*context.seen, *(m for m in context.here if m.end < end)]
    if level in _CORPS_LEVELS:  # 团党委副书记 after 二〇九团: the regiment named last (numbered_units.py)
        unit = last_corps_unit([*(m.name for m in context.seen), sentence[: end - 1]], level)
        return OrgMention(end - 1, end, level, unit, "government") if unit else None
    town = _town_named(sentence, end - 1, level, earlier)
    return OrgMention(end - 1, end, level, town, "government") if town else None


def _town_named(sentence: str, at: int, level: str, earlier: list[OrgMention]) -> str | None:
    """The town of ``level`` the clause before ``at`` names alone, else the one the article named last."""
    clauses = [c.group(1) for c in _PLACE_CLAUSE.finditer(sentence, 0, at)
               if c.group(1).endswith(level) and not c.group(1).startswith(_NO_TOWN)]
    if clauses:
        return clauses[-1]  # 在某镇，镇党委副书记、镇妇联主席…
    kind = FixedBody((level,), place=True)
    for mention in reversed(earlier):
        town = body_in(mention.name, kind)
        if town is not None:
            return town
    return None


# a clause of the sentence names the town alone (在某镇，镇党委副书记…): a town no body was read in
_PLACE_CLAUSE = re.compile(r"(?:^|(?<=[，。；：,;:]))在?([\u4e00-\u9fff]{2,4}?[镇乡])[，,]")
_NO_TOWN = ("各", "全", "每", "该", "本", "乡镇", "城乡")  # 各乡镇, 全镇: no town's name
