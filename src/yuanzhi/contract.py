"""The JSON that `yuanzhi parse --json` prints (../shared/docs/contract.md).

Other tools read it: the contract's fields keep their names and meaning;
fields beyond the contract (warnings, regions, line ranges, byline roles) are
additions.
"""

from __future__ import annotations

from typing import Any

from .model import Article, Issue


def article_to_json(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "subtitle": article.subtitle,
        "kicker": article.kicker,
        "editor_note": article.editor_note,
        "paragraphs": list(article.paragraphs),
        "subheadings": list(article.subheadings),
        "sidebars": [{"title": s.title, "paragraphs": list(s.paragraphs)} for s in article.sidebars],
        "bylines": [
            {"department": b.department, "authors": list(b.authors), **({"roles": list(b.roles)} if b.roles else {})}
            for b in article.bylines
        ],
        "pages": list(article.pages),
        "continued": article.continued,
    }
    if article.regions:
        data["regions"] = [
            {"page": r.page, "box": [round(r.box.x0, 1), round(r.box.y0, 1), round(r.box.x1, 1), round(r.box.y1, 1)]}
            for r in article.regions
        ]
    if article.lines:
        data["lines"] = list(article.lines)
    return data


def issue_to_json(issue: Issue) -> dict[str, Any]:
    return {
        "source": issue.source,
        "issue": {
            "date": issue.date,
            "date_source": issue.date_source,
            "date_confidence": issue.date_confidence,
            "date_evidence": list(issue.date_evidence),
            "title": issue.title,
            "number": issue.number,
            "pages": issue.pages,
            "kind": issue.kind,
            "sha256": issue.sha256,
        },
        "articles": [article_to_json(a) for a in issue.articles],
        "furniture": list(issue.furniture),
        "unassigned": list(issue.unassigned),
        "warnings": list(issue.warnings),
    }


def issue_to_markdown(issue: Issue) -> str:
    """The rebuilt issue as readable Markdown."""
    from .archive.records import StoredArticle
    from .export.markdown import article_markdown, escape

    name = issue.title or issue.source
    meta = "，".join(x for x in (f"第{issue.number}期" if issue.number else None, issue.date) if x)
    out = [f"# {escape(name)}" + (f"（{escape(meta)}）" if meta else ""), ""]
    for article in issue.articles:
        record = StoredArticle(article.id, "", issue.source, issue.date, article)
        out.append(article_markdown(record, level=2))
    if issue.unassigned:
        out += ["## 未能归入文章的文字", ""] + [f"- {escape(t)}" for t in issue.unassigned] + [""]
    return "\n".join(out)
