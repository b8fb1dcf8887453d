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
from collections.abc import Sequence
from dataclasses import replace

from .lexicon_loader import Lexicon
from .mentions import ArticleContext, PersonMention
from .minority_names import of_known_elements
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
    return _row(sentence, start, end, lexicon, context)


def bracketed_row_people(
    sentence: str, lexicon: Lexicon, context: ArticleContext, printed: Sequence[str] = (),
) -> tuple[list[PersonMention], int]:
    """The people of unnumbered rows run together, each ``NAME UNIT GRADE（SPECIALITY）`` as a result
    list prints them (``甲某 某省人民医院 主任医师（内科学）乙某 某医院 主任护师（护理学）``): a row opens
    the sentence or follows a list heading's ``：`` or the bracket that closed the row before, and ends
    at its own bracket. Read only where two rows or more follow each other; (people, end of the last row).
    ``printed``: the article's sentences before, where the organizations read so far are not at hand."""
    out: list[PersonMention] = []
    rows = 0
    last = 0
    start = 0
    while True:
        bracket = _ROW_BRACKET.search(sentence, start)
        if bracket is None:
            break
        row = _row(sentence, start, bracket.start(), lexicon, context, printed) if _row_shaped(
            sentence[start : bracket.start()], lexicon) else []
        if row:
            out.extend(row)
            rows += 1
            last = bracket.end()
        elif rows:
            break  # the rows have ended
        start = bracket.end()
        if sentence.startswith(_HEADING_END, start):
            start += 1
        else:
            heading = _ROW_HEADING.match(sentence, start)  # 副高级（部分）：
            start = heading.end() if heading is not None and rows else start
    return (out, last) if rows >= 2 else ([], 0)


def _row_shaped(text: str, lexicon: Lexicon) -> bool:
    """A row's text may be ``text``: short, no punctuation in it, a title at its end (read before
    the row is cut into words)."""
    return 0 < len(text) <= _ROW_LONGEST and not _ROW_PUNCTUATION.search(text) and lexicon.title_ending(text) is not None


_ROW_LONGEST = 40  # a name, a unit's full name and a grade
_ROW_PUNCTUATION = re.compile(r"[，,。；;：:、！？“”\s]")
_ROW_BRACKET = re.compile(r"[（(][^（）()，。；]{1,20}[）)]")
_ROW_HEADING = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[（(][^（）()]{1,6}[）)])?[：:]")
_HEADING_END = "："
_ELEMENTS_NAME = 4  # two known elements of two characters: 卓玛+某某


def _row(
    sentence: str, start: int, end: int, lexicon: Lexicon, context: ArticleContext, printed: Sequence[str] = (),
) -> list[PersonMention]:
    """The person of the row ``sentence[start:end]``: the name, then nothing but posts, the first
    written with its organization. A name of four known minority elements (卓玛央金) is read first;
    a Han name of a given name of three characters only when its unit opens with a place printed before."""
    surname = surname_length(sentence[start:], lexicon)
    elements = of_known_elements(sentence[start : start + _ELEMENTS_NAME])
    if not surname and not elements:
        return []
    read: list[tuple[bool, list[PersonMention]]] = []
    sizes: tuple[int, ...] = (_ELEMENTS_NAME,) if elements else ()
    sizes += (surname + 2, surname + 1, surname + 3) if surname else ()  # a given name of two characters is the more common
    for size in sizes:
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
        seen = elements or _place_seen(posts[0][1].text, context, printed)
        if size == surname + 3 and not seen:
            continue
        read.append((seen, out))
    if not read:
        return []
    return next((out for seen, out in read if seen), read[0][1])  # the unit's place the article printed before


def _place_seen(org: str, context: ArticleContext, printed: Sequence[str] = ()) -> bool:
    """The place the organization's name opens with (某县, 某市某区) opens one the article named before
    (or is printed in ``printed``, the sentences before)."""
    place = _PLACE.match(org)
    return place is not None and (
        any(m.name.startswith(place.group(0)) for m in context.seen) or any(place.group(0) in t for t in printed)
    )


_PLACE = re.compile(r"[\u4e00-\u9fff]{1,5}?[省市县区旗州]")


def _shifted(org: OrgMention | None, by: int) -> OrgMention | None:
    return None if org is None else replace(org, start=org.start + by, end=org.end + by)
