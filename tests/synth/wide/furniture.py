"""Page furniture: the masthead of page 1, running heads and page labels, page feet."""

from __future__ import annotations

import random
from dataclasses import dataclass

from yuanzhi.layout.normalize import normalize_text

from .head import baseline_in
from .model import PageDraw, ShapeOp, Style
from .typeset import set_line

LABELS = ("要闻", "综合新闻", "医疗动态", "护理园地", "党建之窗", "健康科普", "文化长廊", "学科建设", "院务公开")
WEEK = "一二三四五六日"
RED = (0.75, 0.05, 0.05)


@dataclass(frozen=True)
class IssueMeta:
    paper: str
    hospital: str
    year: int
    month: int
    day: int
    number: int
    total: int

    @property
    def date_text(self) -> str:
        import datetime

        weekday = WEEK[datetime.date(self.year, self.month, self.day).weekday()]
        return f"{self.year}年{self.month}月{self.day}日 星期{weekday}"

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _put(page: PageDraw, text: str, style: Style, size: float, x0: float, x1: float, y: float, align: str,
         furniture: list[str], color: tuple[float, float, float] = (0, 0, 0), face: str = "body") -> float:
    fonts = style.head if face == "head" else style.body
    line = set_line(text, fonts, size)
    if line.extent > x1 - x0:
        return y
    page.text(line.aligned(x1 - x0, align), x0, baseline_in(y, size * 1.4, size), "furniture", None, 0, color)
    furniture.append(normalize_text(text))
    return y + size * 1.4


def masthead(page: PageDraw, meta: IssueMeta, style: Style, x0: float, x1: float, y: float,
             rng: random.Random, furniture: list[str]) -> float:
    """Draw page 1's masthead from ``y``; return the y below it."""
    wide = x1 - x0
    name_size = min(rng.uniform(34, 66), wide / (len(meta.paper) + 1))
    info = [meta.date_text, f"第{meta.number}期 总第{meta.total}期", f"{meta.hospital}主办"]
    if rng.random() < 0.5:
        info.append("内部资料 免费交流")
    small = max(style.body_pt, 9.0)
    color = RED if rng.random() < 0.6 else (0.0, 0.0, 0.0)
    if rng.random() < 0.5:  # name centred, one info line under it
        _put(page, meta.paper, style, name_size, x0, x1, y, "center", furniture, color, "head")
        y += name_size * 1.4
        third = wide / 3
        for i, text in enumerate(info[:3]):
            _put(page, text, style, small, x0 + i * third, x0 + (i + 1) * third, y, ("left", "center", "right")[i],
                 furniture)
        y += small * 1.4
        if len(info) > 3:
            y = _put(page, info[3], style, small, x0, x1, y, "center", furniture)
    else:  # name at the left, an info block at the right
        split = x0 + wide * 0.62
        _put(page, meta.paper, style, min(name_size, (split - x0) / (len(meta.paper) + 1)), x0, split, y,
             "left", furniture, color, "head")
        yy = y
        for text in info:
            yy = _put(page, text, style, small, split, x1, yy, "right", furniture)
        y = max(y + name_size * 1.4, yy)
    y += small * 0.5
    page.shapes.append(ShapeOp("line", (x0, y, x1, y), color, rng.choice((1.5, 2.5, 3.5))))
    return y + small * 1.2


def running_head(page: PageDraw, meta: IssueMeta, style: Style, x0: float, x1: float, y: float,
                 rng: random.Random, furniture: list[str]) -> float:
    size = max(style.body_pt * 0.9, 8.0)
    label = rng.choice(LABELS)
    left = f"第{page.number}版" + (f" {label}" if rng.random() < 0.5 else "")
    right = meta.paper + " " + meta.date_text.split(" ")[0]
    if page.number % 2 == 0 or rng.random() < 0.3:
        left, right = right, left
    wide = x1 - x0
    _put(page, left, style, size, x0, x0 + wide / 3, y, "left", furniture)
    _put(page, right, style, size, x1 - wide / 3, x1, y, "right", furniture)
    if f" {label}" not in left + right and rng.random() < 0.6:
        big = size * 1.5
        _put(page, label, style, big, x0 + wide / 3, x1 - wide / 3, y - size * 0.25, "center", furniture, RED, "head")
        y += big * 1.4 - size * 0.25
    else:
        y += size * 1.4
    y += size * 0.3
    page.shapes.append(ShapeOp("line", (x0, y, x1, y), width=rng.choice((0.6, 1.0, 2.0))))
    return y + size


def page_foot(page: PageDraw, style: Style, x0: float, x1: float, y1: float, rng: random.Random,
              furniture: list[str], people: list[str]) -> float:
    """Draw a foot line (editors or a page number) ending at ``y1``; return the y above it."""
    size = max(style.body_pt * 0.85, 7.5)
    kind = rng.randint(0, 2)
    if kind == 0:
        return y1
    y = y1 - size * 1.4
    if kind == 1:
        _put(page, f"责任编辑：{people[0]}　美术编辑：{people[1]}", style, size, x0, x1, y, "left", furniture)
    else:
        _put(page, f"- {page.number} -" if rng.random() < 0.5 else str(page.number), style, size, x0, x1, y,
             "center", furniture)
    page.shapes.append(ShapeOp("line", (x0, y - size * 0.3, x1, y - size * 0.3), width=0.5))
    return y - size
