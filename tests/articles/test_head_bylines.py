"""The line right under a headline in flat text (one printed line per line): a byline printed there
is the article's byline, and a news lead that runs on
into the next line is the first paragraph, never a subtitle (invented names and places)."""

from __future__ import annotations

from pathlib import Path

from yuanzhi.articles.bylines import parse_byline
from yuanzhi.layout.headings import is_lead
from yuanzhi.model import Article
from yuanzhi.pipeline import parse_text

BODY = [
    "3月8日上午，苇塘县人民医院在门诊大厅举行仪式，",
    "院长柯远山出席并讲话。全院职工两百余人参加。",
]


def _first(lines: list[str]) -> Article:
    issue = parse_text("\n".join(lines) + "\n", source=Path("t.txt").name)
    return issue.articles[0]


def test_a_bracketed_byline_under_the_headline_is_a_byline() -> None:
    article = _first(["苇塘医院送医进山村", "（党委办公室 米 禾）", *BODY])
    assert article.subtitle is None
    assert [(b.department, b.authors) for b in article.bylines] == [("党委办公室", ("米禾",))]


def test_a_bare_byline_with_role_words_under_the_headline_is_a_byline() -> None:
    article = _first(["苇塘医院送医进山村", "本报记者 米 禾　通讯员 柯 思", *BODY])
    assert article.subtitle is None
    assert {a for b in article.bylines for a in b.authors} == {"米禾", "柯思"}


def test_a_real_subtitle_stays() -> None:
    article = _first(["苇塘医院送医进山村", "七名队员走进高山牧场", *BODY])
    assert article.subtitle == "七名队员走进高山牧场"


def test_an_outlet_before_the_role_is_no_author() -> None:
    (byline,) = parse_byline("苇塘县广播电视台 记者 米 禾")
    assert byline.department == "苇塘县广播电视台" and byline.authors == ("米禾",)


def test_a_lead_that_runs_on_is_the_first_paragraph() -> None:
    lines = [
        "■医院召开年度工作会议",
        "3 月 3 日，医院召开年度工作会议，院长柯远",
        "山作报告，全院职工两百余人参加会议，会议",
        "表彰了一批先进集体和个人。",
        "■青年职工献血",
        "6 月 14 日是世界献血者日，院团委",
        "书记柯思远带领 50 名青年职工走进献血屋，献",
        "血 1.2 万毫升。",
    ]
    issue = parse_text("\n".join(lines) + "\n", source="t.txt")
    heads = [t for a in issue.articles for t in (a.kicker, a.title, a.subtitle) if t]
    assert not any(t.startswith("6月14日") for t in heads)
    assert any("院团委书记柯思远" in p for a in issue.articles for p in a.paragraphs)


def test_leads_after_local_time_and_a_further_report_open_a_story() -> None:
    assert is_lead("当地时间10月7日，第九批援外医疗队在首都医")
    assert is_lead("又讯3月4日下午，院党委书记柯远山")
    assert not is_lead("七名队员走进高山牧场")


def test_a_role_after_names_opens_the_next_credit() -> None:
    credits = parse_byline("记者 米 禾 摄影 柯 思")
    assert [(b.authors, b.roles) for b in credits] == [(("米禾",), ("记者",)), (("柯思",), ("摄影",))]


def test_what_stands_before_the_first_role_is_the_outlet() -> None:
    (byline,) = parse_byline("健康观察　记者 米 禾")
    assert byline.department == "健康观察" and byline.authors == ("米禾",)
