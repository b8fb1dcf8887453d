"""A company's trade name at the start of a clause or list item, its first syllable cut off by
jieba: ``，安|康泰|财产保险股份有限公司`` (GOLD_SPEC §4.8). A registered name runs back to where
the clause or the list item starts or a function word or verb stands, not to a word boundary jieba
draws: one character right after a clause opener (a comma, 、, the sentence start) or such a word
(与, 由), itself no function word, opens the trade name."""

from __future__ import annotations

from ..han import is_basic_han
from .lexicon_loader import COMPANY_KINDS, Lexicon
from .segment import word_tags

_CLAUSE_OPENERS = "，,、；;：:。“\"（(　 \n"
_FUNCTION_TAGS = {"p", "c", "r", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "m", "q", "f"}
_MIN_REST = 6  # characters after the syllable: a trade-name word and a form at least (康泰有限公司, 康泰某州分公司)


def clause_syllable(word: str, sentence: str, word_start: int, before: str, rest: str, lexicon: Lexicon) -> bool:
    """``word`` is the first syllable of the registered company name ``rest`` continues: one
    character opening its clause or following a function word or verb (``before``: 与, 由, 签约),
    itself no function word, and ``rest`` a company's or a group's name
    (a registered name, a branch: ``，安|康泰|某州|分公司``)."""
    return (
        len(word) == 1 and is_basic_han(word) and word not in lexicon.boundary_words
        and (word_start == 0 or sentence[word_start - 1] in _CLAUSE_OPENERS or before in lexicon.boundary_words)
        and word_tags().get(word) not in _FUNCTION_TAGS
        and len(rest) >= _MIN_REST and lexicon.org_kind(rest) in COMPANY_KINDS
    )


_COMPANY_NOUN = "公司"


def company_before(word: str, rest: str, forms: tuple[str, ...]) -> bool:
    """``某医疗全资子公司|某医疗器械有限公司``: a word naming a company by its relation (子公司,
    全资子公司) right before a registered name (``rest`` with a legal form, not starting with one)
    ends the name: the registered name starts after it (GOLD_SPEC §4.8)."""
    return (
        len(word) >= 3 and word.endswith(_COMPANY_NOUN) and any(form in rest for form in forms)
        and not rest.startswith(forms)
    )


def signer_before(word: str, rest: str, lexicon: Lexicon) -> bool:
    """``中共某集团有限公司委员会|某集团有限公司``: a committee right before a company's or a group's
    name (a notice's two signers run together once the space between them is gone) ends the name:
    a company is no unit of a committee."""
    return word.endswith(_SIGNERS) and lexicon.org_kind(rest) in COMPANY_KINDS


# A committee printed before a registered name (中共某集团有限公司委员会|某集团有限公司, a notice's two
# signers run together once the space between them is gone): a company is no unit of a committee
_SIGNERS = ("委员会", "党委")


def legal_form_part(word: str, rest: str, forms: tuple[str, ...]) -> bool:
    """``某煤业集团|有限责任|公司``: ``word`` is the first part of a legal form jieba split, the form's
    rest starting the name read so far: it belongs to the name."""
    return any((word + rest).startswith(form) and len(word) < len(form) for form in forms)
