"""Page furniture found by position: masthead, running heads, dates, 第X版, folios.

Furniture sits at the page edges. In the top band a line that reads as a
date, an issue number or a page label marks the masthead/running head, and
everything above the lowest such line is furniture too (the newspaper's
name sits above its date line). In the bottom band short lines are folios.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Line, Page
from .normalize import normalize_text

TOP_SHARE = 0.13  # masthead/running head zone, share of the page height
BOTTOM_SHARE = 0.05
_NUM = "[0-9０-９一二三四五六七八九十百〇零]"
FURNITURE = re.compile(
    rf"({_NUM}{{2,4}}年{_NUM}{{1,2}}月({_NUM}{{1,3}}日)?"
    rf"|第{_NUM}{{1,4}}[版期]|总第{_NUM}+期|星期[一二三四五六日天]"
    r"|^[—\-–―\s]*[0-9]{1,3}[—\-–―\s]*$)"
)


def furniture_lines(lines: Sequence[Line], page: Page, body: float) -> tuple[list[Line], list[Line]]:
    """(top furniture, bottom furniture) lines of one page, top to bottom."""
    boxes = [ln.box for ln in lines if ln.box]
    if not boxes:
        return [], []
    height = page.height or max(b.y1 for b in boxes)
    top_zone = height * TOP_SHARE
    bottom_zone = height * (1 - BOTTOM_SHARE)
    marks = [
        ln for ln in lines
        if ln.box and ln.box.y1 <= top_zone and (ln.size or body) < 1.25 * body
        and FURNITURE.search(normalize_text(ln.text))
    ]
    top: list[Line] = []
    if marks:
        limit = max(ln.box.y1 for ln in marks if ln.box)
        # a line ending above the mark's foot, or centred above it (a masthead in large type
        # set on the date line's baseline)
        top = [ln for ln in lines if ln.box and min(ln.box.y1 - 0.2 * body, (ln.box.y0 + ln.box.y1) / 2) <= limit]
    bottom = [
        ln for ln in lines
        if ln.box and ln.box.y0 >= bottom_zone and len(normalize_text(ln.text)) <= 16 and ln not in top
    ]
    key = _key
    return sorted(top, key=key), sorted(bottom, key=key)


def _key(line: Line) -> tuple[float, float]:
    assert line.box is not None
    return (line.box.y0, line.box.x0)
