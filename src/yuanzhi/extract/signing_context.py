"""Whether a sentence's partnership cue states a signing between bodies at all:

    调研组察看了家庭医生签约服务开展情况          → no (a service signed with residents)
    调研紧密型县域医共体建设                      → no (an alliance named, none founded or joined)
    甲医院与乙医院签订紧密型医联体协议            → yes

Words as data in ``lexicon/signing_context.tsv`` (key ``service`` and ``founding``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import LexiconError
from .lexicon_loader import LEXICON_DIR, Lexicon, key_lists

_FILE = "signing_context.tsv"
_KEYS = {"service", "founding"}
_ALLIANCE = "alliance"


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    rows: dict[str, tuple[str, ...]] = {}
    for line, key, words, _extra in key_lists(LEXICON_DIR / _FILE, "key<TAB>comma-separated words"):
        if key not in _KEYS:
            raise LexiconError(str(LEXICON_DIR / _FILE), line, f"unknown key {key!r}: expected one of {sorted(_KEYS)}")
        rows[key] = rows.get(key, ()) + words
    service = sorted(rows.get("service", ()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, service)) or r"(?!)"), rows.get("founding", ())


def signing_stated(sentence: str, lexicon: Lexicon) -> bool:
    """The sentence has a partnership cue outside a service word, and an alliance word only
    beside a word that founds, joins or signs."""
    service, founding = _words()
    text = service.sub(lambda m: "＿" * len(m.group()), sentence)
    kinds = {kind for cue, kind in lexicon.partnership_cues if cue in text}
    if not kinds:
        return False
    return kinds != {_ALLIANCE} or any(word in text for word in founding)
