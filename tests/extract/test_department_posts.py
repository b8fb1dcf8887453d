"""Which department a post belongs to (GOLD_SPEC §4.2, §5), helper E111 after round 23: the
department a profile is about when the headline prints it with a short form of it in the body,
and a job title listed after a department's post in one 、 run (invented names and units)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_profile_whose_body_names_the_department_also_by_a_short_form_is_about_that_department():
    found = posts(
        "走进汐峤市中医医院门诊楼二层，这里就是患者口中的“康复科”——针灸推拿康复科。科室成立于1990年。"
        "科主任、主任中医师庹青禾从医三十年。",
        title="针灸推拿康复科：一根银针暖人心",
    )
    assert ("庹青禾", "主任", "针灸推拿康复科") in found
    assert ("庹青禾", "主任中医师", "针灸推拿康复科") in found


def test_a_job_title_listed_after_a_departments_post_is_that_departments():
    found = posts("汐峤市传染病医院纪委印发通报。肝病中心主任、主任医师查砚之，感染一科医师阚若溪、护士邴悦悦，检验科主管技师况晨阳等也在通报之列。")
    assert ("邴悦悦", "护士", "感染一科") in found
    assert ("况晨阳", "主管技师", "检验科") in found


def test_an_administrative_post_listed_after_a_departments_post_stays_the_hospitals():
    found = posts("汐峤市传染病医院纪委印发通报。感染一科主任阚若溪、副院长邴悦悦等出席。")
    assert ("邴悦悦", "副院长", "汐峤市传染病医院") in found


def test_a_post_appointed_in_gai_bingqu_is_the_ward_named_before():
    found = posts("会上宣读了决定：聘任汐峤市精神卫生中心老年精神科三病区主治医师庹青禾为该病区医疗组长。")
    assert ("庹青禾", "医疗组长", "该病区") not in found


def test_a_doctors_profile_lends_the_doctors_department_to_the_nurses_of_the_story():
    found = posts(
        "庹青禾，1970年生，汐峤市人民医院呼吸内科主任、主任医师。",
        "去年冬天，急诊科送来一位老人，他连夜会诊。在科室，庹青禾是出了名的严。护士长阚若溪说，每一份病历他都要亲自查看。",
        title="庹青禾：守护每一次呼吸",
    )
    assert ("阚若溪", "护士长", "呼吸内科") in found


def test_a_job_title_with_a_describing_word_takes_the_department_its_sentence_named():
    found = posts(
        "汐峤市传染病医院纪委印发通报，表扬了检验科和肝病中心的职工。",
        "感染二科护士长、主管护师敬小溪说，新护士暴晓鸥把红包退了回去。",
    )
    assert ("暴晓鸥", "护士", "感染二科") in found


def test_grades_told_with_shi_after_a_wards_post_are_the_wards():
    found = posts(
        "在汐峤市人民医院住院部七楼，有这样一个团队，他们就是呼吸内科三病区的医护人员。",
        "呼吸内科三病区开放床位40张，现有医生12名。",
        "病区主任庹青禾是主任医师、硕士研究生导师，擅长介入治疗。",
        title="走进呼吸内科三病区：守护每一次呼吸",
    )
    assert ("庹青禾", "主任医师", "呼吸内科三病区") in found
    assert ("庹青禾", "硕士研究生导师", "呼吸内科三病区") in found


def test_a_post_filled_by_a_nurse_of_another_department_stays_the_storys_ward():
    found = posts(
        "在汐峤市人民医院住院部七楼，有这样一个团队，他们就是呼吸内科三病区的医护人员。",
        "呼吸内科三病区开放床位40张，护士长由原心内科副护士长、主管护师阚若溪担任。",
        title="走进呼吸内科三病区：守护每一次呼吸",
    )
    assert ("阚若溪", "护士长", "心内科") not in found
