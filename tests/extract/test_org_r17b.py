"""Names, titles and units of a hospital paper's own news (helper E49): where a name ends when its
given name or the next word is a dictionary word, a joiner that is a surname, rare surnames, and
the follower 则 — general rules of Chinese news (invented names; GOLD_SPEC §2, §3)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def pairs(*paragraphs: str) -> set[tuple[str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title) for p in facts.people for pos in p.positions}


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_given_name_that_is_a_word_ending_in_a_follower_keeps_that_character():
    found = pairs("根据安排，县人民医院骨科主任、主任医师詹大同每周三到卫生院坐诊。")
    assert ("詹大同", "主任医师") in found
    assert ("詹大", "主任医师") not in found


def test_a_dictionary_word_after_the_name_is_not_cut_by_a_longer_name():
    found = pairs("康复医学科主治医师上官岚手把手指导学员练习艾灸操作。")
    assert ("上官岚", "主治医师") in found
    assert ("上官岚手", "主治医师") not in found


def test_a_sentence_opening_with_he_and_a_speech_verb_names_the_person_he_the_surname():
    found = pairs(
        "开班式上，澜溪县卫生健康局党组书记、局长和建军，县中医医院院长闵文轩出席并讲话。",
        "和建军说，乡村医生是群众健康的守门人。",
    )
    assert ("和建军", "局长") in found
    assert ("和建军", "党组书记") in found


def test_a_conjunction_he_before_a_title_still_joins_two_people():
    found = pairs("院长闵文轩和副院长甄一鸣出席。和大家说的一样，活动很成功。")
    assert ("闵文轩", "院长") in found
    assert ("甄一鸣", "副院长") in found


def test_a_rare_surname_starts_a_name_after_a_title():
    found = pairs("党委副书记、总经理祁向楠，党委委员、纪委书记姒云舒出席。")
    assert ("姒云舒", "纪委书记") in found
    assert ("姒云舒", "党委委员") in found


def test_ze_after_a_name_ends_it():
    found = pairs("检验科副主任、主任技师邰雅静则通报了临床分离菌的耐药监测结果。")
    assert ("邰雅静", "主任技师") in found
    assert ("邰雅静", "副主任") in found


def test_a_general_practice_professional_title_is_kept_whole():
    found = pairs("11月9日，沣湾区安宁街道社区卫生服务中心开展老年人体检。中心主任、全科主任医师柏雨晴到现场查看。")
    assert ("柏雨晴", "全科主任医师") in found
    assert ("柏雨晴", "主任医师") not in found


def test_a_body_joined_to_the_post_by_de_is_the_post_s_body():
    found = posts(
        "11月3日，璟川市人民医院举办乡村医生培训班。",
        "来自东坪镇杏林村卫生室的乡村医生温立新说，回去就能用上。来自鹭江市中心医院的主任医师柯一鸣作了讲座。",
    )
    assert ("温立新", "乡村医生", "东坪镇杏林村卫生室") in found
    assert ("柯一鸣", "主任医师", "鹭江市中心医院") in found


def test_a_de_before_a_thing_gives_no_body():
    found = posts("11月3日，璟川市人民医院在县卫健委的指导下举办培训班，院长闵文轩出席。")
    assert ("闵文轩", "院长", "璟川市人民医院") in found


def test_a_unit_of_two_joined_fields_after_a_reference_to_its_body_is_whole():
    found = posts(
        "11月10日，澜州市医疗保障局党组成员、副局长尉迟向明带领该局医药价格和招标采购科科长鲜于明到院调研。"
    )
    assert ("鲜于明", "科长", "澜州市医疗保障局医药价格和招标采购科") in found


def test_a_credit_whose_spaces_were_lost_gives_each_role_its_name():
    found = pairs("本报讯（记者甘雨通讯员向晴岚）11月9日，沣湾区安宁街道社区卫生服务中心开展老年人体检。")
    assert ("甘雨", "记者") in found
    assert ("向晴岚", "通讯员") in found


def test_the_work_mark_after_a_credit_name_is_no_part_of_it():
    found = pairs("本报讯（通讯员黎曼文/图）11月28日晚，璟川市人民医院第二届职工合唱比赛举行。")
    assert ("黎曼", "通讯员") in found
    assert ("黎曼文", "通讯员") not in found
    found = pairs("本报讯（通讯员裘子砚文/图）6月6日，渫川市抗癌协会肿瘤康复俱乐部成立。")
    assert ("裘子砚", "通讯员") in found
    assert ("裘子", "通讯员") not in found


def test_a_therapist_s_grade_and_a_company_s_safety_head_are_titles_whole():
    found = pairs(
        "康复医学科主任、主任医师公冶明达兼任中心主任，副主任治疗师庹小禾任职业康复组组长。",
        "岚川煤业董事长申屠振邦、副总经理兼安全总监景晓舟出席。",
    )
    assert ("庹小禾", "副主任治疗师") in found
    assert ("庹小禾", "副主任") not in found
    assert ("景晓舟", "安全总监") in found
    assert ("景晓舟", "总监") not in found


def test_a_numeral_that_numbers_the_next_word_ends_no_name():
    found = pairs("县医院康复医学科主任农俊达表示，将派出康复治疗师常驻二病区，为住院老人开展早期康复训练。")
    assert ("农俊达", "主任") in found
    assert not any(title == "康复治疗师" for _name, title in found)


def test_ze_and_a_preposition_after_a_name_end_it():
    found = pairs("药学部副主任、主任药师卜向阳则在药房指导新系统的使用。")
    assert ("卜向阳", "主任药师") in found
    assert ("卜向阳", "副主任") in found
