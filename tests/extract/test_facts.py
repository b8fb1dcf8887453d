"""issue_to_facts on hand-built issues: evidence, conventions, JSON shape, robustness."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yuanzhi.extract.facts import facts_to_json, issue_to_facts
from yuanzhi.extract.plain import text_to_issue
from yuanzhi.model import Article, Byline, Issue

from .conftest import one_article

PARAGRAPHS = (
    "5月31日，青川市人民医院召开中层干部大会，党委书记、院长周志明主持会议。",
    "经研究决定，聘任卢志刚为院长助理；韩雪梅不再担任副院长职务。",
    "近日，心胸外科杭志远主任团队为老王（化名）成功实施手术。周院长前往病房看望。",
)


def test_people_positions_and_evidence():
    facts = issue_to_facts(one_article(*PARAGRAPHS))
    people = {p.name: p for p in facts.people}
    zhou = people["周志明"]
    assert {(pos.title, pos.org) for pos in zhou.positions} == {("党委书记", "青川市人民医院"), ("院长", "青川市人民医院")}
    evidence = zhou.positions[0].evidence[0]
    assert evidence.source == "test.txt" and evidence.article_id == "a1"
    assert evidence.quote[evidence.start : evidence.end] == "周志明"
    dean = next(p for p in zhou.positions if p.title == "院长")
    assert len(dean.evidence) == 2  # the short reference 周院长 adds evidence
    # evidence dates: the sentence's own date, else the issue date
    assert dean.first_seen == "2024-05-31" and dean.last_seen == "2024-06"
    assert "老王" not in people
    assert [m.mention for m in facts.patients] == ["老王"]


def test_appointments_take_the_articles_last_date():
    facts = issue_to_facts(one_article(*PARAGRAPHS))
    assert {(a.person, a.title, a.action, a.date) for a in facts.appointments} == {
        ("卢志刚", "院长助理", "appoint", "2024-05-31"), ("韩雪梅", "副院长", "remove", "2024-05-31")
    }


def test_events_and_home_hospital():
    facts = issue_to_facts(one_article(*PARAGRAPHS))
    assert {(e.date, e.type, e.approximate) for e in facts.events} == {
        ("2024-05-31", "appointment", False), ("2024-06", "surgery", True)  # the meeting announced posts (GOLD_SPEC §13)
    }
    home = next(o for o in facts.organizations if o.name == "青川市人民医院")
    assert home.kind == "hospital"
    unit = next(o for o in facts.organizations if o.name == "心胸外科")
    assert (unit.kind, unit.parent) == ("department", "青川市人民医院")


def test_byline_authors_without_a_printed_title_are_not_people():
    issue = one_article("3月8日，青川市人民医院召开会议。", bylines=(Byline("党委办公室", ("许晴",)),))
    facts = issue_to_facts(issue)
    assert facts.people == ()
    assert "党委办公室" in {o.name for o in facts.organizations}
    text_issue = one_article("3月8日，青川市人民医院召开会议。", "（党委办公室 许晴）")
    assert issue_to_facts(text_issue).people == ()
    printed = one_article("3月8日，青川市人民医院召开会议。", bylines=(Byline("党委办公室", ("许晴",), ("通讯员",)),))
    assert [(p.name, p.positions[0].title, p.positions[0].org) for p in issue_to_facts(printed).people] == [
        ("许晴", "通讯员", "党委办公室")
    ]


def test_traditional_input_keeps_the_printed_quote():
    facts = issue_to_facts(one_article("6月5日，南湖醫科大學附屬醫院急診科主任郝振宇講解要點。"))
    person = facts.people[0]
    assert person.name == "郝振宇"
    assert person.positions[0].org == "急诊科"
    assert "醫院" in person.positions[0].evidence[0].quote


def test_json_has_the_contract_shape():
    data = facts_to_json(issue_to_facts(one_article(*PARAGRAPHS)))
    for key in ("people", "organizations", "appointments", "events", "honors", "partnerships", "patients"):
        assert isinstance(data[key], list)
    position = data["people"][0]["positions"][0]
    assert set(position) >= {"title", "org", "first_seen", "last_seen", "evidence"}
    assert set(position["evidence"][0]) >= {"source", "article_id", "quote"}
    assert set(data["events"][0]) >= {"date", "type", "summary", "article_id", "evidence"}
    assert set(data["organizations"][0]) >= {"name", "kind", "parent"}
    assert set(data["patients"][0]) == {"mention", "source", "article_id"}


def test_empty_and_peopleless_issues():
    assert issue_to_facts(Issue(source="x", articles=())).people == ()
    facts = issue_to_facts(one_article("为提高安全意识，医院开展消防演练。", date=None))
    assert facts.people == () and facts.appointments == ()
    facts = issue_to_facts(Issue(source="x", articles=(Article(id="1", title=None),)))
    assert facts.people == ()


def test_single_plain_article():
    issue = text_to_issue("医院召开会议\n\n3月8日，院长周志明主持会议。\n", source="news.txt", date="2024-03")
    assert issue.articles[0].title == "医院召开会议"
    assert [p.name for p in issue_to_facts(issue).people] == ["周志明"]


def test_very_long_name_list():
    names = ["钱文博", "卢志刚", "廖雨晴", "邹晓岚", "苗春雷", "车明轩", "褚丽萍", "韩雪梅"] * 25
    facts = issue_to_facts(one_article("副院长" + "、".join(names) + "出席。"))
    assert {p.name for p in facts.people} == set(names)


TEXT = st.text(alphabet=st.sampled_from(list("院长主任书记王李张某老小阿姨爷爷（化名）、，。月日0123456789至近日医院科集团签约荣获聘任为免去职务 \n")), max_size=120)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, max_size=4), st.one_of(st.none(), st.sampled_from(["2024-06", "2024", "2024-06-15"])))
def test_extraction_never_raises(paragraphs, date):
    facts = issue_to_facts(one_article(*paragraphs, title="测试", date=date))
    data = facts_to_json(facts)
    patients = {m.mention for m in facts.patients}
    assert not patients & {p["name"] for p in data["people"]}


KIN_WORDS = ["阿姨", "爷爷", "伯伯", "先生", "女士", "某", "（化名）"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["主任", "院长", "副院长", "主任医师", "教授", "护士长", ""]),
            st.sampled_from(["王", "李", "张", "和", "高", "老", "小", "欧阳", "司马"]),
            st.sampled_from(["", "安", "伟民", "建"]),
            st.sampled_from([*KIN_WORDS, "", "说", "、", "等"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_no_patient_pattern_ever_yields_a_person(parts):
    from yuanzhi.extract.lexicon_loader import default_lexicon

    sentence = "".join("".join(p) for p in parts) + "。"
    facts = issue_to_facts(one_article(sentence))
    patterns = default_lexicon().patient_patterns
    for person in facts.people:
        assert not any(p.fullmatch(person.name) for p in patterns), (sentence, person.name)
        assert person.name not in {m.mention for m in facts.patients}, sentence


def test_short_title_stands_for_the_full_title():
    facts = issue_to_facts(one_article("党委副书记、纪委书记汤志勇出席会议。", "汤志勇书记对工作进行部署。"))
    titles = {pos.title: len(pos.evidence) for pos in facts.people[0].positions}
    assert titles == {"党委副书记": 1, "纪委书记": 2}


def test_bare_group_is_the_issues_group():
    facts = issue_to_facts(one_article("9月5日，云岭健康集团召开经营分析会。集团董事长季宏远出席。"))
    assert [(p.name, p.positions[0].title, p.positions[0].org) for p in facts.people] == [
        ("季宏远", "董事长", "云岭健康集团")
    ]


def test_named_with_titles_then_appointed():
    facts = issue_to_facts(one_article(
        "8月16日，聘请江州医院心外科主任申国平教授为海宁湾医院名誉院长。"
    ))
    assert [(a.person, a.title, a.org, a.date) for a in facts.appointments] == [
        ("申国平", "名誉院长", "海宁湾医院", "2024-08-16")
    ]


def test_importing_builds_nothing():
    import subprocess
    import sys

    code = (
        "import yuanzhi.extract.facts, yuanzhi.knowledge.resolve, yuanzhi.knowledge.timeline\n"
        "from yuanzhi.extract import segment, lexicon_loader\n"
        "assert segment._cached.cache_info().currsize == 0\n"
        "assert segment.word_tags.cache_info().currsize == 0\n"
        "assert lexicon_loader.default_lexicon.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_long_sentence_without_punctuation_is_read():
    # how its time scales is measured by bench/facts_bench.py (speed is a benchmark's, not a test's)
    chunk = "青川市人民医院党委书记院长周志明副院长韩雪梅带领心内科团队开展义诊活动"
    facts = issue_to_facts(one_article(chunk * 150))  # ~5,000 characters, one sentence
    assert "周志明" in {p.name for p in facts.people}


def test_byline_roles_that_are_titles_are_used():
    issue = one_article("3月8日，青川市人民医院召开会议。", bylines=(Byline(None, ("杭雨薇",), ("记者",)),))
    assert [(p.name, p.positions[0].title) for p in issue_to_facts(issue).people] == [("杭雨薇", "记者")]
    issue = one_article("3月8日，青川市人民医院召开会议。", bylines=(Byline("宣传科", ("江晓岚",), ("文",)),))
    assert issue_to_facts(issue).people == ()


def test_a_hospital_written_under_a_group_is_its_unit():
    facts = issue_to_facts(one_article("6月15日，云岭健康集团所属青川康复医院开展义诊。"))
    unit = next(o for o in facts.organizations if o.name == "青川康复医院")
    assert (unit.kind, unit.parent) == ("hospital", "云岭健康集团")
