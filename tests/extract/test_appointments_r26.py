"""Round 26's appointment shapes (invented names and units): a removal that describes its person
before the post (免去年满六十周岁的A科主任甲的主任职务) and the honorary post given in the same sentence
(聘其为A科名誉主任); letters given to a counted group of a post, the people listed after a colon
(为5名新聘任的学科带头人颁发聘书：A科学科带头人甲，…); some of a counted group elected to a post listed
after a colon (选举产生的21名常务委员中，有4名来自…：A医院院长甲，…)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _appointments(*paragraphs: str) -> set[tuple[str, str, str | None, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.org, a.action) for a in facts.appointments}


def test_a_described_person_removed_then_given_an_honorary_post() -> None:
    found = _appointments(
        "会议宣读了院党委会的决定：免去年满六十周岁的检验科主任蒯立川的主任职务，聘其为检验科名誉主任。"
    )
    assert {(p, t, a) for p, t, _o, a in found} >= {("蒯立川", "主任", "remove"), ("蒯立川", "名誉主任", "appoint")}
    assert ("蒯立川", "名誉主任", "检验科", "appoint") in found


def test_letters_given_to_a_counted_group_then_listed_after_a_colon() -> None:
    found = _appointments(
        "会上还为3名新聘任的学科带头人颁发聘书：睡眠医学科学科带头人蒯立川，临床心理科学科带头人姜雨亭，"
        "老年精神科学科带头人范一鸣，聘期三年。"
    )
    assert {(p, t, a) for p, t, _o, a in found} >= {
        ("蒯立川", "学科带头人", "appoint"), ("姜雨亭", "学科带头人", "appoint"), ("范一鸣", "学科带头人", "appoint"),
    }


def test_some_of_a_counted_elected_group_listed_after_a_colon() -> None:
    found = _appointments(
        "会议选举产生的19名常务委员中，有2名来自县级医院：芦溪县人民医院院长蒯立川，芦溪县中医医院儿科主任姜雨亭。"
    )
    assert {(p, t, a) for p, t, _o, a in found} >= {("蒯立川", "常务委员", "appoint"), ("姜雨亭", "常务委员", "appoint")}
    assert not any(t == "常务委员" for _p, t, _o, _a in _appointments(
        "会议选举产生常务委员19名。芦溪县人民医院院长蒯立川、芦溪县中医医院儿科主任姜雨亭出席会议。"
    ))

