"""Names and false names, wave 21, all names invented: a list item's given name ending in a
function character (某如是、) keeps it; the subject's adverb 则 before a preposition ends a name;
words around a title that are no names (an idiom read from the surname on, an adverb and a verb
with 着, a verb and 时 "when"); roles of one case or one contest and a lawyer's licence give no
pair (GOLD_SPEC §4.12)."""

from __future__ import annotations

from .conftest import name_span, posts_in


def test_a_list_items_given_name_ending_in_a_function_character_keeps_it(lexicon):
    sentence = "急诊科护士庞晓露、重症医学科护士祝如是、心内科护士长车一诺分别获得第一名。"
    assert name_span(sentence, sentence.index("祝如"), lexicon) == "祝如是"


def test_a_name_closing_a_list_item_with_deng_still_ends_before_it(lexicon):
    sentence = "护士长祝晓等、医生代表参加。"
    assert name_span(sentence, sentence.index("祝晓"), lexicon) == "祝晓"


def test_the_subjects_adverb_ze_before_a_preposition_ends_the_name(lexicon):
    sentence = "心理科主治医师祝蔓则为官兵开展心理疏导。"
    assert name_span(sentence, sentence.index("祝蔓"), lexicon) == "祝蔓"


def test_ze_with_no_verb_after_it_stays_the_given_names(lexicon):
    assert name_span("主任林正则作了报告。", 2, lexicon) == "林正则"


def test_an_idiom_read_from_the_surname_on_is_no_name(lexicon):
    sentence = "医院的几位护士饶有兴致地体验了艾灸。"
    assert name_span(sentence, sentence.index("饶有"), lexicon) is None


def test_an_adverb_and_a_verb_with_zhe_are_no_name(lexicon):
    sentence = "现在我们医生都抢着打。"
    assert name_span(sentence, sentence.index("都抢"), lexicon) is None


def test_a_verb_and_shi_when_are_a_clause_of_time_not_a_name(lexicon):
    sentence = "他说，老院长查房时总要摸一摸病人的肚子。"
    assert name_span(sentence, sentence.index("查房"), lexicon) is None


def test_roles_of_one_case_give_no_pair_the_chain_before_them_does():
    posts = posts_in(
        "该案由三名仲裁员组成仲裁庭审理，首席仲裁员由江陵大学法学院教授祖望川担任，"
        "另两名仲裁员分别是江陵市中心医院骨科主任、主任医师柏正清和执业律师邝芊雨。",
        "本案由江陵区人民法院民事审判第一庭副庭长、四级高级法官单书言担任审判长。承办法官单书言提醒，医疗机构应严格落实制度。",
    )
    assert ("祖望川", "教授") in posts and ("单书言", "四级高级法官") in posts
    assert not {("祖望川", "仲裁员"), ("邝芊雨", "执业律师"), ("单书言", "法官")} & posts


def test_the_head_judge_of_one_contest_gives_no_pair_a_sports_meets_chief_referee_stays():
    posts = posts_in("竞赛由护理部主任、主任护师闫晓云担任裁判长，邀请专家担任评委。")
    assert ("闫晓云", "主任护师") in posts and ("闫晓云", "裁判长") not in posts
    assert ("甘清远", "总裁判长") in posts_in("总裁判长、工会副主席甘清远宣读了比赛成绩。")


def test_a_given_name_that_is_a_dictionary_word_keeps_ze_before_a_preposition(lexicon):
    sentence = "第一附属医院院长滕正则在总结时说。"
    assert name_span(sentence, sentence.index("滕正"), lexicon) == "滕正则"
