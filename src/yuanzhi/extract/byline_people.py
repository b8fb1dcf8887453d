"""Bylines as facts: a byline printed as a paragraph (（护理部 于歌）) read into department and
author, and the people a byline names with a role that is a title (记者, 通讯员); the page an
article's sentences are printed on."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Article, Evidence, Issue
from .collector import Collector
from .lexicon_loader import Lexicon
from .minority_names import minority_parts, of_known_elements
from .name_model import is_dotted_name
from .orgs import resolve_org
from .sentences import fold_name, to_simplified

_BYLINE = re.compile(r"^[（(]([^（）()]{3,40})[）)]$")


def article_page(article: Article) -> int | None:
    """The page an article's sentences are printed on, when the article has one page."""
    return article.pages[0] if len(article.pages) == 1 else None


def byline_in_paragraph(paragraph: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """``（护理部于歌）`` printed as a paragraph → (department, author)."""
    match = _BYLINE.match(paragraph.strip())
    if not match:
        return None
    inner = match.group(1).replace(" ", "")
    for size in (3, 2, 4):
        name, unit = inner[-size:], inner[:-size]
        surname = 2 if name[:2] in lexicon.compound_surnames else 1
        if name[:surname] in lexicon.surnames and len(name) - surname in (1, 2) and lexicon.org_kind(unit):
            return unit, name
    return None


def add_byline_people(
    department: str | None, authors: Iterable[str], article: Article, issue: Issue, home: str | None,
    lexicon: Lexicon, out: Collector, roles: tuple[str, ...] = (),
) -> None:
    """Byline authors are people of their department only when the byline prints a role that is
    a title (记者, 通讯员); a bare name in a byline states no position, and none is invented
    (文/图/摄影 are not positions either). The department is recorded all the same."""
    org = resolve_org(to_simplified(department), lexicon, home) if department else None
    out.add_org(org)
    names = _padded_names(list(authors), lexicon)
    quote = f"（{department or ''} {' '.join(names)}）"
    titles = [r for r in roles if r in lexicon.titles]
    if not titles:
        return
    for index, author in enumerate(names):
        name = fold_name(author).replace(" ", "")
        title = titles[index] if len(titles) == len(names) else titles[0]
        if 2 <= len(name) <= 4 or is_dotted_name(name) or of_known_elements(name):  # 艾力·买买提, 萨仁高娃其其格: whole
            out.add_position(name, title, org.name if org else None,
                             Evidence(issue.source, article.id, quote, page=article_page(article)), issue.date)


def _padded_names(authors: list[str], lexicon: Lexicon) -> list[str]:
    """曲比 明, 欧阳 明: a surname of two characters (a Yi clan name, a compound surname) and a given
    name of one, printed with a space to fill the width of four, are one name."""
    out: list[str] = []
    for author in authors:
        if out and len(author) == 1 and (out[-1] in minority_parts().yi_clans or out[-1] in lexicon.compound_surnames):
            out[-1] += author
        else:
            out.append(author)
    return out
