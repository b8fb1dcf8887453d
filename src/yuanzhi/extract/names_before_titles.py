"""The name written just before a title: ``薛伟民院长``, ``脊柱微创骨科陈晋伟主任``, ``马克·霍尔教授``,
or a short reference (``薛院长``) to a full name the article gave before.

A short reference is never invented: it is read only when an earlier full name of the article has
that surname and holds that title (a deputy called by the head's title, 严主任 for a 副主任, is not
the person's 主任). Where a name starts and ends is names.py's business.
"""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .mentions import ArticleContext
from .minority_names import minority_name_before
from .name_model import NAME_DOTS, dotted_name_before
from .names import after_number, inside_word, is_cjk, left_boundary_ok, names_ending_at, valid_name
from .org_references import THIS_REFERENCES
from .orgs import Tokens, org_before
from .segment import is_rare_word, word_tags

_NOUN_TAGS = {"n", "vn", "nz"}  # jieba's common nouns: never a name written before its title
_DEPUTY = "副"


def name_before(
    sentence: str, title_start: int, tokens: Tokens, lexicon: Lexicon, context: ArticleContext,
    blocked: list[tuple[int, int]],
) -> tuple[int, int, bool, str] | None:
    """(start, end, short, name) of a name written just before a title, or None."""
    if title_start == 0 or not is_cjk(sentence[title_start - 1]):
        return None
    short_name = _short_reference(sentence, title_start, tokens, lexicon, context)
    dotted = dotted_name_before(sentence, title_start, tokens, lexicon)
    if dotted is not None and not any(a < title_start and dotted < b for a, b in blocked):
        return dotted, title_start, False, sentence[dotted:title_start]  # 马克·霍尔教授
    minority = minority_name_before(
        sentence, title_start, lexicon, lambda at: org_before(sentence, at, tokens, lexicon, context.home) is not None
    )
    if minority is not None and not any(a < title_start and minority < b for a, b in blocked):
        return minority, title_start, False, sentence[minority:title_start]  # 萨仁图雅副院长 (minority_names.py)
    for start, candidate, surname in names_ending_at(sentence, title_start, lexicon, blocked):
        if start > 0 and sentence[start - 1] in NAME_DOTS:
            break  # …·霍尔教授: the end of a dot-joined name, never a name of its own
        size = title_start - start
        if after_number(sentence, start) or not valid_name(
            candidate, lexicon, allow_common=candidate in word_tags() and is_rare_word(candidate)
        ):
            continue  # 夏至主任: a seldom-written word (a season) before a title is a name
        if short_name and (candidate[:1] in lexicon.boundary_words or size == 2 and surname == 1 and candidate[1] in lexicon.surnames):
            break
        if size == 2 and surname == 1 and _addressed(candidate, context):
            continue  # 有|段医生在: 段医生 addresses the 段某某 the article named, 有 the clause's verb
        if inside_word(start, tokens):
            continue  # 办|公室主任: the candidate starts inside a dictionary word
        if any(candidate.endswith(ref) for ref in THIS_REFERENCES):
            continue  # 同行的有|该院|院长: 该院 refers to an institution, never ends a name
        if word_tags().get(candidate) in _NOUN_TAGS:
            continue  # 项目主任, 科室主任: a common noun naming what the post heads
        if left_boundary_ok(sentence, start, tokens, lexicon, context.home):
            return start, title_start, False, candidate
    if short_name:
        return title_start - 1, title_start, True, short_name
    return None


_CLAUSE_CHAR_TAGS = {"v", "p", "q", "m", "c", "d", "r"}  # jieba's tags of 有, 在, 位, 和, 也, 这 alone


def _addressed(candidate: str, context: ArticleContext) -> bool:
    """``candidate`` is a character of the clause (a verb, preposition, measure word: jieba's tag of
    it alone) and the surname of a full name the article printed before, which the title after it
    addresses (有段医生在, 找段医生): no name of two characters."""
    return (
        word_tags().get(candidate[0]) in _CLAUSE_CHAR_TAGS and candidate not in context.full_names
        and any(len(n) > 1 and n[0] == candidate[1] for n in context.full_names)
    )


def _short_reference(
    sentence: str, title_start: int, tokens: Tokens, lexicon: Lexicon, context: ArticleContext
) -> str | None:
    for size in (2, 1):
        start = title_start - size
        if start < 0:
            continue
        surname = sentence[start:title_start]
        if surname not in lexicon.surnames:
            continue
        matches = [n for n in context.full_names if n.startswith(surname) and len(n) > len(surname)]
        title = lexicon.title_pattern.match(sentence, title_start)
        matches = [
            n for n in matches
            if title and any(
                known.endswith(title.group(0)) and _DEPUTY + title.group(0) not in known for known in context.titles.get(n, set())
            )  # 严主任 for a 副主任 (a deputy called by the head's title): not the person's 主任
        ]
        if matches and left_boundary_ok(sentence, start, tokens, lexicon, context.home):
            return matches[-1]
    return None
