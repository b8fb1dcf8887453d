"""The titles of posts: base titles and the grammar's parts, read from a lexicon directory.

The files (one directory per institution; the package's own is extract's lexicon directory,
where the other domain words of extraction live beside them):

- ``titles.tsv``: ``title<TAB>category`` — a base title and its category (TITLE_CATEGORIES);
- ``title_qualifiers.tsv``, ``title_suffixes.tsv``: ``qualifier<TAB>categories[<TAB>inner|outer|tenure]``;
- ``title_prefixes.tsv``: ``prefix<TAB>category<TAB>bases`` — a committee written before a title;
- ``title_units.tsv``: ``unit<TAB>heads`` — the part of a body a head is over.

``load_titles`` expands them into the full table title → category (title_grammar.expand_titles);
``default_titles`` is the package's, read on first use (never at import). A bad entry raises
:class:`yuanzhi.errors.LexiconError` naming the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..lexicon_file import lexicon_lines
from .title_grammar import EXACT, BodyPrefix, Qualifier, expand_titles

# the package's title files (kept with extract's lexicon files, one directory an institution)
TITLES_DIR = Path(__file__).parent.parent / "extract" / "lexicon"

TITLE_CATEGORIES = {
    "party", "administrative", "clinical", "academic", "corporate", "government",
    "association", "media",
}
CJK_WORD = re.compile(r"^[\u3400-\u9fff（）()A-Za-z0-9]+$")


@dataclass(frozen=True)
class Titles:
    """The base titles as written and the full table the grammar expands them to."""

    base: dict[str, str]  # titles.tsv: title -> category
    table: dict[str, str]  # every title the grammar makes -> category
    prefixes: list[BodyPrefix]
    qualifiers: list[Qualifier]
    longest: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest", max((len(t) for t in self.table), default=0))

    def ending(self, text: str) -> str | None:
        """The longest title ``text`` ends with, or None."""
        return longest_ending(text, self.table, self.longest)


def longest_ending(text: str, titles: Container[str], longest: int) -> str | None:
    """The longest of ``titles`` (none longer than ``longest``) that ``text`` ends with, or None."""
    for size in range(min(longest, len(text)), 0, -1):
        if text[-size:] in titles:
            return text[-size:]
    return None


def load_titles(directory: Path | str | None = None) -> Titles:
    """Read the title files of ``directory`` (default: the package's own)."""
    base = Path(directory) if directory is not None else TITLES_DIR
    base_titles = {c[0]: c[1] for _, c in columns(base / "titles.tsv", 2, [None, TITLE_CATEGORIES])}
    prefixes = body_prefixes(base / "title_prefixes.tsv")
    qualifiers = title_qualifiers(base / "title_qualifiers.tsv")
    table = expand_titles(
        base_titles, qualifiers, prefixes, title_qualifiers(base / "title_suffixes.tsv"),
        title_units(base / "title_units.tsv"),
    )
    return Titles(base_titles, table, prefixes, qualifiers)


@lru_cache(maxsize=1)
def default_titles() -> Titles:
    """The package's titles, read on first use (never at import)."""
    return load_titles()


@lru_cache(maxsize=100_000)
def title_ending(text: str) -> str | None:
    """The longest of the package's titles ``text`` ends with, or None."""
    return default_titles().ending(text)


def columns(path: Path, count: int, allowed: list[set[str] | None]) -> list[tuple[int, list[str]]]:
    """Rows of ``count`` tab-separated columns, the first a word, each column in ``allowed``
    (None: any value); a bad row names its file and line."""
    out = []
    for number, line in lexicon_lines(path):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != count:
            raise LexiconError(
                str(path), number, f"expected {count} tab-separated columns, found {len(cols)} in {line!r}"
            )
        if not CJK_WORD.match(cols[0]):
            raise LexiconError(str(path), number, f"bad word {cols[0]!r}: expected Chinese characters only")
        for col, values in zip(cols, allowed, strict=True):
            if values is not None and col not in values:
                raise LexiconError(
                    str(path), number, f"unknown value {col!r}; expected one of {', '.join(sorted(values))}"
                )
        out.append((number, cols))
    return out


def _categories(path: Path, number: int, text: str) -> frozenset[str]:
    values = frozenset(v.strip() for v in text.split(",") if v.strip())
    unknown = sorted(values - TITLE_CATEGORIES - {"*"})
    if not values or unknown:
        raise LexiconError(
            str(path), number,
            f"unknown title category {', '.join(unknown) or repr(text)}; expected * or some of "
            f"{', '.join(sorted(TITLE_CATEGORIES))} separated by commas",
        )
    return values


def title_qualifiers(path: Path) -> list[Qualifier]:
    """``qualifier<TAB>categories[<TAB>inner|tenure]`` (optional file): 常务 before titles of those
    categories; ``inner`` ones are written next to the title, inside the others (常务|副|总监);
    ``tenure`` ones (挂职) are read with the title and dropped from the post as listed."""
    if not path.exists():
        return []
    out = []
    for number, line in lexicon_lines(path):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) not in (2, 3) or (len(cols) == 3 and cols[2] not in ("inner", "outer", "tenure")):
            raise LexiconError(
                str(path), number, f"expected qualifier<TAB>categories[<TAB>inner|outer|tenure], found {line!r}"
            )
        if not CJK_WORD.match(cols[0]):
            raise LexiconError(str(path), number, f"bad word {cols[0]!r}: expected Chinese characters only")
        flag = cols[2] if len(cols) == 3 else ""
        out.append(Qualifier(cols[0], _categories(path, number, cols[1]), flag == "inner", flag == "tenure"))
    return out


def body_prefixes(path: Path) -> list[BodyPrefix]:
    """``prefix<TAB>category<TAB>bases`` (optional file): 县委 before 书记, 副书记, 常委 …;
    ``=主席`` joins that title only, not its qualified forms (大会主席, not 大会|执行主席)."""
    if not path.exists():
        return []
    out = []
    for number, cols in columns(path, 3, [None, TITLE_CATEGORIES, None]):
        bases = frozenset(b.strip() for b in cols[2].split(",") if b.strip())
        bad = [b for b in bases if not CJK_WORD.match(b.removeprefix(EXACT))]
        if not bases or bad:
            raise LexiconError(str(path), number, f"bad base titles {cols[2]!r}: expected words separated by commas")
        out.append(BodyPrefix(cols[0], cols[1], bases))
    return out


def title_units(path: Path) -> list[BodyPrefix]:
    """``unit<TAB>heads`` (optional file): 专业基地 before 主任 …, the head's category kept."""
    if not path.exists():
        return []
    out = []
    for number, cols in columns(path, 2, [None, None]):
        heads = frozenset(b.strip() for b in cols[1].split(",") if b.strip())
        if not heads or any(not CJK_WORD.match(h.removeprefix(EXACT)) for h in heads):
            raise LexiconError(str(path), number, f"bad head titles {cols[1]!r}: expected words separated by commas")
        out.append(BodyPrefix(cols[0], "", heads))
    return out
