"""The grammar of Chinese post titles, from the lexicon's parts.

A post is written as ``[body prefix] [qualifier] base [助理]``:

- base titles come from ``titles.tsv`` (院长, 副主任, 书记, 主任委员 …);
- a qualifier from ``title_qualifiers.tsv`` narrows a base of the categories it lists
  (常务|副主席, 行政|副主任, 助理|总裁, 候任|主任委员, 名誉|院长);
- a body prefix from ``title_prefixes.tsv`` names the committee the post belongs to and
  combines with the bases it lists (县委|副书记, 党总支|书记, 工会|常务副主席, 支部|统战委员);
  its category replaces the base's (县委副书记 is a local government post, not the hospital's);
  a base written ``=主席`` joins only as written (大会主席; 大会|执行主席 is the congress's 执行主席);
- ``助理`` after a base of the categories ``title_suffixes.tsv`` lists (院长|助理, 总经理|助理);
- a unit word from ``title_units.tsv`` names the part of a body or the field the post is
  over and is part of the post (专业基地|主任, 国际事务|主任, 主管|营养师, 第一|书记, 挂职|副院长):
  it joins the heads it lists as written in titles.tsv (主任, 副主任), one unit a title, and
  the head keeps its category.
  A unit that is an organization (心内科, 办公室) is never one: it goes to the organization.

``expand_titles`` turns the parts into the full table title → category, so that a
compound title is matched whole (never cut to its last word), and ``trie_pattern``
compiles the table into one regular expression that prefers the longest title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

ANY = "*"
_Trie = dict[str, "_Trie"]


@dataclass(frozen=True)
class Qualifier:
    word: str
    categories: frozenset[str]  # {"*"}: every category
    inner: bool = False  # written right next to the base (副|总监, 总|院长), inside the other qualifiers
    tenure: bool = False  # 挂职|副院长: how the post is held, read with it, not part of the post as listed

    def applies(self, category: str) -> bool:
        return ANY in self.categories or category in self.categories


@dataclass(frozen=True)
class BodyPrefix:
    word: str
    category: str
    bases: frozenset[str]


def expand_titles(
    base: Mapping[str, str],
    qualifiers: Iterable[Qualifier] = (),
    prefixes: Iterable[BodyPrefix] = (),
    suffixes: Iterable[Qualifier] = (),
    units: Iterable[BodyPrefix] = (),
) -> dict[str, str]:
    """Every title the parts can write, with its category (a listed title keeps its own)."""
    qualifiers, suffixes = list(qualifiers), list(suffixes)
    qualified: dict[str, tuple[str, str]] = {t: (t, c) for t, c in base.items()}  # title -> (base, category)
    for inner in (True, True, False):  # 副|总监 and 副|总|院长 first, then 常务|副总监
        for title, (root, category) in list(qualified.items()):
            for qualifier in qualifiers:
                if qualifier.inner == inner and qualifier.applies(category) and not title.startswith(qualifier.word):
                    qualified.setdefault(qualifier.word + title, (root, category))
    for title, (root, category) in list(qualified.items()):
        for suffix in suffixes:
            if suffix.applies(category) and not title.endswith(suffix.word):
                qualified.setdefault(title + suffix.word, (root, category))
    written = [(t, rc) for t, rc in qualified.items() if t == rc[0]]  # base titles only: 专业基地|副主任, one unit
    for unit in units:  # 专业基地|主任, 住培基地|副主任, 主管|营养师: the head's category kept
        for title, (root, category) in written:
            if (_root_in(root, unit.bases) or EXACT + title in unit.bases) and not title.startswith(unit.word):
                qualified.setdefault(unit.word + title, (root, category))
    out = {title: category for title, (_root, category) in qualified.items()}
    for prefix in prefixes:
        for title, (root, _category) in qualified.items():
            if _root_in(root, prefix.bases) or EXACT + title in prefix.bases:
                out.setdefault(prefix.word + title, prefix.category)
    return out


EXACT = "="  # a base written ``=主席`` in title_prefixes.tsv: that title only, no qualified form


def _root_in(root: str, bases: frozenset[str]) -> bool:
    """The base (without a leading 副) is one the prefix combines with."""
    return root in bases or root.removeprefix("副") in bases


def trie_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regular expression matching any of ``words``, the longest one where several start.

    A character trie written as nested groups (a plain alternation of thousands of
    literals is tried one by one at every position; the trie is not).
    """
    root: _Trie = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _node_regex(root)
    return re.compile(body if body else r"(?!)")


def _node_regex(node: _Trie) -> str:
    branches = [re.escape(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words first, this one if none of them fits
        return f"(?:{group})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{group}?"
    return group
