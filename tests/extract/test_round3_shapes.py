"""Shapes of Chinese hospital news found by the round-3 held-out batches (heldout15/16),
each rule on fresh invented sentences (names, places and hospitals differ from the batch)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of, posts_in

_posts = posts_in


def _appointments(*paragraphs: str) -> set[tuple[str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title) for a in facts.appointments if a.action == "appoint"}


def test_a_name_ends_before_the_verb_that_follows_it():
    assert pairs_of("神经外科主任、主任医师柏川接到电话后赶到医院。") == {("柏川", "主任"), ("柏川", "主任医师")}
    assert pairs_of("副院长、医务部主任谷磊针对问题作了回应。") == {("谷磊", "副院长"), ("谷磊", "主任")}
    assert pairs_of("其中，骨科副主任医师上官岳挂任该院副院长。") >= {("上官岳", "副主任医师"), ("上官岳", "副院长")}
    assert pairs_of("护理部主任杜鹃接诊了这位患者。") == {("杜鹃", "主任")}
    assert pairs_of("麻醉科主治医师欧山赴边疆开展工作。") == {("欧山", "主治医师")}


def test_union_and_congress_committee_posts_keep_the_whole_title():
    assert _appointments("会上，邵青当选经审委员会主任，柳岸、甘棠当选经审委员。") == {
        ("邵青", "经审委员会主任"), ("柳岸", "经审委员"), ("甘棠", "经审委员"),
    }
    assert _appointments("大会选举检验科主任方晴为女职工委员会主任。") == {("方晴", "女职工委员会主任")}
    assert pairs_of("大会主席、骨科主任聂远致开幕辞，大会学术委员会主任黎川主持论坛。") == {
        ("聂远", "大会主席"), ("聂远", "主任"), ("黎川", "学术委员会主任"),
    }


def test_members_listed_after_the_committee_they_were_elected_to():
    found = _appointments(
        "大会选举产生了新一届党委委员和纪委委员。新一届党委委员为：孙海、甘露、上官岚。"
        "新一届纪委委员为：甘露、单志和、葛蔓和党立平。",
    )
    assert found == {
        ("孙海", "党委委员"), ("甘露", "党委委员"), ("上官岚", "党委委员"),
        ("甘露", "纪委委员"), ("单志和", "纪委委员"), ("葛蔓", "纪委委员"), ("党立平", "纪委委员"),
    }


def test_several_people_elected_to_one_post_in_one_clause():
    found = _appointments("全会选举孙海为党委书记，甘露、上官岚为党委副书记。")
    assert found == {("孙海", "党委书记"), ("甘露", "党委副书记"), ("上官岚", "党委副书记")}


def test_a_function_word_jieba_glues_before_a_bare_hospital_is_no_part_of_a_name():
    facts = issue_to_facts(one_article("捐赠仪式上，校友代表欧阳晓东向医院赠送了锦旗。"))
    assert not any(o.name.endswith("向医院") for o in facts.organizations)


def test_new_members_of_the_hospitals_party_committee_are_the_hospitals():
    facts = issue_to_facts(one_article(
        "青川市人民医院召开第五次党员代表大会。大会选举产生了新一届党委委员。新一届党委委员为：孙海、甘露。",
    ))
    found = {(a.person, a.title, a.org) for a in facts.appointments}
    assert found == {("孙海", "党委委员", "青川市人民医院"), ("甘露", "党委委员", "青川市人民医院")}


def test_honorific_ranks_and_studio_posts_are_titles():
    found = _posts("工作室由省名中医、主任中医师段干青山担任首席专家，骨伤科主任、副主任中医师尤溪担任工作室负责人。")
    assert {("段干青山", "省名中医"), ("段干青山", "首席专家"), ("尤溪", "工作室负责人")} <= found
    assert ("邝怀远", "国医大师") in _posts("他是第三届国医大师、主任中医师邝怀远。")


def test_people_listed_after_the_post_a_notice_names():
    found = _appointments(
        "经院党委会研究决定，聘任以下同志为医院首批学科带头人：呼吸内科主任、主任医师姜远，骨科主任吕和，药剂科主任柴青。",
    )
    assert found == {("姜远", "学科带头人"), ("吕和", "学科带头人"), ("柴青", "学科带头人")}


def test_zhan_and_yuezheng_are_surnames():
    assert pairs_of("第二人民医院副院长展宏出席。") == {("展宏", "副院长")}
    assert pairs_of("医务部副主任乐正思远出席。") == {("乐正思远", "副主任")}


def test_described_people_separated_by_commas_are_one_list_before_dangxuan():
    found = _appointments(
        "经无记名投票，青川市人民医院全科医学科主任柏松当选首任主任委员；青川市第三人民医院副院长展宏，"
        "青川市东湖街道社区卫生服务中心主任凌云，青川市人民医院全科医学科副主任乐正思远当选副主任委员。",
    )
    assert found == {("柏松", "主任委员"), ("展宏", "副主任委员"), ("凌云", "副主任委员"), ("乐正思远", "副主任委员")}
    assert _appointments("会上，院长张明讲话，副院长李刚当选副主任委员。") == {("李刚", "副主任委员")}


def test_an_engineer_is_a_title_of_hospital_staff():
    found = _appointments("儿科护师柯文和设备科工程师龚立当选团委副书记。")
    assert found == {("柯文", "团委副书记"), ("龚立", "团委副书记")}
    assert ("龚立", "工程师") in _posts("设备科工程师龚立介绍了设备维护情况。")


def test_the_youth_league_prefix_names_the_leagues_body_of_the_hospital_not_another_hospital():
    facts = issue_to_facts(one_article(
        "5月4日，共青团青禾市儿童医院第二次代表大会召开。儿科护师柯文当选团委书记。医院党委书记吴岚出席。",
    ))
    posts = {(p.name, pos.title): pos.org for p in facts.people for pos in p.positions}
    assert posts[("柯文", "团委书记")] == "青禾市儿童医院"
    assert posts[("吴岚", "党委书记")] == "青禾市儿童医院"
    assert not any(o.name.startswith("共青团") for o in facts.organizations)


def test_a_title_inside_book_title_marks_names_no_person():
    assert pairs_of("新入职医师代表带领全体新医师重温《中国护士宣言》。") == set()
    assert pairs_of("护理部主任柯岚解读了《护士长管理规范》。") == {("柯岚", "主任")}


def test_dao_glued_to_a_place_is_no_part_of_the_hospitals_name():
    facts = issue_to_facts(one_article(
        "7月3日，副市长邵清河到霁川市第三人民医院调研医保工作。院长孟凡陪同调研。",
        title="副市长邵清河到霁川市第三人民医院调研医保工作",
    ))
    assert {o.name for o in facts.organizations} >= {"霁川市第三人民医院"}
    assert not any(o.name.startswith("到") or "河到" in o.name for o in facts.organizations)
