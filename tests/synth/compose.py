"""Compose fictional hospital-news articles from the corpus (tests/synth/corpus/).

A ``Composer`` belongs to one issue: it fixes the hospital and its leaders, and
remembers every sentence it wrote so that no sentence repeats inside the issue
(the metrics locate truth sentences in the parser's output, so they must be
unique). Templates use ``{SLOT}`` fillers; see corpus/templates.json.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from yuanzhi.layout.normalize import content_chars

from .flatten import Para, SidebarSpec
from .metrics import split_sentences

CORPUS_DIR = Path(__file__).with_name("corpus")
_SLOT = re.compile(r"\{([A-Za-z_0-9]+)\}")
KINDS = (
    "meeting",
    "signing",
    "honor",
    "training",
    "outreach",
    "patient",
    "technique",
    "science",
    "appointment",
    "visit",
    "party",
)


def sentence_keys(text: str) -> list[str]:
    return [content_chars(s) for s in split_sentences(text)]


@dataclass(frozen=True)
class Corpus:
    entities: dict[str, Any]
    medical: dict[str, Any]
    templates: dict[str, Any]
    handwritten: tuple[dict[str, Any], ...]


@lru_cache(maxsize=1)
def load_corpus(directory: str = str(CORPUS_DIR)) -> Corpus:
    def read(name: str) -> Any:
        return json.loads((Path(directory) / name).read_text(encoding="utf-8"))

    return Corpus(
        entities=read("entities.json"),
        medical=read("medical.json"),
        templates=read("templates.json"),
        handwritten=tuple(read("handwritten.json")["articles"]),
    )


@dataclass(frozen=True)
class Content:
    """An article's words, before any layout decision."""

    title: str | None
    paragraphs: tuple[Para, ...]
    kicker: str | None = None
    subtitle: str | None = None
    editor_note: str | None = None
    sidebars: tuple[SidebarSpec, ...] = ()
    byline: tuple[tuple[str | None, tuple[str, ...]], ...] = ()


class Composer:
    def __init__(self, corpus: Corpus, rng: random.Random):
        self.corpus = corpus
        self.rng = rng
        ent = corpus.entities
        self.hospital = rng.choice(ent["hospitals"])
        self.group = rng.choice(ent["groups"])
        self.names: set[str] = set()
        self.sentences: set[str] = set()
        self.used_templates: set[str] = set()
        self.used_topics: set[str] = set()
        self.boss = self.person()
        self.boss_title = rng.choice(["党委书记、院长", "院长", "党委书记、院长", "党委书记"])
        self.vps = [self.person() for _ in range(3)]

    # ------------------------------------------------------------ small fillers

    def person(self) -> str:
        ent = self.corpus.entities
        for _ in range(50):
            surname = self.rng.choice(ent["surnames"])
            size = 1 if len(surname) == 2 else self.rng.choice((1, 2, 2))
            name = surname + "".join(self.rng.choice(ent["given"]) for _ in range(size))
            if name not in self.names:
                self.names.add(name)
                return name
        raise RuntimeError("ran out of names")

    def patient(self) -> tuple[str, str, int]:
        """(first mention, later mentions, age): 小林（化名）/小林, 老周, 李阿姨, 赵爷爷."""
        ent = self.corpus.entities
        surname = self.rng.choice([s for s in ent["surnames"] if len(s) == 1])
        shape = self.rng.choice(("small", "old", "auntie", "grandpa", "grandma", "uncle"))
        if shape == "small":
            short = "小" + self.rng.choice([s for s in ent["surnames"] if len(s) == 1])
            return short + "（化名）", short, self.rng.randint(6, 45)
        short = {
            "old": "老" + surname,
            "auntie": surname + "阿姨",
            "grandpa": surname + "爷爷",
            "grandma": surname + "奶奶",
            "uncle": surname + "大爷",
        }[shape]
        return short, short, self.rng.randint(56, 94)

    def date(self, month: int) -> str:
        return f"{month}月{self.rng.randint(1, 28)}日"

    # ------------------------------------------------------------ templates

    def fill(self, template: str, ctx: dict[str, Any]) -> str:
        def slot(match: re.Match[str]) -> str:
            return self._slot(match.group(1), ctx)

        return _SLOT.sub(slot, template)

    def _slot(self, name: str, ctx: dict[str, Any]) -> str:
        rng = self.rng
        if name == "h":
            return rng.choices(["我院", "医院", self.hospital["name"]], [0.45, 0.25, 0.3])[0]
        if name == "PAT":
            if not ctx.get("_pat_seen"):
                ctx["_pat_seen"] = True
                return ctx["PAT_FIRST"]
            return ctx["PAT_SHORT"]
        if name in ctx:
            return str(ctx[name])
        if name == "N":
            return str(rng.randint(2, 12))
        if name == "NN":
            return str(rng.randint(12, 98))
        if name == "NNN":
            return str(rng.randint(120, 4800))
        if name in ("PCT", "PCT2"):
            return f"{rng.uniform(3, 98):.1f}%"
        if name in ("GROWTH", "GROWTH2"):
            return f"{rng.uniform(1.5, 35):.1f}%"
        if name == "SAT":
            return f"{rng.uniform(90, 99.8):.1f}%"
        if name == "AGE":
            return str(rng.randint(20, 90))
        if name == "WEEKDAY":
            return rng.choice("一二三四五")
        raise KeyError(f"unknown template slot {{{name}}}")

    def sentence(
        self, pool: list[str], ctx: dict[str, Any], tag: str, tries: int = 6
    ) -> str | None:
        """A new sentence from ``pool`` (templates not yet used in this issue first)."""
        in_article = ctx.setdefault("_used", set())
        pool = [t for t in pool if t not in in_article]
        fresh = [t for t in pool if f"{tag}:{t}" not in self.used_templates]
        for attempt in range(tries):
            source = fresh if fresh and attempt < tries - 2 else pool
            if not source:
                return None
            template = self.rng.choice(source)
            text = self.fill(template, dict(ctx, _pat_seen=ctx.get("_pat_seen")))
            keys = sentence_keys(text)
            if keys and not any(k in self.sentences for k in keys):
                self.used_templates.add(f"{tag}:{template}")
                in_article.add(template)
                self.sentences.update(keys)
                # remember the patient's first mention only once it is printed
                if "{PAT}" in template:
                    ctx["_pat_seen"] = True
                return text
        return None

    # ------------------------------------------------------------ articles

    def context(self, kind: str, month: int) -> dict[str, Any]:
        ent, med, fill = self.corpus.entities, self.corpus.medical, self.corpus.templates["fillers"]
        rng = self.rng
        disease = rng.choice(med["diseases"])
        technique = rng.choice(med["techniques"])
        if kind == "technique":
            treatable = {d["dept"] for d in med["diseases"]}
            technique = rng.choice([t for t in med["techniques"] if t["dept"] in treatable])
            matching = [d for d in med["diseases"] if d["dept"] == technique["dept"]]
            disease = rng.choice(matching) if matching else disease
        dept = (
            disease["dept"]
            if kind == "patient"
            else technique["dept"]
            if kind == "technique"
            else rng.choice(ent["clinical_departments"])
        )
        first, short, age = self.patient()
        d1, d2 = sorted(rng.sample(range(1, 28), 2))
        topics = [s for s in med["science"] if s["topic"] not in self.used_topics] or med["science"]
        topic = rng.choice(topics)
        if kind == "science":
            dept = topic["dept"]
        others = rng.sample([d for d in ent["clinical_departments"] if d != dept], 2)
        return {
            "D2": others[0],
            "D3": others[1],
            "H": self.hospital["name"],
            "CITY": self.hospital["city"],
            "D": dept,
            "F": rng.choice(ent["functional_departments"]),
            "P": self.person(),
            "P2": self.person(),
            "P3": self.person(),
            "PT": rng.choice(ent["staff_titles"]),
            "BOSS": self.boss,
            "BOSS_T": self.boss_title,
            "VP": self.vps[0],
            "VP2": self.vps[1],
            "ORG": rng.choice(ent["partners"]),
            "GROUP": self.group,
            "GOV": rng.choice(ent["governments"]),
            "TOWN": rng.choice(ent["towns"]),
            "PLACE": rng.choice(ent["places"]),
            "COMPANY": rng.choice(ent["companies"]),
            "DIS": disease["name"],
            "TECH": technique["name"],
            "PAT_FIRST": first,
            "PAT_SHORT": short,
            "PATAGE": age,
            "EVENT": rng.choice(fill["events"]),
            "HONOR": rng.choice(fill["honors"]),
            "MEETING": rng.choice(fill["meetings"]),
            "TRAINING": rng.choice(fill["trainings"]),
            "COMPETITION": rng.choice(fill["competitions"]),
            "TOPIC": topic["topic"],
            "_topic": topic,
            "DATE": self.date(month),
            "DATE_RANGE": f"{month}月{d1}日至{month}月{d2}日"
            if rng.random() < 0.6
            else f"{month}月{d1}日至{d2}日",
            "MONTH": f"{month}月",
            "_pat_seen": False,
        }

    def article(self, kind: str, month: int, knobs: dict[str, float]) -> Content:
        rng = self.rng
        spec = self.corpus.templates["kinds"][kind]
        general = self.corpus.templates["general"]
        ctx = self.context(kind, month)
        title = self._unique_line(spec["titles"], ctx, "title")
        kicker = (
            self._unique_line(spec["kickers"], ctx, "kicker")
            if rng.random() < knobs["kicker"]
            else None
        )
        subtitle = (
            self._unique_line(spec["subtitles"], ctx, "subtitle")
            if rng.random() < knobs["subtitle"]
            else None
        )
        note = None
        if rng.random() < knobs["editor_note"]:
            note = self.sentence(self.corpus.templates["editor_notes"], ctx, "note")
        lead = self.sentence(spec["leads"], ctx, f"{kind}:lead")
        for _ in range(100):  # every lead was used with this date: move the date
            if lead is not None:
                break
            ctx["DATE"] = self.date(month)
            ctx["P2"] = self.person()
            lead = self.sentence(spec["leads"], ctx, f"{kind}:lead")
        if lead is None:
            raise RuntimeError(f"no unused lead sentence left for a {kind} article")
        body: list[str] = []
        for _ in range(rng.randint(5, 20)):
            pool = spec["body"] if rng.random() < 0.8 else general
            text = self.sentence(pool, ctx, f"{kind}:body" if pool is spec["body"] else "general")
            if text:
                body.append(text)
        paragraphs: list[Para] = []
        first = [lead] + ([body.pop(0)] if body and rng.random() < 0.5 else [])
        paragraphs.append(Para("".join(first)))
        want_subheads = (
            kind in ("patient", "technique", "science", "training")
            and rng.random() < knobs["subheadings"] * 2
            or rng.random() < knobs["subheadings"] / 2
        )
        subheads = list(spec["subheadings"])
        rng.shuffle(subheads)
        while body:
            if want_subheads and subheads and rng.random() < 0.45:
                sub = subheads.pop()
                if rng.random() < 0.2:
                    sub += "！"
                if content_chars(sub) not in self.sentences:
                    self.sentences.add(content_chars(sub))
                    paragraphs.append(Para(sub, subheading=True))
            take = min(len(body), rng.choice((1, 1, 2, 2, 3, 4)))
            paragraphs.append(Para("".join(body[:take])))
            del body[:take]
        if rng.random() < 0.4:
            quote = self.sentence(spec["quotes"], ctx, f"{kind}:quote")
            if quote:
                paragraphs.append(Para(quote))
        closing = self.sentence(spec["closings"], ctx, f"{kind}:closing")
        if closing:
            paragraphs.append(Para(closing))
        if paragraphs[-1].subheading:
            paragraphs.pop()
        sidebars = self._sidebars(kind, ctx, knobs)
        return Content(
            title=title,
            kicker=kicker,
            subtitle=subtitle,
            editor_note=note,
            paragraphs=tuple(paragraphs),
            sidebars=sidebars,
            byline=self._byline(spec["byline"], ctx, knobs),
        )

    def _unique_line(self, pool: list[str], ctx: dict[str, Any], tag: str) -> str | None:
        text = self.sentence(pool, ctx, tag)
        if text and tag == "title" and "！" in text[:-1] and self.rng.random() < 0.5:
            # 主题 after an exclamation, set apart by a space: “开课啦！ 微课堂正式开课”
            text = text.replace("！", "！ ", 1)
        return text

    def _sidebars(
        self, kind: str, ctx: dict[str, Any], knobs: dict[str, float]
    ) -> tuple[SidebarSpec, ...]:
        # health tips go with health stories; a meeting report gets none
        weight = {"science": 4.0, "patient": 2.0, "technique": 1.5, "outreach": 1.5, "honor": 0.5}
        if self.rng.random() >= knobs["sidebar"] * weight.get(kind, 0.0):
            return ()
        topic = ctx["_topic"]
        related = [
            t
            for t in self.corpus.medical["science"]
            if t["dept"] == ctx["D"] and t["topic"] not in self.used_topics
        ]
        if kind != "science" and related:
            topic = self.rng.choice(related)
        if topic["topic"] in self.used_topics:
            return ()
        self.used_topics.add(topic["topic"])
        tips = [t for t in topic["tips"] if content_chars(t) not in self.sentences]
        tips = self.rng.sample(tips, min(len(tips), self.rng.randint(2, 4)))
        if not tips:
            return ()
        self.sentences.update(content_chars(t) for t in tips)
        titles = [
            t
            for t in self.corpus.medical["sidebar_titles"]
            if content_chars(t) not in self.sentences
        ]
        if not titles:
            return ()
        title = self.rng.choice(titles)
        self.sentences.add(content_chars(title))
        return (SidebarSpec(title, tuple(tips)),)

    def _byline(
        self, source: str, ctx: dict[str, Any], knobs: dict[str, float]
    ) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
        rng = self.rng
        if rng.random() < knobs["no_byline"]:
            return ()
        dept = ctx["F"] if source == "functional" else ctx["D"]
        authors = [self.person() for _ in range(rng.choice((1, 1, 1, 2)))]
        entries: list[tuple[str | None, tuple[str, ...]]] = [(dept, tuple(authors))]
        if rng.random() < knobs["two_departments"]:
            other = ctx["D"] if source == "functional" else ctx["F"]
            entries.append((other, (self.person(),)))
        return tuple(entries)

    def handwritten(self) -> Content | None:
        pool = [
            a
            for a in self.corpus.handwritten
            if not any(
                k in self.sentences for p in a["paragraphs"] for k in sentence_keys(p["text"])
            )
        ]
        if not pool:
            return None
        article = self.rng.choice(pool)
        paragraphs = tuple(Para(p["text"], bool(p.get("sub"))) for p in article["paragraphs"])
        for p in paragraphs:
            self.sentences.update(sentence_keys(p.text))
        return Content(
            title=article["title"],
            kicker=article.get("kicker"),
            subtitle=article.get("subtitle"),
            paragraphs=paragraphs,
            byline=tuple((d, tuple(a)) for d, a in article.get("byline", [])),
        )
