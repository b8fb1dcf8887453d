"""A numbered row of a published list: ``1．某某　某县中医院针灸科主任、副主任中医师``.

Notices (公示, 名单, 拟任人选) print one person a row: the item number, the name, then the
person's unit and posts, the fields set apart by spaces (which normalization drops, so the
name runs straight into the unit). The row is read only when the whole rest of it is posts
(``[ORG]TITLE`` items joined by 、), the first written with its organization: a grade
printed after a unit's post (``儿科主任、副主任中医师``) is held in that same unit, a bare
post after an institution's post is the institution's. A trailing note (``（已退休）``)
gives nothing; a list heading run on after the last row (``…中医师二、…``) is cut off.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon_loader import Lexicon
from .mentions import ArticleContext, PersonMention
from .names import surname_length, valid_name
from .orgs import OrgMention
from .profiles import posts_in
from .segment import default_tokenizer
from .segment import tokens as cut

ITEM_NUMBER = re.compile(r"\d{1,2}[．.、](?=[\u4e00-\u9fff])")
_NEXT_HEADING = re.compile(r"[一二三四五六七八九十]{1,2}、")
_TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,8}[）)]$")


def numbered_row_people(sentence: str, lexicon: Lexicon, context: ArticleContext) -> list[PersonMention]:
    """The person of a numbered list row, with each post the row prints (see the module); the rest of
    the row is cut apart from the name, so the sentence's own tokens are not used."""
    number = ITEM_NUMBER.match(sentence)
    if number is None:
        return []
    start = number.end()
    end = len(sentence.rstrip("。；;"))
    heading = _NEXT_HEADING.search(sentence, start, end)
    if heading is not None:
        end = heading.start()
    note = _TRAILING_NOTE.search(sentence, start, end)
    if note is not None:
        end = note.start()
    surname = surname_length(sentence[start:], lexicon)
    if not surname:
        return []
    read: list[tuple[bool, list[PersonMention]]] = []
    for size in (surname + 2, surname + 1):  # a given name of two characters is the more common
        name = sentence[start : start + size]
        if len(name) < size or not valid_name(name, lexicon):
            continue
        rest = sentence[start + size : end]  # read apart: an organization never runs back into the name
        posts = posts_in(rest, 0, len(rest), cut(default_tokenizer(), rest), lexicon, context.home)
        if not posts or posts[0][1] is None or posts[0][1].start != 0:
            continue
        out: list[PersonMention] = []
        held: OrgMention | None = posts[0][1]
        for title, org, _at in posts:
            written = org is not None
            org = _shifted(org, start + size) if written else held  # 儿科主任、副主任中医师: held in that unit
            held = org
            out.append(PersonMention(name, title, org, start, start + size, inherited=not written))
        read.append((_place_seen(posts[0][1].text, context), out))
    if not read:
        return []
    return next((out for seen, out in read if seen), read[0][1])  # the unit's place the article printed before


def _place_seen(org: str, context: ArticleContext) -> bool:
    """The place the organization's name opens with (某县, 某市某区) opens one the article named before."""
    place = _PLACE.match(org)
    return place is not None and any(m.name.startswith(place.group(0)) for m in context.seen)


_PLACE = re.compile(r"[\u4e00-\u9fff]{1,5}?[省市县区旗州]")


def _shifted(org: OrgMention | None, by: int) -> OrgMention | None:
    return None if org is None else replace(org, start=org.start + by, end=org.end + by)
