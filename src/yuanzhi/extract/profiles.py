"""An expert's profile written as one sentence: ``某某，主任医师，教授，现任某医院某科主任``."""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .mentions import ArticleContext, PersonMention
from .names import surname_length, valid_name
from .orgs import OrgMention, Tokens, org_before

_CURRENT = ("现任", "兼任", "任", "系")
_PROFILE_FACT = re.compile(
    r"男|女|[\u4e00-\u9fff]{1,2}族|中共党员|共产党员|[\u4e00-\u9fff]{2,4}(?:党员|盟员|社员)|医学博士|医学硕士|博士|硕士"
    r"|(?:19|20)\d\d年(?:\d{1,2}月)?(?:出生|生)"
)


def profile_people(sentence: str, tokens: Tokens, lexicon: Lexicon, context: ArticleContext) -> list[PersonMention]:
    """An expert's profile: ``某某，主任医师，教授，博士生导师，现任某医院某科主任``.

    A title may head it as a label (``学科带头人：某某，…``); sex, birth, party and degree
    are passed over; after the current post, further ``ORG+TITLE`` parts are posts too.
    """
    base = 0
    label = _LABEL.match(sentence)
    if label is not None and label.group(1) in lexicon.titles:
        base = label.end()
    parts = sentence[base:].rstrip("。；").split("，")
    if len(parts) < 2 or not 2 <= len(parts[0]) <= 4:
        return []
    name = parts[0]
    surname = surname_length(name, lexicon)
    if not surname or len(name) - surname not in (1, 2) or not valid_name(name, lexicon):
        return []
    bare: list[str] = [label.group(1)] if base and label is not None else []
    posts: list[tuple[str, OrgMention | None]] = []
    offset = base + len(name) + 1
    regex = lexicon.title_pattern
    for part in parts[1:]:
        if _PROFILE_FACT.fullmatch(part):
            offset += len(part) + 1  # 某某，女，1975年出生，主任医师，医学博士…: sex, birth, party, degree
            continue
        if part in lexicon.titles:
            bare.append(part)
        elif part.startswith(_CURRENT) or posts:
            body = part[2:] if part[:2] in _CURRENT else part[1:] if part[:1] in _CURRENT else part
            title = None
            for match in regex.finditer(body):
                if match.end() == len(body):
                    title = match
            if title is None:
                break
            at = offset + (len(part) - len(body)) + title.start()
            org = org_before(sentence, at, tokens, lexicon, context.home)
            if org is None and body is part:
                break  # after the current post, only a post with its organization
            posts.append((title.group(0), org))
        else:
            break
        offset += len(part) + 1
    if not bare and not posts:
        return []
    written = next((org for _t, org in posts if org is not None), None)
    end = base + len(name)
    out = [PersonMention(name, title, written, base, end, inherited=written is not None) for title in bare]
    out += [PersonMention(name, title, org, base, end) for title, org in posts]
    return out


_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]")
