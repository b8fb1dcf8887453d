"""Patient privacy in exports: every known patient mention becomes 「某患者」.

Mentions come from the facts (facts.patients: 小安安, 王阿姨 …). A mention
followed by 「（化名）」 is replaced together with the note. Longer mentions are
replaced first so 小安安 is not left as 小某患者.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACEHOLDER = "某患者"


def redactor(mentions: Iterable[str], placeholder: str = PLACEHOLDER) -> re.Pattern[str] | None:
    names = sorted({m.strip() for m in mentions if m and m.strip()}, key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(f"(?:{alternatives})(?:[（(]化名[）)])?")


def redact(text: str, mentions: Iterable[str], placeholder: str = PLACEHOLDER) -> str:
    pattern = redactor(mentions)
    return pattern.sub(placeholder, text) if pattern else text
