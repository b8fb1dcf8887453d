"""People in every shape hospital news writes them (invented sentences)."""

from __future__ import annotations

from yuanzhi.extract.people import ArticleContext

from .conftest import pairs_of, people_of


def orgs(sentence: str, **kwargs: object) -> dict[tuple[str, str], str | None]:
    return {(m.name, m.title): (m.org.name if m.org else None) for m in people_of(sentence, **kwargs)}  # type: ignore[arg-type]


def test_compound_title_before_name_gives_each_title():
    found = orgs("青川市人民医院党委书记、院长周志明主持会议。")
    assert found == {("周志明", "党委书记"): "青川市人民医院", ("周志明", "院长"): "青川市人民医院"}


def test_title_before_a_list_applies_to_each_name():
    assert pairs_of("副院长刘振华、孙丽娟出席活动。") == {("刘振华", "副院长"), ("孙丽娟", "副院长")}
    assert pairs_of("副院长钱文博、卢志刚、廖雨晴、邹晓岚带队检查。") == {
        ("钱文博", "副院长"), ("卢志刚", "副院长"), ("廖雨晴", "副院长"), ("邹晓岚", "副院长")
    }


def test_name_before_title_and_team():
    assert pairs_of("周志明院长指出，要持续改善服务。") == {("周志明", "院长")}
    assert pairs_of("骨科马建国主任团队完成手术。") == {("马建国", "主任")}
    assert orgs("骨科马建国主任团队完成手术。") == {("马建国", "主任"): "骨科"}


def test_each_title_keeps_its_own_organization():
    found = orgs("云岭健康集团总裁、云岭医疗投资有限公司董事长郑海涛出席。")
    assert found == {("郑海涛", "总裁"): "云岭健康集团", ("郑海涛", "董事长"): "云岭医疗投资有限公司"}


def test_chain_runs_over_a_comma_before_the_name():
    found = orgs("会议由云岭医疗投资有限公司总经理，青川市人民医院党委书记、院长周志明主持。")
    assert found[("周志明", "总经理")] == "云岭医疗投资有限公司"
    assert found[("周志明", "院长")] == "青川市人民医院"


def test_department_head_is_head_of_the_department():
    assert orgs("新生儿科主任蒋晓燕介绍了喂养要点。") == {("蒋晓燕", "主任"): "新生儿科"}
    assert orgs("呼吸与危重症医学科主任乔立新查房。") == {("乔立新", "主任"): "呼吸与危重症医学科"}


def test_visiting_expert_keeps_the_other_hospital_in_the_unit_name():
    found = orgs("江州医院泌尿外科副主任秦绍安作讲座。")
    assert found == {("秦绍安", "副主任"): "江州医院泌尿外科"}


def test_professional_titles():
    assert pairs_of("心内科主任医师、教授、硕士生导师谭立新坐诊。") == {
        ("谭立新", "主任医师"), ("谭立新", "教授"), ("谭立新", "硕士生导师")
    }


def test_short_reference_resolves_to_the_earlier_full_name():
    context = ArticleContext("青川市人民医院")
    people_of("院长周志明带队调研。", context=context)
    later = people_of("周院长详细询问了运行情况。", context=context)
    assert [(m.name, m.title, m.short) for m in later] == [("周志明", "院长", True)]


def test_short_reference_without_an_earlier_name_invents_nobody():
    assert pairs_of("信中特别感谢了王主任和护理团队。") == set()
    assert pairs_of("在张主任的带领下，团队攻坚克难。") == set()


def test_compound_surnames():
    assert pairs_of("神经内科副主任司马振东主持讨论，主治医师欧阳倩汇报病例。") == {
        ("司马振东", "副主任"), ("欧阳倩", "主治医师")
    }


def test_words_that_look_like_names_are_not_people():
    assert pairs_of("医院迎来就诊高峰，倡导文明就医，江山路院区开设便民点。") == set()
    assert pairs_of("主任医师高峰论坛在我院召开。") == set()


def test_name_that_is_a_word_is_kept_when_the_title_says_so():
    assert pairs_of("院长高峰表示，医院将继续努力。") == {("高峰", "院长")}


def test_name_ends_before_a_follower_word():
    assert pairs_of("副院长张劼等出席会议。") == {("张劼", "副院长")}
    assert pairs_of("急诊科副主任宁海波立即启动绿色通道。") == {("宁海波", "副主任")}


def test_organizations_after_a_list_comma_are_not_names():
    found = pairs_of("县卫生健康局副局长甘志强、东江县中医院院长窦明远为联盟揭牌。")
    assert found == {("甘志强", "副局长"), ("窦明远", "院长")}


def test_no_titles_no_people():
    assert pairs_of("院领导周志明、韩雪梅、葛文涛依次述职。") == set()
    assert pairs_of("") == set()


def test_government_title_takes_its_place():
    assert orgs("青川市副市长聂文静一行到医院调研。") == {("聂文静", "副市长"): "青川市"}


def test_expert_profile_lists_titles_after_the_name():
    found = orgs("苗瑞祥，主任医师，教授，博士生导师，现任江州医院神经外科主任。", home="海宁湾医院")
    assert found == {
        ("苗瑞祥", "主任医师"): "江州医院神经外科",
        ("苗瑞祥", "教授"): "江州医院神经外科",
        ("苗瑞祥", "博士生导师"): "江州医院神经外科",
        ("苗瑞祥", "主任"): "江州医院神经外科",
    }
    assert pairs_of("王某，男，汉族。") == set()


def test_bare_unit_after_another_hospitals_expert_belongs_to_that_hospital():
    found = orgs("江州省人民医院心内科主任医师伏家明、内分泌科主任医师柯晓燕来院义诊。", home="北辰县人民医院")
    assert found == {
        ("伏家明", "主任医师"): "江州省人民医院心内科",
        ("柯晓燕", "主任医师"): "江州省人民医院内分泌科",
    }


def test_function_words_are_not_part_of_names():
    assert pairs_of("党委书记于林及相关科室负责人参加仪式。") == {("于林", "党委书记")}
    assert pairs_of("院长欧阳倩及相关科室负责人参加仪式。") == {("欧阳倩", "院长")}
    assert pairs_of("孩子体温超过38.5℃时可在医生指导下使用退热药。") == set()
    assert pairs_of("骨科马建国主任查房。") == {("马建国", "主任")}  # jieba lists 马建国 as a place


def test_name_ends_before_a_two_character_word_rather_than_after_one():
    assert pairs_of("副院长邹春陪同调研。") == {("邹春", "副院长")}
    assert pairs_of("医疗队还为青石镇卫生院医生开展业务培训。") == set()


def test_a_name_never_starts_inside_a_word():
    assert pairs_of("聘任李义海为党委办公室主任，聘期三年。") == set()  # the appointment reader has him


def test_former_titles_are_kept_as_written():
    # GOLD_SPEC §8: the 组长 of an ad-hoc team is a pair (org null), beside the former post
    assert pairs_of("专家组组长、江州医院原副院长卞志刚作反馈。") == {("卞志刚", "原副院长"), ("卞志刚", "组长")}
    assert pairs_of("松原市委常委、副市长骆国庆督导工作。") == {("骆国庆", "市委常委"), ("骆国庆", "副市长")}


def test_bare_group_before_a_department():
    context = ArticleContext("青川康复医院", "云岭健康集团")
    assert orgs("集团人力资源部总经理尚文斌宣读决定。", context=context) == {
        ("尚文斌", "总经理"): "云岭健康集团人力资源部"
    }
