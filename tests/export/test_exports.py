from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from yuanzhi.archive.store import Archive, open_archive
from yuanzhi.errors import YuanzhiError
from yuanzhi.export import (
    article_markdown,
    chronicle_bytes,
    chronicle_csv,
    chronicle_markdown,
    contributions_csv,
    issue_markdown,
)
from yuanzhi.export.markdown import escape
from yuanzhi.export.redact import redact

from ..archive.sample import facts_june, facts_may, issue_june, issue_may


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Archive]:
    with open_archive(tmp_path / "export.db") as archive:
        archive.ingest(issue_may(), facts_may())
        archive.ingest(issue_june(), facts_june())
        yield archive


def test_redact_replaces_longest_mentions_and_pseudonym_notes() -> None:
    assert redact("小禾（化名）术后第三天，小禾出院", ["小禾"]) == "某患者术后第三天，某患者出院"
    assert redact("小安安和小安", ["小安", "小安安"]) == "某患者和某患者"
    assert redact("无患者", []) == "无患者"


def test_chronicle_markdown_form(filled: Archive) -> None:
    text = chronicle_markdown(filled.chronicle(2024))
    lines = text.splitlines()
    assert lines[0] == "# 青川市人民医院2024年大事记"
    assert lines.index("## 五月") < lines.index("## 六月")
    assert any(
        line.startswith("- **5月11日**\u3000青川市人民医院举行国际护士节表彰大会。")
        for line in lines
    )
    assert "来源：《我院隆重举行国际护士节表彰大会》，青川院报-2024-05.txt" in text
    # the approximate surgery date keeps only its month
    assert any(line.startswith("- **5月**\u3000胸外科为患者某患者") for line in lines)
    assert "小禾" not in text and "王阿姨" not in text


def test_chronicle_docx_has_title_months_entries(filled: Archive) -> None:
    from docx import Document

    data = chronicle_bytes(filled.chronicle(2024), "docx")
    document = Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "青川市人民医院2024年大事记"
    assert "五月" in texts and "六月" in texts
    assert any(t.startswith("5月16日\u3000与南湖医科大学附属医院签署") for t in texts)
    assert not any("小禾" in t or "王阿姨" in t for t in texts)


def test_chronicle_csv_rows_redacted(filled: Archive) -> None:
    rows = list(csv.reader(io.StringIO(chronicle_csv(filled.chronicle(2024)))))
    assert rows[0][:5] == ["日期", "月", "日", "类型", "事件"]
    assert len(rows) == 1 + 5
    assert not any("王阿姨" in cell for row in rows for cell in row)
    assert chronicle_bytes(filled.chronicle(2024), "csv").startswith("\ufeff".encode())


def test_chronicle_json_drops_patient_list(filled: Archive) -> None:
    data = json.loads(chronicle_bytes(filled.chronicle(2024), "json"))
    assert "patients" not in data and "小禾" not in json.dumps(data, ensure_ascii=False)


def test_unknown_format_is_a_named_error(filled: Archive) -> None:
    with pytest.raises(YuanzhiError, match="md, docx, csv, json"):
        chronicle_bytes(filled.chronicle(2024), "pdf")


def test_empty_year_still_exports(filled: Archive) -> None:
    chronicle = filled.chronicle(1999)
    assert "暂无记录" in chronicle_markdown(chronicle)
    assert chronicle_bytes(chronicle, "docx").startswith(b"PK")


def test_contributions_csv_grid(filled: Archive) -> None:
    rows = list(csv.reader(io.StringIO(contributions_csv(filled.contributions(2024)))))
    header = rows[0]
    assert header[:3] == ["科室", "作者", "1月"] and header[-1] == "全年"
    nursing = next(r for r in rows if r[0] == "护理部" and r[1] == "合计")
    assert nursing[header.index("5月")] == "1" and nursing[header.index("6月")] == "1"
    assert nursing[-1] == "2"
    assert any(r[:2] == ["胸外科", "周小满"] for r in rows)


def test_article_markdown_keeps_structure_and_escapes(filled: Archive) -> None:
    text = article_markdown(filled.get_article("青川院报-2024-05:a2"), patients=["小禾"])
    assert text.startswith("# 胸外科成功完成首例单孔胸腔镜肺叶切除术")
    assert "> **健康小科普**" in text
    assert "（胸外科 韩立川 周小满）" in text
    assert "第1、2版" in text
    assert "小禾" not in text
    assert escape("*重点* [链接](x) <b>") == "\\*重点\\* \\[链接\\](x) \\<b\\>"


def test_issue_markdown_lists_every_article(filled: Archive) -> None:
    text = issue_markdown(filled.get_issue("青川院报-2024-05"))
    assert text.startswith("# 青川院报（第88期，2024-05-20）")
    assert text.count("\n## ") == 3


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "＝1"]
)
def test_csv_cells_cannot_run_as_formulas(tmp_path: Path, payload: str) -> None:
    """Printed text that looks like a formula comes out as text (OWASP CSV injection)."""
    from dataclasses import replace

    issue = issue_may()
    first = replace(issue.articles[0], title=payload + "表彰大会")
    issue = replace(issue, articles=(first, *issue.articles[1:]))
    with open_archive(tmp_path / "inject.db") as archive:
        archive.ingest(issue, facts_may())
        for text in (
            chronicle_csv(archive.chronicle(2024)),
            contributions_csv(archive.contributions(2024)),
        ):
            cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
            assert not any(cell.startswith(("=", "+", "@", "\t", "＝")) for cell in cells)
            assert not any(
                cell.startswith("-") and not cell.lstrip("-").isdigit() for cell in cells
            )
        rows = list(csv.reader(io.StringIO(chronicle_csv(archive.chronicle(2024)))))
        assert any(cell == "'" + payload + "表彰大会" for row in rows for cell in row)
