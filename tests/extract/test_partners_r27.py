"""Round 27's partnerships and aliases (E139): parties printed by short forms or by a name the
article printed before, an agreement cited as a ground, numbered hospitals, declared short names
and second names. Every institution and person here is invented."""

from __future__ import annotations

from yuanzhi.extract.background_signings import without_background
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.org_short_names import is_short_form
from yuanzhi.knowledge.abbreviations import abbreviates
from yuanzhi.knowledge.partnerships import parties_only
from yuanzhi.model import Partnership

from .conftest import one_article


def facts_of(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs, date="2026-05"))


def aliases_of(facts, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a for o in facts.organizations if o.name == name for a in o.aliases}


def test_sides_printed_by_their_short_forms_are_the_bodies_named_before():
    facts = facts_of(
        "5月20日，柘溪县慈善总会助医项目启动仪式在柘溪县人民医院举行。县慈善总会会长甘棠出席。",
        "仪式上，县慈善总会与县人民医院签订了项目实施协议。",
    )
    assert [set(p.parties) for p in facts.partnerships] == [{"柘溪县慈善总会", "柘溪县人民医院"}]


def test_a_hospital_without_the_ordinal_is_another_hospital():
    lexicon_free = abbreviates("柘溪市人民医院", "柘溪市第三人民医院", frozenset("省市县区"))
    assert not lexicon_free
    assert abbreviates("柘溪三院", "柘溪市第三人民医院", frozenset("省市县区"))


def test_the_ordinal_left_out_is_no_short_form(lexicon):
    assert not is_short_form("市人民医院", "柘溪市第三人民医院", lexicon)
    assert is_short_form("市三院", "柘溪市第三人民医院", lexicon)


def test_a_place_is_no_institution_its_bodies_are_units_of():
    signed = Partnership(("柘溪市残疾人联合会", "柘溪市精神卫生中心", "柘溪市儿童医院"), "alliance", None, ())
    kept = parties_only([signed], institutions=["柘溪市", "柘溪市儿童医院"])
    assert [set(p.parties) for p in kept] == [{"柘溪市残疾人联合会", "柘溪市精神卫生中心", "柘溪市儿童医院"}]


def test_a_college_of_a_university_signs_in_its_own_name():
    signed = Partnership(("桐汀市口腔医院", "渭岭医科大学口腔医学院"), "agreement", None, ())
    kept = parties_only([signed], institutions=["渭岭医科大学", "桐汀市口腔医院"])
    assert [set(p.parties) for p in kept] == [{"桐汀市口腔医院", "渭岭医科大学口腔医学院"}]


def test_a_joint_body_founded_is_an_alliance():
    facts = facts_of(
        "12月3日，柘溪市残疾人联合会与柘溪市第二人民医院、柘溪市儿童医院签订残疾人康复服务联合体共建协议。"
    )
    assert [(set(p.parties), p.kind) for p in facts.partnerships] == [
        ({"柘溪市残疾人联合会", "柘溪市第二人民医院", "柘溪市儿童医院"}, "alliance")]


def test_an_agreement_cited_as_a_ground_is_no_signing():
    sentence = "同时，根据集团公司与柘溪市卫生健康委员会签订的《关于深化医疗机构改革的协议》，总医院保留原名。"
    assert "签订" not in without_background(sentence) and "协议" not in without_background(sentence)
    assert without_background("根据协议，四家医院将分别承担康复指导。") == "根据协议，四家医院将分别承担康复指导。"


def test_a_declared_short_name_read_inside_a_longer_body():
    facts = facts_of("5月28日，渤汀石化管理局有限公司（以下简称管理局公司）党委第二巡察组反馈会召开。管理局公司党委书记甘棠讲话。")
    assert "管理局公司" in aliases_of(facts, "渤汀石化管理局有限公司")


def test_a_declared_short_name_and_a_second_name_of_a_group_hospital():
    facts = facts_of(
        "经研究决定：庞知秋同志任柘溪能源集团总医院（以下简称总医院）党委书记；甘棠同志任总医院院长。"
        "同时，总医院保留柘溪市第五人民医院第二名称，其领导职务相应兼任。"
    )
    assert {"总医院", "柘溪市第五人民医院"} <= aliases_of(facts, "柘溪能源集团总医院")


def test_a_side_printed_after_the_signer_who_represents_it():
    facts = facts_of(
        "9月3日，桐汀市口腔医院博士后工作站揭牌。溟渚大学口腔医学院院长邰念慈出席。",
        "会上，邰念慈代表溟渚大学口腔医学院与桐汀市口腔医院签订博士后联合培养协议。",
    )
    assert {frozenset(p.parties) for p in facts.partnerships} == {frozenset({"桐汀市口腔医院", "溟渚大学口腔医学院"})}


def test_the_title_of_the_agreement_names_its_sides():
    facts = facts_of(
        "4月18日，渭岭大学医学院院长池南风、桐汀市人民医院院长白晓岚出席揭牌仪式。",
        "仪式上，池南风与白晓岚签订了《渭岭大学与桐汀市人民医院共建附属医院协议》。",
    )
    assert {frozenset(p.parties) for p in facts.partnerships} == {frozenset({"渭岭大学", "桐汀市人民医院"})}
