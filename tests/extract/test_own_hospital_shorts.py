"""The paper's own hospital written short in its own news, and its own units bare (GOLD_SPEC §4.2,
§4.12; invented names): a 医共体's 总院 written again as 总院 alone, a hospital named only glued to a
head's title, the hospital a person was sent to (在某医院挂任), a 科主任 opening the sentence after one
that named its department, 科室 before a grade, a front desk (导医台) as a unit."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.home_orgs import home_hospital
from yuanzhi.extract.orgs import resolve_org
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article


def _home(texts: list[str], lexicon) -> str | None:
    tokenizer = default_tokenizer()
    return home_hospital(texts, lambda t: tokens(tokenizer, t), lexicon)


def _pairs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.org) for p in issue_to_facts(one_article(*paragraphs)).people for q in p.positions}


def test_the_zongyuan_written_alone_again_and_again_is_the_home(lexicon):
    texts = [
        "6月3日，苕溪县健康医共体总院召开分院院长述职会。",
        "总院党委书记、总院院长和各职能部门负责人参加。",
        "新任枫坳分院院长作了发言，枫坳分院门诊量增长。",
        "总院医务部通报了情况，总院将继续下沉专家。",
    ]
    assert _home(texts, lexicon) == "苕溪县健康医共体总院"


def test_a_zongyuan_post_and_unit_in_its_own_news_are_the_homes():
    pairs = _pairs(
        "6月3日，苕溪县健康医共体总院召开分院院长述职会。总院党委书记柏望舒主持。",
        "总院副院长兼杉桥分院院长淳于砚介绍了做法。总院医共体管理中心主任戈澄川作了通报。",
    )
    assert ("柏望舒", "党委书记", "苕溪县健康医共体总院") in pairs
    assert ("淳于砚", "副院长", "苕溪县健康医共体总院") in pairs
    assert ("淳于砚", "院长", "杉桥分院") in pairs
    assert ("戈澄川", "主任", "医共体管理中心") in pairs


def test_a_unit_after_zongyuan_is_the_homes_unit_named_alone(lexicon):
    read = resolve_org("总院医共体管理中心", lexicon, "苕溪县健康医共体总院")
    assert read is not None and (read.name, read.parent) == ("医共体管理中心", "苕溪县健康医共体总院")


def test_a_hospital_named_only_glued_to_its_heads_title_is_the_home(lexicon):
    texts = [
        "集团审计部在医院会议室召开审计结果反馈会。",
        "甲同志自2021年1月起任锦岫钢铁集团职工医院院长，2025年12月调任集团公司安全部部长。",
        "医院党委书记表示将认真整改。",
    ]
    assert _home(texts, lexicon) == "锦岫钢铁集团职工医院"


def test_the_hospital_a_person_was_sent_to_is_not_ours(lexicon):
    texts = [
        "我院专家在省医学会换届中当选。",
        "岱原油田总医院（岱原油田公司职工医院）重症医学科主任当选为副主任委员，栖霞地区人民医院重症医学科主任当选为委员。",
        "重症医学科副主任曾于2021年在栖霞地区人民医院挂任重症医学科副主任一年。",
    ]
    assert _home(texts, lexicon) == "岱原油田总医院"


def test_ke_zhuren_opening_the_sentence_after_its_department_is_that_departments():
    pairs = _pairs(
        "1月23日，澄屿县医院召开表彰大会。授予普通外科、手术室“先进集体”称号。",
        "普通外科是今年唯一连续三年获评先进集体的科室。科主任、主任医师诸葛澈代表先进集体发言。",
    )
    assert ("诸葛澈", "主任", "普通外科") in pairs
    assert ("诸葛澈", "主任医师", "普通外科") in pairs


def test_keshi_before_a_grade_is_the_department_the_story_is_about():
    pairs = _pairs(
        "在澜溪区妇幼保健院，儿童保健科主任、主任医师闻人霁的手机从不静音。她早年进入我院儿科，后来牵头组建了儿童保健科。",
        "在她的带动下，科室主治医师宓秋禾完成了区级课题。",
    )
    assert ("宓秋禾", "主治医师", "儿童保健科") in pairs


def test_a_front_desk_is_a_unit_of_the_hospital():
    pairs = _pairs("1月23日，澄屿县医院召开表彰大会。获得“服务之星”称号的有：门诊导医台护士粟晚晴、药剂科药师冼青禾等。")
    assert ("粟晚晴", "护士", "门诊导医台") in pairs


def test_a_designation_named_last_is_no_unit_for_ke_zhuren():
    pairs = _pairs(
        "科室巡礼 骨伤推拿科：老手艺",
        "骨伤推拿科成立于1985年。2024年，科室被确定为盟级重点专科。科主任、主任医师阿古拉是科里的带头人。",
    )
    assert ("阿古拉", "主任", "盟级重点专科") not in pairs


def test_help_a_person_once_gave_is_background():
    from yuanzhi.extract.background_signings import without_background

    sentence = "甲曾于2021年作为油田“组团式”帮扶专家，在栖霞地区人民医院挂任副主任一年。"
    assert "帮扶" not in without_background(sentence)
    assert "帮扶" in without_background("2021年，甲作为帮扶专家在栖霞地区人民医院工作。")


def test_a_subtitle_naming_the_department_makes_the_story_that_departments():
    from yuanzhi.model import Article, Issue

    article = Article(
        id="a1", title="守护“小小心脏”", subtitle="——走进澄屿县人民医院小儿心脏科", kicker="科室风采",
        paragraphs=(
            "在澄屿县人民医院住院部六楼，有一个特殊的病区。这就是被家长们称为“心灵港湾”的小儿心脏科。",
            "如今，科室已能独立开展多项技术。副主任、副主任医师濮阳青禾牵头成立了随访门诊。护士长宓晚晴带领护理团队。",
        ),
    )
    facts = issue_to_facts(Issue(source="t.txt", articles=(article,), date="2024-06"))
    pairs = {(p.name, q.title, q.org) for p in facts.people for q in p.positions}
    assert ("濮阳青禾", "副主任", "小儿心脏科") in pairs
    assert ("宓晚晴", "护士长", "小儿心脏科") in pairs
