"""A body's second name in brackets is the same body: ``某市市场监督管理局（某市药品监督管理局）``,
``某县人民医院（某县医共体总院）``, ``某市卫生健康委员会（某市中医药管理局）``.

One organization carries two names of record (a merged office, a hospital that is also its
county's lead hospital): the first printed is canonical, the bracketed one its alias (GOLD_SPEC
§4.7, §13). A later reference (市局, 该局, 该院) or post is of that one body, so a bracketed second
name is read as the body before it wherever the article looks back for the body named last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .article_orgs import ArticleOrgs
from .orgs import OrgMention

_OPEN = "（("
_CLOSE = "）)"


def second_names_as_first(sentence: str, orgs: Sequence[OrgMention], declared: Mapping[str, str]) -> list[OrgMention]:
    """``orgs`` with each bracketed second name (declared the alias of the body right before it)
    read as that body, printed text kept."""
    out = []
    for org in orgs:
        full = declared.get(org.text)
        first = next((m for m in orgs if m.name == full and m.end == org.start - 1), None) if full else None
        if (
            first is not None and sentence[org.start - 1 : org.start] in _OPEN
            and sentence[org.end : org.end + 1] in _CLOSE and first.name != org.name
        ):
            out.append(OrgMention(org.start, org.end, org.text, first.name, first.kind, first.parent))
        else:
            out.append(org)
    return out


def with_first_names(known: ArticleOrgs) -> ArticleOrgs:
    """The article's organizations with every bracketed second name read as the body before it."""
    if not known.declared:
        return known
    per_sentence = [second_names_as_first(text, orgs, known.declared) for text, orgs in zip(known.texts, known.per_sentence, strict=False)]
    renamed = {(m.start, m.end, m.text, i): m for i, orgs in enumerate(per_sentence) for m in orgs}
    named = [[renamed.get((m.start, m.end, m.text, i), m) for m in names] for i, names in enumerate(known.named)]
    return replace(known, per_sentence=per_sentence, named=named)
