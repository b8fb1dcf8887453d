"""Parse a byline into departments and authors.

（护理部 于 歌）                      → 护理部: 于歌
（肿瘤中心 郜学斌 呼吸与危重症医学科 贾一飞）→ 肿瘤中心: 郜学斌; 呼吸与危重症医学科: 贾一飞
（通讯员：王明）                      → authors 王明, role 通讯员
文/张三 图/李四                       → authors 张三, 李四, roles 文, 图

Spaces are the only separator PDF extraction leaves between a department and
a name, so tokens are split on the raw text's spaces; single characters that
come apart are letter-spaced names and are joined back (于 歌 → 于歌).
"""

from __future__ import annotations

import re

from ..layout.normalize import normalize_text
from ..layout.patterns import (
    byline_roles,
    is_department,
    looks_like_byline_content,
    merge_letter_spaced,
)
from ..model import Byline

_SPLIT = re.compile(r"[\s、，,；;]+")
_ROLE_PREFIX = re.compile(r"^(?P<role>[\u4e00-\u9fff/／]{1,3})\s*[：:/／]\s*(?P<rest>.*)$")


def parse_byline(raw: str) -> list[Byline]:
    inner = raw.strip()
    if inner[:1] in "（(" and inner[-1:] in "）)":
        inner = inner[1:-1]
    inner = inner.replace("\n", " ")
    roles_all = byline_roles()
    entries: list[Byline] = []
    department: str | None = None
    authors: list[str] = []
    roles: list[str] = []

    def close() -> None:
        nonlocal department, authors, roles
        if department is not None or authors or roles:
            entries.append(Byline(department, tuple(authors), tuple(roles)))
        department, authors, roles = None, [], []

    for token in merge_letter_spaced(_tokens(inner), pairs=True):  # 于 歌 → 于歌; 龙 文 stays a name
        match = _ROLE_PREFIX.match(token)
        if match and match.group("role").replace("／", "/") in roles_all:
            roles.append(match.group("role").replace("／", "/"))
            token = match.group("rest")
            if not token:
                continue
        if token in roles_all and len(token) > 1:
            if authors and roles:  # 记者 甲 摄影 乙: a role after names opens the next credit
                unit = department
                close()
                department = unit
            elif len(authors) == 1 and not roles and department is None and not entries:
                department = authors.pop()  # 某栏目 记者 甲: what stands before the first role is the outlet
            roles.append(token)
            continue
        glued = next((r for r in roles_all if len(r) > 1 and token.endswith(r) and is_department(token[: -len(r)])), None)
        if glued is not None:  # 某某日报记者: the outlet with its role word, no space between
            if authors or department is not None:
                close()
            department = token[: -len(glued)]
            roles.append(glued)
            continue
        if is_department(token):
            if authors or department is not None:
                close()
            department = token
        else:
            authors.append(token)
    close()
    return entries


def _tokens(inner: str) -> list[str]:
    tokens: list[str] = []
    for token in _SPLIT.split(inner.strip()):
        token = normalize_text(token)
        if token:
            tokens.append(token)
    return tokens


_DATELINE_BYLINE = re.compile(r"^(?P<lead>本报讯|本刊讯|讯)\s*[（(](?P<inner>[^（()）]{2,40})[）)]")


def split_dateline_byline(paragraph: str, raw: str = "") -> tuple[list[Byline], str]:
    """'本报讯（通讯员 张三）5月11日，…' → ([通讯员 张三], '本报讯5月11日，…').

    The byline leaves the paragraph for the article's bylines; 本报讯 stays. Names
    are split on the raw text's spaces (the paragraph text has none left)."""
    match = _DATELINE_BYLINE.match(paragraph)
    spaced = _DATELINE_BYLINE.match(raw.strip())
    inner = spaced.group("inner") if spaced else match.group("inner") if match else ""
    if not match or not looks_like_byline_content(inner):
        return [], paragraph
    return parse_byline(inner), match.group("lead") + paragraph[match.end() :]
