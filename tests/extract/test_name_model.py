"""The name model: where a person's name starts and ends, decided by what follows it and by
jieba's statistics of name characters, not by lists of names (all names invented)."""

from __future__ import annotations

import pytest

from yuanzhi.extract.byline_names import credit_names
from yuanzhi.extract.name_evidence import printed_names
from yuanzhi.extract.name_model import is_dotted_name, is_word_char, word_char_margin
from yuanzhi.extract.names import valid_name

from .conftest import name_span, pairs_of, posts_in


def test_rare_surnames_of_the_census_start_names(lexicon):
    assert name_span("院长禚立群致欢迎辞", 2, lexicon) == "禚立群"
    assert name_span("主任芈思远陪同检查", 2, lexicon) == "芈思远"
    assert name_span("护士长雒晓雯介绍", 3, lexicon) == "雒晓雯"


def test_characters_that_stand_alone_do_not_end_names():
    for char in "也由赴在到":
        assert is_word_char(char), char
    for char in "新年华平宇峰晚宏":  # characters that end many names
        assert not is_word_char(char), (char, word_char_margin(char))


def test_a_name_does_not_run_into_a_following_function_word(lexicon):
    assert name_span("秘书骆蓓也参加了会议", 2, lexicon) == "骆蓓"
    assert ("骆蓓", "秘书") in pairs_of("科研秘书骆蓓也参加了会议。")
    assert not valid_name("蓝谦赴", lexicon)


def test_a_verb_with_a_preposition_before_a_title_is_no_name():
    found = pairs_of("会后医院成立由党委书记任组长的整改工作专班。")
    assert not any(name.startswith("成立") for name, _title in found)
    found = pairs_of("医院明确由院长牟清远任中心主任。")
    assert not any(name.startswith("明确") for name, _title in found)


@pytest.mark.parametrize("dot", ["·", "‧", "•", "・"])
def test_a_dot_joined_name_after_a_title_is_whole(dot):
    name = f"约翰{dot}卡特"
    assert (name, "教授") in pairs_of(f"美国北溪大学教授{name}（John Carter）应邀来院讲学。")
    assert (f"热合曼{dot}吐尔逊", "副院长") in pairs_of(f"援疆医院副院长热合曼{dot}吐尔逊说，合作很顺利。")


def test_a_dot_joined_name_before_a_title_is_whole():
    assert ("约翰·卡特", "教授") in pairs_of("客人约翰·卡特教授作了学术报告。")
    assert ("约翰·卡特", "副院长") in pairs_of("副院长约翰·卡特一行参观了实验室。")
    assert not any(name.endswith("卡特") and name != "约翰·卡特" for name, _t in pairs_of("约翰·卡特教授作了报告。"))


def test_dot_joined_organizations_and_places_are_no_names():
    assert not is_dotted_name("江州医院") and is_dotted_name("约翰·卡特")
    found = pairs_of("学院·医院主任邝明远说，")
    assert found == {("邝明远", "主任")}


def test_a_name_then_a_joiner_before_the_next_persons_unit_is_no_organization():
    found = pairs_of("儿科副主任医师濮晓晴和中医科主治医师莫峥出席。")
    assert ("濮晓晴", "副主任医师") in found and ("莫峥", "主治医师") in found


def test_a_one_character_function_word_glued_by_the_segmenter_ends_the_name(lexicon):
    assert name_span("国际医疗部主任钟离雅宁用英语讲解", 7, lexicon) == "钟离雅宁"


def test_a_latin_note_between_a_title_and_its_name():
    assert ("卜秋实", "主要研究者") in pairs_of("肿瘤内科主任、主要研究者（PI）卜秋实，介绍了在研项目。")


def test_a_verb_starting_one_character_later_keeps_the_character_in_the_name(lexicon):
    assert name_span("神经内科副主任医师宓长风带去了溶栓技术", 9, lexicon) == "宓长风"


def test_the_same_name_printed_plainly_elsewhere_decides_the_length():
    unsure = "急诊科医生温朗刚结束一台抢救。"
    assert ("温朗刚", "医生") in posts_in(unsure)  # alone, the sentence cannot tell
    assert ("温朗", "医生") in posts_in(unsure, "温朗表示，这样的夜班是常态。")
    assert ("温朗刚", "医生") in posts_in(unsure, "温朗刚表示，这样的夜班是常态。")


def test_printed_names_are_read_between_sure_boundaries(lexicon):
    names = printed_names(["院长骆明远主持会议。", "骆明远表示，", "他说骆明远刚来"], lexicon)
    assert "骆明远" in names and "骆明" not in names


def test_a_listed_ordinary_word_before_a_verb_character_is_a_name():
    assert ("温和", "护士长") in pairs_of("护士长芮长青、温和赴对口医院支援。")


def test_surnames_that_are_also_place_or_time_words():
    assert ("区瑞萍", "院长") in pairs_of("澳门某医院院长区瑞萍率代表团来访。")
    assert ("原晓燕", "副院长") in pairs_of("副院长原晓燕出席。")
    assert ("许明", "原院长") in pairs_of("该院原院长许明出席。")  # 原 before a title stays the former post
    assert not any(n.startswith("原") for n, _t in pairs_of("原院长卓立峰、原副院长贝思远出席座谈会。"))


def test_a_common_noun_after_a_title_is_no_name():
    assert pairs_of("护士长金额结算工作做得细。") == set()
    assert pairs_of("科主任毛病不少，但技术过硬。") == set()
    assert pairs_of("院长原本计划参加本次活动。") == set()
    assert pairs_of("院长区域医疗中心建设专题汇报。") == set()


def test_every_name_after_a_role_in_a_closing_credit(lexicon):
    text = "3月5日，医院召开护理工作座谈会。"
    assert {("骆明远", "通讯员"), ("芮晓岚", "通讯员")} <= posts_in(text, "（通讯员 骆明远 芮晓岚）")
    assert credit_names("（记者 艾力·买买提）", lexicon) == [("记者", "艾力·买买提")]
    assert credit_names("（通讯员 邝 明 记者 黎明远摄）", lexicon) == [("通讯员", "邝明"), ("记者", "黎明远")]
    assert credit_names("（心内科 骆明远）", lexicon) == []


def test_an_adverb_after_a_title_modifies_the_verb():
    assert pairs_of("该院院长明确表示全力支持。") == set()
    assert ("方正", "院长") in pairs_of("院长方正表示全力支持。")  # a name jieba lists as one


def test_a_credit_opening_the_first_paragraph(lexicon):
    text = "本报讯（通讯员 骆明远 记者 芮晓岚）3月5日，医院召开护理工作座谈会。"
    assert {("骆明远", "通讯员"), ("芮晓岚", "记者")} <= posts_in(text)
    assert credit_names("本报讯（心内科 骆明远）3月5日，医院召开会议。", lexicon) == []


def test_surnames_of_the_hundred_families_that_are_rare_today(lexicon):
    assert name_span("巡诊队由某某医院副院长崇启航带队", 11, lexicon) == "崇启航"
    assert name_span("护理部主任言书遥介绍了情况", 5, lexicon) == "言书遥"
