"""A reference to a body by a pronoun and its kind word (该局, 我局, 本所, 该中心): where a run of
field words that names a unit starts (unit_fields.py: 该局|医药价格和招标采购科), the reference
stands where the body's own name would (referred_units.py gives the unit its body)."""

from __future__ import annotations

from .generic_heads import bare_bodies
from .lexicon_loader import Lexicon

_PRONOUNS = ("该", "我", "本")
_UNIT_WORDS = ("科", "部", "室", "组")  # 本科, 本部, 该科: a unit's own word, no body's


def is_body_reference(word: str, lexicon: Lexicon) -> bool:
    """``word`` is a pronoun and the ending of a body's name (该局, 本所, 该中心)."""
    kind = word[1:]
    if not (2 <= len(word) <= 3 and word.startswith(_PRONOUNS)) or kind in _UNIT_WORDS:
        return False
    return lexicon.is_org_suffix(kind) or any(kind_word.endswith(kind) for kind_word, _ends in bare_bodies(lexicon.directory))
