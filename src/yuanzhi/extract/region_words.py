"""A province printed as a region before a city or county whose body follows is no part of the body.

``某省|某市消防救援支队`` → ``某市消防救援支队``, ``某省|某县人民医院`` → ``某县人民医院``,
``内蒙古|某市体育局`` → ``某市体育局``: a body of a city, county or banner is named from its own place
(no gold org of any round begins with a province followed by a city or county; HELDOUT23 convention 4).
A body of the province itself keeps it (``某省人民医院``, ``某省医学会``), and so does a place printed
alone (``某省某市``: a place post's body is read elsewhere). A municipality (``某市|某区教育委员会``)
is no region word: its districts and counties are its own, and the name keeps it.
The region words printed without 省 or 自治区 are data (lexicon/region_words.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..lexicon_file import lexicon_entries
from .lexicon_loader import LEXICON_DIR, Lexicon
from .org_conventions import foreign_body

_FILE = "region_words.txt"
_PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}?[市县旗盟州]")  # the city, county or banner the body is of
_MIN_BODY = 2  # characters of a body after its place


@lru_cache(maxsize=4)
def region_words(directory: str = "") -> tuple[str, ...]:
    """The words of lexicon/region_words.txt, longest first."""
    path = Path(directory or LEXICON_DIR) / _FILE
    words = [entry for _, entry in lexicon_entries(path)] if path.exists() else []
    return tuple(sorted(words, key=len, reverse=True))


def without_region(text: str, lexicon: Lexicon) -> str:
    """``text`` (a body's name as printed) without a province printed before the city or county
    the body is of; else ``text``."""
    found = _PROVINCE.match(text)
    region = found.group(0) if found else next((w for w in region_words(lexicon.directory) if text.startswith(w)), "")
    if not region:
        return text
    rest = text[len(region) :]
    if rest.startswith("自治区"):
        rest = rest[3:]  # 内蒙古自治区|某市…
    place = _PLACE.match(rest)
    if place is None or len(rest) - place.end() < _MIN_BODY:
        return text  # 某省人民医院: the province's own body; 某省某市: a place alone
    return rest


def printed_body(text: str, lexicon: Lexicon) -> tuple[str, int]:
    """A body's name as printed without the country (GOLD_SPEC §4.9) or province printed before it,
    and how many characters of the province were dropped (the span read still begins with them)."""
    text = foreign_body(text, lexicon)
    body = without_region(text, lexicon)
    return body, len(text) - len(body)
