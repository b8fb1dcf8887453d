"""Which organization a post belongs to, by design: the longest well-formed name before the
title (a rare first character kept), one name per organization across the article (short
forms, designations, bracketed second names), 我院 never the partner. Hospitals, people and
places are invented."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import find_orgs, resolve_org
from yuanzhi.extract.segment import default_tokenizer, tokens
from yuanzhi.model import Article, Issue

from .conftest import one_article, people_of


def posts(*paragraphs: str, title: str | None = None) -> dict[tuple[str, str], str | None]:
    facts = issue_to_facts(one_article(*paragraphs, title=title, date="2024-06"))
    return {(p.name, q.title): q.org for p in facts.people for q in p.positions}


def orgs_in(sentence: str) -> list[str]:
    return [m.name for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), default_lexicon(), None)]


@pytest.mark.parametrize("place", ["澂江市", "浈阳市", "濉河县", "湓江市"])
def test_a_rare_first_character_of_a_place_is_kept(place: str) -> None:
    # jieba leaves the rare character alone (澂|江市) and tags it as a measure word or a morpheme
    found = posts(f"5月8日，{place}卫生健康委员会副主任鲁一鸣到{place}人民医院调研。{place}人民医院院长葛一川陪同。")
    assert found[("鲁一鸣", "副主任")] == f"{place}卫生健康委员会"
    assert found[("葛一川", "院长")] == f"{place}人民医院"


def test_a_place_jieba_splits_before_its_level_word_keeps_its_first_character() -> None:
    # 太|行省: jieba knows 行省 as a word; the place is two characters before 省
    assert orgs_in("张一帆兼任太行省中医药学会脾胃病专业委员会主任委员。") == ["太行省中医药学会脾胃病专业委员会"]


def test_a_concept_shaped_like_a_hospital_is_no_organization() -> None:
    assert orgs_in("近年来医院持续推进智慧医院建设。") == []
    assert orgs_in("我院与青禾银行股份有限公司苍山支行签署智慧医院建设合作协议。") == ["青禾银行股份有限公司苍山支行"]
    assert resolve_org("联盟医院", default_lexicon(), "某医院") is None


def test_a_verb_ending_in_a_units_character_ends_no_name() -> None:
    # 主办/承办 end in 办 (an office's ending) but are verbs
    assert orgs_in("培训由沅水县卫生健康局主办、沅水县人民医院承办。") == ["沅水县卫生健康局", "沅水县人民医院"]


def test_a_designation_before_a_hospital_folds_into_an_alias() -> None:
    facts = issue_to_facts(one_article(
        "3月2日，国家区域医疗中心苍梧医科大学第一附属医院副院长、心血管中心主任骆一平到蓼溪县人民医院坐诊。",
        "蓼溪县人民医院院长钟一岚陪同。苍梧医科大学第一附属医院心血管中心副主任甘一禾同行。",
        title="苍梧医大一附院专家到蓼溪县人民医院坐诊",
    ))
    found = {(p.name, q.title): q.org for p in facts.people for q in p.positions}
    assert found[("骆一平", "副院长")] == "苍梧医科大学第一附属医院"
    assert found[("骆一平", "主任")] == "苍梧医科大学第一附属医院心血管中心"
    hospital = next(o for o in facts.organizations if o.name == "苍梧医科大学第一附属医院")
    assert "国家区域医疗中心苍梧医科大学第一附属医院" in hospital.aliases
    assert all(not o.name.startswith("国家区域医疗中心") for o in facts.organizations)


def test_a_second_name_in_brackets_is_the_same_body() -> None:
    facts = issue_to_facts(one_article(
        "6月3日，蓼溪县中医医院（蓼溪县中医药服务中心）院长钟一岚、副院长蒲一川出席签约仪式。"
    ))
    found = {(p.name, q.title): q.org for p in facts.people for q in p.positions}
    assert found == {("钟一岚", "院长"): "蓼溪县中医医院", ("蒲一川", "副院长"): "蓼溪县中医医院"}
    hospital = next(o for o in facts.organizations if o.name == "蓼溪县中医医院")
    assert "蓼溪县中医药服务中心" in hospital.aliases


def test_wo_yuan_joining_a_partners_alliance_is_not_the_partner() -> None:
    # 我院加入 + the partner's designation: the writer is the other hospital
    found = posts(
        "5月6日，国家儿童区域医疗中心苍梧医科大学附属儿童医院儿科专科联盟蓼溪县分中心在蓼溪县妇幼保健院揭牌。"
        "苍梧医科大学附属儿童医院副院长骆一平，蓼溪县妇幼保健院院长钟一岚出席。",
        "苍梧儿童医院每月派专家到县里坐诊。苍梧儿童医院专家团队在县妇幼保健院开展义诊，苍梧儿童医院还将接收进修医生。",
        "医院党支部书记、副院长蒲一川主持仪式。",
        title="我院加入国家儿童区域医疗中心儿科专科联盟",
    )
    assert found[("骆一平", "副院长")] == "苍梧医科大学附属儿童医院"
    assert found[("钟一岚", "院长")] == "蓼溪县妇幼保健院"
    assert found[("蒲一川", "副院长")] == "蓼溪县妇幼保健院"


def test_wo_yuan_is_never_the_partner_joined_to_it() -> None:
    found = posts(
        "11月7日，澄湖市第一人民医院与青禾银行股份有限公司澄湖支行签约仪式在我院举行。"
        "青禾银行澄湖支行行长岳一鹏，副行长苏一梅，澄湖一院党委书记欧一正出席。",
        "此次与青禾银行澄湖支行携手，将提升医院智慧服务水平。",
        title="我院与青禾银行澄湖支行签署智慧医院建设合作协议",
    )
    assert found[("岳一鹏", "行长")] == "青禾银行股份有限公司澄湖支行"
    assert found[("苏一梅", "副行长")] == "青禾银行股份有限公司澄湖支行"
    assert found[("欧一正", "党委书记")] == "澄湖市第一人民医院"


def test_a_short_form_in_the_headline_means_the_full_name_of_the_body() -> None:
    found = posts(
        "3月4日，江岭省卫生健康委员会党组成员、副主任滕一京一行到梧桐县调研。省卫生健康委员会医政处处长邹一明陪同。",
        title="省卫生健康委员会副主任滕一京到我院调研",
    )
    assert found[("滕一京", "副主任")] == "江岭省卫生健康委员会"
    assert found[("邹一明", "处长")] == "江岭省卫生健康委员会医政处"


def test_a_name_written_with_its_place_stands_as_printed_before_the_full_name() -> None:
    # 梧州市卫健委 is a complete name where it is printed; only a headline or a placeless
    # short form reaches for a full name printed later
    facts = issue_to_facts(one_article("梧州市卫健委副主任赵一会出席。梧州市卫生健康委员会副主任赵一会致辞。"))
    assert {q.org for p in facts.people for q in p.positions} == {"梧州市卫健委", "梧州市卫生健康委员会"}


def test_a_place_glued_to_a_verb_is_cut_to_the_short_form_the_article_uses() -> None:
    found = issue_to_facts(one_article(
        "4月2日，蓼溪县卫生健康局副局长方一圆、蓼溪县妇幼保健院院长钟一岚出席。县卫生健康局将全力支持县妇幼保健院发展。",
        "专家团队在县妇幼保健院开展义诊。",
    ))
    names = {o.name for o in found.organizations}
    assert "全力支持县妇幼保健院" not in names
    hospital = next(o for o in found.organizations if o.name == "蓼溪县妇幼保健院")
    assert "县妇幼保健院" in hospital.aliases


def test_a_groups_posts_and_leaders_belong_to_the_group() -> None:
    facts = issue_to_facts(Issue(source="t.txt", date="2024-02", articles=(Article(
        id="1", title="云岭健康产业集团2024年度工作会议召开",
        paragraphs=(
            "2月8日，云岭健康产业集团年度工作会议在梧州市云岭医院召开。集团董事长庞一邦出席。"
            "集团领导班子成员廉一国、全一宇参加会议。会议由集团助理总裁、运营管理中心总经理温一健主持。",
        )),)))
    found = {(p.name, q.title): q.org for p in facts.people for q in p.positions}
    assert found[("温一健", "助理总裁")] == "云岭健康产业集团"
    assert found[("温一健", "总经理")] == "云岭健康产业集团运营管理中心"
    assert {(r.name, r.org) for r in facts.listed_leaders} == {("廉一国", "云岭健康产业集团"), ("全一宇", "云岭健康产业集团")}


def test_a_party_committees_department_and_its_section() -> None:
    found = people_of("梧州市委组织部部务委员、干部二科科长叶一秋宣读决定。")
    got = {(m.name, m.title): m.org.name if m.org else None for m in found}
    assert got == {("叶一秋", "部务委员"): "梧州市委组织部", ("叶一秋", "科长"): "梧州市委组织部干部二科"}


def test_a_university_department_is_a_unit() -> None:
    found = people_of("大会聘请苍梧医学院护理学系主任、教授管一平为名誉会长。")
    got = {(m.name, m.title): m.org.name if m.org else None for m in found}
    assert got[("管一平", "主任")] == "苍梧医学院护理学系"


def test_first_holder_of_a_societys_post_belongs_to_the_society() -> None:
    found = posts(
        "9月3日，梧州市医师协会全科医师分会成立大会召开。经选举，梧州市人民医院全科医学科主任朱一砂当选首任会长。"
    )
    assert found[("朱一砂", "会长")] == "梧州市医师协会全科医师分会"
