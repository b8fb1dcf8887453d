"""Word boundaries at line breaks.

A typesetter breaks a line wherever the column is full, so inside a paragraph
a line break falls in the middle of a word about half the time (救 | 死扶伤,
泌 | 尿功能). A headline or heading always ends at a word boundary. Segmenting
the few characters around a break the way jieba does (its dictionary ships
with the package; no downloads) tells whether a word runs across it.

Loading jieba's dictionary costs one to two seconds per process, for the few
dozen breaks an issue asks about. So the dictionary (words, their prefixes and
frequencies, exactly what jieba builds in memory) is kept in a compact SQLite
file, derived from jieba's ``dict.txt`` on first use and cached; each break is
one indexed query, and the segmentation is jieba's own (the maximum-probability
route through the word graph, no HMM), so the answers are jieba's.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")
_JIEBA_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")  # jieba's re_han_default
CONTEXT = 6
FORMAT = 1  # bump when the cached table changes shape


class Dictionary:
    """jieba's prefix dictionary (word → frequency, prefixes with 0) in SQLite."""

    def __init__(self, connection: sqlite3.Connection):
        self.db = connection
        row = self.db.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
        self.log_total = math.log(int(row[0]))

    def frequencies(self, fragments: list[str]) -> dict[str, int]:
        marks = ",".join("?" * len(fragments))
        return dict(self.db.execute(f"SELECT word, freq FROM words WHERE word IN ({marks})", fragments))

    def cut(self, sentence: str) -> Iterator[str]:
        """jieba's ``lcut(sentence, HMM=False)`` for a short string."""
        for block in _JIEBA_HAN.split(sentence):
            if not block:
                continue
            if _JIEBA_HAN.fullmatch(block):
                yield from self._cut_block(block)
            else:
                yield from block  # jieba yields other characters one by one (no spaces here)

    def _cut_block(self, sentence: str) -> Iterator[str]:
        n = len(sentence)
        freq = self.frequencies(sorted({sentence[k:i] for k in range(n) for i in range(k + 1, n + 1)}))
        dag: dict[int, list[int]] = {}
        for k in range(n):  # jieba.get_DAG
            ends: list[int] = []
            i = k
            fragment = sentence[k]
            while i < n and fragment in freq:
                if freq[fragment]:
                    ends.append(i)
                i += 1
                fragment = sentence[k : i + 1]
            dag[k] = ends or [k]
        route: dict[int, tuple[float, int]] = {n: (0.0, 0)}
        for k in range(n - 1, -1, -1):  # jieba.calc
            route[k] = max((math.log(freq.get(sentence[k : x + 1]) or 1) - self.log_total + route[x + 1][0], x)
                           for x in dag[k])
        x = 0
        buffer = ""
        while x < n:  # jieba.__cut_DAG_NO_HMM: single Latin letters and digits run together
            y = route[x][1] + 1
            word = sentence[x:y]
            if len(word) == 1 and word.isascii() and word.isalnum():
                buffer += word
            else:
                if buffer:
                    yield buffer
                    buffer = ""
                yield word
            x = y
        if buffer:
            yield buffer


def jieba_dict_path() -> Path:
    """jieba's bundled dictionary, found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def cache_dir() -> Path:
    """``$YUANZHI_CACHE``, else ``$XDG_CACHE_HOME/yuanzhi``, else ``~/.cache/yuanzhi``."""
    if os.environ.get("YUANZHI_CACHE"):
        return Path(os.environ["YUANZHI_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "yuanzhi"


def build(source: Path, db: sqlite3.Connection) -> None:
    """Write jieba's prefix dictionary (``jieba.Tokenizer.gen_pfdict``) from ``source`` into ``db``."""
    freq: dict[str, int] = {}
    total = 0
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.strip().split(" ")
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            freq[word] = count
            total += count
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)
    with db:
        db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.executemany("INSERT INTO words VALUES (?, ?)", freq.items())
        db.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The cached dictionary, built on first use (in memory when no cache can be written)."""
    source = jieba_dict_path()
    stat = source.stat()
    key = hashlib.sha256(f"{FORMAT}:{source.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    path = cache_dir() / f"jieba-words-{key}.sqlite"
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as part:
                partial = Path(part.name)
            try:
                db = sqlite3.connect(str(partial))
                build(source, db)
                db.close()
                os.replace(partial, path)  # atomic: concurrent first uses never see half a table
            finally:
                partial.unlink(missing_ok=True)
        except OSError:
            memory = sqlite3.connect(":memory:", check_same_thread=False)
            build(source, memory)
            return Dictionary(memory)
    return Dictionary(sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False))


def word_runs_across(before: str, after: str) -> bool:
    """Does a dictionary word of two or more characters span the break between
    ``before`` (a line's end) and ``after`` (the next line's start)?"""
    left = _IDEOGRAPHS.findall(before[-CONTEXT:])
    right = _IDEOGRAPHS.findall(after[:CONTEXT])
    if not left or not right or not before[-1:] or not after[:1]:
        return False
    if not (_IDEOGRAPHS.fullmatch(before[-1]) and _IDEOGRAPHS.fullmatch(after[0])):
        return False
    a, b = left[-1], right[0]
    position = 0
    for word in dictionary().cut(a + b):
        start, position = position, position + len(word)
        if start < len(a) < position and len(word) >= 2:
            return True
    return False


_NAME_RUN = (3, 4)  # single characters in a row as long as a name is (马|骁‖驰)


def unknown_run_start(before: str, after: str) -> int | None:
    """Where (in ``before``) a run of three or four single characters starts that jieba's dictionary
    joins to no word, runs across the break between ``before`` and ``after`` and is followed by a
    word of two or more characters (住院医师|马|骁‖驰|获得): perhaps a name the typesetter broke."""
    left = _IDEOGRAPHS.findall(before[-CONTEXT:])
    right = _IDEOGRAPHS.findall(after[:CONTEXT])
    if not left or not right or not (_IDEOGRAPHS.fullmatch(before[-1:]) and _IDEOGRAPHS.fullmatch(after[:1])):
        return None
    a = left[-1]
    position, run_start, run = 0, 0, 0
    for word in dictionary().cut(a + right[0]):
        if len(word) == 1:
            run_start, run = (run_start, run + 1) if run else (position, 1)
        else:
            if _NAME_RUN[0] <= run <= _NAME_RUN[1] and run_start < len(a) < position:
                return len(before) - len(a) + run_start
            run = 0
        position += len(word)
    return None
