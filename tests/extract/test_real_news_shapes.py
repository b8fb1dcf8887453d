"""Shapes of real hospital news (issue 10), each on invented sentences."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.mentions import ArticleContext
from yuanzhi.extract.names import valid_name
from yuanzhi.model import Article, Byline, Issue

from .conftest import one_article, pairs_of, people_of


def orgs_of(sentence: str) -> dict[tuple[str, str], str | None]:
    return {(m.name, m.title): m.org.name if m.org else None for m in people_of(sentence)}


def test_stacked_titles_keep_a_rank_in_the_chain_with_no_organization():
    found = orgs_of("江州医院心内科主任医师、教授、硕士生导师、省级优秀专家、住培办主任韩立伟授课。")
    assert set(found) == {("韩立伟", t) for t in ("主任医师", "教授", "硕士生导师", "省级优秀专家", "主任")}
    assert found[("韩立伟", "省级优秀专家")] is None and found[("韩立伟", "主任")] == "江州医院住培办"
    assert orgs_of("心内科主任医师、长江学者、科教办主任韩立伟授课。")[("韩立伟", "主任")] == "科教办"


def test_stacked_titles_before_two_names_joined_by_he():
    found = pairs_of("主任医师、教授、硕士研究生导师周明远和邵雪晴进行讲解。")
    assert found == {(n, t) for n in ("周明远", "邵雪晴") for t in ("主任医师", "教授", "硕士研究生导师")}


def test_qualified_titles_are_read_whole():
    assert pairs_of("集团助理总裁郑凯文出席仪式。") == {("郑凯文", "助理总裁")}
    assert pairs_of("急诊科行政副主任柴文博介绍情况。") == {("柴文博", "行政副主任")}
    assert pairs_of("荣誉院长邓永年出席。") == {("邓永年", "荣誉院长")}
    assert pairs_of("候任主任委员庞立新作总结。") == {("庞立新", "候任主任委员")}


def test_committee_prefixes_are_part_of_the_title():
    assert pairs_of("县委副书记卢振宇一行到院调研。") == {("卢振宇", "县委副书记")}
    assert pairs_of("门诊党总支副书记贺芳菲主持会议。") == {("贺芳菲", "党总支副书记")}
    assert pairs_of("第三党支部组织委员滕一鸣发言。") == {("滕一鸣", "党支部组织委员")}
    assert pairs_of("党委委员、统战委员蒋秋菊出席。") == {("蒋秋菊", "党委委员"), ("蒋秋菊", "统战委员")}


def test_a_committee_that_ends_an_organization_name_is_the_organization():
    found = orgs_of("市总工会常务副主席龙海涛出席。")
    assert found == {("龙海涛", "常务副主席"): "市总工会"}
    assert pairs_of("院工会主席冯丽出席。") == {("冯丽", "工会主席")}


def test_a_county_post_is_not_the_hospitals():
    assert orgs_of("县委副书记卢振宇一行到院调研。") == {("卢振宇", "县委副书记"): None}


def test_conjunction_before_a_name_is_not_a_surname():
    assert pairs_of("副院长孔祥瑞、院长助理和张雯出席。") == {("孔祥瑞", "副院长")}


def test_common_nouns_and_places_are_not_names():
    assert pairs_of("项目主任孙立平介绍情况。") == {("孙立平", "主任")}
    assert pairs_of("科室主任会议由医务部主持。") == set()
    assert orgs_of("会议由青石市副市长王海涛主持。") == {("王海涛", "副市长"): "青石市"}
    assert not valid_name("青石市", default_lexicon()) and not valid_name("山西", default_lexicon())
    assert pairs_of("教育部长江学者特聘教授汪海峰作报告。") == {("汪海峰", "特聘教授")}
    assert pairs_of("长江学者、特聘教授汪海峰作报告。") == {("汪海峰", "特聘教授")}


def test_an_institution_post_is_not_the_bylines_department():
    article = Article(
        id="a", title=None, bylines=(Byline("宣传科", ("祁春阳",)),),
        paragraphs=("6月3日，青川市人民医院举行义诊活动。院长助理祁春阳、门诊部主任吴晓出席。", "护士长祁春阳说。"),
    )
    facts = issue_to_facts(Issue(source="x.txt", articles=(article,), date="2024-06"))
    posts = {(p.name, q.title): q.org for p in facts.people for q in p.positions}
    assert posts[("祁春阳", "院长助理")] == "青川市人民医院"
    assert posts[("祁春阳", "护士长")] == "宣传科"  # a department's post may be the byline's department
    assert posts[("吴晓", "主任")] == "门诊部"


def test_a_teaching_title_keeps_its_subject_but_not_an_organization():
    assert orgs_of("插花讲师米晓蕾为大家讲解插花技巧。") == {("米晓蕾", "插花讲师"): None}
    assert pairs_of("活动邀请了急救讲师米晓蕾授课。") == {("米晓蕾", "急救讲师")}
    assert orgs_of("青川大学讲师米晓蕾授课。") == {("米晓蕾", "讲师"): "青川大学"}
    assert pairs_of("主任医师、讲师米晓蕾授课。") == {("米晓蕾", "主任医师"), ("米晓蕾", "讲师")}


def test_a_county_committee_post_belongs_to_the_county_written_before_it():
    found = orgs_of("青石县委副书记、县长卢振宇，县委常委、副县长罗晓峰出席。")
    assert found[("卢振宇", "县委副书记")] == "青石县" and found[("卢振宇", "县长")] == "青石县"
    assert orgs_of("中共青石县委副书记卢振宇到院调研。") == {("卢振宇", "县委副书记"): "青石县"}


def test_a_society_post_belongs_to_the_society_the_article_names():
    issue = one_article(
        "5月18日，江州省医学会心血管病学分会第七届委员会换届选举会议召开，"
        "我院心内科主任邢国栋当选为主任委员，景一帆当选为秘书长。", date="2024-05")
    facts = issue_to_facts(issue)
    posts = {(p.name, q.title): q.org for p in facts.people for q in p.positions}
    assert posts[("邢国栋", "主任委员")] == "江州省医学会心血管病学分会"
    assert posts[("景一帆", "秘书长")] == "江州省医学会心血管病学分会"
    assert {(a.person, a.title, a.org) for a in facts.appointments} == {
        ("邢国栋", "主任委员", "江州省医学会心血管病学分会"), ("景一帆", "秘书长", "江州省医学会心血管病学分会")}


def test_inner_qualifiers_make_deputy_and_general_posts(lexicon):
    for title in ("副总监", "总院长", "副总院长", "常务副总监", "副所长", "副组长", "执行主席"):
        assert title in lexicon.titles, title
    assert pairs_of("集团财务管理中心副总监岑一伟汇报。") == {("岑一伟", "副总监")}
    assert pairs_of("医共体副总院长、县中医院院长詹一辰发言。") == {("詹一辰", "副总院长"), ("詹一辰", "院长")}


def test_tcm_ranks_are_titles_of_their_own():
    assert pairs_of("针灸科主任、主任中医师戈一峰荣获奖章。") == {("戈一峰", "主任"), ("戈一峰", "主任中医师")}
    assert pairs_of("中药房副主任中药师甘一草介绍。") == {("甘一草", "副主任中药师")}


def test_a_given_name_ending_in_he_before_punctuation_is_whole():
    assert pairs_of("急诊科行政副主任何清和、手术室护士长欧阳晓蕾述职。") == {
        ("何清和", "行政副主任"), ("欧阳晓蕾", "护士长")}
    assert pairs_of("副院长刘建和张丽出席会议。") == {("刘建", "副院长"), ("张丽", "副院长")}
    assert pairs_of("石门镇党委书记袁野到义诊现场看望专家。") == {("袁野", "党委书记")}
    assert pairs_of("营养科营养师肖雨萌为他制定营养方案。") == {("肖雨萌", "营养师")}


def test_a_chain_passes_a_word_saying_what_a_post_is_of():
    assert pairs_of("副院长、论坛执行主席、肝胆胰外科主任伍一棠主持。") == {
        ("伍一棠", "副院长"), ("伍一棠", "执行主席"), ("伍一棠", "主任")}
    assert orgs_of("市政协副主席、市工商联主席莫一天出席。") == {
        ("莫一天", "副主席"): "市政协", ("莫一天", "主席"): "市工商联"}


def test_a_function_word_is_no_name():
    assert pairs_of("专题学习总书记关于党的建设的重要思想。") == set()


def test_a_township_party_secretary_is_the_townships():
    assert orgs_of("县委副书记、县长邬一城，石门镇党委书记袁一野到义诊现场。") == {
        ("邬一城", "县委副书记"): None, ("邬一城", "县长"): None, ("袁一野", "党委书记"): "石门镇"}


def test_a_post_after_ren_ends_the_chain_over_a_comma():
    found = pairs_of("县人民医院党委书记曾一宇任医共体党委书记，县人民医院院长邢一秋任医共体总院长。")
    assert found == {("曾一宇", "党委书记"), ("邢一秋", "院长")}


def test_a_secondment_with_an_adverb_and_the_next_person():
    context = ArticleContext("禾川县人民医院")
    context.full_names = ["农一韬"]
    found = {(m.name, m.title) for m in people_of(
        "省医心血管内科副主任医师农一韬将挂职我院业务副院长，神经外科主治医师卢一凡挂职我院神经外科副主任。",
        home="禾川县人民医院", context=context)}
    assert ("农一韬", "业务副院长") in found and ("卢一凡", "业务副院长") not in found
    assert ("卢一凡", "副主任") in found
