"""Invented hospital news text: sentences, headlines, bylines, captions, tables.

A ``TextGen`` belongs to one issue: it fills the templates of templates.txt with
words of vocab.txt (leaning on the current article's topic) and never hands out
two sentences (or headings) with the same content characters.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from yuanzhi.layout.normalize import content_chars, normalize_text

from .vocab import Vocab, load_vocab

_SLOT = re.compile(r"\{([a-z_0-9]+)\}")
_SENTENCE_END = re.compile(r"(?<=[。！？])")
CN_DIGITS = "一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"
TABLE_HEADERS = (("科室", "人次", "同比"), ("项目", "完成数", "目标数"), ("月份", "例数", "满意度"))


@dataclass
class Topic:
    """What one article is about: slots filled from here most of the time."""

    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Byline:
    printed: str  # as drawn, e.g. （护理部 张三 李四）
    truth: dict[str, Any]  # contract byline with roles


@dataclass(frozen=True)
class Table:
    title: str
    rows: tuple[tuple[str, ...], ...]  # first row is the header

    def truth_rows(self) -> list[str]:
        return [self.title] + [" ".join(row) for row in self.rows]


class TextGen:
    def __init__(self, rng: random.Random, vocab: Vocab | None = None):
        self.rng = rng
        self.vocab = vocab or load_vocab()
        full, short, paper = rng.choice(self.vocab["hospitals"]).split("|")
        self.hospital, self.short, self.paper = full, short, paper
        self.used: set[str] = set()
        self._sidebar_titles = list(self.vocab["sidebar_titles"])
        rng.shuffle(self._sidebar_titles)
        self._subheads = list(self.vocab["subheads"])
        rng.shuffle(self._subheads)

    # ------------------------------------------------------------ words

    def pick(self, section: str) -> str:
        return self.rng.choice(self.vocab[section])

    def person(self) -> str:
        given = "".join(self.rng.choice(self.vocab["given"]) for _ in range(self.rng.choice((1, 2, 2))))
        return self.rng.choice(self.vocab["surnames"]) + given

    def date(self) -> str:
        return f"{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def topic(self) -> Topic:
        depts = self.rng.sample(self.vocab["departments"], 2)
        return Topic({
            "dept": depts[0], "dept2": depts[1], "person": self.person(), "person2": self.person(),
            "staff": self.pick("staff_titles"), "place": self.pick("places"), "event": self.pick("events"),
            "disease": self.pick("diseases"), "proc": self.pick("procedures"), "date": self.date(),
        })

    def slot(self, name: str, topic: Topic | None) -> str:
        if topic is not None and name in topic.values and self.rng.random() < 0.65:
            return topic.values[name]
        rng = self.rng
        simple = {
            "dept": "departments", "dept2": "departments", "staff": "staff_titles", "leader": "leader_titles",
            "place": "places", "proc": "procedures", "disease": "diseases", "event": "events",
            "achieve": "achievements", "equip": "equipment", "org": "orgs", "tip": "tips",
            "tip_plain": "tips", "quote": "quote_heads", "subhead_plain": "subheads",
        }
        if name in simple:
            return self.pick(simple[name])
        if name in ("person", "person2"):
            return self.person()
        if name == "date":
            return self.date()
        if name == "hospital":
            return self.hospital if rng.random() < 0.5 else "我院"
        if name == "short":
            return self.short if rng.random() < 0.4 else "我院"
        if name == "kicker_plain":
            return self.pick("kickers").replace(" ", "")
        if name == "n":
            return str(rng.randint(2, 60))
        if name == "big":
            return str(rng.choice((rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(120, 3000))))
        if name == "pct":
            return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
        if name == "age":
            return str(rng.randint(3, 96))
        if name == "year":
            return str(rng.randint(2018, 2025))
        if name == "cn_small":
            return CN_DIGITS[rng.randint(0, 8)]
        if name == "cn_weekday":
            return WEEKDAYS[rng.randint(0, 4)]
        raise KeyError(name)

    def fill(self, template: str, topic: Topic | None) -> str:
        values: dict[str, str] = {}

        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            value = self.slot(name, topic)
            if name == "dept2":
                while value == values.get("dept"):
                    value = self.pick("departments")
            values.setdefault(name, value)
            return value

        return _SLOT.sub(one, template)

    def unique(self, section: str, topic: Topic | None, lo: int = 1, hi: int = 999) -> str:
        for _ in range(200):
            text = self.fill(self.rng.choice(self.vocab[section]), topic)
            keys = [content_chars(text)] + [content_chars(s) for s in _SENTENCE_END.split(text)]
            keys = [k for k in keys if k]
            if not any(k in self.used for k in keys) and lo <= len(normalize_text(text).replace(" ", "")) <= hi:
                self.used.update(keys)
                return text
        raise RuntimeError(f"no fresh {section} text between {lo} and {hi} characters")

    # ------------------------------------------------------------ article parts

    def sentence(self, topic: Topic | None) -> str:
        return self.unique("sentences", topic)

    def paragraph(self, topic: Topic | None, sentences: int | None = None) -> list[str]:
        count = sentences or self.rng.choice((1, 2, 2, 3, 3, 4, 5))
        return [self.sentence(topic) for _ in range(count)]

    def headline(self, topic: Topic | None, max_chars: int) -> str:
        return self.unique("headlines", topic, 6, max(6, min(24, max_chars)))

    def kicker(self) -> str:
        for _ in range(50):
            text = self.pick("kickers")
            if content_chars(text) not in self.used:
                self.used.add(content_chars(text))
                return text
        raise RuntimeError("kickers exhausted")

    def subtitle(self, topic: Topic | None, max_chars: int) -> str | None:
        try:
            return self.unique("subtitles", topic, 6, max_chars)
        except RuntimeError:
            return None

    def editor_note(self, topic: Topic | None) -> str:
        return self.unique("notes", topic)

    def caption(self, topic: Topic | None) -> str:
        return self.unique("captions", topic)

    def sidebar_title(self) -> str:
        if self._sidebar_titles:
            title = self._sidebar_titles.pop()
        else:
            title = self.pick("sidebar_titles") + CN_DIGITS[self.rng.randint(0, 9)]
        self.used.add(content_chars(title))
        return title

    def sidebar_sentence(self, topic: Topic | None) -> str:
        return self.unique("sidebar_sentences", topic)

    def subheading(self, number: int) -> str:
        base = self._subheads.pop() if self._subheads else self.pick("subheads") + self.pick("subheads")
        style = self.rng.choice(("{cn}、{t}", "（{cn}）{t}", "{t}", "{t}"))
        text = style.format(cn=CN_DIGITS[min(number, 9)], t=base)
        if content_chars(text) in self.used:
            text = f"{CN_DIGITS[min(number, 9)]}、{base}{self.pick('subheads')}"
        self.used.add(content_chars(text))
        return text

    def byline(self, topic: Topic | None, where: str) -> Byline:
        """A byline printed under the headline (``where='head'``) or closing the article."""
        rng = self.rng
        dept = topic.values["dept"] if topic and rng.random() < 0.6 else self.pick("departments")
        names = [self.person() for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        spaced = [self._letter_spaced(n) for n in names]
        form = rng.randint(0, 4)
        if where == "end":
            if form <= 2:
                return Byline(f"（{dept} {' '.join(spaced)}）", _by(dept, names))
            if form == 3:
                return Byline(f"（通讯员 {' '.join(spaced)}）", _by(None, names, ["通讯员"]))
            return Byline(f"{dept} {' '.join(spaced)}", _by(dept, names))
        if form == 0:
            return Byline(f"文/图 {' '.join(spaced)}", _by(None, names, ["文/图"]))
        if form == 1 and len(names) >= 2:
            return Byline(f"通讯员 {spaced[0]} 记者 {' '.join(spaced[1:])}", _by(None, names, ["通讯员", "记者"]))
        if form == 2:
            return Byline(f"□ 本报记者 {' '.join(spaced)}", _by(None, names, ["本报记者"]))
        if form == 3:
            return Byline(f"{dept} {' '.join(spaced)}", _by(dept, names))
        return Byline(f"文/{' '.join(spaced)}", _by(None, names, ["文"]))

    def _letter_spaced(self, name: str) -> str:
        if len(name) == 2 and self.rng.random() < 0.3:
            return name[0] + "\u3000" + name[1]
        return name

    def table(self, topic: Topic | None) -> Table | None:
        rng = self.rng
        title = self.unique("captions", topic) if rng.random() < 0.2 else (
            f"表{rng.randint(1, 3)} {self.slot('year', None)}年{rng.choice(('上半年', '一季度', '全年'))}"
            f"{self.slot('event', topic)}{rng.choice(('开展情况', '统计', '完成情况'))}")
        if content_chars(title) in self.used:
            title += str(rng.randint(10, 99))
        self.used.add(content_chars(title))
        kinds = [k for k in range(3) if content_chars(" ".join(TABLE_HEADERS[k])) not in self.used]
        if not kinds:
            return None
        kind = rng.choice(kinds)
        header = TABLE_HEADERS[kind]
        self.used.add(content_chars(" ".join(header)))
        rows: list[tuple[str, ...]] = [header]
        depts = rng.sample(self.vocab["departments"], 5)
        for i in range(rng.randint(2, 5)):
            first = (depts[i], rng.choice(self.vocab["events"]), f"{i + rng.randint(1, 7)}月")[kind]
            second = str(rng.randint(10, 4000))
            third = (f"{rng.randint(-20, 60)}.{rng.randint(0, 9)}%", str(rng.randint(10, 4000)),
                     f"{rng.randint(85, 99)}.{rng.randint(0, 9)}%")[kind]
            row = (first, second, third)
            while content_chars(" ".join(row)) in self.used:
                row = (row[0], str(rng.randint(10, 9999)), row[2])
            self.used.add(content_chars(" ".join(row)))
            rows.append(row)
        return Table(title, tuple(rows))


def _by(department: str | None, authors: list[str], roles: list[str] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"department": department, "authors": list(authors)}
    if roles:
        data["roles"] = list(roles)
    return data
