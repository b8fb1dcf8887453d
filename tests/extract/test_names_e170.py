"""People lost whole or cut in rounds 32–33, read by principle (E170, invented names throughout):

- a notice's rows numbered 一、二、 open a profile as 1. does, a people's name in brackets after the name
  (某某（藏族），女，…) passed over like the birth year; 博士后 is biodata, no post;
- 拓拔 (the written form of 拓跋 many families print) and 豆 (a census surname) start names;
- a heritage bearer (非遗“某某术”代表性传承人) between the chain's posts and the name is no post;
- the element 巴哈尔, the Amdo ending 旦, the Uyghur sound 地 (吐尔地) keep minority names whole;
- a person's name keeps a standard character t2s would fold (蘋), a traditional one is folded (瑤).
"""

from __future__ import annotations

from yuanzhi.extract.sentences import fold_name

from .conftest import posts_in

_OPEN = "5月9日，檀州市第四人民医院召开干部大会。"


def test_rows_numbered_with_chinese_numerals_open_profiles():
    found = posts_in(
        "檀州市口腔医院拟聘人员公示",
        "一、公孙砚秋，女，1985年4月出生，中共党员，口腔医学博士。现任川岳医科大学附属口腔医院牙体牙髓科副主任、副主任医师。",
        "二、卓玛央宗（藏族），女，1989年6月出生，口腔医学博士，博士后。现任川岳大学口腔医学院讲师、主治医师。",
    )
    assert ("公孙砚秋", "副主任") in found and ("公孙砚秋", "副主任医师") in found
    assert ("卓玛央宗", "讲师") in found and ("卓玛央宗", "主治医师") in found
    assert ("公孙砚秋", "讲师") not in found  # the second row is another person's
    assert not any(title == "博士后" for _n, title in found)


def test_rare_surnames_in_the_census():
    found = posts_in("拓拔云舟，男，汉族，1972年3月生，中共党员，主任医师。现任檀州市第四人民医院党委副书记、院长。")
    assert ("拓拔云舟", "院长") in found
    found = posts_in(_OPEN, "市名中医、推拿科主任、主任医师豆明远作交流发言。")
    assert ("豆明远", "主任医师") in found


def test_a_heritage_bearer_before_the_name_is_no_post():
    found = posts_in(_OPEN, "骨伤科副主任、副主任中医师、市级非遗“岭南理筋术”代表性传承人闻人鹤川；药剂科主任车明远。")
    assert ("闻人鹤川", "副主任中医师") in found
    assert not any("传承人" in title for _n, title in found)


def test_minority_names_kept_whole():
    found = posts_in(_OPEN, "护理部主任、主任护师古丽巴哈尔带领护士为群众演示了艾灸。")
    assert ("古丽巴哈尔", "主任护师") in found
    found = posts_in(_OPEN, "卫生院副院长、藏医主治医师扎西多杰旦带领村医到卫生室带教。")
    assert ("扎西多杰旦", "副院长") in found
    found = posts_in(_OPEN, "县委副书记、县长热娜·吐尔地，县委常委王一川出席。")
    assert ("热娜·吐尔地", "县长") in found


def test_a_standard_character_of_a_name_is_kept():
    assert fold_name("柳青蘋") == "柳青蘋"
    assert fold_name("陈玉瑤") == "陈玉瑶"
    assert fold_name("於青川") == "於青川"
