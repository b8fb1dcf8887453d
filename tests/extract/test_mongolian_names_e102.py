"""Mongolian given names printed without a dot are runs of known elements (lexicon/minority_names.tsv):
a run of four characters or more that the elements cover is one name, even before a word that is no
follower (通报, 是), and beats a shorter surname reading that cuts it to two or three. Invented names."""

from __future__ import annotations

from .conftest import posts_in


def test_elements_of_mongolian_names_make_one_name_after_a_title():
    found = posts_in(
        "5月8日，柘原市蒙医医院举行义诊。科主任、主任医师哈斯达来是科里的骨干。",
        "副主任、副主任医师宝音格日乐擅长针灸，党委副书记、院长朝鲁吉日嘎拉主持会议。",
    )
    assert ("哈斯达来", "主任医师") in found
    assert ("宝音格日乐", "副主任医师") in found
    assert ("朝鲁吉日嘎拉", "院长") in found
    assert not any(name in {"哈斯", "哈斯达", "宝音", "朝鲁"} for name, _title in found)


def test_known_elements_end_before_any_word():
    found = posts_in("5月8日，柘原市卫生健康委员会召开会议。办公室主任那顺毕力格通报了情况。")
    assert ("那顺毕力格", "主任") in found
    assert ("那顺", "主任") not in found


def test_a_han_name_is_not_lengthened_into_elements():
    found = posts_in("5月8日，柘原市第一医院召开会议。副院长孟和平介绍，今年将投入资金。")
    assert ("孟和平", "副院长") in found
