"""Where a unit's name starts when jieba tags its head word a verb, and when a body named under a
firm is proper (orgs.py reads names backwards from their ending).

- ``审计|二处``, ``综合|一科``: a unit named by its number alone is never a name by itself; the
  two-character word of its field before it heads it (审计 is a verb to jieba).
- ``装卸|作业区``, ``采油|作业区``: an ending of industry printed bare (lexicon/industry_units.txt)
  is named by the trade word before it.
- ``某集团|总医院``, ``某集团|职工医院``: a body named under a firm or group whose own name is proper
  (a character jieba seldom sees alone) is proper too, though its own words are common ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .industry_units import industry_endings
from .lexicon_loader import Lexicon
from .org_resolve import OrgMention
from .split_names import FIRM_KINDS

_HEAD = 2  # characters of a field's or a trade's word before the unit (审计, 装卸)
_WORD = re.compile(r"^[\u4e00-\u9fff]+$")
_NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十"


def numbered_unit(rest: str, lexicon: Lexicon) -> bool:
    """A unit named by its number alone (一科, 二病区, 二处): never a name by itself, the specialty's
    short word before it is its head (普外|一科, 神内|二科: 外 and 内 end them, no function word)."""
    return len(rest) >= 2 and rest[0] in _NUMERALS and rest[1:] in lexicon.department_suffixes


def unit_head(word: str, rest: str, lexicon: Lexicon) -> bool:
    """``word`` heads the unit ``rest`` read so far: a numbered unit (二处) or a bare ending of
    industry (作业区) after a two-character word that is no function word."""
    if len(word) != _HEAD or _WORD.match(word) is None or word in lexicon.boundary_words:
        return False
    return numbered_unit(rest, lexicon) or rest in industry_endings(lexicon.directory)


def firm_parent_proper(
    mention: OrgMention, words: Sequence[tuple[str, int, int]], lexicon: Lexicon,
    proper: Callable[[str, list[tuple[str, int, int]], Lexicon], bool],
) -> bool:
    """``mention`` is named under a firm or a group (its parent, printed at its start) whose name is
    proper by ``proper`` (orgs.is_proper)."""
    parent = mention.parent
    return parent is not None and mention.text.startswith(parent) and lexicon.org_kind(parent) in FIRM_KINDS and proper(
        parent, list(words), lexicon
    )
