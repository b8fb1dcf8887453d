"""Bodies named by reference inside another body's news, units of teams and companies (helper
E44, after round 14), as general rules of Chinese news (invented names; GOLD_SPEC §4, §5, §8)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    """(name, title, org) with a unit named alone written with its parent before it."""
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    parents = {o.name: o.parent for o in facts.organizations if o.kind == "department" and o.parent}

    def full(org: str | None) -> str | None:
        parent = parents.get(org or "", "")
        return parent + org if org and not org.startswith(parent) else org

    return {(p.name, pos.title, full(pos.org)) for p in facts.people for pos in p.positions}


def test_a_unit_written_with_yuan_after_a_list_begun_with_gaiyuan_is_that_hospitals():
    found = posts(
        "5月6日，柘川区医学会护理分会成立大会在柘川区中医医院举行。",
        "柘川区中医医院副院长甘如松当选为会长；该院骨伤科主任穆青岚、药剂科副主任瞿思源当选为副会长；"
        "院党委办公室副主任卜晴川当选为秘书长。",
    )
    assert ("卜晴川", "副主任", "柘川区中医医院党委办公室") in found
    assert ("穆青岚", "主任", "柘川区中医医院骨伤科") in found


def test_a_unit_written_with_yuan_in_a_hospitals_own_news_stays_as_printed():
    found = posts(
        "3月2日，柘川区中医医院召开中层干部会议。",
        "院办公室主任卜晴川通报了一季度工作。",
    )
    assert ("卜晴川", "主任", "柘川区中医医院院办公室") in found


def test_a_unit_after_jian_in_a_chain_continuing_a_teams_post_is_the_teams_unit():
    found = posts(
        "4月3日，澄溪市海豚应急救援队与澄溪市第二人民医院联合开展水上救援演练。"
        "救援队队长柯望舒、副队长兼培训部部长阎若谷，医院副院长祁照川参加。",
    )
    assert ("柯望舒", "队长", "澄溪市海豚应急救援队") in found
    assert ("阎若谷", "副队长", "澄溪市海豚应急救援队") in found
    assert ("阎若谷", "部长", "澄溪市海豚应急救援队培训部") in found


def test_a_chain_without_a_body_continues_the_company_of_the_chain_before():
    found = posts(
        "6月8日，岱州市人民医院与汐禾医疗器械有限公司签署合作协议。"
        "汐禾医疗器械有限公司总经理闻若溪、副总经理兼市场部经理葛一帆出席。",
    )
    assert ("葛一帆", "副总经理", "汐禾医疗器械有限公司") in found
    assert ("葛一帆", "经理", "汐禾医疗器械有限公司市场部") in found


def test_a_region_after_a_declared_short_name_is_the_company_with_its_region():
    found = posts(
        "5月9日，澜拓医疗科技股份有限公司（以下简称“澜拓医疗”）为汀湾市中心医院建设的智慧药房投入使用。",
        "澜拓医疗华南大区总监鲍知远介绍了项目进展。澜拓医疗市场部经理詹若溪参加。",
    )
    assert ("鲍知远", "总监", "澜拓医疗科技股份有限公司华南大区") in found
    assert ("詹若溪", "经理", "澜拓医疗科技股份有限公司市场部") in found


def test_a_company_post_without_a_body_in_a_sentence_naming_the_company_is_the_companys():
    found = posts(
        "5月9日，澜拓医疗科技股份有限公司为汀湾市中心医院建设的智慧药房投入使用。",
        "据介绍，公司派驻了4名工程师常驻医院，项目经理詹若溪带领团队完成了系统对接。",
    )
    assert ("詹若溪", "项目经理", "澜拓医疗科技股份有限公司") in found


def test_a_company_post_in_a_sentence_that_names_no_company_gets_none_from_this_rule():
    found = posts(
        "5月9日，澜拓医疗科技股份有限公司为汀湾市中心医院建设的智慧药房投入使用。",
        "汀湾市中心医院召开推进会，项目经理詹若溪汇报了进度。",
    )
    assert ("詹若溪", "项目经理", "澜拓医疗科技股份有限公司") not in found


def test_a_unit_an_outside_official_led_on_a_visit_stays_that_bodys_when_named_alone():
    found = posts(
        "4月2日，汀岫市医疗保障局副局长栗向晚带领基金监管科、待遇保障科工作人员走进汀岫市第三人民医院，开展政策宣讲。",
        "宣讲会上，基金监管科科长岑远帆通报了检查情况。医院医务科科长詹望舒作表态发言。",
    )
    assert ("岑远帆", "科长", "汀岫市医疗保障局基金监管科") in found
    assert ("詹望舒", "科长", "汀岫市第三人民医院医务科") in found


def test_a_grade_before_a_room_in_a_story_about_a_department_takes_the_department():
    found = posts(
        "2月3日，汐峤市中医医院在肛肠科示教室召开科室会议。院长屈望川出席。",
        "据了解，肛肠科现有医师9名。该科的换药中心由副主任中医师、换药室主任庹青禾负责。",
        title="肛肠科召开科室会议",
    )
    assert ("庹青禾", "副主任中医师", "汐峤市中医医院肛肠科") in found


_TRUSTEESHIP = (
    "3月12日，澄岭市中心医院与汀北镇人民政府托管汀北镇卫生院签约仪式举行。澄岭市中心医院院长宓照川出席。",
    "会上宣读了派驻人员名单：医务部副主任郗晓帆挂职汀北镇卫生院执行院长；卫生院原院长庾清和改任常务副院长，协助执行院长工作。",
)


def test_a_post_moved_to_with_gaiyuan_stays_in_the_body_of_the_former_post():
    found = posts(*_TRUSTEESHIP)
    assert ("庾清和", "院长", "汀北镇卫生院") in found
    assert ("庾清和", "常务副院长", "汀北镇卫生院") in found


def test_a_given_hospital_does_not_take_the_posts_of_a_clinic_named_by_its_ending():
    from yuanzhi.model import Article, Issue

    article = Article(id="1", title=None, paragraphs=_TRUSTEESHIP)
    issue = Issue(source="probe.txt", articles=(article,), date="2025-03", hospital="澄岭市中心医院")
    facts = issue_to_facts(issue)
    found = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    assert ("庾清和", "院长", "汀北镇卫生院") in found
    assert ("庾清和", "常务副院长", "汀北镇卫生院") in found
    assert ("宓照川", "院长", "澄岭市中心医院") in found


def test_a_company_post_after_the_group_named_by_its_kind_word_is_the_groups():
    found = posts(
        "1月6日，澈溪文旅投资集团有限公司与澈溪市第二人民医院举行合作签约仪式。"
        "集团董事长柴望川致辞，副总经理宁一苇介绍了服务点的建设情况。",
    )
    assert ("宁一苇", "副总经理", "澈溪文旅投资集团有限公司") in found
