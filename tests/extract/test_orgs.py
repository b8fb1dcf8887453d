from __future__ import annotations

from yuanzhi.extract.home_orgs import home_hospital
from yuanzhi.extract.orgs import find_orgs, resolve_org, split_unit
from yuanzhi.extract.segment import default_tokenizer, tokens


def names(sentence: str, lexicon, home: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.kind, m.parent) for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), lexicon, home)]


def test_split_unit(lexicon):
    assert split_unit("江州医院泌尿外科", lexicon) == ("江州医院", "泌尿外科")
    assert split_unit("南湖医科大学附属医院急诊科", lexicon) == ("南湖医科大学附属医院", "急诊科")
    assert split_unit("云岭医疗投资有限公司", lexicon) == (None, "云岭医疗投资有限公司")


def test_resolve_self_references_and_units(lexicon):
    home = "青川市人民医院"
    assert resolve_org("我院", lexicon, home).name == home
    unit = resolve_org("我院神经内科", lexicon, home)
    assert (unit.name, unit.kind, unit.parent) == ("神经内科", "department", home)
    other = resolve_org("江州医院泌尿外科", lexicon, home)
    assert (other.name, other.parent) == ("江州医院泌尿外科", "江州医院")
    assert resolve_org("我院", lexicon, None) is None


def test_find_orgs_stops_at_verbs_and_prepositions(lexicon):
    found = names("一对夫妻来到青川市人民医院新生儿科，感谢医护人员。", lexicon, "青川市人民医院")
    assert found == [("新生儿科", "department", "青川市人民医院")]
    found = names("会议由云岭医疗投资有限公司总经理主持。", lexicon)
    assert found == [("云岭医疗投资有限公司", "company", None)]
    assert names("南湖医科大学附属医院与北辰县人民医院签约。", lexicon) == [
        ("南湖医科大学附属医院", "hospital", None), ("北辰县人民医院", "hospital", None)
    ]


def test_generic_names_are_not_organizations(lexicon):
    assert names("两家医院将加强合作，推动医院发展，保险公司也参与。", lexicon) == []


def test_home_hospital_is_the_most_named(lexicon):
    texts = ["海宁湾医院召开大会。", "江州医院专家来到海宁湾医院。", "海宁湾医院麻醉科主任作报告。"]
    tokenizer = default_tokenizer()
    assert home_hospital(texts, lambda t: tokens(tokenizer, t), lexicon) == "海宁湾医院"
    assert home_hospital(["今天天气很好。"], lambda t: tokens(tokenizer, t), lexicon) is None
