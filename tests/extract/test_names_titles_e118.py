"""Round 24's names and titles, fitted by principle (invented names throughout):

- 盘, the Yao families' own surname, opens a name; the words it starts (盘点) stay words;
- a Dai name (玉某某) ends before an adverb of purpose (专程), and a given name that is a noun of
  the dictionary is hers where the name ends plainly (玉+桂叶说);
- no one-character given name is an adverb's or a conjunction's next word (民警都|成为, 书记和|工作),
  a pronoun or an aspect particle (村医和她, 护林员有了), nor a verb with 起 (从医生干起);
  a surname and the way one addresses a doctor (吴医生) is no name;
- a law firm's lawyers (专职律师, 实习律师, 一级律师), 护林员, 村医, 永远荣誉会长 and a unit's
  负责人 are titles kept whole; a member representative (会员代表) or a businessman (港商) between
  a chain and its name is no post and lets the chain reach the name;
- an election at a place (甲在某学会理事会上当选理事) and a clause that goes on with 并 (，并被聘为…)
  keep their subject; 继续担任 holds a post and appoints no one.
"""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_in

_OPEN = "5月8日，柘原市人民医院召开会议。"


def test_the_yao_surname_opens_a_name():
    found = posts_in(_OPEN, "县民宗局党组书记、局长盘思远，县卫健局局长出席。")
    assert ("盘思远", "局长") in found and ("盘思远", "党组书记") in found
    assert not any(name.startswith("盘") for name, _t in posts_in(_OPEN, "科主任盘点了全年工作，院长盘查了台账。"))


def test_dai_names_before_an_adverb_and_with_a_noun_given_name():
    assert ("玉腊叶", "副主任") in posts_in(_OPEN, "州卫生健康委员会副主任玉腊叶专程发来贺信。")
    assert ("玉桂叶", "副院长") in posts_in(_OPEN, "人民医院副院长玉桂叶说，医院职工大多是本地人。")


def test_function_words_pronouns_and_verbs_are_no_given_names():
    assert posts_in(_OPEN, "执勤民警都成为“第一响应人”。") == set()
    assert posts_in(_OPEN, "展示全市驻村第一书记和工作队员的风采。") == set()
    assert posts_in(_OPEN, "讲述一位女村医和她的马背药箱的故事。") == set()
    assert posts_in(_OPEN, "护林员有了“健康档案”。") == set()
    assert posts_in(_OPEN, "他从乡村医生干起，先后任镇卫生院住院医师。") == set()
    assert posts_in(_OPEN, "主持人：吴医生，听说您的团队保住了一位老人的腿。") == set()


def test_law_firm_and_forest_titles_are_kept_whole():
    found = posts_in(_OPEN, "我所主任、高级合伙人、一级律师谭致远，专职律师柯明川、实习律师鲍清禾出席。")
    assert {("谭致远", "一级律师"), ("谭致远", "高级合伙人"), ("柯明川", "专职律师"), ("鲍清禾", "实习律师")} <= found
    assert not any(title == "律师" for _n, title in found)
    assert ("钟岭生", "护林员") in posts_in(_OPEN, "56岁的护林员钟岭生一边排队做心电图。")
    assert ("曾远航", "永远荣誉会长") in posts_in(_OPEN, "同乡会永远荣誉会长曾远航出席。")
    assert ("何海川", "负责人") in posts_in(_OPEN, "城东糖厂医务室负责人、主治医师何海川代表获奖者领奖。")


def test_elections_at_a_place_and_clauses_going_on():
    found = posts_in(_OPEN, "康复医学科主任邝思源在省康复医学会理事会上当选理事，并被聘为该学会康复专业委员会秘书。")
    assert ("邝思源", "理事") in found and ("邝思源", "秘书") in found
    text = "护理部主任黎晓岚当选常务理事，并继续担任该学会老年护理专业委员会副主任委员。"
    assert ("黎晓岚", "副主任委员") in posts_in(_OPEN, text)
    facts = issue_to_facts(one_article(_OPEN, text))
    assert not any(a.title == "副主任委员" for a in facts.appointments)


def test_a_member_representative_or_a_businessman_is_no_post_in_the_chain():
    found = posts_in(_OPEN, "县人民医院工会主席、红十字会会员代表邓思琪代表医疗卫生界发言。")
    assert ("邓思琪", "工会主席") in found
    assert ("曾远帆", "永远荣誉会长") in posts_in(_OPEN, "同乡会永远荣誉会长、港商曾远帆出席仪式。")
