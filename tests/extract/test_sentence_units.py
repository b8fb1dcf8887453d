"""A unit printed alone after another body the same sentence names is that body's (GOLD_SPEC §4.1, §4.2, §4.3).

Invented names only."""

from __future__ import annotations

from dataclasses import replace

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article

HOME = "柏原市第二人民医院"
OTHER = "槐溪市中医医院"


def _posts(*paragraphs: str) -> dict[tuple[str, str], str | None]:
    """The posts of one article of the paper of HOME (its masthead names it)."""
    facts = issue_to_facts(replace(one_article(*paragraphs), title=f"{HOME}报"))
    return {(p.name, pos.title): pos.org for p in facts.people for pos in p.positions}


def test_a_unit_after_the_hospital_the_sentence_names_is_that_hospitals() -> None:
    posts = _posts(
        f"6月3日，{HOME}院长甘济川带队赴{OTHER}交流。",
        f"{OTHER}派出内科、检验科医务人员12名，医务部主任、副主任医师蒲云岫带领专家参加义诊。",
    )
    assert posts[("蒲云岫", "主任")] == OTHER + "医务部"
    assert posts[("蒲云岫", "副主任医师")] == OTHER + "医务部"


def test_a_level_short_form_is_resolved_to_the_body_printed_in_full() -> None:
    posts = _posts(
        f"5月8日，{HOME}与棠沅州人民医院、棠沅州藏医院联合义诊。",
        "州人民医院派出医务人员18名，医务部主任柯望舒带领专家解读体检结果。",
        "活动还邀请州疾病预防控制中心参与，地方病防治科科长邬清禾讲解了防治知识。",
    )
    assert posts[("柯望舒", "主任")] == "棠沅州人民医院医务部"
    assert posts[("邬清禾", "科长")] == "州疾病预防控制中心地方病防治科"  # never printed in full: as printed


def test_the_own_hospitals_units_stay_alone() -> None:
    posts = _posts(
        f"6月3日，{OTHER}专家来我院交流，心内科主任蒲云岫陪同。",
        f"护理部主任邬清禾介绍了{OTHER}的经验。",
    )
    assert posts[("蒲云岫", "主任")] == "心内科"  # 我院 in the sentence
    assert posts[("邬清禾", "主任")] == "护理部"  # the other hospital is named after the unit


def test_a_hospital_the_sentence_goes_to_keeps_no_unit() -> None:
    posts = _posts(
        f"根据协议，{HOME}将选派骨干医师常驻{OTHER}，并派出心内科副主任蒲云岫挂职{OTHER}业务院长。",
        f"{HOME}医务部副主任甘济川挂任{OTHER}副院长，呼吸科主任邬清禾任{OTHER}医务科科长。",
    )
    assert posts[("蒲云岫", "副主任")] == "心内科"  # sent by the own hospital to the one it names
    assert posts[("邬清禾", "主任")] == "呼吸科"  # the hospital before is a post's body


def test_a_unit_after_this_hospital_is_the_hospital_named_last() -> None:
    posts = _posts(
        f"按照统一安排，{HOME}院长甘济川挂任{OTHER}院长，心内科副主任医师蒲云岫挂任该院医务部主任，"
        "麻醉科主治医师邬清禾、儿科主管护师柯望舒分别挂任该院麻醉科副主任、儿科护士长。",
    )
    assert posts[("蒲云岫", "主任")] == OTHER + "医务部"
    assert posts[("邬清禾", "副主任")] == OTHER + "麻醉科"


def test_a_medical_centre_after_this_hospital_is_its_unit() -> None:
    facts = issue_to_facts(one_article(
        f"6月3日，{OTHER}专家走进社区。",
        "该院睡眠医学中心副主任、副主任医师蒲云岫为居民评估睡眠质量。",
    ))
    units = {o.name: o.parent for o in facts.organizations if o.kind == "department"}
    assert units.get("睡眠医学中心") == OTHER or units.get(OTHER + "睡眠医学中心") == OTHER
