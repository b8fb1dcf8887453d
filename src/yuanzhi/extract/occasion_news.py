"""What an occasion's own name says its news is (lexicon/event_news.tsv, loaded once; a bad line
raises LexiconError naming the file and line):

    某专科联盟（以下简称“某联盟”）成立大会   ─▶ signing (a body of partners founded)
    某学会某分会成立大会                      ─▶ appointment (a body founded by electing its officers)
    某集团第一届理事会第三次会议              ─▶ a regular session: posts read at it do not make it an appointment
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from ..lexicon_file import lexicon_entries

# signing > appointment > award > competition > surgery > training > outreach > visit > meeting > other
FIRST_THAT_FITS = (
    "signing", "appointment", "award", "competition", "surgery", "training", "outreach", "visit", "meeting", "other",
)
def first_that_fits(types: set[str] | list[str] | tuple[str, ...]) -> str:
    """The type listed first in ``FIRST_THAT_FITS`` among ``types`` (unknown ones last)."""
    return min(types, key=lambda t: FIRST_THAT_FITS.index(t) if t in FIRST_THAT_FITS else len(FIRST_THAT_FITS))


KEYS = ("founding", "signed", "elected", "session", "announcing", "retiring", "notice", "posts", "posts_meeting", "passed")


@dataclass(frozen=True)
class NewsWords:
    founding: tuple[str, ...] = ()  # 成立大会: an occasion that founds a body
    signed: tuple[str, ...] = ()  # 联盟, 中心: a body founded by agreement (signing)
    elected: tuple[str, ...] = ()  # 分会, 委员会: a body founded by its election (appointment)
    session: tuple[str, ...] = ()  # 第三次会议, 年会: a regular session (meeting)
    announcing: tuple[str, ...] = ()  # 换届, 干部大会: a meeting named for posts (appointment)
    retiring: tuple[str, ...] = ()  # 荣退: a ceremony that ends posts (appointment when it reads them)
    notice: tuple[str, ...] = ()  # 通知, 决定: a headline that is a notice
    posts: tuple[str, ...] = ()  # 任免, 聘任: a notice of posts
    posts_meeting: tuple[str, ...] = ()  # 任免宣布会, 换届选举: a meeting named for posts
    passed: tuple[str, ...] = ()  # 评审, 验收: what a body passes (通过…评审 is an award)


@lru_cache(maxsize=1)
def default_news_words() -> NewsWords:
    return load_news_words(resources.files(__package__).joinpath("lexicon").joinpath("event_news.tsv"))


def load_news_words(path: Traversable) -> NewsWords:
    """event_news.tsv: `key<TAB>word|word…` lines (keys of KEYS); none when the file is absent."""
    if not path.is_file():
        return NewsWords()
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    for number, line in lexicon_entries(path):
        key, sep, rest = line.partition("\t")
        words = [w.strip() for w in rest.split("|") if w.strip()]
        if key.strip() not in found or not sep or not words:
            raise LexiconError(str(path), number, f"expected 'key<TAB>word|word…' with a key of {', '.join(KEYS)}")
        found[key.strip()].extend(words)
    return NewsWords(**{key: tuple(sorted(words, key=len, reverse=True)) for key, words in found.items()})


_BRACKET = re.compile(r"（[^（）]{0,30}）$")


def founding_type(sentence: str, words: NewsWords | None = None) -> str | None:
    """signing or appointment when ``sentence`` names an occasion founding a body whose name ends
    in a word of ``signed`` or ``elected`` (the longer ending wins), else None."""
    words = words or default_news_words()
    for occasion in words.founding:
        at = sentence.find(occasion)
        if at < 0:
            continue
        before = _BRACKET.sub("", sentence[:at])  # 某联盟（以下简称“某联盟”）成立大会
        ends = [(len(w), kind) for kind, group in (("signing", words.signed), ("appointment", words.elected))
                for w in group if before.endswith(w)]
        if ends:
            return max(ends)[1]
    return None


def names_session(sentence: str, words: NewsWords | None = None) -> bool:
    """The meeting is named as a regular session or work conference, not as one for posts."""
    words = words or default_news_words()
    return any(w in sentence for w in words.session) and not any(w in sentence for w in words.announcing)


def names_notice(title: str, words: NewsWords | None = None) -> bool:
    """The headline is a notice of posts (关于调整部分中层干部的通知, 关于某某同志任职的决定)."""
    words = words or default_news_words()
    return title.rstrip().endswith(words.notice) and any(w in title for w in words.posts)


def names_posts_meeting(sentence: str, words: NewsWords | None = None) -> bool:
    """The meeting is named for posts (换届选举会议, 干部任免宣布会: ``posts_meeting``), whatever the
    article's other sentences say."""
    words = words or default_news_words()
    return any(w in sentence for w in words.posts_meeting)


def passed_review(sentence: str, words: NewsWords | None = None) -> bool:
    """The body passed a review, an acceptance or a certification (顺利通过三级医院评审): an award
    (GOLD_SPEC §13), where undergoing one (接受…评审) is a meeting."""
    words = words or default_news_words()
    if not words.passed:
        return False
    return re.search(rf"通过[^，。；;]{{0,24}}?(?:{'|'.join(map(re.escape, words.passed))})", sentence) is not None
