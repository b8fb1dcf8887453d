"""One line saying what a correction does (for lists, the audit log and error messages)."""

from __future__ import annotations

from .anchors import short
from .model import (
    ArticleAnchor,
    Correction,
    FactDelete,
    FactFix,
    MarkPatient,
    Merge,
    MoveParagraph,
    PeopleMerge,
    PeopleSplit,
    Retitle,
    Split,
)

FACT_LABELS = {
    "position": "职务",
    "appointment": "任免",
    "event": "事件",
    "organization": "机构",
    "honor": "荣誉",
    "partnership": "合作",
}


def _article(anchor: ArticleAnchor) -> str:
    return f"「{short(anchor.title or anchor.first_paragraph or anchor.local_id, 20)}」"


def _pairs(pairs: tuple[tuple[str, str | None], ...]) -> str:
    return "，".join(f"{k}={v if v else '∅'}" for k, v in pairs)


def summarize(c: Correction) -> str:
    if isinstance(c, Retitle):
        parts = [
            f"{label}「{value}」" if value else f"删去{label}"
            for label, value in (("标题", c.title), ("副题", c.subtitle), ("引题", c.kicker))
            if value is not None
        ]
        return f"{_article(c.article)} {'，'.join(parts)}"
    if isinstance(c, MoveParagraph):
        where = "开头" if c.at == "start" else "末尾"
        return (
            f"段落「{short(c.paragraph, 16)}」从{_article(c.origin)}移到{_article(c.target)}{where}"
        )
    if isinstance(c, Split):
        title = f"，新文章标题「{short(c.title, 20)}」" if c.title else ""
        if c.title_from_paragraph:
            title = "，该段为新文章标题"
        return f"{_article(c.article)} 从「{short(c.paragraph, 16)}」起拆为两篇{title}"
    if isinstance(c, Merge):
        return f"{_article(c.first)} 与 {_article(c.second)} 合并为一篇"
    if isinstance(c, FactFix | FactDelete):
        label = FACT_LABELS.get(c.fact.kind, c.fact.kind)
        where = f"（{c.fact.source}）" if c.fact.source else "（全库）"
        quote = f"，原句「{short(c.fact.quote, 16)}」" if c.fact.quote else ""
        if isinstance(c, FactDelete):
            return f"删除{label} {_pairs(c.fact.match)}{quote}{where}"
        return f"{label} {_pairs(c.fact.match)}{quote} 改为 {_pairs(c.changes)}{where}"
    if isinstance(c, PeopleMerge):
        at = f"（{c.org}）" if c.org else ""
        return f"人物「{c.name}」{at}并入「{c.into}」"
    if isinstance(c, PeopleSplit):
        which = [*c.sources, *(f"「{short(q, 12)}」" for q in c.quotes), *c.orgs]
        return f"「{c.name}」在 {'、'.join(which)} 的记录拆为「{c.new_name}」"
    if isinstance(c, MarkPatient):
        return f"「{c.name}」标为患者（不列为人物，导出时隐去）"
    raise TypeError(f"not a correction: {c!r}")
