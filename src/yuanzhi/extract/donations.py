"""A signing that is a gift: ``甲与乙签订捐赠协议`` gives no partnership (GOLD_SPEC §13)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon_loader import LEXICON_DIR, _words

_FILE = "donation_words.txt"
_SIGN = r"(?:签订|签署|签约|签下)"
_DEED = r"(?:协议书?|合同|意向书|仪式)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    gifts = "|".join(re.escape(word) for _line, word in _words(LEXICON_DIR / _FILE))
    return re.compile(
        rf"{_SIGN}[^，。；！？]{{0,12}}?(?:{gifts})[^，。；！？]{{0,6}}?{_DEED}|(?:{gifts}){_SIGN}|(?:{gifts})协议"
    )


def donation_signing(sentence: str) -> bool:
    """The sentence signs an agreement of giving (捐赠协议, 捐助签约), not a partnership."""
    return _pattern().search(sentence) is not None
