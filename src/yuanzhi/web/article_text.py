"""An article's text as numbered sentences, and each fact linked to the sentence it came from.

Facts carry their evidence quote (the sentence the extractor read); the article
page anchors every sentence (``s1``, ``s2`` …) so a fact can point at it and
the reader can jump to it.
"""

from __future__ import annotations

import re
from typing import Any

from .. import model
from ..archive import views
from ..archive.views import ORG_KINDS, PARTNERSHIP_KINDS
from .render import EVENT_TYPES as EVENT_LABELS

FACT_KINDS = {
    "person": "人物",
    "organization": "机构",
    "appointment": "任免",
    "event": "事件",
    "honor": "荣誉",
    "partnership": "合作",
}


_SENTENCE = re.compile(r"[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|$)")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, ending after 。！？； and any closing quote; nothing dropped."""
    parts = [m.group(0) for m in _SENTENCE.finditer(paragraph) if m.group(0)]
    return parts or [paragraph]


def _fits(quote: str, sentence: str) -> bool:
    quote, sentence = quote.strip(), sentence.strip()
    return bool(quote and sentence) and (
        quote in sentence or (len(sentence) >= 6 and sentence in quote)
    )


def article_blocks(article: model.Article) -> list[dict[str, Any]]:
    """Paragraphs and subheadings with numbered sentences (``s1``, ``s2``…) to anchor facts."""
    subheadings = set(article.subheadings)
    blocks: list[dict[str, Any]] = []
    n = 0
    for paragraph in article.paragraphs:
        if paragraph in subheadings:
            n += 1
            blocks.append(
                {
                    "kind": "subheading",
                    "sentences": [{"id": f"s{n}", "text": paragraph, "facts": 0}],
                }
            )
            continue
        sentences = []
        for text in split_sentences(paragraph):
            n += 1
            sentences.append({"id": f"s{n}", "text": text, "facts": 0})
        blocks.append({"kind": "paragraph", "sentences": sentences})
    return blocks


def _fact_items(facts: model.Facts) -> list[tuple[dict[str, Any], tuple[model.Evidence, ...], str]]:
    """(item, evidence, a mention to look for when no quote fits) for every fact."""
    items: list[tuple[dict[str, Any], tuple[model.Evidence, ...], str]] = []
    for p in facts.people:
        roles = "、".join(dict.fromkeys(f"{pos.org or ''}{pos.title}" for pos in p.positions))
        evidence = tuple(e for pos in p.positions for e in pos.evidence)
        items.append(
            (
                {"kind": "person", "label": p.name, "detail": roles, "link": f"/people/{p.name}"},
                evidence,
                p.name,
            )
        )
    for a in facts.appointments:
        verb = "任" if a.action == "appoint" else "免去"
        label = f"{a.person} {verb}{a.org or ''}{a.title}"
        items.append(
            (
                {
                    "kind": "appointment",
                    "label": label,
                    "detail": a.date or "",
                    "link": f"/people/{a.person}",
                },
                a.evidence,
                a.person,
            )
        )
    for e in facts.events:
        detail = " ".join(x for x in (EVENT_LABELS.get(e.type, e.type), e.date or "") if x)
        items.append(
            ({"kind": "event", "label": e.summary, "detail": detail, "link": None}, e.evidence, "")
        )
    for o in facts.organizations:
        items.append(
            (
                {
                    "kind": "organization",
                    "label": o.name,
                    "detail": ORG_KINDS.get(o.kind, ""),
                    "link": f"/orgs/{o.name}",
                },
                o.evidence,
                o.name,
            )
        )
    for h in facts.honors:
        items.append(
            (
                {
                    "kind": "honor",
                    "label": f"{h.recipient}：{h.honor}",
                    "detail": h.date or "",
                    "link": None,
                },
                h.evidence,
                h.honor,
            )
        )
    for part in facts.partnerships:
        detail = " ".join(x for x in (PARTNERSHIP_KINDS.get(part.kind, ""), part.date or "") if x)
        items.append(
            (
                {
                    "kind": "partnership",
                    "label": "、".join(part.parties),
                    "detail": detail,
                    "link": None,
                },
                part.evidence,
                part.parties[-1] if part.parties else "",
            )
        )
    return items


def link_facts(
    blocks: list[dict[str, Any]], facts: model.Facts, article_id: str
) -> list[dict[str, Any]]:
    """Each fact with the id of the sentence its evidence quotes (or that names it)."""
    sentences = [s for b in blocks for s in b["sentences"]]
    linked = []
    for item, evidence, mention in _fact_items(facts):
        quotes = [e.quote for e in evidence if e.article_id == article_id and e.quote]
        target = next((s for q in quotes for s in sentences if _fits(q, s["text"])), None)
        if target is None and mention:
            target = next((s for s in sentences if mention in s["text"]), None)
        if target is not None:
            target["facts"] += 1
        item["kind_label"] = FACT_KINDS[item["kind"]]
        item["quote"] = quotes[0] if quotes else None
        item["sentence"] = target["id"] if target else None
        linked.append(item)
    return linked


def article_view(archive: Any, article_id: str) -> dict[str, Any]:
    """The article page's data: stored fields, numbered sentences, linked facts, page images."""
    data, article, facts = views.article_parts(archive, article_id)
    blocks = article_blocks(article)
    data["blocks"] = blocks
    data["facts"] = link_facts(blocks, facts, data["id"])
    return data
