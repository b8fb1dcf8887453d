"""The paper's own departments of round 28 (E146): a deictic time word glued before a body
written by its ending or with 我院 (当日|我院眼科, 今年|卫生院) is no part of the name; two fields
joined by 与 after a clause word (为, 兼) are one department's name (为肿瘤营养与代谢科); a unit
named for a process or a clinical act (遗传代谢实验室, 职业病诊断鉴定办公室) is read whole after a
clause word; an intensive-care unit written by its letters (NICU) and a unit whose whole name has
no ending (产房, 导医台) are units. Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import find_orgs, org_before
from yuanzhi.extract.segment import default_tokenizer, tokens


def before(sentence: str, title: str) -> str | None:
    found = org_before(sentence, sentence.index(title), tokens(default_tokenizer(), sentence), default_lexicon(), None)
    return None if found is None else found.name


def orgs_in(sentence: str) -> list[str]:
    return [m.name for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), default_lexicon(), None)]


def test_a_time_word_before_our_hospitals_department_is_no_part_of_it() -> None:
    assert before("坐诊当日我院骨科主任黎秋禾全程陪同。", "主任") == "骨科"
    assert before("次日眼科护士长宓晓岚带队随访。", "护士长") == "眼科"


def test_a_time_word_before_a_bare_health_centre_is_no_body() -> None:
    assert not any(name.startswith("今年") for name in orgs_in("院长介绍，今年卫生院与县人民医院组建家庭医生团队。"))


def test_an_era_word_may_still_open_a_hospitals_name() -> None:
    assert before("，现代医院院长邝一帆致辞。", "院长") == "现代医院"


def test_two_fields_joined_after_a_clause_word_are_one_department() -> None:
    assert before("任命蒲一舟为儿童营养与代谢科副主任。", "副主任") == "儿童营养与代谢科"
    assert before("副院长兼骨关节病与骨肿瘤科主任宗一川。", "主任") == "骨关节病与骨肿瘤科"


def test_two_departments_joined_stay_two() -> None:
    assert before("，医务科与护理部主任分别发言。", "主任") == "护理部"


def test_things_joined_before_a_hospitals_unit_are_no_field() -> None:
    assert before("车上的转运呼吸机和监护仪与医院急诊科的设备一样。", "的设备") == "医院急诊科"


def test_a_unit_named_for_a_process_or_a_clinical_act_is_read_whole() -> None:
    assert before("检验科主任医师兼遗传代谢实验室负责人闵一禾。", "负责人") == "遗传代谢实验室"
    assert before("青年项目：职业病诊断鉴定办公室主任郤一舟。", "主任") == "职业病诊断鉴定办公室"


def test_an_intensive_care_unit_written_by_its_letters_is_a_unit() -> None:
    assert before("、NICU主管护师栾一禾获评十佳护士。", "主管护师") == "NICU"


def test_a_unit_whose_whole_name_has_no_ending_is_a_unit() -> None:
    assert before("。产房护士长、主任护师桑一禾获评优秀护理管理者。", "护士长") == "产房"
    assert before("，收费处收费员柏一川、导医台导医乔一禾等获奖。", "导医乔") == "导医台"
