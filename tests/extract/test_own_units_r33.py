"""A person's own unit (GOLD_SPEC §4.1, §4.2) where the article also names the hospital its people are sent
to (invented names): a row of a list continued after ``；`` and a team's listed units stay the own
hospital's when the other hospital is printed only as a post taken up (挂任, 任该院…) or a place sent to."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_with_orgs_in


def test_a_row_after_a_secondment_keeps_its_own_unit():
    found = posts_with_orgs_in(
        "蓼州市第三人民医院讯 按照省卫生健康委员会的安排，我院心内科副主任、主任医师甘望舒挂任菁陂县人民医院副院长；"
        "重症医学科主治医师贝思远挂职该院重症医学科副主任；护理部科护士长鲁一鸣任该院护理部副主任。",
    )
    assert ("贝思远", "主治医师", "重症医学科") in found
    assert ("鲁一鸣", "科护士长", "护理部") in found


def test_a_team_sent_out_lists_units_of_its_own_hospital():
    found = posts_with_orgs_in(
        "蓼州市第三人民医院讯 第五批援疆医疗队由4名队员组成，队长、神经内科副主任医师甘望舒将挂任菁陂县人民医院副院长，"
        "队员分别来自儿科、检验科和信息科。",
        "28岁的儿科主治医师贝思远说，要把新技术带过去。",
    )
    assert ("贝思远", "主治医师", "儿科") in found


def test_a_department_named_with_a_colon_opening_the_body_is_the_story_s_unit():
    facts = issue_to_facts(one_article(
        "神经康复科：一年帮助两百位病人重新行走岁末将至，蓼州市康复医院神经康复科在科务会上盘点了一年的工作。",
        "物理治疗组组长、主管治疗师鲁一鸣带领的团队完成步行训练一千余人次；康复工程室技师长柏青为28名患者适配了矫形器。",
        "科研方面，副主任医师甘望舒主持的省自然科学基金项目顺利结题，主治医师贝思远在核心期刊发表论文两篇。",
        title="科室年度工作总结",
    ))
    found = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    assert ("甘望舒", "副主任医师", "神经康复科") in found
    assert ("贝思远", "主治医师", "神经康复科") in found
