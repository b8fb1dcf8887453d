"""lexicon_loader.surname_alternation: the one-character surnames as one class match exactly as
the plain alternation of every surname, longest first, would."""

import re

from yuanzhi.extract.lexicon_loader import surname_alternation

_SURNAMES = ["乔", "司空", "甘", "闾丘", "乔"]  # invented set; a repeated row is harmless


def _plain(surnames: list[str]) -> str:
    return "(?:" + "|".join(sorted(surnames, key=len, reverse=True)) + ")"


def test_compound_first_then_one_class() -> None:
    assert surname_alternation(_SURNAMES) == "(?:司空|闾丘|[乔甘])"


def test_matches_as_the_plain_alternation() -> None:
    texts = ["司空某说", "乔某某、甘某", "闾丘小某", "空某", "老乔、小甘（化名）"]
    for template in ("({S})某", "老{S}", "小{S}(?=[，、（])", "{S}某某?"):
        ours = re.compile(template.replace("{S}", surname_alternation(_SURNAMES)))
        plain = re.compile(template.replace("{S}", _plain(_SURNAMES)))
        for text in texts:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_only_compound_or_only_single() -> None:
    assert surname_alternation(["司空"]) == "(?:司空)"
    assert surname_alternation(["乔"]) == "(?:[乔])"
