"""A town's post written with its level word alone: ``仪式由镇党委副书记某某主持``.

News of a town names it in full once (``某某镇人民政府``, ``某某镇卫生院``) and then writes its
posts with the level word only (``镇党委书记``, ``乡长``): when the level word stands alone (at a
clause's start, or after a word that ends a name's left edge: 由, 在, 与 …), the post is of the
town of that level the article named last (GOLD_SPEC §4.4), cut after the level word.
"""

from __future__ import annotations

from ..han import is_cjk
from .fixed_bodies import FixedBody, body_in
from .lexicon_loader import Lexicon
from .mentions import ArticleContext
from .orgs import OrgMention

_TOWN_LEVELS = "镇乡"
_CATEGORIES = ("party", "government")


def left_edge(sentence: str, at: int, lexicon: Lexicon) -> bool:
    """No place's name runs on before ``at``: the clause starts there, or a character that is no
    ideograph or a word that ends a name's left edge (由, 在, 与 …) stands before it."""
    return at == 0 or not is_cjk(sentence[at - 1]) or any(sentence.endswith(w, 0, at) for w in lexicon.boundary_words)


def town_of_bare_level(sentence: str, end: int, lexicon: Lexicon, context: ArticleContext) -> OrgMention | None:
    """镇|党委副书记 after the article named 某某镇: that town (a government body)."""
    level = sentence[end - 1 : end]
    if not level or level not in _TOWN_LEVELS or not left_edge(sentence, end - 1, lexicon):
        return None
    title = lexicon.title_pattern.match(sentence, end)
    if title is None or lexicon.title_category(title.group(0)) not in _CATEGORIES:
        return None
    kind = FixedBody((level,), place=True)
    earlier = [*context.seen, *(m for m in context.here if m.end < end)]
    for mention in reversed(earlier):
        town = body_in(mention.name, kind)
        if town is not None:
            return OrgMention(end - 1, end, level, town, "government")
    return None
