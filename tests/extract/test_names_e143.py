"""Names and titles of round 28 (E143), invented names throughout:

- the field a post serves is written before it and kept with it (title_qualifiers.tsv): 住培秘书,
  住培督导专家, 临床兼职教师, 法务总监 are not 秘书, 督导专家, 兼职教师, 总监;
- the therapists' series written with the profession (主任康复治疗师) is one title (titles.tsv);
- 巴彦 (bayan, rich) is an element of Mongolian given names: 巴彦+额尔敦 is read whole;
- 年度, 任期制 are words a surname character starts, never a name (common_words.txt).
"""

from __future__ import annotations

from .conftest import posts_in

_OPEN = "5月8日，柘原市口腔医院召开会议。"


def test_a_field_before_a_post_is_kept_with_it():
    found = posts_in(_OPEN, "正畸科主治医师、住培秘书林晓禾介绍了学员的技能档案。")
    assert ("林晓禾", "住培秘书") in found
    assert ("林晓禾", "秘书") not in found
    found = posts_in(_OPEN, "集团法务总监、律师乔慕言讲授了合规管理。")
    assert ("乔慕言", "法务总监") in found
    assert ("乔慕言", "总监") not in found


def test_the_therapists_grade_with_the_profession_is_one_title():
    found = posts_in(_OPEN, "中心主任、主任康复治疗师岑映秋为来宾演示了矫形器的制作。")
    assert ("岑映秋", "主任康复治疗师") in found
    assert ("岑映秋", "康复治疗师") not in found


def test_bayan_opens_a_mongolian_name():
    found = posts_in(_OPEN, "副院长、医务部主任巴彦额尔敦通报了上半年医疗质量情况。")
    assert ("巴彦额尔敦", "副院长") in found
    assert not any(name == "巴彦" for name, _title in found)


def test_words_a_surname_starts_are_no_names():
    found = posts_in(_OPEN, "副院长乐小舟说，集团将实行院长任期制和年度述职考核。")
    assert ("乐小舟", "副院长") in found
    assert not any(name in ("任期制", "年度") for name, _title in found)
