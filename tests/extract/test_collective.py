"""Collective lists of leaders: listed as leaders of their organization, no post invented."""

from __future__ import annotations

from yuanzhi.extract.collective import listed_in_sentence
from yuanzhi.extract.facts import facts_to_json, issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.segment import default_tokenizer, tokens
from yuanzhi.model import Article, Issue

from .conftest import one_article

HOME = "青川市人民医院"


def listed(sentence: str, titled: list[tuple[int, int]] | None = None) -> list[tuple[str, str, str | None]]:
    found = listed_in_sentence(sentence, tokens(default_tokenizer(), sentence), default_lexicon(), HOME, [], titled)
    return [(m.name, m.role, m.org.name if m.org else None) for m in found]


def test_a_list_after_the_collective_word():
    assert listed("院领导赵永年、钱丽群、孙卫东……出席活动。") == [
        ("赵永年", "院领导", HOME), ("钱丽群", "院领导", HOME), ("孙卫东", "院领导", HOME)]
    assert [n for n, _r, _o in listed("医院领导班子成员赵永年、钱丽群和孙卫东参加会议。")] == ["赵永年", "钱丽群", "孙卫东"]
    assert listed("出席活动的院领导有赵永年、钱丽群。")[1] == ("钱丽群", "院领导", HOME)


def test_a_list_before_deng_and_the_collective_word():
    assert [n for n, _r, _o in listed("会前，赵永年、钱丽群、欧阳晓川等院领导看望了职工。")] == ["赵永年", "钱丽群", "欧阳晓川"]


def test_the_organization_written_before_the_word():
    assert listed("云岭健康集团领导冯德宝、卫宁出席。") == [("冯德宝", "领导", "云岭健康集团"), ("卫宁", "领导", "云岭健康集团")]
    assert listed("市领导吴一凡出席活动。") == [("吴一凡", "市领导", None)]


def test_no_list_no_listing():
    assert listed("在院领导的带领下，全院职工奋力拼搏。") == []
    assert listed("院领导深入临床一线调研。") == []


def test_a_titled_name_is_not_listed_again():
    sentence = "院领导赵永年、钱丽群出席。"
    assert [n for n, _r, _o in listed(sentence, [(3, 6)])] == ["钱丽群"]


def test_issue_facts_list_leaders_with_the_occasion_date_and_no_post():
    issue = one_article("3月9日，青川市人民医院召开职工代表大会。院领导赵永年、钱丽群出席会议。", date="2024-03")
    facts = issue_to_facts(issue)
    assert {(r.name, r.role, r.org, r.date) for r in facts.listed_leaders} == {
        ("赵永年", "院领导", HOME, "2024-03-09"), ("钱丽群", "院领导", HOME, "2024-03-09")}
    assert not {p.name for p in facts.people} & {"赵永年", "钱丽群"}
    evidence = facts.listed_leaders[0].evidence[0]
    assert evidence.quote == "院领导赵永年、钱丽群出席会议。" and evidence.article_id == "a1"
    assert facts_to_json(facts)["listed_leaders"][0]["role"] == "院领导"  # type: ignore[index]


def test_evidence_names_the_page_of_a_one_page_article():
    article = Article(id="p2", title=None, paragraphs=("青川市人民医院副院长钱丽群出席。",), pages=(2,))
    facts = issue_to_facts(Issue(source="x.txt", articles=(article,), date="2024-03"))
    assert facts.people[0].positions[0].evidence[0].page == 2
    spread = Article(id="p3", title=None, paragraphs=("青川市人民医院副院长钱丽群出席。",), pages=(1, 4))
    facts = issue_to_facts(Issue(source="x.txt", articles=(spread,), date="2024-03"))
    assert facts.people[0].positions[0].evidence[0].page is None


def test_a_word_after_the_collective_word_is_no_name_but_a_name_that_is_a_word_is():
    assert listed("全院领导干部会议召开。") == []
    assert [n for n, _r, _o in listed("院领导方圆、林荫出席。")] == ["方圆", "林荫"]


def test_a_verb_or_a_common_noun_after_the_collective_word_is_no_name():
    assert listed("宣读了医院领导班子任免、组织架构调整的决定。") == []
    assert listed("宣布领导干部任免决定。") == []


def test_a_bare_ending_before_the_word_is_the_body_the_article_named():
    issue = one_article("5月6日，枫岙市康复医学中心召开年度总结会。党委书记曲望川主持，中心领导赵永年、钱丽群出席。",
                        date="2024-05")
    facts = issue_to_facts(issue, default_lexicon(), default_tokenizer())
    assert {(r.name, r.org) for r in facts.listed_leaders} == {
        ("赵永年", "枫岙市康复医学中心"), ("钱丽群", "枫岙市康复医学中心")}
    assert "中心" not in {o.name for o in facts.organizations}


def test_a_bare_ending_the_article_never_named_gives_no_organization():
    issue = one_article("5月6日，召开年度总结会。会上，中心领导赵永年、钱丽群出席。", date="2024-05")
    facts = issue_to_facts(issue, default_lexicon(), default_tokenizer())
    assert {(r.name, r.org) for r in facts.listed_leaders} <= {("赵永年", None), ("钱丽群", None)}


def test_a_short_form_with_the_full_name_in_brackets_lists_under_the_bracketed_body():
    issue = one_article(
        "5月6日，枫岙县医疗健康集团召开干部大会。集团总院（枫岙县人民医院）领导班子成员赵永年、钱丽群参加。", date="2024-05")
    facts = issue_to_facts(issue, default_lexicon(), default_tokenizer())
    assert {(r.name, r.org) for r in facts.listed_leaders} == {("赵永年", "枫岙县人民医院"), ("钱丽群", "枫岙县人民医院")}
    aliases = {a for o in facts.organizations if o.name == "枫岙县人民医院" for a in o.aliases}
    assert "集团总院" in aliases


def test_a_term_between_the_hospital_and_the_collective_word():
    found = listed("会后，医院新一届领导班子成员蔺一舟、郜一帆与中层干部见面。")
    assert [(n, o) for n, _r, o in found] == [("蔺一舟", HOME), ("郜一帆", HOME)]
    assert [o for _n, _r, o in listed("医院第三届领导班子成员蔺一舟出席。")] == [HOME]
