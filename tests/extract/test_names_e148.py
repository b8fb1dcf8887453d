"""Names and titles of rounds 27–28 (E148), invented names throughout:

- 调任 and 接任 are appointment cues of the ``NAME cue TITLE`` shape (appointment_cues.tsv): 原A院长甲调任B副总经理;
- 门诊专家 (a post a hospital rehires a senior doctor to) and 教学院长 (a teaching hospital's head of teaching) are titles;
- a rare last character the segmenter knows neither as a name's end nor as a common word alone is no evidence that the
  name ends before it (name_model.word_char_margin): 郝铁囤 is read whole;
- ``成立某委员会，由甲任主任``: 由 opens the clause naming who holds the body's posts, as after 决定;
- a bracketed note on a post (副院长（分管护理）) does not break the chain of posts before the name;
- a word a head count follows (及全校1600余名师生) is what is counted, never a name.
"""

from __future__ import annotations

from .conftest import posts_in

_OPEN = "5月8日，柘原市第二人民医院召开会议。"


def test_transfer_and_succession_cues():
    found = posts_in(_OPEN, "原枫渡眼科医院院长石青禾调任集团运营管理中心副总经理，不再担任院长职务。")
    assert ("石青禾", "副总经理") in found
    found = posts_in(_OPEN, "护理部副主任乔慕云接任护理部主任。")
    assert ("乔慕云", "主任") in found
    assert not any(name == "乔慕云接" for name, _title in found)


def test_outpatient_expert_and_teaching_dean_are_titles():
    found = posts_in(_OPEN, "医院返聘柯望舒为老年科门诊专家，聘期两年。")
    assert ("柯望舒", "门诊专家") in found
    found = posts_in(_OPEN, "学院聘任该院副院长、主任医师邝南星为该院教学院长。")
    assert ("邝南星", "教学院长") in found


def test_a_rare_last_character_stays_in_the_name():
    found = posts_in(_OPEN, "石岭村党支部书记、村委会主任郝铁囤等参加仪式。")
    assert ("郝铁囤", "村委会主任") in found
    assert not any(name == "郝铁" for name, _title in found)


def test_by_after_a_body_formed_names_its_head():
    found = posts_in(_OPEN, "县长柴望川主持会议。会议决定成立县医共体管理委员会，由柴望川任主任，葛小禾任副主任。")
    assert ("柴望川", "主任") in found


def test_a_note_on_a_post_keeps_the_chain():
    found = posts_in(_OPEN, "副院长（分管护理）、主任护师庄雨棠通报了护理质量检查结果。")
    assert ("庄雨棠", "副院长") in found


def test_a_counted_word_is_no_name():
    found = posts_in(_OPEN, "团委书记闵小舟及全校1600余名师生参加活动。")
    assert ("闵小舟", "团委书记") in found
    assert not any(name == "全校" for name, _title in found)
