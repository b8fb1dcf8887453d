"""Markdown exports: the year's 大事记, one article, one issue."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..archive.records import Chronicle, StoredArticle, StoredIssue
from ..model import Article
from . import chronicle_text as ct
from .redact import redact

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Text as literal Markdown (no accidental emphasis, links or HTML)."""
    return _SPECIAL.sub(r"\\\1", text)


def chronicle_markdown(chronicle: Chronicle) -> str:
    lines = [f"# {escape(ct.heading(chronicle))}", ""]
    if not chronicle.months:
        lines += ["（本年度暂无记录）", ""]
    for name, entries in ct.months(chronicle):
        lines += [f"## {name}", ""]
        for entry in entries:
            date = ct.entry_date(entry)
            summary = escape(ct.entry_summary(entry, chronicle.patients))
            source = escape(ct.entry_source(entry, chronicle.patients))
            lead = f"**{date}**\u3000" if date else ""
            lines.append(f"- {lead}{summary}" + (f"（{source}）" if source else ""))
        lines.append("")
    return "\n".join(lines)


def article_markdown(stored: StoredArticle, patients: Sequence[str] = (), *, level: int = 1) -> str:
    """One article: kicker, headline, subtitle, 编者按, paragraphs, sidebars, bylines, source."""
    a: Article = stored.article

    def t(text: str) -> str:
        return escape(redact(text, patients))

    hashes = "#" * level
    out: list[str] = []
    if a.kicker:
        out += [f"*{t(a.kicker)}*", ""]
    out += [f"{hashes} {t(a.title or '（无标题）')}", ""]
    if a.subtitle:
        out += [f"**——{t(a.subtitle)}**", ""]
    if a.editor_note:
        out += [f"> **编者按**：{t(a.editor_note)}", ""]
    subheadings = set(a.subheadings)
    for paragraph in a.paragraphs:
        out += [f"{hashes}# {t(paragraph)}" if paragraph in subheadings else t(paragraph), ""]
    for sidebar in a.sidebars:
        quoted = ([f"**{t(sidebar.title)}**"] if sidebar.title else []) + [
            t(p) for p in sidebar.paragraphs
        ]
        out += ["\n>\n".join(f"> {q}" for q in quoted), ""]
    for byline in a.bylines:
        who = " ".join(byline.authors)
        out += [f"（{t(' '.join(x for x in (byline.department or '', who) if x))}）", ""]
    pages = "、".join(str(p) for p in a.pages)
    where = (
        f"来源：{stored.source}"
        + (f"，第{pages}版" if pages else "")
        + (f"，{stored.date}" if stored.date else "")
    )
    out += [f"<sub>{escape(where)}</sub>", ""]
    return "\n".join(out)


def issue_markdown(stored: StoredIssue, patients: Sequence[str] = ()) -> str:
    issue = stored.issue
    name = issue.title or stored.summary.source
    meta = "，".join(x for x in (issue.number, issue.date) if x)
    out = [f"# {escape(name)}" + (f"（{escape(meta)}）" if meta else ""), ""]
    for article, stable in zip(issue.articles, stored.article_ids, strict=True):
        record = StoredArticle(
            stable, stored.summary.id, stored.summary.source, issue.date, article
        )
        out.append(article_markdown(record, patients, level=2))
    return "\n".join(out)
