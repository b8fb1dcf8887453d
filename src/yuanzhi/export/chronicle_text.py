"""The parts every 大事记 format shares: the heading, month names, entry lines."""

from __future__ import annotations

from collections.abc import Iterator

from ..archive.records import Chronicle, ChronicleEntry
from .redact import redact

MONTHS = (
    "月份不详",
    "一月",
    "二月",
    "三月",
    "四月",
    "五月",
    "六月",
    "七月",
    "八月",
    "九月",
    "十月",
    "十一月",
    "十二月",
)
_END = "。！？!?…”」）)"


def heading(chronicle: Chronicle) -> str:
    return f"{chronicle.org or ''}{chronicle.year}年大事记"


def month_name(month: int) -> str:
    return MONTHS[month] if 0 <= month < len(MONTHS) else MONTHS[0]


def entry_date(entry: ChronicleEntry) -> str:
    """「5月11日」; the month alone when the day is unknown or only approximate."""
    if entry.month == 0:
        return ""
    if entry.day is None or entry.approximate:
        return f"{entry.month}月"
    return f"{entry.month}月{entry.day}日"


def entry_summary(entry: ChronicleEntry, patients: tuple[str, ...]) -> str:
    summary = redact(entry.summary.strip(), patients)
    if summary and summary[-1] not in _END:
        summary += "。"
    return summary


def entry_source(entry: ChronicleEntry, patients: tuple[str, ...]) -> str:
    parts = []
    if entry.article_title:
        parts.append(f"《{redact(entry.article_title, patients)}》")
    if entry.source:
        parts.append(entry.source)
    return "来源：" + "，".join(parts) if parts else ""


def months(chronicle: Chronicle) -> Iterator[tuple[str, tuple[ChronicleEntry, ...]]]:
    for month, entries in chronicle.months:
        yield month_name(month), entries
