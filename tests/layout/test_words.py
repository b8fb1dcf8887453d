"""The compact segmenter answers exactly as jieba does, without loading jieba."""

from __future__ import annotations

import logging
import sqlite3
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from yuanzhi.layout import words

# characters of hospital news, so that strings hold real words and near-words
CHARS = "医院科室护理患者手术中心举办活动开展工作会议主任院长党委书记健康服务质量年月日的了和在是为与及救死扶伤泌尿功能检查治疗"


@lru_cache(maxsize=1)
def _jieba() -> object:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _jieba_runs_across(before: str, after: str) -> bool:
    """The former implementation, on jieba itself."""
    left = words._IDEOGRAPHS.findall(before[-words.CONTEXT:])
    right = words._IDEOGRAPHS.findall(after[: words.CONTEXT])
    if not left or not right or not before[-1:] or not after[:1]:
        return False
    if not (words._IDEOGRAPHS.fullmatch(before[-1]) and words._IDEOGRAPHS.fullmatch(after[0])):
        return False
    a, b = left[-1], right[0]
    position = 0
    for word in _jieba().lcut(a + b, HMM=False):  # type: ignore[attr-defined]
        start, position = position, position + len(word)
        if start < len(a) < position and len(word) >= 2:
            return True
    return False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=CHARS, min_size=1, max_size=12))
def test_cut_is_jiebas(sentence: str) -> None:
    assert list(words.dictionary().cut(sentence)) == _jieba().lcut(sentence, HMM=False)  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=CHARS + "，。 （）", min_size=1, max_size=10), st.text(alphabet=CHARS + "，。", min_size=1, max_size=10))
def test_word_runs_across_as_with_jieba(before: str, after: str) -> None:
    assert words.word_runs_across(before, after) == _jieba_runs_across(before, after)


def test_known_breaks() -> None:
    assert words.word_runs_across("坚持救", "死扶伤的精神")
    assert not words.word_runs_across("医院", "举行")
    assert not words.word_runs_across("医院。", "举行")


def test_cache_is_built_once_where_asked(tmp_path: Path, monkeypatch: object) -> None:
    monkeypatch.setenv("YUANZHI_CACHE", str(tmp_path))  # type: ignore[attr-defined]
    assert words.cache_dir() == tmp_path
    small = tmp_path / "dict.txt"
    small.write_text("医院 100 n\n医院长 5 n\n救死扶伤 30 i\n", encoding="utf-8")
    db = sqlite3.connect(":memory:")
    words.build(small, db)
    table = dict(db.execute("SELECT word, freq FROM words"))
    assert table == {"医": 0, "医院": 100, "医院长": 5, "救": 0, "救死": 0, "救死扶": 0, "救死扶伤": 30}
    assert list(words.Dictionary(db).cut("救死扶伤医院")) == ["救死扶伤", "医院"]
