"""Names of minority peoples without a Han surname, known by their parts (lexicon/minority_names.tsv;
all names invented from the lists' parts)."""

from __future__ import annotations

from yuanzhi.extract.minority_names import minority_parts

from .conftest import pairs_of


def test_a_yi_name_is_its_clan_name_and_a_given_name_of_two():
    found = pairs_of("儿科主任、主任医师阿约石呷介绍，科室今年新开了夜间门诊。")
    assert ("阿约石呷", "主任") in found and ("阿约石呷", "主任医师") in found
    found = pairs_of("医务部副部长俄木拉日具体负责培训工作。")
    assert ("俄木拉日", "副部长") in found
    assert not any(name == "俄木" for name, _title in found)


def test_two_yi_names_joined_after_a_title():
    found = pairs_of("会上，护士长勒格阿依和药剂科科长瓦扎木果分别发言。")
    assert ("勒格阿依", "护士长") in found and ("瓦扎木果", "科长") in found


def test_a_dai_name_has_no_surname():
    found = pairs_of("中医科主任岩罕说，科室整理了经验方。副主任医师玉叶介绍，熏蒸疗法很受欢迎。")
    assert ("岩罕", "主任") in found and ("玉叶", "副主任医师") in found


def test_mongolian_and_tibetan_names_of_known_elements():
    found = pairs_of("检验科主管技师斯琴图雅说，新设备已投入使用。护士长次仁央金介绍了流程。")
    assert ("斯琴图雅", "主管技师") in found and ("次仁央金", "护士长") in found


def test_common_words_and_han_names_are_not_minority_names():
    found = pairs_of("院长马海军和副院长杜宁出席。科主任依法依规处理。")
    assert ("马海军", "院长") in found
    assert not any(name.startswith(("马海军和", "依法")) for name, _title in found)
    parts = minority_parts()
    assert "吉克" in parts.yi_clans and "岩" in parts.dai_prefixes and "卓玛" in parts.elements


def test_surnames_of_minority_families():
    found = pairs_of("州民宗委主任排文山为医院授牌，医院党委书记朗清、院长宋一凡上台领牌。")
    assert ("排文山", "主任") in found and ("朗清", "党委书记") in found
    found = pairs_of("会上，科主任排查了三处隐患，主任医师刀玉兰介绍了经验。")
    assert not any(name.startswith("排查") for name, _title in found)
    assert ("刀玉兰", "主任医师") in found


def test_a_yi_given_name_may_end_in_a_character_jieba_sees_alone():
    found = pairs_of("州卫生健康委员会副主任马海石呷和吉木拉且，县人民医院院长罗念出席开班式。")
    assert ("吉木拉且", "副主任") in found and ("马海石呷", "副主任") in found
