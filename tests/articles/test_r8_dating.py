"""Round 8 dating shapes: a yearly counted exposition (第N届进博会, first held 2018) dates the
issue. Texts are invented (the 岚泽县 hospitals do not exist)."""

from __future__ import annotations

from yuanzhi.articles import dating
from yuanzhi.articles.named_day_cues import periodic_cues


def test_a_yearly_exposition_counts_from_its_first_year() -> None:
    assert [(c.year, c.kind) for c in periodic_cues("设备科赴第六届进博会考察。")] == [(2023, "current")]
    assert [c.year for c in periodic_cues("第三届中国国际进口博览会期间")] == [2020]


def test_a_yearly_exposition_dates_an_issue_without_printed_years() -> None:
    text = ["11月6日，岚泽县人民医院组织采购人员参观第五届中国国际进口博览会。"]
    assert dating.weigh(text).date == "2022-11"
