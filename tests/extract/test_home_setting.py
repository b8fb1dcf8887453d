"""The paper's own hospital: given (--hospital, the archive's setting) > masthead > texts.

Invented hospitals, people and places throughout.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yuanzhi.archive.hospital_setting import ingest_hospital, stored_hospital
from yuanzhi.archive.store import open_archive
from yuanzhi.cli import build_app
from yuanzhi.errors import InputError, LexiconError
from yuanzhi.extract.facts import facts_to_json, issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.paper_hospital import check_hospital, masthead_hospital, paper_words
from yuanzhi.model import Article, HomeHospital, Issue
from yuanzhi.pipeline import with_hospital

HOME = "澄江市第二人民医院"
OTHER = "禾丰县中医院"

# an article that never names its hospital: 医院/院长/我院 are the paper's own
UNNAMED = (
    "3月12日，医院召开年度工作会议。医院党委书记蒲文澜、院长庾思远出席会议。"
    "我院副院长晏秋池主持会议。"
)


def _issue(text: str, title: str | None = None, furniture: tuple[str, ...] = (), hospital: str | None = None) -> Issue:
    article = Article(id="1", title=None, paragraphs=tuple(p for p in text.split("\n") if p))
    return Issue(source="probe.txt", articles=(article,), date="2025-03", title=title, furniture=furniture,
                 hospital=hospital)


def _orgs(facts_json: dict[str, object]) -> dict[tuple[str, str], object]:
    people = facts_json["people"]
    assert isinstance(people, list)
    return {(p["name"], pos["title"]): pos["org"] for p in people for pos in p["positions"]}


# ------------------------------------------------------------------ the masthead


@pytest.mark.parametrize(
    ("title", "furniture", "expected"),
    [
        (f"{HOME}报", (), HOME),
        (f"{OTHER}院报", (), OTHER),
        ("澄江医院 院报", (), "澄江医院"),
        ("澄江市第二人民醫院報", (), HOME),  # printed in traditional characters: named as the facts name it
        (f"《{HOME}报》 2025年3月15日 第3期", (), HOME),
        (None, (f"2025年3月15日星期六第3期（总第88期）{HOME}主办",), HOME),
        (None, (f"主办：{OTHER} 主编：柏青禾",), OTHER),
        (None, (f"主办：{OTHER}主编：柏青禾",), OTHER),  # a reader that dropped the space
        (None, (f"主办单位：中共{OTHER}委员会",), OTHER),
        (None, (f"{OTHER}党委宣传部主办",), OTHER),
        (None, (f"第5期 {HOME}编印",), HOME),
        ("院刊", (f"{HOME}主办",), HOME),  # a plain paper name: the imprint names the host
    ],
)
def test_masthead_names_the_hospital(title: str | None, furniture: tuple[str, ...], expected: str) -> None:
    assert masthead_hospital(title, furniture, default_lexicon()) == expected


@pytest.mark.parametrize(
    ("title", "furniture"),
    [
        ("澄江健康医疗集团报", ()),  # a group's paper
        (f"{HOME}医疗集团报", ()),  # a group named after its lead hospital is still the group
        ("院报", ()),
        ("人民医院报", ()),  # a kind of hospital, no hospital
        ("市中心医院报", ()),
        ("澄江健康报", ()),
        (None, ("主办：澄江市卫生健康委员会",)),  # a paper published by a commission
        (None, ("责任编辑：柏青禾",)),
    ],
)
def test_mastheads_that_name_no_hospital(title: str | None, furniture: tuple[str, ...]) -> None:
    assert masthead_hospital(title, furniture, default_lexicon()) is None


def test_a_bad_lexicon_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "paper_hospital.tsv"
    bad.write_text("# comment\npaper_endings\t院报\nmastheads\t报\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"paper_hospital.tsv.*3"):
        paper_words(bad)


# ------------------------------------------------------------------ priority and what it changes


def test_given_beats_masthead_beats_texts() -> None:
    text = f"{OTHER}召开年度工作会议，{OTHER}院长庾思远出席。"
    assert facts_to_json(issue_to_facts(_issue(text)))["home"] == {"name": OTHER, "source": "text"}
    printed = _issue(text, title=f"{HOME}报")
    assert facts_to_json(issue_to_facts(printed))["home"] == {"name": HOME, "source": "masthead"}
    given = _issue(text, title=f"{HOME}报", hospital="榆川市妇幼保健院")
    assert facts_to_json(issue_to_facts(given))["home"] == {"name": "榆川市妇幼保健院", "source": "given"}


def test_a_masthead_short_form_takes_the_full_name_the_articles_print() -> None:
    text = "榆川市人民医院召开年度工作会议。榆川市人民医院院长庾思远出席。"
    printed = _issue(text, title="榆川医院报")
    assert facts_to_json(issue_to_facts(printed))["home"] == {"name": "榆川市人民医院", "source": "masthead"}
    other = _issue(f"{OTHER}召开年度工作会议。{OTHER}院长庾思远出席。", title="榆川医院报")
    assert facts_to_json(issue_to_facts(other))["home"] == {"name": "榆川医院", "source": "masthead"}


def test_posts_printed_without_a_body_take_the_given_hospital() -> None:
    alone = _orgs(facts_to_json(issue_to_facts(_issue(UNNAMED))))
    assert alone[("庾思远", "院长")] is None  # the article alone names no hospital
    given = _orgs(facts_to_json(issue_to_facts(_issue(UNNAMED, hospital=HOME))))
    assert given[("蒲文澜", "党委书记")] == HOME
    assert given[("庾思远", "院长")] == HOME
    assert given[("晏秋池", "副院长")] == HOME


def test_posts_take_the_masthead_hospital() -> None:
    printed = _orgs(facts_to_json(issue_to_facts(_issue(UNNAMED, title=f"{HOME}报"))))
    assert printed[("庾思远", "院长")] == HOME


def test_a_given_hospital_is_tidied_and_an_empty_one_is_refused() -> None:
    assert check_hospital(" 澄江市 第二人民医院 ") == HOME
    assert check_hospital(None) is None
    with pytest.raises(InputError, match="--hospital: is empty"):
        check_hospital("  ")
    with pytest.raises(InputError, match="not a hospital's name"):
        check_hospital("医" * 80)


def test_merged_facts_keep_each_issues_hospital() -> None:
    from yuanzhi.pipeline import issues_to_facts

    merged = issues_to_facts([_issue(UNNAMED, hospital=HOME), with_hospital(_issue(UNNAMED), OTHER)])
    assert merged.homes == (HomeHospital(HOME, "given"), HomeHospital(OTHER, "given"))
    data = facts_to_json(merged)
    assert data["home"] == {"name": HOME, "source": "given"} and len(data["homes"]) == 2  # type: ignore[arg-type]


# ------------------------------------------------------------------ the archive remembers it


def test_the_archive_remembers_the_first_hospital_given(tmp_path: Path) -> None:
    with open_archive(tmp_path / "a.db") as archive:
        assert stored_hospital(archive) is None
        assert ingest_hospital(archive, None) is None
        assert ingest_hospital(archive, HOME) == HOME  # the first one given is stored
        assert ingest_hospital(archive, None) == HOME
        assert ingest_hospital(archive, OTHER) == OTHER  # an override for one ingest
        assert stored_hospital(archive) == HOME  # does not change the setting
    with open_archive(tmp_path / "a.db", create=False) as archive:
        assert stored_hospital(archive) == HOME


# ------------------------------------------------------------------ the commands


def _run(*args: object) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_app(), [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def unnamed_file(tmp_path: Path) -> Path:
    path = tmp_path / "unnamed.txt"
    path.write_text("医院召开年度工作会议\n\n" + UNNAMED + "\n", encoding="utf-8")
    return path


def test_facts_takes_hospital(unnamed_file: Path) -> None:
    code, out, _ = _run("facts", unnamed_file, "--date", "2025-03", "--hospital", HOME, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["home"] == {"name": HOME, "source": "given"}
    assert _orgs(data)[("庾思远", "院长")] == HOME
    code, out, _ = _run("facts", unnamed_file, "--date", "2025-03", "--hospital", HOME)
    assert code == 0 and f"hospital {HOME} (given)" in out


def test_parse_takes_hospital(unnamed_file: Path) -> None:
    code, out, _ = _run("parse", unnamed_file, "--hospital", HOME, "--json")
    assert code == 0
    assert json.loads(out)["issue"]["home"] == {"name": HOME, "source": "given"}
    code, out, _ = _run("parse", unnamed_file, "--json")
    assert code == 0 and json.loads(out)["issue"]["home"] is None  # parse does not guess from the texts


@pytest.mark.parametrize("command", ["parse", "facts", "ingest"])
def test_an_empty_hospital_is_one_line(command: str, unnamed_file: Path, tmp_path: Path) -> None:
    code, out, err = _run(command, unnamed_file, "--hospital", " ", "--db", tmp_path / "x.db") if command == "ingest" \
        else _run(command, unnamed_file, "--hospital", " ")
    assert code == 2
    assert err.strip().count("\n") == 0 and "--hospital: is empty" in err and "Traceback" not in err + out
    assert not (tmp_path / "x.db").exists()  # nothing written


def test_ingest_remembers_the_hospital_for_later_ingests(unnamed_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "paper.db"
    code, _out, err = _run("ingest", unnamed_file, "--db", db, "--date", "2025-03", "--hospital", HOME)
    assert code == 0, err
    later = tmp_path / "later.txt"
    later.write_text("院长办公会研究设备采购\n\n4月2日，院长庾思远主持召开院长办公会。\n", encoding="utf-8")
    code, _out, err = _run("ingest", later, "--db", db, "--date", "2025-04")
    assert code == 0, err
    with open_archive(db, create=False) as archive:
        assert stored_hospital(archive) == HOME
        orgs = {(p.name, pos.title, pos.org) for f in archive.issue_facts() for p in f.people for pos in p.positions}
    assert ("庾思远", "院长", HOME) in orgs
    assert not any(org is None and name == "庾思远" for name, _t, org in orgs)
    code, out, _ = _run("hospital", "--db", db)
    assert code == 0 and HOME in out


def test_an_override_says_the_setting_stays(unnamed_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "paper.db"
    code, out, _ = _run("ingest", unnamed_file, "--db", db, "--date", "2025-03", "--hospital", HOME)
    assert code == 0 and f"(hospital {HOME})" in out
    other = tmp_path / "other.txt"
    other.write_text("院长办公会研究设备采购\n\n4月2日，院长庾思远主持召开院长办公会。\n", encoding="utf-8")
    code, out, _ = _run("ingest", other, "--db", db, "--date", "2025-04", "--hospital", OTHER)
    assert code == 0 and f"read as {OTHER}'s; the archive's hospital stays {HOME}" in out
    with open_archive(db, create=False) as archive:
        assert stored_hospital(archive) == HOME


def test_hospital_command_sets_and_shows(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    code, out, _ = _run("hospital", OTHER, "--db", db)
    assert code == 0 and OTHER in out
    code, out, _ = _run("hospital", "--db", db)
    assert code == 0 and OTHER in out
    code, _out, err = _run("hospital", "--db", tmp_path / "none.db")
    assert code == 1 and "no archive here" in err


def test_the_web_home_shows_the_archives_hospital(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from yuanzhi.web import WebSettings, create_app

    db = tmp_path / "web.db"
    with open_archive(db) as archive:
        ingest_hospital(archive, None)
    with TestClient(create_app(WebSettings(db=db))) as client:
        assert client.get("/api/home").json()["hospital"] is None
        code, _out, _err = _run("hospital", HOME, "--db", db)
        assert code == 0
        assert client.get("/api/home").json()["hospital"] == HOME  # read fresh, not from the view cache
        assert HOME in client.get("/").text
