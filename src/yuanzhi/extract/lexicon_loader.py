"""Load the domain words of extraction from ``extract/lexicon/``.

Every file is UTF-8 text, one entry per line; ``#`` starts a comment line and
blank lines are skipped. ``.txt`` files hold one word (or one regular
expression) per line; ``.tsv`` files hold tab-separated columns whose meaning
each file's header comment documents. A bad entry raises
:class:`yuanzhi.errors.LexiconError` naming the file and the line.

A different institution (a university 校报, a company newsletter) is a
different lexicon directory, not different code: pass ``directory``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TypeVar

from ..errors import LexiconError
from ..lexicon.title_grammar import trie_pattern
from ..lexicon.titles import CJK_WORD as _CJK_WORD
from ..lexicon.titles import Titles, default_titles, load_titles, longest_ending
from ..lexicon.titles import columns as _columns
from ..lexicon_file import lexicon_lines

LEXICON_DIR = Path(__file__).parent / "lexicon"

ORG_KINDS = {
    "group", "hospital", "company", "department", "government", "university", "association", "other",
}
COMPANY_KINDS = frozenset({"company", "group"})  # a firm and a group of firms (not a press or a co-operative: other)
DECISION_ROLES = {"decision", "post"}
EVENT_TYPES = {
    "meeting", "signing", "award", "surgery", "training", "outreach", "visit", "competition",
    "appointment", "other",
}
PARTNERSHIP_KINDS = {"alliance", "assistance", "co-construction", "agreement", "other"}
APPOINTMENT_ACTIONS = {"appoint", "remove", "held"}  # held: a post named by a selection (入选), no appointment
APPOINTMENT_SHAPES = {"before", "remove", "after"}

# the CPPCC's committee of a place printed in full (not its 提案委员会, a committee of it)
_CPPCC = re.compile(r"中国人民政治协商会议[\u4e00-\u9fff]{1,12}?[省市县区州旗盟]委员会")
WHOLE_UNIT = 5  # characters of a unit's ending (org_kinds.tsv) that names the unit by itself (伦理委员会)
FORMER = "原"  # 原副院长: a former holder of the title


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, str]  # title -> category
    titles_after_name: frozenset[str]
    org_kinds: tuple[tuple[str, str], ...]  # (suffix, kind), longest suffix first
    department_suffixes: tuple[str, ...]  # longest first
    patient_patterns: tuple[re.Pattern[str], ...]
    event_cues: tuple[tuple[str, str], ...]  # (cue, type) in file order
    weak_event_cues: tuple[tuple[str, str], ...]
    honor_cues: tuple[str, ...]
    honor_words: tuple[str, ...]
    partnership_cues: tuple[tuple[str, str], ...]
    appointment_cues: tuple[tuple[str, str, str], ...]  # (cue, action, shape)
    name_followers: frozenset[str]
    name_precedents: frozenset[str]
    boundary_words: frozenset[str]
    known_units: tuple[str, ...]
    org_words: frozenset[str]
    common_words: frozenset[str]
    surnames: frozenset[str]
    directory: str = ""
    role_words: frozenset[str] = frozenset()  # 主刀医生, 带教老师: roles, not posts (optional file)
    person_descriptors: tuple[str, ...] = ()  # 老专家, 劳动模范: may stand between a title and a name
    base_titles: frozenset[str] = frozenset()  # titles.tsv as written (``titles`` adds the grammar's)
    title_prefixes: tuple[str, ...] = ()  # committees written before a title (县委, 党总支, 工会), longest first
    collective_roles: tuple[str, ...] = ()  # 领导班子成员, 领导: a list of an organization's leaders
    unit_titles: frozenset[str] = frozenset()  # posts held inside a department (主任, 护士长)
    topic_titles: frozenset[str] = frozenset()  # teaching titles that take what is taught (插花讲师)
    generic_units: frozenset[str] = frozenset()  # words shaped like a unit that name none (学科, 科室)
    generic_orgs: frozenset[str] = frozenset()  # words shaped like an institution that name none (联盟医院)
    designations: tuple[re.Pattern[str], ...] = ()  # 国家区域医疗中心 before a hospital's name
    group_words: frozenset[str] = frozenset()  # 广大, 全体: before a title, a group of its holders, no one person
    occasion_titles: frozenset[str] = frozenset()  # 总指挥: a post of one occasion (a drill), never an appointment
    onset_words: tuple[str, ...] = ()  # 突发, 送到急诊: how a patient story opens (its date is the operation's)
    operation_words: tuple[str, ...] = ()  # 实施, 手术开始: an operation told as done
    tenure_words: tuple[str, ...] = ()  # 挂职, 驻村: read with the post, listed without it (GOLD_SPEC §6)
    degree_titles: frozenset[str] = frozenset()  # 博士, 医学硕士: read in a chain of posts, never listed as one
    decision_cues: tuple[tuple[str, str], ...] = ()  # (研究决定, decision), (聘任, post): a decision on posts
    cluster_units: tuple[str, ...] = ()  # 片区: a ward cluster, whose heads are written 科主任, 科护士长

    @cached_property
    def title_pattern(self) -> re.Pattern[str]:
        """Any title, the longest where several start at one place."""
        return trie_pattern(self.titles)

    @cached_property
    def role_pattern(self) -> re.Pattern[str]:
        """Any role word (主刀医生, 专家组组长), the longest where several start at one place."""
        return trie_pattern(self.role_words)

    @cached_property
    def longest_title(self) -> int:
        return max((len(t) for t in self.titles), default=0)

    def is_unit_title(self, title: str) -> bool:
        """A post a department has (主任, 护士长, a clinical or academic rank), not an institution's."""
        bare = title.removeprefix(FORMER)
        return bare in self.unit_titles or self.title_category(bare) in {"clinical", "academic", "media"}

    def title_ending(self, text: str) -> str | None:
        """The longest title ``text`` ends with, or None."""
        return self._ending_memo[text]

    @cached_property
    def _ending_memo(self) -> Answers[str | None]:
        return Answers(self._title_ending)

    def _title_ending(self, text: str) -> str | None:
        return longest_ending(text, self.titles, self.longest_title)

    @cached_property
    def compound_surnames(self) -> frozenset[str]:
        return frozenset(s for s in self.surnames if len(s) == 2)

    def listed_post(self, title: str) -> str:
        """The post as a yearbook lists it: 原院长, 挂职副院长, 驻村第一书记 → 院长, 副院长, 第一书记
        (the former or seconded holder is listed under the post; GOLD_SPEC §6)."""
        for marker in (FORMER, *self.tenure_words):
            if title.startswith(marker) and title[len(marker) :] in self.titles:
                title = title[len(marker) :]
        return title

    def title_category(self, title: str) -> str | None:
        """Category of a title; a former one (原副院长) has the category of the title, one widened by
        its field (神经康复专家顾问: topic_titles.txt) the category of the title it ends with."""
        found = self.titles.get(title) or self.titles.get(title.removeprefix(FORMER))
        if found is None and title[-2:] in self._topic_endings:
            base = next((t for t in self.topic_titles if title.endswith(t) and len(title) > len(t)), None)
            return self.titles.get(base) if base is not None else None
        return found

    @cached_property
    def _topic_endings(self) -> frozenset[str]:
        return frozenset(t[-2:] for t in self.topic_titles)

    @cached_property
    def _suffix_kinds(self) -> tuple[int, dict[str, str], dict[str, str]]:
        kinds = {suffix: kind for suffix, kind in reversed(self.org_kinds)}
        departments = {suffix: "department" for suffix in self.department_suffixes}
        longest = max((len(s) for s in (*kinds, *departments)), default=0)
        return longest, kinds, departments

    @cached_property
    def _kind_memo(self) -> Answers[str | None]:
        return Answers(self._org_kind)

    def org_kind(self, name: str) -> str | None:
        """Kind of an organization named ``name`` (by its longest known ending), or None."""
        return self._kind_memo[name]

    def _org_kind(self, name: str) -> str | None:
        if _CPPCC.fullmatch(name):
            return "government"  # 中国人民政治协商会议某县委员会: the 政协 printed in full (org_kinds.tsv: 政协)
        if name in _whole_units(self.directory):
            return "department"  # 产房, 导医台: a unit's whole name with no ending of its own (whole_units.txt)
        longest, kinds, departments = self._suffix_kinds
        for table in (kinds, departments):
            for size in range(min(longest, len(name)), 0, -1):
                kind = table.get(name[-size:])
                if kind is not None and (len(name) > size or (kind == "other" and table is kinds) or (
                    kind == "department" and table is kinds and size >= WHOLE_UNIT
                )):  # 伦理委员会: an ending that long is a unit's whole name (a hospital's committee)
                    return kind
        return None

    def org_suffix(self, name: str) -> str | None:
        """The known ending that gives ``name`` its kind (医院, 卫生健康委员会, 科), or None."""
        longest, kinds, departments = self._suffix_kinds
        for table in (kinds, departments):
            for size in range(min(longest, len(name)), 0, -1):
                if name[-size:] in table and len(name) > size:
                    return name[-size:]
        return None

    def patient_like(self, name: str) -> bool:
        """The whole ``name`` is a patient mention (王阿姨, 老王, 张某: patient_patterns.txt), never a
        person; kept per name, as the names readers ask of the same candidates again and again."""
        return self._patient_memo[name]

    @cached_property
    def _patient_memo(self) -> Answers[bool]:
        return Answers(lambda name: any(p.fullmatch(name) for p in self.patient_patterns))

    def is_org_suffix(self, word: str) -> bool:
        """``word`` is itself an organization ending (卫生院, 委员会)."""
        _longest, kinds, departments = self._suffix_kinds
        return word in kinds or word in departments

    def ends_like_org(self, word: str) -> bool:
        """Whether ``word`` ends with an organization or department suffix (or is one)."""
        return self._org_end_memo[word]

    @cached_property
    def _org_end_memo(self) -> Answers[bool]:
        return Answers(self._ends_like_org)

    def _ends_like_org(self, word: str) -> bool:
        longest, kinds, departments = self._suffix_kinds
        return any(word[-size:] in kinds or word[-size:] in departments for size in range(1, min(longest, len(word)) + 1))


_MEMO_SIZE = 100_000  # answers a Lexicon keeps per question (org_kind, ends_like_org, title_ending)
_Answer = TypeVar("_Answer")


def surname_alternation(surnames: list[str]) -> str:
    """A regular expression for any surname, compound surnames (two characters) first; the
    one-character surnames as one character class, which matches as the alternation of them
    would (one character each) without trying them one by one at every position."""
    pairs = sorted((s for s in surnames if len(s) > 1), key=len, reverse=True)
    singles = "".join(dict.fromkeys(s for s in surnames if len(s) == 1))
    return "(?:" + "|".join([*pairs, f"[{singles}]"] if singles else pairs) + ")"


class Answers(dict[str, _Answer]):
    """The answers of one question of a Lexicon, kept per word as they are asked (the same words
    recur); past _MEMO_SIZE words all are forgotten at once."""

    def __init__(self, answer: Callable[[str], _Answer]) -> None:
        super().__init__()
        self.answer = answer

    def __missing__(self, word: str) -> _Answer:
        if len(self) > _MEMO_SIZE:
            self.clear()
        value = self[word] = self.answer(word)
        return value


def _words(path: Path) -> list[tuple[int, str]]:
    out = []
    for number, line in lexicon_lines(path):
        word = line.strip()
        if not _CJK_WORD.match(word):
            raise LexiconError(str(path), number, f"bad word {word!r}: expected Chinese characters only")
        out.append((number, word))
    return out


def key_lists(path: Path, what: str, extra: int = 0) -> list[tuple[int, str, tuple[str, ...], list[str]]]:
    """Rows ``key<TAB>a,b,c`` (and up to ``extra`` more columns): (line number, key, items,
    the extra columns); a bad line names file and line, saying ``what`` it expected."""
    out = []
    for number, line in lexicon_lines(path):
        cells = line.split("\t")
        ok = 2 <= len(cells) <= 2 + extra
        items = tuple(e.strip() for e in cells[1].split(",") if e.strip()) if ok else ()
        if not ok or not cells[0].strip() or not items:
            raise LexiconError(str(path), number, f"expected {what}, got {line!r}")
        out.append((number, cells[0].strip(), items, cells[2:]))
    return out


def load_lexicon(directory: Path | str | None = None) -> Lexicon:
    """Read every lexicon file of ``directory`` (default: the package's own)."""
    base = Path(directory) if directory is not None else LEXICON_DIR

    # the titles of posts (lexicon/titles.py, which layout reads too): the package's read once
    read: Titles = default_titles() if directory is None else load_titles(base)
    base_titles, titles, prefixes, qualifiers = read.base, read.table, read.prefixes, read.qualifiers
    org_kinds = [(c[0], c[1]) for _, c in _columns(base / "org_kinds.tsv", 2, [None, ORG_KINDS])]
    org_kinds.sort(key=lambda pair: -len(pair[0]))
    dept = sorted((w for _, w in _words(base / "department_suffixes.txt")), key=len, reverse=True)

    surnames = []
    for number, word in _words(base / "surnames.txt"):
        if len(word) > 2:
            raise LexiconError(str(base / "surnames.txt"), number, f"surname {word!r} is longer than 2 characters")
        surnames.append(word)
    surname_class = surname_alternation(surnames)

    patterns = []
    patient_path = base / "patient_patterns.txt"
    for number, line in lexicon_lines(patient_path):
        source = line.strip().replace("{S}", surname_class)
        try:
            patterns.append(re.compile(source))
        except re.error as exc:
            raise LexiconError(str(patient_path), number, f"bad regular expression: {exc}") from None

    return Lexicon(
        titles=titles,
        titles_after_name=frozenset(w for _, w in _words(base / "titles_after_name.txt")),
        org_kinds=tuple(org_kinds),
        department_suffixes=tuple(dept),
        patient_patterns=tuple(patterns),
        event_cues=tuple((c[0], c[1]) for _, c in _columns(base / "event_cues.tsv", 2, [None, EVENT_TYPES])),
        weak_event_cues=tuple(
            (c[0], c[1]) for _, c in _columns(base / "event_weak_cues.tsv", 2, [None, EVENT_TYPES])
        ),
        honor_cues=tuple(w for _, w in _words(base / "honor_cues.txt")),
        honor_words=tuple(sorted((w for _, w in _words(base / "honor_words.txt")), key=len, reverse=True)),
        partnership_cues=tuple(
            (c[0], c[1]) for _, c in _columns(base / "partnership_cues.tsv", 2, [None, PARTNERSHIP_KINDS])
        ),
        appointment_cues=tuple(
            (c[0], c[1], c[2])
            for _, c in _columns(
                base / "appointment_cues.tsv", 3, [None, APPOINTMENT_ACTIONS, APPOINTMENT_SHAPES]
            )
        ),
        name_followers=frozenset(w for _, w in _words(base / "name_followers.txt")),
        name_precedents=frozenset(w for _, w in _words(base / "name_precedents.txt")),
        boundary_words=frozenset(w for _, w in _words(base / "boundary_words.txt")),
        known_units=tuple(w for _, w in _words(base / "known_units.txt")),
        org_words=frozenset(w for _, w in _words(base / "org_words.txt")),
        common_words=frozenset(w for _, w in _words(base / "common_words.txt")),
        surnames=frozenset(surnames),
        directory=str(base),
        role_words=frozenset(w for _, w in _optional_words(base / "role_words.txt")),
        person_descriptors=tuple(
            sorted((w for _, w in _optional_words(base / "person_descriptors.txt")), key=len, reverse=True)
        ),
        base_titles=frozenset(base_titles),
        title_prefixes=tuple(sorted((p.word for p in prefixes), key=len, reverse=True)),
        collective_roles=tuple(w for _, w in _optional_words(base / "collective_roles.txt")),
        unit_titles=frozenset(w for _, w in _optional_words(base / "unit_titles.txt")),
        topic_titles=frozenset(w for _, w in _optional_words(base / "topic_titles.txt")),
        generic_units=frozenset(w for _, w in _optional_words(base / "generic_units.txt")),
        generic_orgs=frozenset(w for _, w in _optional_words(base / "generic_orgs.txt")),
        designations=_optional_patterns(base / "org_designations.txt"),
        group_words=frozenset(w for _, w in _optional_words(base / "group_words.txt")),
        occasion_titles=frozenset(w for _, w in _optional_words(base / "occasion_titles.txt")),
        onset_words=tuple(w for _, w in _optional_words(base / "onset_words.txt")),
        operation_words=tuple(w for _, w in _optional_words(base / "operation_words.txt")),
        tenure_words=tuple(q.word for q in qualifiers if q.tenure),
        degree_titles=frozenset(w for _, w in _optional_words(base / "degree_titles.txt")),
        cluster_units=tuple(w for _, w in _optional_words(base / "cluster_units.txt")),
        decision_cues=tuple(
            (c[0], c[1]) for _, c in _columns(base / "decision_cues.tsv", 2, [None, DECISION_ROLES])
        ) if (base / "decision_cues.tsv").exists() else (),
    )


def _optional_patterns(path: Path) -> tuple[re.Pattern[str], ...]:
    """One regular expression per line (optional file); a bad one names its file and line."""
    if not path.exists():
        return ()
    out = []
    for number, line in lexicon_lines(path):
        try:
            out.append(re.compile(line.strip()))
        except re.error as exc:
            raise LexiconError(str(path), number, f"bad regular expression: {exc}") from None
    return tuple(out)


def _optional_words(path: Path) -> list[tuple[int, str]]:
    """The words of a file a lexicon directory may leave out (an older directory still loads)."""
    return _words(path) if path.exists() else []


@lru_cache(maxsize=4)
def _whole_units(directory: str) -> frozenset[str]:
    """A hospital's units named by one word with no unit ending (whole_units.txt)."""
    return frozenset(w for _, w in _optional_words(Path(directory or LEXICON_DIR) / "whole_units.txt"))


@lru_cache(maxsize=4)
def default_lexicon() -> Lexicon:
    """The package's lexicon, read on first use (never at import)."""
    return load_lexicon()
