"""What the people finder reports, and what it remembers within an article."""

from __future__ import annotations

from dataclasses import dataclass, field

from .orgs import OrgMention


@dataclass(frozen=True)
class PersonMention:
    name: str
    title: str
    org: OrgMention | None
    start: int  # offsets of the name in the sentence
    end: int
    short: bool = False  # written as surname + title and resolved within the article
    inherited: bool = False  # org not written with this title: carried from a neighbour


@dataclass
class ArticleContext:
    """What earlier sentences of the same article said (for short references)."""

    home: str | None
    group: str | None = None  # what a bare 集团 refers to
    full_names: list[str] = field(default_factory=list)
    titles: dict[str, set[str]] = field(default_factory=dict)
    subject: str | None = None  # the person a profile is about (现任… in the next sentence is theirs)
    told: str | None = None  # the person whose life the article last told (某某同志1942年出生…): careers.py
    declared: dict[str, str] = field(default_factory=dict)  # a short name the article declares -> the full name
    seen: list[OrgMention] = field(default_factory=list)  # organizations of the article's earlier sentences
    here: list[OrgMention] = field(default_factory=list)  # organizations of the sentence being read
    called_this: str | None = None  # the hospital last called 该院 before a title (referred_bodies.py)
    led_units: dict[str, str] = field(default_factory=dict)  # 副局长某带领纳税服务科…: unit -> that body (referred_bodies.py)
