"""Names of round 19's kinds, all invented: dot-joined Uyghur and Kazakh names that end on a known
element (阿不都) or before a common word (…·买买提|现场指导), a list closed by 等 before a title,
Mongolian and Kazakh names of known elements without a dot, and Manchu compound surnames."""

from __future__ import annotations

from .conftest import pairs_of, posts_in


def test_a_dotted_name_keeps_a_known_element_that_ends_in_an_adverb_character():
    found = pairs_of("门诊部主任努尔扎提·阿不都介绍，门诊量增长两成。")
    assert ("努尔扎提·阿不都", "主任") in found
    assert not any(name.endswith("阿不") for name, _title in found)


def test_a_dotted_name_ends_before_a_common_word():
    found = pairs_of("州疾控中心党委书记、主任吐尔洪·买买提现场指导。")
    assert ("吐尔洪·买买提", "主任") in found and ("吐尔洪·买买提", "党委书记") in found
    assert not any("现场" in name for name, _title in found)


def test_a_list_closed_by_deng_is_no_dotted_name_before_the_title():
    found = pairs_of("会上，岳文川、阿依古丽·热合曼等新任院长作了表态发言。")
    assert not any("等" in name for name, _title in found)
    found = pairs_of("岳文川、帕提古丽·吐尔逊等新任院长作了表态发言。")
    assert not any("等" in name for name, _title in found)


def test_mongolian_names_of_known_elements_and_the_ending_tu():
    found = pairs_of("培训由科室副主任医师朝鲁乌日图授课。")
    assert ("朝鲁乌日图", "副主任医师") in found
    found = pairs_of("会议由副局长孟和巴雅尔图主持，院长阿拉腾介绍了经验。")
    assert ("孟和巴雅尔图", "副局长") in found and ("阿拉腾", "院长") in found
    found = pairs_of("副局长苏和巴特尔主持会议。")
    assert ("苏和巴特尔", "副局长") in found


def test_kazakh_names_of_known_elements():
    found = pairs_of("乡卫生院院长叶尔别克主动联系了州妇幼保健院。")
    assert ("叶尔别克", "院长") in found
    found = pairs_of("产科主任、主任医师迪娜拉介绍，入住孕妇每天查房一次。")
    assert ("迪娜拉", "主任") in found and ("迪娜拉", "主任医师") in found


def test_a_manchu_compound_surname():
    found = pairs_of("重症医学科主任佟佳晓彤带领团队迅速抢救。")
    assert ("佟佳晓彤", "主任") in found



def test_posts_after_a_name_that_opens_a_reported_clause():
    found = posts_in("据介绍，岳文川现任江临市人民医院副院长、主任医师；贾一明此前任江临市中医医院院长。")
    assert ("岳文川", "副院长") in found and ("岳文川", "主任医师") in found
    assert ("贾一明", "院长") in found


def test_former_posts_after_a_dotted_name():
    found = posts_in("阿依古丽·热合曼此前任江临医学院公共卫生学院副院长、教授，长期从事慢性病研究。")
    assert ("阿依古丽·热合曼", "副院长") in found and ("阿依古丽·热合曼", "教授") in found
    found = posts_in("岳文川曾任江临市人民医院副院长。")
    assert ("岳文川", "副院长") in found


def test_a_dotted_name_ends_before_an_adverb_after_a_known_element():
    found = pairs_of("林业局医院外科医师乌兰·巴特则是林区唯一能独立开展腹腔镜手术的医生。")
    assert ("乌兰·巴特", "医师") in found
    assert not any(name.endswith("则") for name, _title in found)
