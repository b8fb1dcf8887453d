"""Round 20 (E82): grades and posts of Hong Kong's, Macau's and Taiwan's hospitals read whole
(顾问医生, never 顾问 + 医生), a returned expert's posts abroad, a village's posts (妇女主任, never
主任), social workers and honoured practitioners of ethnic medicine. Invented names and places."""

from __future__ import annotations

import pytest

from tests.extract.conftest import pairs_of

_WHOLE = [
    "顾问医生", "副顾问医生", "驻院医生", "顾问护师", "副顾问护师", "资深护师", "病房经理",
    "部门运作经理", "注册护士", "主任医生", "主治医生", "总医师", "护理长", "职能治疗师",
    "助理教授", "临床讲师", "博士后研究员", "社工", "州名傣医",
]


@pytest.mark.parametrize("post", _WHOLE)
def test_a_grade_of_another_system_is_read_whole_before_a_name(post: str) -> None:
    assert pairs_of(f"青川医院精神科{post}蒯立川出席会议并讲话。") == {("蒯立川", post)}


def test_a_village_womens_director_is_no_director() -> None:
    assert pairs_of("青石村妇女主任姜雨亭挨家挨户上门动员。") == {("姜雨亭", "妇女主任")}


def test_posts_abroad_in_a_chain() -> None:
    pairs = pairs_of("蒯立川曾任青川大学牙医学院临床讲师、助理教授，主攻正颌外科。")
    assert pairs == {("蒯立川", "临床讲师"), ("蒯立川", "助理教授")}


def test_dai_names_of_three_characters_after_a_post() -> None:
    pairs = pairs_of("内科主治医师岩香腊、药剂科主管药师玉帕婻和护理部副主任蒯立川为继承人。")
    assert pairs == {("岩香腊", "主治医师"), ("玉帕婻", "主管药师"), ("蒯立川", "副主任")}
    assert pairs_of("医院党委书记蒯立川、院长玉婻旺共同为工作室揭牌。") == {("蒯立川", "党委书记"), ("玉婻旺", "院长")}


def test_a_dai_name_before_shi_and_a_former_monks_title() -> None:
    from tests.extract.conftest import posts_in

    assert posts_in("岩坎腊是傣医内科主任、主任医师，从事临床工作30年。") == {("岩坎腊", "主任"), ("岩坎腊", "主任医师")}
    assert pairs_of("研究室主任康朗香旺介绍了古籍整理情况。") == {("康朗香旺", "主任")}


def test_common_words_starting_like_dai_names_are_no_names() -> None:
    assert pairs_of("院长岩石上前迎接客人。") == set()
    assert pairs_of("主任玉米地里查看长势。") == set()


def test_once_after_a_name_ends_it() -> None:
    assert pairs_of("引进他之前，院长蒯映雪曾三次与他视频通话。") == {("蒯映雪", "院长")}


def test_a_verb_after_a_post_is_the_posts_work_no_name() -> None:
    assert pairs_of("大家交流了关于精神科护士排班、继续教育的经验。") == set()


def test_a_clause_verb_before_a_surname_and_a_title_is_no_name() -> None:
    from tests.extract.conftest import posts_in

    posts = posts_in("村卫生室乡村医生蒯玉蓼每周上门一次。村民说：“有蒯医生在，大家心里踏实。”")
    assert posts == {("蒯玉蓼", "乡村医生")}


def test_a_described_person_between_the_cue_and_wei() -> None:
    from tests.extract.conftest import posts_in

    assert posts_in("青川眼科医院聘请知名眼科专家蒯立川为医院副院长兼屈光手术中心主任。") == {
        ("蒯立川", "副院长"), ("蒯立川", "主任"),
    }


def test_a_one_character_verb_with_a_person_as_object_ends_a_name() -> None:
    assert pairs_of("她讲述了社区精神科顾问护师欧阳雨桐带她做家访的经历。") == {("欧阳雨桐", "顾问护师")}
