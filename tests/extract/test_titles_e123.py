"""Round 25's titles, fitted by principle (invented names throughout):

- a production corps' division is headed by 师长 (副师长 by the inner 副), a train's crew by 列车长;
- a member of an ad-hoc group (调研组成员) between a chain and its name is no post and lets the
  chain reach the name (GOLD_SPEC §8 names only the group's 组长 and 副组长);
- 甲、乙分别当选为副主任委员: one post written after 分别 is each person's (GOLD_SPEC §10);
- 为甲院士颁发首席专家聘书: a recipient printed with a title after the name is appointed too;
- 某某（某部副部长，主持工作）: how the post is held is no part of it (GOLD_SPEC §6).
"""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_in

_OPEN = "5月8日，柘原市人民医院召开会议。"


def test_division_and_train_crew_heads():
    found = posts_in(_OPEN, "第九师党委常委、副师长桂明川，师卫生健康委员会主任出席。")
    assert ("桂明川", "副师长") in found and ("桂明川", "党委常委") in found
    assert ("段岳平", "列车长") in posts_in(_OPEN, "普速车队列车长段岳平连续练习了三轮。")


def test_a_task_groups_member_lets_the_chain_reach_the_name():
    found = posts_in(_OPEN, "市工商联二级调研员、调研组成员甘思岳当场记录了这一问题。")
    assert ("甘思岳", "二级调研员") in found
    assert not any("成员" in title for _n, title in found)


def test_one_post_after_each_goes_to_every_person():
    text = "柘原市第二人民医院副院长、重症医学科主任欧阳岚、岭北县人民医院重症医学科主任鲍振川分别当选为副主任委员。"
    found = posts_in(_OPEN, text)
    assert ("欧阳岚", "副主任委员") in found and ("鲍振川", "副主任委员") in found
    facts = issue_to_facts(one_article(_OPEN, text))
    assert {a.person for a in facts.appointments if a.title == "副主任委员"} == {"欧阳岚", "鲍振川"}


def test_a_recipient_printed_with_a_title_after_the_name():
    text = "随后，钟明远为甘立川院士颁发首席专家聘书。"
    assert ("甘立川", "首席专家") in posts_in(_OPEN, text)


def test_how_a_bracketed_post_is_held_is_dropped():
    text = "现将名单公示如下：柯晓岚（信息科科长）邝振岳（后勤保障部副部长，主持工作）"
    found = posts_in(_OPEN, text)
    assert ("邝振岳", "副部长") in found


def test_an_appointment_to_a_numbered_regiments_hospital():
    text = "仪式上宣读了任职决定：师医院外科主任盛岳林任三〇七团医院执行院长（托管期间）；原三〇七团医院院长伍岭江任三〇七团医院党支部书记、副院长。"
    found = posts_in(_OPEN, text)
    assert {("盛岳林", "执行院长"), ("伍岭江", "党支部书记"), ("伍岭江", "副院长")} <= found
