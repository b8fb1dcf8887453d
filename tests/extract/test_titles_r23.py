"""Titles and appointments of round 23's shapes (E109), all names and places invented: a selection's
discipline leaders (入选学科带头人), a discipline's secretary, a body's committee kept in the title
(GOLD_SPEC §3's exception), a rehired retiree's adviser or supervisor of a field, a past post inside a
chain (、原某部主任), a scene's team in a drill, and rare surnames (芶, 郄, 骞, 母)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_in, posts_with_orgs_in


def _appointments(*paragraphs: str) -> set[tuple[str, str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.action) for a in facts.appointments}


def test_selected_discipline_leaders_hold_the_post_without_an_appointment():
    text = ("经评审，心内科主任、主任医师范立群，普外科主任、主任医师严可风入选学科带头人；"
            "重症医学科主治医师葛晓明入选后备学科带头人。")
    found = posts_in(text)
    assert {("范立群", "学科带头人"), ("严可风", "学科带头人"), ("葛晓明", "后备学科带头人")} <= found
    assert not any(title.endswith("学科带头人") for _n, title, _a in _appointments(text))


def test_an_honour_selected_into_is_no_post():
    found = posts_in("心内科主任医师范立群入选全省卫生健康领军人才培养对象。")
    assert all("人才" not in title for _n, title in found)


def test_a_discipline_secretary_is_kept_whole():
    text = "会上宣读聘任决定：聘任康复医学博士窦晓岚为康复医学科学科秘书。"
    assert ("窦晓岚", "学科秘书") in posts_in(text)
    assert ("窦晓岚", "秘书") not in posts_in(text)
    assert ("窦晓岚", "学科秘书", "appoint") in _appointments(text)


def test_a_body_committee_stays_in_the_title():
    assert ("卓远山", "安全生产委员会副主任") in posts_in(
        "嘉山市人民医院副院长、安全生产委员会副主任卓远山汇报了消防安全管理情况。")
    text = "会议宣读了编纂委员会成员名单。蔺松年任编纂委员会主任，桂白云任学术顾问。"
    assert ("蔺松年", "编纂委员会主任") in posts_in(text)
    assert ("蔺松年", "编纂委员会主任", "appoint") in _appointments(text)


def test_a_rehired_retiree_advises_or_supervises_a_field():
    text = "经院长办公会研究，返聘杭广元为神经康复专家顾问，返聘詹秀华为护理质量督导专家，聘期均为两年。"
    found = posts_in(text)
    assert ("杭广元", "神经康复专家顾问") in found and ("詹秀华", "护理质量督导专家") in found
    assert ("杭广元", "神经康复专家顾问", "appoint") in _appointments(text)


def test_a_past_post_inside_a_chain_keeps_the_posts_before_it():
    found = posts_in("滨海区人民医院院史馆馆长、原护理部主任寿美华说，笔记很有价值。")
    assert ("寿美华", "馆长") in found and ("寿美华", "主任") in found


def test_a_team_of_the_scene_is_a_post_of_one_occasion():
    text = "演练中，璧山区人民医院急诊科主任柯靖山担任现场医疗救援队队长，带领队员进行检伤分类。"
    assert ("柯靖山", "队长") in posts_in(text)
    assert ("柯靖山", "队长", "appoint") not in _appointments(text)


def test_rare_surnames_before_a_title_chain():
    assert ("芶汉山", "副局长") in posts_in("市税务局党委委员、副局长芶汉山出席并讲话。")
    assert ("母靖川", "副主任医师") in posts_in("急诊科主任、副主任医师母靖川介绍了救治流程。")
    assert ("郄立邦", "副主任") in posts_in("聘任郄立邦为牙体牙髓科副主任。")
    assert ("骞秀云", "主任护师") in posts_in("护理部主任、主任护师骞秀云介绍了经验。")


def test_an_age_before_the_name_closes_the_chain():
    found = posts_in("原滨海区人民医院院长、主任医师、九十四岁高龄的谷怀义老人将笔记捐赠给区档案馆。")
    assert ("谷怀义", "院长") in found and ("谷怀义", "主任医师") in found


def test_people_joined_by_a_stop_mark_inside_a_listed_clause_are_elected_too():
    text = ("大会选举产生了新一届领导班子：苍山市第二人民医院骨科主任秦夕月、苍山大学附属医院烧伤整形科主任单可，"
            "我院创伤中心副主任梁丘越当选副主任委员。")
    elected = {name for name, title, _a in _appointments(text) if title == "副主任委员"}
    assert elected == {"秦夕月", "单可", "梁丘越"}


def test_a_deputy_with_the_sitting_between_place_and_post_in_a_profile():
    profile = "骆秉山，1972年生，中共党员，柘水县人民医院消化内科主任、主任医师，柘水县第十七届人大代表。"
    assert ("骆秉山", "人大代表", "柘水县") in posts_with_orgs_in(profile)
    profile = "邢守成，曾任柘水市医学会外科学分会主任委员、柘水市第九届人大代表。"
    assert ("邢守成", "主任委员") in posts_in(profile)
