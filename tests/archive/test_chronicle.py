from __future__ import annotations

from yuanzhi.archive.chronicle import in_range
from yuanzhi.archive.store import Archive

from .sample import HOSPITAL


def test_events_between_months(filled: Archive) -> None:
    events = filled.events("2024-05", "2024-05")
    assert [e.date for e in events] == ["2024-05-11", "2024-05-16", "2024-05-20"]
    assert [e.type for e in filled.events("2024-01", "2024-12", type="outreach")] == ["outreach"]
    assert filled.events("2023-01", "2023-12") == []


def test_chronicle_groups_by_month_with_sources(filled: Archive) -> None:
    chronicle = filled.chronicle(2024)
    months = dict(chronicle.months)
    assert sorted(months) == [5, 6]
    may = months[5]
    assert [(e.day, e.type) for e in may] == [(11, "meeting"), (16, "signing"), (20, "surgery")]
    assert may[0].article_title == "我院隆重举行国际护士节表彰大会"
    assert may[0].source == "青川院报-2024-05.txt"
    assert set(chronicle.patients) == {"小禾", "王阿姨"}
    assert chronicle.org == HOSPITAL
    assert filled.chronicle(2023).months == ()


def test_contributions_per_department_and_author(filled: Archive) -> None:
    contributions = filled.contributions(2024)
    dept = {(r.department, r.month): r.articles for r in contributions.by_department}
    assert dept[("护理部", 5)] == 1 and dept[("护理部", 6)] == 1
    assert dept[("胸外科", 5)] == 1
    authors = {(r.author, r.month): r.articles for r in contributions.by_author}
    assert authors[("陈默", 5)] == 1 and authors[("陈默", 6)] == 1
    assert authors[("韩立川", 5)] == 1 and authors[("周小满", 5)] == 1
    assert dict(contributions.totals)["护理部"] == 2


def test_in_range_uses_iso_prefixes() -> None:
    assert in_range("2024-06-30", "2024-01", "2024-06")
    assert not in_range("2024-07-01", "2024-01", "2024-06")
    assert in_range("2024-06", "2024-06-01", "2024-06-30")
    assert not in_range(None, None, None)


def test_recent_events_newest_first(filled: Archive) -> None:
    assert [e.date for e in filled.recent_events(3)] == ["2024-06-15", "2024-06-03", "2024-05-20"]
    assert len(filled.recent_events(50)) == 5
