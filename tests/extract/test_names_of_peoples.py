"""Surnames of Hui and Korean (朝鲜族) families, and Tibetan and Mongolian names without a
surname (all names invented from the surname list and the name parts)."""

from __future__ import annotations

from .conftest import pairs_of, posts_in


def test_hui_surnames_start_names_after_a_title():
    found = pairs_of("县政协副主席冶建华出席仪式，院党委书记喇永福、院长撒春梅陪同。")
    assert ("冶建华", "副主席") in found and ("喇永福", "党委书记") in found and ("撒春梅", "院长") in found
    found = pairs_of("护理部主任脱丽娟介绍，县卫生健康局局长虎志军、副院长黑德林陪同。")
    assert ("脱丽娟", "主任") in found and ("虎志军", "局长") in found and ("黑德林", "副院长") in found
    found = pairs_of("后勤科科长拜建军、药剂科主任锁春花和院纪委书记纳玉兰参加，党委书记妥文明主持。")
    assert ("拜建军", "科长") in found and ("锁春花", "主任") in found
    assert ("纳玉兰", "纪委书记") in found and ("妥文明", "党委书记") in found


def test_korean_family_surnames():
    found = pairs_of("院党委书记玄正浩、护士长千英淑和科长太成民出席，副会长延顺姬主持。")
    assert ("玄正浩", "党委书记") in found and ("千英淑", "护士长") in found
    assert ("太成民", "科长") in found and ("延顺姬", "副会长") in found


def test_surnames_that_start_common_words_are_no_names_there():
    found = pairs_of("院长千方百计协调床位，主任延长了门诊时间，护士长锁定了重点病人。")
    found |= pairs_of("科主任脱下白大褂，副院长拜访了老专家，主任纳入了新病例，院长虎年新春慰问职工。")
    assert not any(name.startswith(("千方", "延长", "锁定", "脱下", "拜访", "纳入", "虎年")) for name, _title in found)


def test_tibetan_names_of_known_parts():
    found = pairs_of("县委副书记、县长才让多杰，州卫生健康委员会副主任拉毛措讲话。")
    assert ("才让多杰", "县长") in found and ("拉毛措", "副主任") in found
    found = pairs_of("超声科医生仁青卓玛、检验科主管技师索南吉和护士格桑拉姆参加。")
    assert ("仁青卓玛", "医生") in found and ("索南吉", "主管技师") in found and ("格桑拉姆", "护士") in found
    found = pairs_of("呼吸内科主治医师东智才让说，乡卫生院院长更登和村医提前通知了牧户。")
    assert ("东智才让", "主治医师") in found and ("更登", "院长") in found


def test_amdo_women_names_end_in_cao_or_ji():
    found = pairs_of("护士长卓玛草介绍了经验，副主任拉毛吉说。")
    assert ("卓玛草", "护士长") in found and ("拉毛吉", "副主任") in found


def test_one_character_endings_need_a_known_element_before_them():
    found = posts_in("院长草拟了方案。主任吉祥如意地过了年。")
    assert not any(name.startswith(("草拟", "吉祥")) for name, _title in found)
