"""Shapes of Chinese hospital news found by the round-2 held-out batches (heldout13/14),
each rule on fresh invented sentences (names, places and hospitals differ from the batch)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of


def _appointments(*paragraphs: str) -> set[tuple[str, str, str | None, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.org, a.action) for a in facts.appointments}


def test_compound_surnames_of_the_hundred_family_list_keep_the_whole_name():
    assert pairs_of("副院长贺兰晓峰、医务部主任司空文出席。") == {("贺兰晓峰", "副院长"), ("司空文", "主任")}
    assert pairs_of("院长巫马志远主持会议。") == {("巫马志远", "院长")}


def test_a_given_name_ending_in_he_is_kept_when_no_second_person_follows():
    assert pairs_of("担任评委的骨科护士长陆春和说。") == {("陆春和", "护士长")}
    assert pairs_of("院长郑文，副院长鲍永和陪同调研。") == {("郑文", "院长"), ("鲍永和", "副院长")}
    assert pairs_of("党委书记冉立、副院长鲍永和以及设备科负责人参加。") == {("冉立", "党委书记"), ("鲍永和", "副院长")}
    assert pairs_of("副院长鲍永和在会上讲话。") == {("鲍永和", "副院长")}


def test_he_between_two_people_still_joins_them():
    assert pairs_of("院长李明和副院长王刚出席。") == {("李明", "院长"), ("王刚", "副院长")}
    assert pairs_of("主任张伟和李娜出席。") == {("张伟", "主任"), ("李娜", "主任")}


def test_qi_in_a_removal_is_the_person_the_clause_just_appointed():
    found = _appointments(
        "经研究决定：",
        "聘任钱立群同志为骨科副主任（主持工作），免去其骨科主任助理职务；",
        "经2024年3月2日市委常委会会议研究决定，孟凡同志任青川市妇幼保健院党委书记，免去其青川市人民医院党委副书记职务。",
    )
    assert ("钱立群", "主任助理", "骨科", "remove") in found
    assert ("钱立群", "副主任", "骨科", "appoint") in found
    assert ("孟凡", "党委副书记", "青川市人民医院", "remove") in found
    assert ("孟凡", "党委书记", "青川市妇幼保健院", "appoint") in found


def test_items_of_an_announced_list_are_appointments_without_their_own_cue():
    found = _appointments(
        "经院党委2024年5月6日会议研究决定，聘任以下同志职务：",
        "东方晓云同志为心内科主任；",
        "韩立新、秦海同志为麻醉科副主任；",
        "同时免去以下同志职务：",
        "免去韩立新同志的麻醉科主任助理职务；",
        "严冬同志因到龄退休，不再担任药剂科主任职务。",
    )
    assert found == {
        ("东方晓云", "主任", "心内科", "appoint"), ("韩立新", "副主任", "麻醉科", "appoint"),
        ("秦海", "副主任", "麻醉科", "appoint"), ("韩立新", "主任助理", "麻醉科", "remove"),
        ("严冬", "主任", "药剂科", "remove"),
    }


def test_without_an_announcement_a_name_for_a_title_line_is_no_appointment():
    assert _appointments("东方晓云同志为心内科主任；") == set()


def test_modern_surnames_outside_the_hundred_family_list():
    assert pairs_of("产科副主任敬晓雨、护士长官明霞出席。") == {("敬晓雨", "副主任"), ("官明霞", "护士长")}


def _positions(*paragraphs: str) -> dict[tuple[str, str], str | None]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title): pos.org for p in facts.people for pos in p.positions}


def test_standalone_institutions_ending_in_zhongxin_are_organizations():
    found = _positions("5月21日，澜江市精神卫生中心党委理论学习中心组召开学习会。党委书记方文明主持，院长钱立出席。")
    assert found == {("方文明", "党委书记"): "澜江市精神卫生中心", ("钱立", "院长"): "澜江市精神卫生中心"}
    listed = issue_to_facts(one_article("澜江市精神卫生中心召开大会，院领导伏晓东、甄晓琴参加。")).listed_leaders
    assert {(item.name, item.org) for item in listed} == {("伏晓东", "澜江市精神卫生中心"), ("甄晓琴", "澜江市精神卫生中心")}


def test_a_place_jieba_reads_as_a_direction_word_stays_with_the_institution():
    found = _positions("日前，南麓医科大学党委常委、副校长公孙晓东出席。")
    assert found == {("公孙晓东", "党委常委"): "南麓医科大学", ("公孙晓东", "副校长"): "南麓医科大学"}
    assert _positions("周边医院院长郦文出席。").get(("郦文", "院长")) != "周边医院"


def test_a_delegation_led_by_another_institution_s_leader_is_of_that_institution():
    found = _positions(
        "日前，南麓医科大学副校长公孙晓东率教务处处长桑晓、科研处副处长柏文一行来到青川市妇幼保健院调研。院长郦文陪同调研。"
    )
    assert found[("公孙晓东", "副校长")] == "南麓医科大学"
    assert found[("桑晓", "处长")] == "南麓医科大学教务处"
    assert found[("柏文", "副处长")] == "南麓医科大学科研处"
    assert found[("郦文", "院长")] == "青川市妇幼保健院"


def test_a_profile_s_bare_title_list_and_its_posts_held_after_a_description():
    found = _positions(
        "夏侯文和，主任医师、教授、硕士研究生导师，从事临床麻醉工作26年，擅长小儿麻醉，"
        "兼任中国医师协会内分泌代谢科医师分会委员、《现代麻醉学杂志》编委。"
    )
    assert found == {
        ("夏侯文和", "主任医师"): None, ("夏侯文和", "教授"): None, ("夏侯文和", "硕士研究生导师"): None,
        ("夏侯文和", "委员"): "中国医师协会内分泌代谢科医师分会", ("夏侯文和", "编委"): None,
    }


def test_a_journal_title_names_no_department():
    found = _positions("钟离晓文，主任医师、教授，擅长胃肠肿瘤微创手术，兼任《中华普通外科杂志》编委。")
    assert found == {("钟离晓文", "主任医师"): None, ("钟离晓文", "教授"): None, ("钟离晓文", "编委"): None}


def test_posts_of_county_bureaus_and_teams():
    assert pairs_of("兼任《华南医学》通讯编委、《南方护理》副主编。") == set()  # no name: nothing
    found = _positions("青石县卫生健康局医政股股长蒙晓丽通报情况。临时党支部书记、领队颜晓东带队出发。微创学组副组长张文出席。")
    assert found[("蒙晓丽", "股长")] == "青石县卫生健康局医政股"
    assert ("颜晓东", "临时党支部书记") in found and ("颜晓东", "领队") in found
    assert ("张文", "副组长") in found


def test_a_deputy_without_an_organization_is_of_the_head_named_before_him():
    found = _positions("青石县卫生健康局党委书记、局长邵文出席会议并讲话，副局长钟离晓主持会议。")
    assert found[("钟离晓", "副局长")] == "青石县卫生健康局"


def test_yi_after_a_name_is_a_preposition():
    assert pairs_of("我院副院长兰成以《把质量做细》为题作交流。") == {("兰成", "副院长")}


def test_a_society_branch_named_by_a_verb_like_subject_is_the_body_of_its_posts():
    found = _appointments(
        "11月2日，青石省医学会介入医学分会第五次学术年会暨换届选举会议在云渡市召开。",
        "会议选举产生了第五届委员会，云渡市人民医院院长裘文当选主任委员，"
        "我院影像科主治医师柯晓、超声科住院医师甘晓雨和放射科住院医师季春当选青年委员。",
    )
    assert ("裘文", "主任委员", "青石省医学会介入医学分会", "appoint") in found
    assert {(p, t) for p, t, _o, _a in found if t == "青年委员"} == {("柯晓", "青年委员"), ("甘晓雨", "青年委员"), ("季春", "青年委员")}


def test_elected_title_first_and_the_people_after_a_colon():
    found = _appointments(
        "5月9日，青石省医学会骨科学分会换届选举会议召开。"
        "当选副主任委员的有：云渡市人民医院骨科主任邵文华、青石市中医院骨科主任米晓东，以及我院副院长宗文。"
    )
    assert {(p, t, a) for p, t, _o, a in found} == {
        ("邵文华", "副主任委员", "appoint"), ("米晓东", "副主任委员", "appoint"), ("宗文", "副主任委员", "appoint"),
    }


def test_letters_of_appointment_given_to_listed_people():
    found = _appointments("仪式上，青州医学院还为我院心血管内科主任喻晓东、呼吸科主任蒋海等12名专家颁发兼职教授聘书。")
    assert found == {("喻晓东", "兼职教授", "青州医学院", "appoint"), ("蒋海", "兼职教授", "青州医学院", "appoint")}


def test_invited_people_listed_with_their_posts_before_wei():
    found = _appointments("聘请江州医院心脏外科主任邴晓、肿瘤内科主任单晓为我院客座教授。")
    assert {(p, t) for p, t, _o, _a in found} == {("邴晓", "客座教授"), ("单晓", "客座教授")}


def test_a_team_sent_out_is_the_body_of_its_leader():
    found = _appointments("仪式上，副院长钱丽宣读了医院党委决定：任命骨科副主任、副主任医师韩明为第八批援疆医疗队领队，兼任医疗队临时党支部书记。")
    assert {(p, t) for p, t, _o, _a in found} == {("韩明", "领队"), ("韩明", "临时党支部书记")}


def test_a_video_link_verb_is_no_part_of_the_institution_it_reaches():
    facts = issue_to_facts(one_article("院长车晓通过大屏幕现场连线石门镇卫生院，演示了远程心电。"))
    assert "石门镇卫生院" in {o.name for o in facts.organizations}
    assert not any("连线" in o.name for o in facts.organizations)


def test_posts_held_before_in_a_profile_and_bare_posts_of_the_same_institution():
    found = _positions("韩晓东，男，1975年出生，医学硕士，主任医师，长期在医疗卫生系统工作，先后任青石市中心医院医务科科长、副院长、党委副书记。")
    assert found[("韩晓东", "科长")] in ("医务科", "青石市中心医院医务科")
    assert found[("韩晓东", "副院长")] == "青石市中心医院"
    assert found[("韩晓东", "党委副书记")] == "青石市中心医院"


def test_a_verb_handing_a_patient_over_is_no_part_of_the_unit():
    assert _positions("新生儿出生后交由新生儿科副主任池晓华团队救治。") == {("池晓华", "副主任"): "新生儿科"}


def test_yu_and_ren_are_surnames_too_before_a_given_name_starting_with_a_surname():
    assert pairs_of("呼吸科主任于海波等12名专家出席。") == {("于海波", "主任")}
    assert pairs_of("学组副组长任文华教授出席。") == {("任文华", "副组长"), ("任文华", "教授")}
    assert pairs_of("院长向张明表示感谢。") == set()  # 向 stays a preposition


def test_relatives_and_elder_forms_of_address_are_patients_mentions():
    from yuanzhi.extract.lexicon_loader import default_lexicon
    from yuanzhi.extract.patients import find_patients

    found = {p.mention for p in find_patients("女儿小吴立即拨打120，邻居刘大伯也赶来帮忙。", default_lexicon())}
    assert {"小吴", "刘大伯"} <= found


def test_a_group_s_listed_leaders_take_its_declared_name_and_a_later_post_ends_the_listing():
    facts = issue_to_facts(one_article(
        "12月2日，青湖市第二医院（青湖医疗集团）年度工作会在集团总部召开。",
        "集团党委书记、理事长岳文，集团领导班子成员秦晓东、贾文丽、鲍志远参加会议。",
        "集团党委委员、副总院长鲍志远作专题发言。",
    ))
    listed = {(item.name, item.org) for item in facts.listed_leaders}
    assert listed == {("秦晓东", "青湖市第二医院"), ("贾文丽", "青湖市第二医院")}


def test_shi_causing_is_no_part_of_the_institution_after_it():
    facts = issue_to_facts(one_article("力争三年内使石门分院达到二级医院服务水平。"))
    assert not any(o.name.startswith(("内使", "使")) for o in facts.organizations)


def _partners(*paragraphs: str) -> set[tuple[tuple[str, ...], str]]:
    return {(p.parties, p.kind) for p in issue_to_facts(one_article(*paragraphs)).partnerships}


def test_shuangfang_signing_is_between_the_hospital_and_its_guest():
    found = _partners(
        "日前，南麓医科大学副校长公孙晓东一行来到青川市妇幼保健院调研。院长郦文陪同调研。",
        "座谈会后，双方签订了教学医院合作协议，公孙晓东向医院授予“南麓医科大学教学医院”牌匾。",
    )
    assert found == {(("南麓医科大学", "青川市妇幼保健院"), "agreement")}


def test_a_project_in_quotation_marks_is_no_party():
    found = _partners("9月1日，石门省肿瘤医院、云渡市人民政府、云渡市中心医院三方合作共建“石门省肿瘤医院云渡分院”签约仪式举行。")
    assert found == {(("石门省肿瘤医院", "云渡市人民政府", "云渡市中心医院"), "co-construction")}


def test_a_name_declared_in_brackets_does_not_glue_the_next_name():
    facts = issue_to_facts(one_article(
        "日前，云渡农村商业银行股份有限公司（以下简称“云渡农商银行”）向云渡县人民医院捐赠救护车。院长钱文表示感谢。"
    ))
    assert not any(o.name.startswith(("）", ")")) for o in facts.organizations)


def test_a_deputy_listed_after_a_unit_s_head_is_of_that_unit():
    found = _positions("5月10日，青川市骨科医院护理技能竞赛举行。副院长宫晓，护理部主任谷晓明、副主任濮阳晓，以及各病区护士长参加。")
    assert found[("濮阳晓", "副主任")] == "护理部"
    assert found[("谷晓明", "主任")] == "护理部"


def test_ke_zhuren_is_the_head_of_the_unit_just_named():
    assert _positions("在急诊科，科主任卓文介绍，去年接诊危重患者3000余人次。") == {("卓文", "主任"): "急诊科"}


def test_clinical_staff_of_the_one_unit_the_sentence_is_about():
    found = _positions(
        "科室获评省临床重点专科，麻醉科、超声科协助。",
        "在他的带动下，心血管内科形成了人才梯队：副主任医师钱海专攻射频消融，主治医师柳文在康复领域崭露头角。",
    )
    assert found == {("钱海", "副主任医师"): "心血管内科", ("柳文", "主治医师"): "心血管内科"}


def test_we_are_the_hospital_of_the_person_we_call_ours_even_with_a_compound_surname():
    facts = issue_to_facts(one_article(
        "我院令狐立诚当选省医学会骨科学分会主任委员",
        "5月9日，石门省医学会骨科学分会换届会议召开。石门省人民医院副院长钟文斌出席。",
        "云渡市第三人民医院骨科主任令狐立诚以高票当选主任委员，石门省人民医院骨科主任庞立当选副主任委员。",
        "我院副院长宗文当选委员。石门省人民医院院长钟文斌致辞。",
    ))
    found = {(p.name, pos.title): pos.org for p in facts.people for pos in p.positions}
    assert found[("宗文", "副院长")] == "云渡市第三人民医院"


def test_a_title_after_an_unknown_unit_word_does_not_take_another_unit_of_the_sentence():
    found = _positions(
        "11月7日，青川市妇幼保健院新生儿科主任郗文当选常务委员。",
        "护理部主任巫晓华连任主任委员，产房护士长宓晓琳当选秘书。",
    )
    assert found[("宓晓琳", "护士长")] != "护理部"


def test_a_headline_and_its_body_state_one_appointment_with_the_body_s_date():
    facts = issue_to_facts(one_article(
        "11月16日，青石省医学会护理学分会换届选举会议召开，青川市人民医院护理部主任蓝晓慧连任副主任委员。",
        title="我院护理部主任蓝晓慧连任省护理学分会副主任委员", date="2024-11",
    ))
    dates = sorted(a.date or "" for a in facts.appointments if a.person == "蓝晓慧")
    assert dates == ["2024-11-16"]


def test_a_numbered_heading_naming_an_action_announces_the_items_after_it():
    found = _appointments(
        "经院党委会议研究决定，对以下同志职务予以调整：",
        "一、聘任",
        "东方晓云为心内科主任（原心内科副主任）；",
        "二、免去",
        "韩立新的麻醉科主任助理职务。",
    )
    assert ("东方晓云", "主任", "心内科", "appoint") in found
