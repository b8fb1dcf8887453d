"""Partnerships as one signing of named parties; the other names an organization is printed under."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def facts_of(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs, date="2024-10"))


def test_a_registered_company_is_a_party_whatever_its_words():
    facts = facts_of("10月18日，沂川市人民医院、淮江理工大学、瀚海智能医疗科技有限公司三方战略合作协议签约仪式举行。")
    assert [set(p.parties) for p in facts.partnerships] == [
        {"沂川市人民医院", "淮江理工大学", "瀚海智能医疗科技有限公司"}]


def test_a_counted_class_of_members_is_no_party():
    facts = facts_of("鹿溪县医共体由鹿溪县人民医院牵头，鹿溪县中医院、鹿溪县妇幼保健院及全县十二家乡镇卫生院共同组建。")
    assert [set(p.parties) for p in facts.partnerships] == [{"鹿溪县人民医院", "鹿溪县中医院", "鹿溪县妇幼保健院"}]


def test_a_second_name_is_an_alias_not_a_partner():
    facts = facts_of(
        "鹿溪县医共体由鹿溪县人民医院牵头，鹿溪县中医院共同组建。鹿溪县人民医院同时挂牌“鹿溪县医共体总医院”。"
    )
    orgs = {o.name: o for o in facts.organizations}
    assert "鹿溪县医共体总医院" in orgs["鹿溪县人民医院"].aliases
    assert all("鹿溪县医共体总医院" not in p.parties for p in facts.partnerships)


def test_short_forms_are_aliases_of_the_full_name_even_in_the_headline():
    facts = facts_of(
        "省人民医院对口帮扶我院工作座谈会召开",
        "9月5日，秦岭省人民医院对口帮扶禾川县人民医院工作座谈会召开。省医心血管内科主任医师农一韬讲话。",
    )
    orgs = {o.name: o for o in facts.organizations}
    assert {"省人民医院", "省医"} <= set(orgs["秦岭省人民医院"].aliases)
    assert "省人民医院" not in orgs and "省医" not in orgs


def aliases_of(facts, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a for o in facts.organizations if o.name == name for a in o.aliases}


def test_a_short_form_printed_only_with_a_unit_is_the_body_s_alias():
    facts = facts_of("10月9日，枫岙市卫生健康委员会副主任钱立川出席。市卫生健康委员会医政医管处处长孙晓云讲话。")
    assert "市卫生健康委员会" in aliases_of(facts, "枫岙市卫生健康委员会")


def test_a_short_form_of_a_declared_name_is_the_full_body_s():
    facts = facts_of(
        "枫岙县人民检察院（以下简称“枫岙县检察院”）召开听证会。",
        "枫岙县检察院检察长孙晓云主持。会上，县检察院副检察长钱立川发言。",
    )
    assert {"枫岙县检察院", "县检察院"} <= aliases_of(facts, "枫岙县人民检察院")
    assert "枫岙县检察院" not in {o.name for o in facts.organizations}
