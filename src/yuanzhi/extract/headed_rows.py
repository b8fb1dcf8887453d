"""Rows of a list a heading sentence opens, as organs print their member changes:

    会议决定，增补以下6名同志为政协某区第七届委员会委员（按姓氏笔画为序）：
      甲某某　　某区中医院党委书记
      乙某某　　（女，土家族）某区人民医院副院长、主任医师
    免去下列同志的某县人大常委会委员职务：
      丙某　　某县某局局长

An organ (人大常委会, 政协, 工会, 妇联, 科协, 侨联, a society) prints the post once, in the
heading, and one row a person: the name, a note on the person in parentheses (sex, nation,
party), then the posts the person holds. Each row's person is given the heading's post (or
loses it: 免去, 撤销) and holds the posts the row prints (pairs). The heading holds for the
rows that follow it, until a sentence that is no row. A row the page wrapped (its last post
cut across two lines) is read with the line that continues it (no name opening it, no
sentence end in it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .appointment_posts import HELD, AppointmentHit
from .lexicon_loader import Lexicon
from .mentions import ArticleContext
from .names import is_cjk, surname_length, valid_name
from .numbered_rows import bracketed_row_people
from .orgs import OrgMention
from .profiles import posts_in

Tokenize = Callable[[str], list[tuple[str, int, int]]]

_COUNT = r"(?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:名|位|人)"
# 增补以下6名同志为…委员（按姓氏笔画为序）：  免去下列同志的…职务：
# not shared with appointment_lists.announced_list (the lexicon's cues, no count, no post): one recogniser would change what each finds
_HEADING = re.compile(
    rf"(?P<cue>增补|补选|选举|推选|任命|聘任|聘请|批准|免去|撤销|罢免)(?:了)?(?:以下|下列|如下)(?:{_COUNT})?"
    r"(?:同志|人员|人选|委员)?(?P<link>为|的|担任)(?P<post>[^：:。；;！？]{2,40}?)(?:职务|资格)?"
    r"(?:[（(][^（）()]{1,16}[）)])?[：:]$"
)
_REMOVES = ("免去", "撤销", "罢免")
_NOTE_SIZE = 16
_NOTE = re.compile(rf"[（(][^（）()]{{1,{_NOTE_SIZE}}}[）)]")  # （女，土家族）, （回族）, （民盟）: the person, not a post
_SENTENCE_END = re.compile(r"[。！？；;：:]")
_NAME_SIZES = (3, 2, 4)
_WRAP = 12  # a line that continues a wrapped row is short


class HeadedRows:
    """The list heading an article last printed, read on across the rows after it."""

    def __init__(self, lexicon: Lexicon, home: str | None) -> None:
        self.lexicon = lexicon
        self.home = home
        self.post: tuple[str, OrgMention | None, str] | None = None  # title, body, action
        self.continued = False  # the sentence is the line that continues the row before

    def read(self, sentence: str, following: Sequence[str], tokenize: Tokenize) -> list[AppointmentHit]:
        """The hits of ``sentence``: a heading opens the list (no hits), a row gives its person the
        heading's post and its own posts; anything else closes the list."""
        heading = self._heading(sentence, tokenize)
        if heading is not None:
            self.post = heading
            return []
        if self.post is None:
            return []
        if self.continued:
            self.continued = False
            return []
        row = self._row(sentence, following, tokenize)
        if row is None:
            self.post = None
        return row or []

    def _heading(self, sentence: str, tokenize: Tokenize) -> tuple[str, OrgMention | None, str] | None:
        match = _HEADING.search(sentence)
        if match is None:
            return None
        start, end = match.span("post")
        title = self.lexicon.title_ending(sentence[start:end])
        if title is None:
            return None
        found = posts_in(sentence, start, end, tokenize(sentence), self.lexicon, self.home, partial=True) or []
        org = next((o for t, o, _at in reversed(found) if t == title), None)
        action = "remove" if match.group("cue") in _REMOVES else "appoint"
        return title, replace(org, start=0, end=0) if org is not None else None, action  # written in another sentence

    def _row(self, sentence: str, following: Sequence[str], tokenize: Tokenize) -> list[AppointmentHit] | None:
        """A row (name, note, posts) or None; a row the next short line continues is read whole."""
        if _SENTENCE_END.search(sentence):
            return None
        text = sentence
        if following and len(following[0]) <= _WRAP and not _SENTENCE_END.search(following[0]) and (
            self._name_size(following[0], tokenize) is None
        ):
            text = sentence + following[0]  # 某区人民医院副院 / 长、主任医师: one row the page wrapped
            self.continued = True
        size = self._name_size(text, tokenize)
        if size is None:
            return None
        name = text[:size]
        found = self._posts(text, self._after_note(text, size), tokenize)
        end = min(size, len(sentence))
        title, org, action = self.post  # type: ignore[misc]
        hits = [AppointmentHit(name, title, org, action, 0, end)]
        unit: OrgMention | None = None  # 某医院副院长、主任医师: a grade bare after the post names no unit
        for post, body, _at in found:
            if body is not None:
                unit = body if body.kind == "department" else None
            elif unit is not None and self.lexicon.is_unit_title(post):
                body = unit
            hits.append(AppointmentHit(name, post, body, HELD, 0, end))
        return hits

    def _after_note(self, text: str, at: int) -> int:
        note = _NOTE.match(text, at)
        return note.end() if note else at

    def _name_size(self, text: str, tokenize: Tokenize) -> int | None:
        """How long the name opening a row is: a name, then a note or the row's first post."""
        note = _NOTE.search(text, 0, max(_NAME_SIZES) + 1 + _NOTE_SIZE)
        if note is not None and note.start() in _NAME_SIZES:  # 某某（女，土家族）: a name before the note
            name = text[: note.start()]
            return note.start() if all(is_cjk(c) for c in name) and surname_length(name, self.lexicon) else None
        for size in _NAME_SIZES:
            name = text[:size]
            if len(text) <= size or not valid_name(name, self.lexicon, allow_common=True):
                continue
            found = self._posts(text, size, tokenize)
            if found and (found[0][1].start if found[0][1] is not None else found[0][2]) == size:
                return size
        return None

    def _posts(self, text: str, at: int, tokenize: Tokenize) -> list[tuple[str, OrgMention | None, int]]:
        """The posts from ``at`` to the row's end, read as a text of their own (the name before them
        is no word of theirs: 某某涪岸区… is not cut 某某涪|岸区), placed back in the row."""
        rest = text[at:]
        found = posts_in(rest, 0, len(rest), tokenize(rest), self.lexicon, self.home, partial=True) or []
        return [
            (title, replace(org, start=org.start + at, end=org.end + at) if org is not None else None, title_at + at)
            for title, org, title_at in found
        ]


def without_row_names(texts: Sequence[str], tokenize: Tokenize, lexicon: Lexicon, home: str | None) -> list[str]:
    """``texts`` with the name opening each row blanked (the same length), so that the organization
    reader reads a row's bodies from their first character (某某涪岸区中医院: not a body 某涪岸区中医院)."""
    rows = HeadedRows(lexicon, home)
    context = ArticleContext(home)
    out: list[str] = []
    for index, text in enumerate(texts):
        hits = rows.read(text, texts[index + 1 : index + 2], tokenize)
        size = hits[0].end if hits else 0
        text = "，" * size + text[size:]
        if not size and "（" in text:  # 甲某某省人民医院主任医师（内科学）乙…: each row's name (numbered_rows.py)
            for person in bracketed_row_people(text, lexicon, context, texts[:index])[0]:
                text = text[: person.start] + "，" * (person.end - person.start) + text[person.end :]
        out.append(text)
    return out
