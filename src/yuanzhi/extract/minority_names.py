"""Names of China's minority peoples that have no Han surname, read from known name parts.

A Chinese reader knows these names by their parts (lexicon/minority_names.tsv):

- a **Yi** name is a clan name of two characters and a given name of two (a clan name of the
  list, then two characters that are no function or verb character): four characters in all,
  never the clan name alone nor a Han surname with a given name cut from it; a given name of one
  character (a clan name and one, three in all) only where the name ends plainly (punctuation, 说);
- a **Dai** name has no surname: a first character 岩 (men), 玉 (women) — or 依, 咪 in some
  regions — and one or two more (岩某, 玉某某), two characters that jieba's dictionary does not
  know as a word (not 岩石, 玉米, 依法, 依然); a man who was a monk of rank is called by a title
  before his name for life (康朗 + one or two characters);
- a **Mongolian, Tibetan or Uyghur** name written without a dot is one to three known elements
  (萨仁+高娃, 扎西+次仁, 阿依+古丽, 巴雅尔); a single two-character element is a name only where
  jieba does not tag it as a common word. An Amdo Tibetan name (Qinghai, Gansu) may close with a
  one-character ending after its elements (拉毛+措, 索南+吉, 卓玛+草): never alone.

Such a run is a whole name where it starts after a title (the names readers call
``minority_name_at`` there) and ends plainly: punctuation, a follower word (说, 和, 介绍), a
boundary word or the next title. A run the article prints as a Han name elsewhere (马海军) is
left to the surname reading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _columns
from .name_model import is_word_char, known_names
from .segment import is_cjk, is_rare_word, word_tags

_FILE = "minority_names.tsv"
_ROLES = {"yi_clan", "dai_prefix", "dai_title", "element", "ending"}
_DAI_GIVEN = (1, 2)  # characters of a Dai given name after 岩, 玉 or a title like 康朗
_YI_GIVEN = 2  # characters of a Yi given name after the clan name
_YI_SHORT = 1  # a Yi given name of one character, read only where the name ends plainly
_MAX_ELEMENTS = 3
_WORD_AFTER_ELEMENTS = 4  # characters of known elements that may end before any word of the dictionary
_ELEMENTS_BEFORE_VERB = 3  # characters of known elements that may end before a verb, as a Yi name does
_WORD_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "uj", "r", "m", "q", "f", "t", "l", "i", "o", "n"}
_FUNCTION_CHARS = set("在的了和与及对为是将被把等说作任也由到向从")
_NEXT_TAGS = {"v", "d", "a", "ad", "p"}
_NOUN = "n"
_ELEMENT_NEXT_TAGS = _NEXT_TAGS | {"b", "vd"}  # (叶尔别克|主动联系: 主动 a distinguishing word)
_PLACE_ENDS = set("省市县区镇乡州村")  # 阿克苏市: a place with its level, not a clan name and a given name


@dataclass(frozen=True)
class MinorityParts:
    yi_clans: frozenset[str]
    dai_prefixes: frozenset[str]
    elements: frozenset[str]
    longest_element: int
    endings: frozenset[str] = frozenset()
    dai_titles: frozenset[str] = frozenset()
    heads: frozenset[str] | None = None  # the first two characters of every element (None: not computed)


@lru_cache(maxsize=4)
def minority_parts(directory: str = "") -> MinorityParts:
    """The parts of ``minority_names.tsv`` (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    rows = _columns(path, 2, [None, _ROLES]) if path.exists() else []
    by_role: dict[str, set[str]] = {role: set() for role in _ROLES}
    for _number, (word, role) in rows:
        by_role[role].add(word)
    elements = frozenset(by_role["element"])
    return MinorityParts(
        frozenset(by_role["yi_clan"]), frozenset(by_role["dai_prefix"]), elements,
        max((len(e) for e in elements), default=0), frozenset(by_role["ending"]),
        frozenset(by_role["dai_title"]), frozenset(e[:2] for e in elements),
    )


def _plain_end(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """A name ends plainly at ``end``: text end, punctuation, a follower or boundary word, a title."""
    if end >= len(sentence) or not is_cjk(sentence[end]):
        return True
    rest = sentence[end : end + 4]
    if any(rest[:size] in lexicon.name_followers or rest[:size] in lexicon.boundary_words for size in range(1, len(rest) + 1)):
        return True
    return bool(lexicon.title_pattern.match(sentence, end))


def _sure_end(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """A name ends surely at ``end``: text end, punctuation, a follower or boundary word of two
    characters or more, a title (not a one-character follower such as 作, which may be the name's)."""
    if end >= len(sentence) or not is_cjk(sentence[end]):
        return True
    rest = sentence[end : end + 4]
    if any(rest[:size] in lexicon.name_followers or rest[:size] in lexicon.boundary_words for size in range(2, len(rest) + 1)):
        return True
    return bool(lexicon.title_pattern.match(sentence, end))


def _clean(run: str, lexicon: Lexicon, clan: bool = False) -> bool:
    """No function or verb character, title, body ending or common word inside ``run`` (after a
    known clan name the given name's characters may be ones jieba sees alone: 且, 莫; a run of known
    elements may hold their own characters: 呼和, 孟和)."""
    if not all(is_cjk(c) for c in run):
        return False
    if not _elements_cover(run, minority_parts()) and any(
        c in _FUNCTION_CHARS or (is_word_char(c) and not clan) for c in run[2 if clan else 1 :]
    ):
        return False  # (孟和巴雅尔: a character of a known element, 和 too, is no function word there; 阿说: a known clan name's 说)
    if run in lexicon.common_words or lexicon.ends_like_org(run) or run[-1] in _PLACE_ENDS:
        return False
    return not any(lexicon.title_pattern.match(run, at) for at in range(len(run)))


def _elements_cover(run: str, parts: MinorityParts, count: int = 0) -> bool:
    """``run`` is one to three known elements one after another, perhaps closed by an ending."""
    if not run or (count and run in parts.endings):
        return count > 0
    if count >= _MAX_ELEMENTS or (parts.heads is not None and run[:2] not in parts.heads):
        return False  # every element is two characters or more: none starts here
    return any(
        run[:size] in parts.elements and _elements_cover(run[size:], parts, count + 1)
        for size in range(min(len(run), parts.longest_element), 1, -1)
    )


def of_known_elements(run: str) -> bool:
    """``run`` is one to three known elements of Mongolian, Tibetan or Uyghur names, perhaps closed
    by an ending (萨仁高娃, 扎西次仁): a name wherever the slot is a name's (a credit's, 通讯员 …)."""
    return _elements_cover(run, minority_parts())


def _shapes(sentence: str, start: int, parts: MinorityParts) -> list[int]:
    """Lengths of the minority name shapes starting at ``start``, longest first."""
    sizes: list[int] = []
    if sentence[start : start + 2] in parts.yi_clans:
        sizes.extend((2 + _YI_GIVEN, 2 + _YI_SHORT))
    longest = 2 * parts.longest_element + 1  # (an ending after the elements)
    sizes.extend(size for size in range(longest, 1, -1) if _elements_cover(sentence[start : start + size], parts))
    if sentence[start : start + 1] in parts.dai_prefixes:
        sizes.extend(1 + given for given in _DAI_GIVEN)
    titled = next((t for t in parts.dai_titles if sentence.startswith(t, start)), "")
    if titled:
        sizes.extend(len(titled) + given for given in _DAI_GIVEN)
    return sorted(set(sizes), reverse=True)


def _dai_shape(run: str, parts: MinorityParts, plainly: bool = False) -> bool:
    """``run`` is a Dai name of three characters or more (岩某某, 康朗某某) and no common word: its
    first two characters are none (岩石, 玉米), nor is a given name of two (玉|兰花) — unless the
    run ends ``plainly`` (说, punctuation) and that given name is a noun (玉+香叶说: a woman's name)."""
    titled = next((t for t in parts.dai_titles if run.startswith(t)), "")
    given = run[len(titled):] if titled else run[1:]
    if not (titled or run[:1] in parts.dai_prefixes) or len(run) < 3 or len(given) not in _DAI_GIVEN:
        return False
    noun_given = plainly and word_tags().get(given) == _NOUN
    return not (_word_like(run[:2]) and not titled) and not (len(given) == 2 and _word_like(given) and not noun_given)


def _verb_next(sentence: str, end: int, tags: set[str] = _NEXT_TAGS) -> bool:
    """A verb, adverb or adjective of two characters follows (海来某某|具体负责): a Yi name's four
    characters, its clan name known, end there."""
    return word_tags().get(sentence[end : end + 2]) in tags


def _word_next(sentence: str, end: int) -> bool:
    """A word of the dictionary, of two characters, starts at ``end`` (额尔敦某某|通报了): known
    elements of four characters or more that end there are a whole name, not a surname's cut."""
    return sentence[end : end + 2] in word_tags()


def _word_like(run: str) -> bool:
    """jieba knows ``run`` as a common word (岩石, 依法, 咪咪): no two-character name."""
    return not is_rare_word(run) or word_tags().get(run) in _WORD_TAGS


def minority_name_at(
    sentence: str, start: int, limit: int, lexicon: Lexicon, surnamed: bool = True
) -> tuple[int, int] | None:
    """The span of a minority name without a Han surname starting at ``start`` and ending plainly
    (``surnamed``: or of known elements after a Han surname, _surnamed_elements)."""
    parts = minority_parts()
    if start >= len(sentence) or not (parts.yi_clans or parts.elements or parts.dai_prefixes):
        return None
    known = known_names()
    for size in _shapes(sentence, start, parts):
        end = start + size
        run = sentence[start:end]
        clan = size in _YI_SIZES and run[:2] in parts.yi_clans
        if end > limit or len(run) < size or not _clean(run, lexicon, clan):
            continue
        if clan and size == 2 + _YI_SHORT and not _sure_end(sentence, end, lexicon):
            continue  # (某某杰|主持, 某某依|作…: a clan name and one character end a name only surely)
        elements = not clan and size >= _ELEMENTS_BEFORE_VERB and _elements_cover(run, parts)
        dai = not clan and not elements and size >= 3 and _dai_shape(run, parts, _plain_end(sentence, end, lexicon))
        if size >= 3 and not (clan or elements or dai):
            continue  # (岩石上, 玉兰花: a common word, no Dai name of three)
        if not (
            _plain_end(sentence, end, lexicon) or ((clan or dai) and _verb_next(sentence, end, _CLAN_NEXT_TAGS))
            or (dai and _verb_char_next(sentence, end))
            or (elements and (_verb_next(sentence, end, _ELEMENT_NEXT_TAGS) or _verb_char_next(sentence, end)))
            or (elements and size >= _WORD_AFTER_ELEMENTS and _word_next(sentence, end))
        ):
            continue  # (朝鲁乌日图|授课, 叶尔别克|主动联系: known elements of three characters or more, then a verb)
        if any(run.startswith(name) and len(name) < size for name in known if name[:1] == run[:1]):
            continue  # 马海军 printed plainly elsewhere: a Han name, not the clan 马海
        if size == 2 and _word_like(run):
            continue
        return start, end
    return _surnamed_elements(sentence, start, limit, lexicon, parts) if surnamed else None


def _surnamed_elements(
    sentence: str, start: int, limit: int, lexicon: Lexicon, parts: MinorityParts
) -> tuple[int, int] | None:
    """包+青格勒, 韩+巴特尔: a Mongolian (or other) name of known elements after a Han surname the
    family took (包 of Borjigin, 白, 韩, 云 …): the surname and a run of elements of three characters
    or more, ending as such a run ends, are one name (not 包青 cut from it)."""
    if sentence[start : start + 1] not in lexicon.surnames:
        return None
    span = minority_name_at(sentence, start + 1, limit, lexicon, surnamed=False)
    if span is None or span[1] - span[0] < _ELEMENTS_BEFORE_VERB or not _elements_cover(sentence[span[0] : span[1]], parts):
        return None
    return start, span[1]


def _verb_char_next(sentence: str, end: int) -> bool:
    """A one-character verb or adverb follows (额尔德尼|带学生来…, 塔林夫|作发言, 某某曲培|则为…):
    known elements of three characters or more end there, the verb or adverb no part of a name."""
    return word_tags().get(sentence[end : end + 1]) in _ONE_CHAR_NEXT_TAGS


_ONE_CHAR_NEXT_TAGS = {"v", "d"}
_YI_SIZES = (2 + _YI_GIVEN, 2 + _YI_SHORT)
_CLAN_NEXT_TAGS = _NEXT_TAGS | {"t"}  # (岩某某|早早…, 某某|今年 68 岁: a time word after the name)


_CLAUSE_OPENERS = set("，、。；：（(“\"　 ")  # a name before its title starts a clause or an item of a list


def minority_name_before(
    sentence: str, end: int, lexicon: Lexicon, after_body: Callable[[int], bool] | None = None
) -> int | None:
    """Where a minority name of known parts written right before a title (at ``end``) starts:
    at the start of the sentence, a clause or a list item (巴图其其格副院长, 吉克阿果主任), or None;
    with ``after_body``, also right after a body's name that ends there (a list's row printed as
    某县医院某某某主任医师: the body, the name, the title)."""
    parts = minority_parts()
    if not (parts.yi_clans or parts.elements or parts.dai_prefixes):
        return None
    for size in range(min(end, 2 * parts.longest_element + 2), 1, -1):
        start = end - size
        opened = start == 0 or sentence[start - 1] in _CLAUSE_OPENERS
        if not opened and after_body is None:
            continue
        run = sentence[start:end]
        clan = size == 2 + _YI_GIVEN and run[:2] in parts.yi_clans
        if size not in _shapes(sentence, start, parts) or not _clean(run, lexicon, clan):
            continue
        if size >= 3 and not (clan or _elements_cover(run, parts) or _dai_shape(run, parts)):
            continue
        if any(run.startswith(name) and len(name) < size for name in known_names() if name[:1] == run[:1]):
            continue  # a Han name the article prints plainly
        if size == 2 and _word_like(run):
            continue
        if not opened and not (size >= _ELEMENTS_BEFORE_VERB and after_body is not None and after_body(start)):
            continue  # (a name of three characters or more right after a body's name, never two)
        return start
    return None
