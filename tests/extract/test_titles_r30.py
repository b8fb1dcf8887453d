"""Qualified titles of rounds 30–31 (E158): posts kept whole with their qualifier, committee or field
(GOLD_SPEC §3, §4.12), the longest title winning over its base. Names and places are invented."""

from __future__ import annotations

from .conftest import posts_in


def test_advisers_and_senior_grades_are_kept_whole() -> None:
    found = posts_in(
        "来自新加坡某某心脏中心的资深顾问医师林志远介绍了经验。退休的老主席苗德润被聘为工会顾问。"
        "院委宣传科副科长、新闻发言人骆青宣读了决定。"
    )
    assert {("林志远", "资深顾问医师"), ("苗德润", "工会顾问"), ("骆青", "新闻发言人")} <= found
    assert ("林志远", "顾问医师") not in found and ("苗德润", "顾问") not in found


def test_committee_posts_keep_their_committee() -> None:
    found = posts_in(
        "某某嘎查党支部书记、嘎查委员会主任巴图孟和介绍了情况。"
        "青岚市体育局副局长、组委会秘书长汪长空带队踏勘赛道。院区工会小组长姚小梅应邀参加。"
    )
    assert {
        ("巴图孟和", "嘎查委员会主任"),
        ("汪长空", "组委会秘书长"),
        ("姚小梅", "工会小组长"),
    } <= found
    assert not {("巴图孟和", "主任"), ("汪长空", "秘书长"), ("姚小梅", "组长")} & found


def test_job_words_of_mediators_and_stations_are_read_whole() -> None:
    found = posts_in("由专职调解员阮晓宁与法官共同调解。客运值班员夏晓燕跑去取来AED。")
    assert {("阮晓宁", "专职调解员"), ("夏晓燕", "客运值班员")} <= found


def test_a_nurse_certified_in_a_field_keeps_it_and_its_head_nurse_is_a_head_nurse() -> None:
    found = posts_in(
        "护理部副主任童春华带领伤口造口专科护士焦穗丰、糖尿病专科护士伍雪晴开展护理咨询。"
        "糖尿病专科护士长柏建英讲解饮食。护理部科护士长苗婷挂任该院护理部副主任。"
    )
    assert {("焦穗丰", "伤口造口专科护士"), ("伍雪晴", "糖尿病专科护士"), ("柏建英", "护士长"), ("苗婷", "科护士长")} <= found
    assert not {("焦穗丰", "护士"), ("伍雪晴", "护士"), ("苗婷", "护士长")} & found


def test_an_elections_chief_scrutineer_is_a_role_not_a_director() -> None:
    found = posts_in("选举由青岚市医学会副部长裴书影主持，市中心医院重症医学科副主任医师阎秋山担任总监票人。")
    assert ("阎秋山", "副主任医师") in found and ("阎秋山", "总监") not in found
