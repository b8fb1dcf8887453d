"""The title model: a post is [qualifiers] [unit word] head title, read whole, the unit an
organization's name ends going to the organization (invented names and hospitals)."""

from __future__ import annotations

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.lexicon_loader import load_lexicon
from yuanzhi.lexicon.title_grammar import BodyPrefix, Qualifier, expand_titles

from .conftest import posts_with_orgs_in
from .test_lexicon_loader import copy_lexicon

HEADS = {"主任": "administrative", "副主任": "administrative", "书记": "party", "营养师": "clinical",
         "院长": "administrative"}


def test_a_unit_word_joins_the_heads_it_lists_and_keeps_their_category():
    units = [BodyPrefix("专业基地", "", frozenset({"主任"})), BodyPrefix("主管", "", frozenset({"营养师"}))]
    titles = expand_titles(HEADS, [Qualifier("常务", frozenset({"administrative"}))], [], [], units)
    assert titles["专业基地主任"] == "administrative" and titles["专业基地副主任"] == "administrative"
    assert titles["主管营养师"] == "clinical"
    assert "专业基地院长" not in titles and "主管主任" not in titles and "专业基地书记" not in titles


def test_one_unit_word_a_title_never_two():
    units = [BodyPrefix("专业基地", "", frozenset({"主任"})), BodyPrefix("教学", "", frozenset({"主任"}))]
    titles = expand_titles(HEADS, [], [], [], units)
    assert "教学主任" in titles and "专业基地主任" in titles
    assert "教学专业基地主任" not in titles and "专业基地教学主任" not in titles


def test_package_lexicon_reads_compound_posts_whole(lexicon):
    for title in ("专业基地主任", "住培基地主任", "国际事务主任", "主管营养师", "第一书记", "党委第一书记",
                  "监事长", "副监事长"):
        assert title in lexicon.titles, title
    assert lexicon.title_category("主管营养师") == "clinical"
    assert lexicon.title_pattern.match("专业基地主任").group(0) == "专业基地主任"


def test_a_bad_unit_line_names_file_and_line(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "title_units.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "质控\t主任;副主任\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    with pytest.raises(LexiconError) as caught:
        load_lexicon(directory)
    assert f"title_units.tsv:{len(lines)}:" in str(caught.value) and "主任;副主任" in str(caught.value)


def test_a_training_base_post_stays_whole_and_the_department_is_its_org():
    found = posts_with_orgs_in("儿科专业基地主任、主任医师柯立民，骨科专业基地主任任思远为学员颁奖。")
    assert ("柯立民", "专业基地主任", "儿科") in found and ("柯立民", "主任医师", "儿科") in found
    assert ("任思远", "专业基地主任", "骨科") in found
    assert not any(title == "主任" for _name, title, _org in found)


def test_a_compound_post_in_a_stack_keeps_the_posts_before_it():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("江州市第二人民医院副院长、住培基地主任程一凡出席典礼。")}
    assert found == {("程一凡", "副院长"), ("程一凡", "住培基地主任")}


def test_a_grade_with_its_qualifier_is_not_cut_to_the_grade():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("营养科主管营养师包晓雨提醒市民注意饮食。")}
    assert found == {("包晓雨", "主管营养师")}


def test_posts_of_a_board_of_supervisors_are_titles():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("会议选举贝思远为理事长，刁志刚为监事长。")}
    assert found == {("贝思远", "理事长"), ("刁志刚", "监事长")}


def test_a_former_post_is_listed_under_the_post():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("原院长卓远峰、原副院长贝思明出席座谈会。")}
    assert found == {("卓远峰", "院长"), ("贝思明", "副院长")}
    found = posts_with_orgs_in("护理部原主任、主任护师郦雪华光荣退休。")
    assert ("郦雪华", "主任", "护理部") in found and not any(t.startswith("原") for _n, t, _o in found)


def test_heads_of_a_team_are_pairs():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("援藏医疗队队长、心内科副主任医师柯文轩带领队员义诊，副队长闵一川随行。")}
    assert {("柯文轩", "队长"), ("柯文轩", "副主任医师"), ("闵一川", "副队长")} <= found


def test_a_team_head_inside_a_longer_post_is_not_cut_out():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("家庭医生团队长闻雪松带队入户随访。")}
    assert found == {("闻雪松", "家庭医生团队长")}


def test_a_tenure_qualifier_is_read_with_the_post_and_listed_without_it(lexicon):
    assert lexicon.listed_post("驻村第一书记") == "第一书记" and lexicon.listed_post("原副院长") == "副院长"
    assert lexicon.listed_post("常务副院长") == "常务副院长"
    found = posts_with_orgs_in("驻村第一书记韦建勋介绍了村里的情况。")
    assert {(n, t) for n, t, _o in found} == {("韦建勋", "第一书记")}
    assert not any(o == "驻村" for _n, _t, o in found)


def test_a_bad_qualifier_flag_names_file_and_line(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "title_qualifiers.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "援派\tadministrative\ttenured\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    with pytest.raises(LexiconError) as caught:
        load_lexicon(directory)
    assert f"title_qualifiers.tsv:{len(lines)}:" in str(caught.value) and "inner|outer|tenure" in str(caught.value)


def test_is_as_a_linking_verb_after_a_name_gives_the_posts_of_the_clause():
    found = posts_with_orgs_in("支部书记柯远山是心内科主任、主任医师，也是医院首批双带头人。")
    assert {("柯远山", "主任", "心内科"), ("柯远山", "主任医师", "心内科")} <= found
    found = posts_with_orgs_in("宣传委员闵一帆，是内分泌科主治医师，牵头开设健康微课堂。")
    assert ("闵一帆", "主治医师", "内分泌科") in found


def test_is_before_anything_but_posts_gives_nothing():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("院长柯远山是我院首批双带头人，主任医师贝一鸣是一名好医生。")}
    assert found == {("柯远山", "院长"), ("贝一鸣", "主任医师")}


def test_a_career_of_a_person_named_earlier_in_the_sentence():
    found = posts_with_orgs_in(
        "12月1日，护理部原主任、主任护师柯雪华光荣退休。",
        "1985年，19岁的柯雪华从卫校毕业后来到医院，从一名护士做起，先后任外科护士长、总护士长，"
        "2009年起任护理部主任，2022年改任护理部调研员。",
    )
    titles = {(n, t) for n, t, _o in found}
    assert {("柯雪华", "护士长"), ("柯雪华", "总护士长"), ("柯雪华", "调研员"), ("柯雪华", "主任")} <= titles
    assert ("柯雪华", "护士长", "外科") in found and ("柯雪华", "调研员", "护理部") in found


def test_a_department_ending_in_ke_before_a_title_starting_with_ke():
    found = posts_with_orgs_in("贝思文，女，外科护士长、主管护师，从事护理工作二十年。")
    assert ("贝思文", "护士长", "外科") in found


def test_heads_of_other_series_and_ranks_are_titles():
    found = {(n, t) for n, t, _o in posts_with_orgs_in(
        "药学部临床药师甘雨晴、医务社工姚思涵和市卫健委一级主任科员冉一舟参加活动，片区护士长贝晓燕主持。")}
    assert {("甘雨晴", "临床药师"), ("姚思涵", "医务社工"), ("冉一舟", "一级主任科员"), ("贝晓燕", "片区护士长")} <= found


def test_a_unit_before_a_head_nurse_is_not_read_as_a_grade():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("糖尿病专科护士长符玉英为患者制定了饮食计划。")}
    assert found == {("符玉英", "护士长")}


def test_a_civil_service_grade_after_a_post_keeps_both():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("区卫生健康局副局长、二级调研员孟一凡到场指导。")}
    assert found == {("孟一凡", "副局长"), ("孟一凡", "二级调研员")}


def test_qualified_heads_of_nursing_and_research_posts_stay_whole():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("副总护士长柯雪梅、教学秘书甘一凡和主诊医师卢思源参加讨论。")}
    assert found == {("柯雪梅", "副总护士长"), ("甘一凡", "教学秘书"), ("卢思源", "主诊医师")}


def test_a_degree_holds_a_chain_together_but_is_never_listed():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("手术由胸外科主任医师解远峰博士主刀。")}
    assert found == {("解远峰", "主任医师")}
    found = {(n, t) for n, t, _o in posts_with_orgs_in(
        "邀请到耳鼻喉科主任、主任医师、医学博士、硕士研究生导师扈志强做客直播间。")}
    assert found == {("扈志强", "主任"), ("扈志强", "主任医师"), ("扈志强", "硕士研究生导师")}


def test_a_profile_under_a_heading_and_posts_of_the_hospital_unnamed():
    found = {(n, t) for n, t, _o in posts_with_orgs_in(
        "专家简介：柯一鸣，江岭省人民医院神经内科主任医师，教授，博士生导师，擅长脑血管病诊治。")}
    assert found == {("柯一鸣", "主任医师"), ("柯一鸣", "教授"), ("柯一鸣", "博士生导师")}
    found = {(n, t) for n, t, _o in posts_with_orgs_in("贝思远，男，1970年生，主任医师，现任医院副院长、心内科主任。")}
    assert found == {("贝思远", "主任医师"), ("贝思远", "副院长"), ("贝思远", "主任")}


def test_heads_of_a_delegation_and_a_specialty_are_titles():
    found = {(n, t) for n, t, _o in posts_with_orgs_in(
        "代表团团长、南岭大学副校长屈一鸣一行到访，副团长秦一帆、省级临床重点专科带头人柯远山陪同。")}
    assert {("屈一鸣", "团长"), ("屈一鸣", "副校长"), ("秦一帆", "副团长"), ("柯远山", "专科带头人")} <= found


def test_a_post_written_before_by_is_held_by_the_person_named_after_it():
    found = posts_with_orgs_in("胸痛中心主任由副院长闵一川兼任，主任委员由院长兰晓玲担任。")
    assert ("闵一川", "主任", "胸痛中心") in found
    assert ("兰晓玲", "主任委员") in {(n, t) for n, t, _o in found}


def test_a_post_still_to_be_filled_is_no_pair():
    found = {(n, t) for n, t, _o in posts_with_orgs_in("医院将成立质控小组，组长由院长冉一舟担任。")}
    assert found == {("冉一舟", "院长")}
