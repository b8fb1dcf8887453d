"""Round 9 shapes of names and titles (invented names and places)."""

from __future__ import annotations

from tests.extract.conftest import pairs_of, posts_in, posts_with_orgs_in


def test_heads_of_a_ward_cluster_keep_the_unit_word() -> None:
    posts = posts_with_orgs_in(
        "经院长办公会研究决定：聘任肾内科主任祁远山为内科片区科主任，聘任超声科主任韦立为医技片区执行科主任。"
    )
    assert posts >= {
        ("祁远山", "科主任", "内科片区"), ("韦立", "执行科主任", "医技片区"), ("祁远山", "主任", "肾内科"),
    }


def test_a_ward_cluster_is_the_organization_of_its_head() -> None:
    posts = posts_with_orgs_in("会议宣布：第二片区科主任祁远山、第二片区科护士长庹春雨到岗。")
    assert ("祁远山", "科主任", "第二片区") in posts
    assert ("庹春雨", "科护士长", "第二片区") in posts


def test_a_department_before_keeps_the_head_plain() -> None:
    assert pairs_of("康复科护士长庹春雨介绍了病区管理经验。") == {("庹春雨", "护士长")}
    assert pairs_of("骨科主任祁远山主持会议。") == {("祁远山", "主任")}
    assert ("庹春雨", "科护士长") in pairs_of("外科科护士长庹春雨带队检查。")
    assert posts_in("在急诊科，科主任祁远山介绍了抢救流程。") == {("祁远山", "主任")}


def test_court_posts_are_titles() -> None:
    # 审判长 presides over one case: a role of one proceeding, no pair (GOLD_SPEC §4.12, replacing HELDOUT9 rule 7)
    posts = posts_with_orgs_in("该案审判长、苕溪区人民法院副院长岑立川在庭后表示，将依法从严惩处。人民陪审员蔡秋禾参加庭审。")
    pairs = {(n, t) for n, t, _o in posts}
    assert ("岑立川", "副院长") in pairs and ("岑立川", "审判长") not in pairs
    assert ("蔡秋禾", "人民陪审员") in {(n, t) for n, t, _o in posts}


def test_an_abbreviation_in_brackets_keeps_the_chain() -> None:
    posts = posts_in("医院首席执行官（CEO）、信息中心主任祁明远介绍了平台建设情况。")
    assert posts >= {("祁明远", "首席执行官"), ("祁明远", "主任")}


def test_rare_single_surname_after_a_clinics_post() -> None:
    assert pairs_of("卫生院院长甫晓川演示了远程会诊。") == {("甫晓川", "院长")}
    assert pairs_of("他甫一上任就走访了各科室。") == set()


def test_the_holder_of_a_former_post_named_after_it() -> None:
    posts = posts_with_orgs_in("开馆仪式上，曾任骨科主任的贝文渊在老式无影灯前站了很久。执笔人就是时任外科医师的祁长川。")
    assert ("贝文渊", "主任", "骨科") in posts
    assert ("祁长川", "医师", "外科") in posts
    assert posts_in("会上，主任医师的职责被一一列出。") == set()
    assert ("尤立平", "主任", "外科") in posts_with_orgs_in("曾任医院外科主任的尤立平教授建议加强基本功训练。")


def test_an_ordinal_term_is_no_name() -> None:
    assert pairs_of("省医院协会完成换届 贺子川当选第五届会长") <= {("贺子川", "会长")}
    assert ("第五届", "会长") not in pairs_of("大会选举产生第五届会长。")


def test_a_three_character_name_glued_to_a_unit() -> None:
    posts = posts_in("同时，免去贝立人医务部副主任职务，另有任用。")
    assert posts == {("贝立人", "副主任")}
    assert posts_in("免去祁明外科副主任职务。") == {("祁明", "副主任")}


def test_a_name_ends_before_a_phrase_opened_by_zi() -> None:
    text = "骨伤科副主任医师欧阳明自本月起在城南分院出诊。"
    assert pairs_of(text) == {("欧阳明", "副主任医师")}
    assert pairs_of("骨伤科副主任医师诸葛文自下周起轮流出诊。") == {("诸葛文", "副主任医师")}


def test_leads_of_subspecialties_listed_after_the_post() -> None:
    text = "其中，结构性心脏病、心律失常两个亚专科负责人分别为副主任医师缪清远和主任医师杭秋白。"
    assert posts_in(text) >= {("缪清远", "亚专科负责人"), ("杭秋白", "亚专科负责人")}


def test_a_post_held_by_a_list_written_between_you_and_danren() -> None:
    text = "病区设三个医疗组，医疗组长分别由副主任医师祁晓川、副主任医师薄文涛和主治医师尤立夏担任。"
    assert posts_in(text) >= {("祁晓川", "医疗组长"), ("薄文涛", "医疗组长"), ("尤立夏", "医疗组长")}


def test_team_heads_listed_in_a_story_about_one_ward_are_the_wards() -> None:
    posts = posts_with_orgs_in(
        "心内科三病区开放床位40张。", "病区成立了两个医疗组，医疗组长分别由副主任医师祁晓川和主治医师尤立夏担任。"
    )
    assert ("祁晓川", "医疗组长", "心内科三病区") in posts
    assert ("尤立夏", "医疗组长", "心内科三病区") in posts


def test_a_letter_of_appointment_names_the_body_that_gives_it() -> None:
    posts = posts_with_orgs_in("签约仪式上，柏文昌还为祁晓川颁发了蓼川大学兼职教授聘书。")
    assert ("祁晓川", "兼职教授", "蓼川大学") in posts


def test_units_listed_before_one_title_go_one_to_each_name() -> None:
    posts = posts_with_orgs_in("经研究决定：聘任祁晓川、尤立夏分别为内科片区、外科片区科护士长。")
    assert {("祁晓川", "科护士长", "内科片区"), ("尤立夏", "科护士长", "外科片区")} <= posts
    posts = posts_with_orgs_in("经研究决定：聘任祁晓川、尤立夏分别为心内科、神经外科主任。")
    assert {("祁晓川", "主任", "心内科"), ("尤立夏", "主任", "神经外科")} <= posts


def test_a_post_given_through_a_pronoun_to_the_one_person_named() -> None:
    text = "本批医疗队队长由麻醉科副主任、副主任医师祁晓川担任，他同时兼任医疗队临时党支部书记。"
    assert ("祁晓川", "临时党支部书记") in pairs_of(text)
    two = "队长由副主任医师祁晓川担任，副队长由主治医师尤立夏担任，她同时兼任临时党支部书记。"
    assert all(title != "临时党支部书记" for _name, title in pairs_of(two))


def test_the_hospitals_company_is_a_body_of_its_own() -> None:
    assert ("董立成", "总经理", "医院公司") in posts_with_orgs_in("党委书记、院长、医院公司总经理董立成出席。")
