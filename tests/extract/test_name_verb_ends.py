"""A name ends before the verb that follows it (names.py; names invented)."""

from __future__ import annotations

from .conftest import pairs_of


def test_the_aspect_particle_zhe_makes_the_character_before_it_a_verb():
    assert ("祁文", "医生") in pairs_of("急诊科医生祁文抱着孩子前来送行。")
    assert ("卜青", "院长") in pairs_of("院长卜青带着队员出发。")
    assert ("庞远山", "院长") in pairs_of("院长庞远山着手研究新方案。")  # 着手 is a word of its own


def test_canyu_after_a_name_ends_it():
    assert ("甄晓", "书记员") in pairs_of("法官助理唐明月、书记员甄晓参与庭审。")



def test_a_dotted_name_ending_in_du_before_deng():
    assert ("古丽·阿不都", "主任") in pairs_of("检验科主任古丽·阿不都等作报告。")


def test_a_dotted_name_whose_first_part_is_also_a_place():
    assert ("塔城·热合曼", "院长") in pairs_of("护理学院院长塔城·热合曼作报告。")
