"""Rare surnames and Mongolian and Tibetan elements read whole (E157, invented names throughout):

- 纥干 (a compound surname of the northern peoples, 《魏书·官氏志》) and the census surnames 毓, 帖 start a name;
- 萨日朗 (a Mongolian element) before another element is one name of five (not cut after it);
- Tibetan women's elements in 宗 (吉宗, 央宗) after another element make one name;
- 过 stays no surname (a word far more often).
"""

from __future__ import annotations

from .conftest import posts_in

_OPEN = "5月9日，檀州市第四人民医院召开干部大会。"


def test_rare_compound_and_single_surnames():
    found = posts_in(_OPEN, "会议宣布：任命纥干思远为药剂科副主任；")
    assert ("纥干思远", "副主任") in found
    found = posts_in(_OPEN, "党委委员、副院长毓宁川主持会议，总务科科长帖云舒出席。")
    assert ("毓宁川", "副院长") in found and ("帖云舒", "科长") in found


def test_mongolian_and_tibetan_elements():
    found = posts_in(_OPEN, "原副院长萨日朗其其格因年龄原因不再担任理事长，")
    assert ("萨日朗其其格", "副院长") in found
    assert not any(name == "萨日朗" for name, _t in found)
    found = posts_in(_OPEN, "护士长白玛央宗、主管护师德吉吉宗受到表彰。")
    assert ("白玛央宗", "护士长") in found and ("德吉吉宗", "主管护师") in found


def test_guo_stays_a_word():
    found = posts_in(_OPEN, "院长宋某讲话，科长过问了设备进展。")
    assert not any(name.startswith("过") for name, _t in found)


def test_tong_before_a_preposition_is_the_given_names():
    found = posts_in(_OPEN, "院党委书记邬志同在会上说，要做好服务。")
    assert ("邬志同", "党委书记") in found and ("邬志", "党委书记") not in found
    found = posts_in(_OPEN, "院长宋立军同李梅一起出席。")
    assert ("宋立军", "院长") in found
