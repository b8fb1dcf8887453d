"""Jinja2 templates with autoescape on, and the few filters the pages use."""

from __future__ import annotations

import html
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..export.chronicle_text import MONTHS as CHRONICLE_MONTHS

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"

EVENT_TYPES = {
    "meeting": "会议",
    "signing": "签约",
    "award": "表彰",
    "surgery": "手术",
    "training": "培训",
    "outreach": "义诊/下乡",
    "visit": "来访",
    "competition": "竞赛",
    "appointment": "任免",
    "other": "其他",
}
MONTHS = list(CHRONICLE_MONTHS[1:])  # 一月 … 十二月


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["urlpart"] = lambda value: quote(str(value), safe="")
    env.filters["event_type"] = lambda value: EVENT_TYPES.get(str(value), str(value))
    env.filters["zh_date"] = zh_date
    env.filters["marked"] = marked
    env.filters["basename"] = lambda value: PurePath(str(value or "")).name or str(value or "")
    env.filters["issue_number"] = issue_number
    env.globals["DATE_SOURCES"] = DATE_SOURCES
    env.globals["EVENT_TYPES"] = EVENT_TYPES
    env.globals["MONTHS"] = MONTHS
    env.globals["pager_query"] = lambda params, page: urlencode(params.query_string(page))
    return Jinja2Templates(env=env)


DATE_SOURCES = {"given": "导入时指定", "filename": "文件名", "masthead": "报头", "inferred": "推断"}


def issue_number(value: Any) -> str:
    """``6`` → ``第6期``; a number already written with 第…期 stays as printed."""
    text = str(value or "").strip()
    return f"第{text}期" if text.isdigit() else text


def zh_date(value: Any) -> str:
    """``2024-05-11`` → ``2024年5月11日``; ``2024-05`` → ``2024年5月``; other text unchanged."""
    if not value:
        return ""
    text = str(value)
    if "/" in text:
        return "至".join(zh_date(part) for part in text.split("/", 1))
    parts = text.split("-")
    if not all(part.isdigit() for part in parts):
        return text
    units = ["年", "月", "日"]
    return "".join(f"{int(part) if i else part}{units[i]}" for i, part in enumerate(parts[:3]))


def marked(snippet: Any) -> Markup:
    """A search snippet whose only markup is ``<mark>``: escape everything, then allow the marks.

    The archive returns HTML-escaped snippets with ``<mark>``/``</mark>`` around
    matches. Unescaping, escaping everything again and restoring exactly those two
    tags keeps any other markup inert even if a snippet arrives unescaped.
    """
    text = str(escape(html.unescape(str(snippet or ""))))
    text = text.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
    return Markup(text)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status)
