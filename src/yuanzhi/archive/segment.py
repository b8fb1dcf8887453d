"""Word segmentation for the jieba full-text option.

Chinese has no spaces between words, so SQLite's unicode61 tokenizer would see a
whole clause as one token. The jieba option indexes text pre-segmented with
jieba's search mode (a long word and its sub-words) joined by spaces. The jieba
dictionary loads on first use (about a second), never at import time.
"""

from __future__ import annotations

import logging
from typing import Any


class Segmenter:
    """A private jieba tokenizer; build one per archive and pass it around."""

    def __init__(self) -> None:
        self._tokenizer: Any = None

    def _jieba(self) -> Any:
        if self._tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            self._tokenizer = jieba.Tokenizer()
            self._tokenizer.initialize()
        return self._tokenizer

    def index_text(self, text: str) -> str:
        """Text as space-separated search-mode tokens (what the index stores)."""
        if not text:
            return ""
        return " ".join(t for t in self._jieba().cut_for_search(text, HMM=True) if t.strip())

    def query_tokens(self, term: str) -> list[str]:
        """One user term as the index tokens it must match (precise mode)."""
        return [t for t in self._jieba().cut(term, HMM=True) if t.strip() and _has_word_char(t)]


def _has_word_char(token: str) -> bool:
    return any(ch.isalnum() for ch in token)
