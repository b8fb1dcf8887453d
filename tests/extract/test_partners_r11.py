"""Round 11-12 partnership classes: a signing done by two people stands for their bodies, a
signed gift is no partnership, a body of kind other (a school, a law firm) is a party, and a
village served is none."""

from __future__ import annotations

from yuanzhi.extract.donations import donation_signing
from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def facts_of(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs, date="2024-05"))


def test_two_signers_stand_for_the_bodies_they_head():
    facts = facts_of(
        "5月9日，棣川县疫病联防联控工作会在棣川县林业局召开。棣川县林业局局长潘志远，棣川县卫生健康局副局长祁雪梅出席会议。",
        "会上，潘志远与祁雪梅签订了《棣川县疫病联防联控合作协议》。",
    )
    assert [set(p.parties) for p in facts.partnerships] == [{"棣川县林业局", "棣川县卫生健康局"}]


def test_three_signers_in_a_list_stand_for_three_bodies():
    facts = facts_of(
        "棣川县林业局局长潘志远，棣川县卫生健康局副局长祁雪梅，棣川县人民医院院长蒯文博出席。",
        "仪式上，潘志远、祁雪梅和蒯文博分别代表三方签署合作协议。",
    )
    assert [set(p.parties) for p in facts.partnerships] == [{"棣川县林业局", "棣川县卫生健康局", "棣川县人民医院"}]


def test_a_signed_gift_is_no_partnership():
    facts = facts_of(
        "棣川县林业局局长潘志远，棣川县人民医院院长蒯文博出席。",
        "潘志远与蒯文博签订捐赠协议，并移交了捐赠支票。",
    )
    assert facts.partnerships == ()
    assert donation_signing("双方签署了捐助协议书")
    assert not donation_signing("双方签订了器官捐献合作协议")


def test_signers_named_without_posts_give_no_party():
    facts = facts_of("仪式上，潘志远与祁雪梅签订了合作协议。")
    assert facts.partnerships == ()


def test_a_numbered_hospital_written_by_its_number_is_an_alias():
    facts = facts_of(
        "5月9日，棣川县第四人民医院与棣川县第一中学签订健康教育合作协议。",
        "四院将每月派专家到棣川一中开设讲座。",
    )
    orgs = {o.name: o for o in facts.organizations}
    assert "四院" in orgs["棣川县第四人民医院"].aliases
    assert "棣川一中" in orgs["棣川县第一中学"].aliases


def test_a_clipped_kind_word_and_a_civic_body_from_the_level_are_aliases():
    facts = facts_of(
        "棣川市疾病预防控制中心慢病科科长潘志远，棣川市红十字会副会长祁雪梅出席。",
        "潘志远表示，市疾控中心将配合工作；市红十字会将提供急救培训。",
    )
    aliases = {alias: o.name for o in facts.organizations for alias in o.aliases}
    assert aliases.get("市疾控中心") == "棣川市疾病预防控制中心"
    assert aliases.get("市红十字会") == "棣川市红十字会"


def test_a_places_government_written_from_its_level_is_an_alias():
    facts = facts_of(
        "棣川市人民政府副市长潘志远出席签约仪式。",
        "潘志远表示，市政府将在编制、经费等方面提供保障，市中心城区交通也将改善。",
    )
    aliases = {alias: o.name for o in facts.organizations for alias in o.aliases}
    assert aliases.get("市政府") == "棣川市人民政府"
    assert "市中心" not in aliases
