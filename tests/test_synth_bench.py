"""The text benchmark runs end to end, survives a crashing parser and a missing one."""

from __future__ import annotations

import json

from bench import text_bench
from bench.baselines import split_at_bylines

from tests.synth.generate import generate_issue
from tests.synth.metrics import conservation_problems, score_issue


def test_baseline_splits_at_bylines_and_keeps_every_character():
    issue = generate_issue(2, spacing="double")
    predicted = split_at_bylines(issue.text)
    bylined = [a for a in issue.truth["articles"] if a["bylines"]]
    assert len(predicted["articles"]) >= len(bylined)
    assert conservation_problems(issue.text, predicted) == []
    assert 0.5 < score_issue(issue.truth, predicted)["bcubed_f1"] <= 1.0


def test_bench_counts_a_crashing_parser_as_failures(monkeypatch, tmp_path, capsys):
    def crash(text, source):
        raise ValueError("boom")

    monkeypatch.setattr(text_bench, "yuanzhi_parser", lambda: crash)
    out = tmp_path / "figures.json"
    assert text_bench.main(["--n", "3", "--no-big", "--fail-dir", str(tmp_path / "fail"), "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["generated"]["yuanzhi"]["errors"] == 3
    assert figures["generated"]["baseline: split at bylines"]["errors"] == 0
    assert len(list((tmp_path / "fail").glob("*.truth.json"))) == 3
    assert "parser error on seed 0: ValueError: boom" in capsys.readouterr().out


def test_bench_reports_a_missing_parser(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(text_bench, "yuanzhi_parser", lambda: None)
    assert text_bench.main(["--n", "2", "--no-big", "--fail-dir", str(tmp_path)]) == 0
    assert "parser unavailable" in capsys.readouterr().out
