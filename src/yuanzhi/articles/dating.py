"""Date an issue: given, else from the file name, else the masthead, else
inferred from the dates its articles mention."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath

from ..errors import YuanzhiError
from ..model import DateSource

_GIVEN = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_FILENAME = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.年]?(0[1-9]|1[0-2]|[1-9](?!\d))(?:[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d))?")
_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(?<![\d\-–—至到])((?:19|20)\d{2})\s*年(?!\s*[\-–—至到])")


class DateError(YuanzhiError):
    pass


def normalize_given(value: str) -> str:
    match = _GIVEN.match(value.strip())
    if not match:
        raise DateError(f"--date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        raise DateError(f"--date {value!r}: no such month or day")
    return _iso(year, month, day)


def _iso(year: str, month: str | None, day: str | None) -> str:
    out = year
    if month:
        out += f"-{int(month):02d}"
        if day:
            out += f"-{int(day):02d}"
    return out


def from_filename(source: str) -> str | None:
    match = _FILENAME.search(PurePath(source).stem)
    if not match:
        return None
    return _iso(*match.groups())


def from_masthead(furniture: Iterable[str]) -> str | None:
    for text in furniture:
        match = _FULL_DATE.search(text)
        if match:
            return _iso(*match.groups())
    return None


def infer(texts: Iterable[str]) -> str | None:
    """The month of the latest date the articles mention, in the year they name most."""
    joined = "\n".join(texts)
    years = Counter(int(y) for y in _YEAR.findall(joined))
    if not years:
        return None
    year = max(years.items(), key=lambda item: (item[1], item[0]))[0]
    candidates: list[tuple[int, int]] = []
    for y, m, d in _FULL_DATE.findall(joined):
        if int(y) == year and 1 <= int(m) <= 12:
            candidates.append((int(m), int(d or 0)))
    for m, d in _MONTH_DAY.findall(joined):
        if 1 <= int(m) <= 12 and 1 <= int(d) <= 31:
            candidates.append((int(m), int(d)))
    if not candidates:
        return str(year)
    month, _ = max(candidates)
    return f"{year}-{month:02d}"


def issue_date(
    given: str | None, source: str, furniture: Iterable[str], texts: Iterable[str]
) -> tuple[str | None, DateSource | None]:
    if given:
        return normalize_given(given), "given"
    for finder, label in ((lambda: from_filename(source), "filename"), (lambda: from_masthead(furniture), "masthead")):
        found = finder()
        if found:
            return found, label  # type: ignore[return-value]
    inferred = infer(texts)
    return (inferred, "inferred") if inferred else (None, None)
