"""Breadth of post words: the posts Chinese institutions use, kind of body by kind of body
(civil service, legislatures, courts, police and armed forces, schools, research, companies,
projects, press, hospitals' non-clinical grades), each read whole before a name, in a chain
and in a list. Invented names and places."""

from __future__ import annotations

import pytest

from tests.extract.conftest import pairs_of

_POSTS = [
    ("青川县人力资源和社会保障局", "一级科员"),
    ("全国人大常委会", "副委员长"),
    ("青川市中级人民法院", "法官"),
    ("青川市中级人民法院", "书记员"),
    ("青川市人民检察院", "检察官"),
    ("青川市中级人民法院", "法官助理"),
    ("青川市医疗纠纷人民调解委员会", "人民调解员"),
    ("青川市公安局", "政委"),
    ("青川市消防救援支队", "政治委员"),
    ("城关派出所", "教导员"),
    ("青川军分区", "司令员"),
    ("青川军分区", "参谋长"),
    ("青川市第一中学", "教师"),
    ("青川市第一中学", "年级组长"),
    ("青川大学", "辅导员"),
    ("青川大学", "讲席教授"),
    ("青川大学", "常务副校长"),
    ("青川大学", "研究生导师"),
    ("青川生物科技有限公司", "首席科学官"),
    ("青川生物科技有限公司", "首席医学官"),
    ("青川生物科技有限公司", "独立董事"),
    ("青川生物科技有限公司", "区域经理"),
    ("青川生物科技有限公司", "总法律顾问"),
    ("青川律师事务所", "主任律师"),
    ("青川农村商业银行", "客户经理"),
    ("青川日报社", "社长"),
    ("青川电视台", "主持人"),
    ("青川电视台", "编导"),
    ("青川市人民医院", "高级会计师"),
    ("青川市人民医院", "高级经济师"),
    ("青川市人民医院", "政工师"),
    ("青川市人民医院", "副研究馆员"),
    ("青川市人民医院", "主管检验技师"),
    ("青川市人民医院", "呼吸治疗师"),
    ("青川市人民医院", "伤口治疗师"),
    ("青川市人民医院", "临床营养师"),
    ("青川市人民医院", "麻醉医师"),
    ("青川市人民医院", "正高级工程师"),
    ("青川市人民医院", "药士"),
    ("青川市人民医院新院区工程", "项目总工"),
    ("青川市人民医院新院区工程", "监理工程师"),
    ("青川市人民医院新院区工程", "技术负责人"),
    ("青川区域医疗联盟", "轮值主席"),
]


@pytest.mark.parametrize(("body", "post"), _POSTS)
def test_a_post_of_each_kind_of_body_is_read_whole_before_a_name(body: str, post: str) -> None:
    assert ("蒯立川", post) in pairs_of(f"{body}{post}蒯立川出席会议并讲话。")


@pytest.mark.parametrize(("body", "post"), _POSTS[::4])
def test_a_post_is_read_whole_in_a_chain_and_before_a_list(body: str, post: str) -> None:
    pairs = pairs_of(f"{body}党委委员、{post}蒯立川，{post}姜雨亭、范一鸣出席会议。")
    assert {("蒯立川", post), ("姜雨亭", post), ("范一鸣", post)} <= pairs


def test_a_post_word_inside_a_body_name_is_no_post() -> None:
    assert ("裘立民", "常务副主席") in pairs_of("青川市总工会常务副主席裘立民出席活动。")
    assert pairs_of("蒯立川是医院肛肠科的创始人之一。") == set()


def test_graded_judges_court_committees_ranks_and_short_committee_department_heads() -> None:
    assert pairs_of("民二庭三级高级法官蒯立川解答了问题。") == {("蒯立川", "三级高级法官")}
    assert pairs_of("副院长、审判委员会专职委员姜雨亭出席。") == {("姜雨亭", "副院长"), ("姜雨亭", "审判委员会专职委员")}
    assert pairs_of("武警某支队某中队中队长、中尉范一鸣介绍了情况。") == {("范一鸣", "中队长"), ("范一鸣", "中尉")}
    assert ("蒯立川", "支部主委") in pairs_of("民盟青川市人民医院支部主委、眼科主任医师蒯立川开展筛查。")
    assert pairs_of("市委常委、组织部长蒯立川，市委常委、统战部长姜雨亭出席会议。") == {
        ("蒯立川", "市委常委"), ("蒯立川", "组织部长"), ("姜雨亭", "市委常委"), ("姜雨亭", "统战部长"),
    }


def test_a_post_given_through_qi_after_a_letter_of_appointment_is_the_recipients() -> None:
    pairs = pairs_of("区教育局局长宋知远为青川市人民医院儿科副主任医师蒯立川颁发聘书，聘请其担任某区实验中学健康副校长。")
    assert ("蒯立川", "健康副校长") in pairs and ("宋知远", "健康副校长") not in pairs


def test_a_verb_before_a_verb_or_before_the_former_marker_is_no_name() -> None:
    assert pairs_of("县医院向每家卫生院派出一名医生常驻帮扶一年。") == set()
    assert pairs_of("今年退休的职工中，有原副院长蒯立川，原护理部主任姜雨亭等。") == {("蒯立川", "副院长"), ("姜雨亭", "主任")}


@pytest.mark.parametrize("post", ["校长", "检察长", "社长", "总编辑", "理事长", "秘书长", "副会长", "主任医师", "馆长", "法官", "检察官"])
def test_a_post_written_after_the_name(post: str) -> None:
    assert ("蒯立川", post) in pairs_of(f"据介绍，蒯立川{post}带领团队完成了这项工作。")


@pytest.mark.parametrize("post", ["质控医师", "感控护士", "诊疗组长", "首席护师", "宣传干事"])
def test_a_post_inside_a_ward_or_discipline_is_read_whole(post: str) -> None:
    assert ("蒯立川", post) in pairs_of(f"心内科{post}蒯立川出席会议。")


def test_a_cost_after_a_ward_word_is_no_name() -> None:
    assert pairs_of("患者住院总费用下降了三成。") == set()


def test_the_rest_of_an_election_listed_after_de_hai_you() -> None:
    from tests.extract.conftest import posts_in

    posts = posts_in(
        "会议选举产生了新一届委员会。青川市人民医院院长蒯立川当选主任委员。"
        "当选常务委员的还有：姜雨亭（青川市中心医院副院长）、范一鸣（青川县人民医院心内科副主任、主任医师）。"
    )
    assert {("姜雨亭", "常务委员"), ("范一鸣", "常务委员"), ("姜雨亭", "副院长"), ("范一鸣", "主任医师")} <= posts


def test_a_post_acted_in_after_zuowei_is_the_persons() -> None:
    pairs = pairs_of("我院副院长、胸痛中心主任蒯立川作为联盟执行委员会委员主持了开幕式。")
    assert {("蒯立川", "副院长"), ("蒯立川", "主任"), ("蒯立川", "委员")} <= pairs
    assert ("蒯立川", "主任医师") not in pairs_of("副院长蒯立川作为主任医师团队的一员参加。")


@pytest.mark.parametrize("post", ["常务副社长", "常务副台长", "创会会长", "副政委", "副参谋长", "副厂长", "二级高级检察官"])
def test_qualified_posts_of_press_societies_and_forces_are_whole(post: str) -> None:
    assert pairs_of(f"青川{post}蒯立川出席。") == {("蒯立川", post)}


@pytest.mark.parametrize("post", ["法治副校长", "科技副县长", "市政协常委", "行风监督员"])
def test_posts_lent_to_other_bodies_and_place_seats_are_whole(post: str) -> None:
    assert pairs_of(f"青川{post}蒯立川出席。") == {("蒯立川", post)}


def test_a_chain_passes_a_teaching_role_to_the_name() -> None:
    assert ("蒯立川", "主治医师") in pairs_of("消化内科主治医师、带教老师蒯立川作为带教老师代表发言。")


def test_added_and_passive_appointment_cues() -> None:
    from tests.extract.conftest import posts_in

    assert posts_in("理事会增补蒯立川为副会长。") == {("蒯立川", "副会长")}
    assert posts_in("姜雨亭被任命为青川市人民医院副院长。") == {("姜雨亭", "副院长")}


@pytest.mark.parametrize("name", ["纳兰明远", "麴文涛", "禤玉", "申屠晓", "万俟明远"])
def test_compound_and_rare_surnames(name: str) -> None:
    assert pairs_of(f"副主任医师{name}介绍了病情。") == {(name, "副主任医师")}


def test_ji_is_a_surname_after_a_title_and_a_joiner_between_events() -> None:
    assert ("暨春风", "院长") in pairs_of("医院党委书记蒯立川，院长暨春风，党委副书记姜雨亭出席。")
    assert pairs_of("第十届理事会暨学术年会在青川召开。") == set()


def test_ji_joins_two_posts_of_one_person() -> None:
    assert pairs_of("院长暨党委书记蒯立川出席。") == {("蒯立川", "院长"), ("蒯立川", "党委书记")}
