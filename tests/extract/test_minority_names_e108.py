"""Round 23's name boundaries, fitted by principle (invented names throughout):

- a Han surname a Mongolian family took (包, 云, 韩 …) before a run of known elements of three
  characters or more is one name with it (lexicon/minority_names.tsv);
- known elements of three characters or more end before a one-character verb (带, 作);
- the endings 娃 and 夫 close a run of Mongolian elements, 江 a Uyghur or Kazakh one;
- a person's people (蒙古族) between two posts of a chain breaks no chain and is no name
  (ethnic_groups.txt);
- a three-character name ends before a one-character verb with 过 (算过);
- a work word that opens with a surname (管床, 包床) and a verb before 原 (包括原副院长) are no names;
- 和 before the people who share the work (同事们) joins them, no given name's last character.
"""

from __future__ import annotations

from .conftest import posts_in, posts_with_orgs_in

_OPEN = "5月8日，柘原市蒙医医院召开会议。"


def test_a_han_surname_before_known_elements_is_one_name():
    found = posts_in(_OPEN, "老龄工作委员会委员云宝力道表示，明年将全部建成。")
    assert ("云宝力道", "委员") in found
    assert not any(name in {"云宝", "云宝力"} for name, _title in found)


def test_known_elements_end_before_a_one_character_verb():
    found = posts_in(_OPEN, "学校副校长、讲师巴图孟和带学生来科室见习。")
    assert ("巴图孟和", "讲师") in found
    found = posts_in(_OPEN, "第三医院院长、主任医师阿拉坦夫作交流发言。")
    assert ("阿拉坦夫", "主任医师") in found


def test_endings_close_a_run_of_elements():
    found = posts_in(_OPEN, "急诊科护士长额尔敦娃当选主任委员。")
    assert ("额尔敦娃", "护士长") in found
    found = posts_in(_OPEN, "呼吸科副主任、副主任医师吐尔逊江介绍，科室新添了设备。")
    assert ("吐尔逊江", "副主任医师") in found


def test_a_people_between_two_posts_keeps_the_chain():
    found = posts_with_orgs_in(_OPEN, "柘原市第一医院护理部副主任蒙古族护士长乌云其木格主持会议。")
    assert any(name == "乌云其木格" and title == "副主任" for name, title, _org in found)
    assert not any(name == "蒙古族" for name, _title, _org in found)  # a people, never a name


def test_a_name_ends_before_a_verb_with_guo():
    found = posts_in(_OPEN, "医保办主任柴知珩算过一笔账，这些病种的费用下降了。")
    assert ("柴知珩", "主任") in found
    assert ("柴知", "主任") not in found


def test_work_words_and_a_verb_before_former_are_no_names():
    found = posts_in(_OPEN, "病区实行责任医生管床到人，每位患者由一名医生负责。")
    assert not any(name.startswith("管床") for name, _title in found)
    found = posts_in(_OPEN, "医院共有5名职工退休，其中包括原副院长、主任医师卓远山。")
    assert not any(name.startswith("包括") for name, _title in found)
    assert ("卓远山", "副院长") in found


def test_he_before_colleagues_joins_them():
    found = posts_in(_OPEN, "为此，麻醉科主治医师司徒岚和同事们轮流值守。")
    assert ("司徒岚", "主治医师") in found
    assert ("司徒岚和", "主治医师") not in found


def test_a_credit_holds_a_minority_name_of_five_characters():
    found = posts_in(_OPEN, "科室将建成特色专科，让老手艺传得更远。（通讯员 额尔敦其其格）")
    assert ("额尔敦其其格", "通讯员") in found
