"""Round 26's names and titles, fitted by principle (invented names and places throughout):

- a result list prints rows ``NAME UNIT GRADE（SPECIALITY）`` run together: each row is the person's
  grade in the unit (a name of four known minority elements, or of a Han given name of three
  characters when the unit's place was printed before, read whole);
- 门 is a surname (门某某), while 门诊 after a title is the clinic the title names (专家门诊);
- 主任：甲（某医院院长）；副主任：乙（…）、丙（…）: the post before the colon is each listed one's;
- a dotted name whose first part jieba cuts in two is read whole before its bracket;
- 荣休教授, 讲座教授 (Hong Kong's emeritus and chair professors), 首席调解员, an ambulance crew's 司机
  and 担架员 are titles kept whole.
"""

from __future__ import annotations

from .conftest import posts_in, posts_with_orgs_in

_OPEN = "5月8日，柘原市人民医院召开会议。"


def test_result_rows_run_together_each_give_a_grade_in_the_unit():
    rows = ("拟确认以下人员具备高级专业技术资格：正高级（部分）：",
            "鄂伦春岚柘原省人民医院主任医师（内科学）钟岳川柘原省中医院副主任中医师（中医内科学）"
            "卓玛央金岭北州人民医院主任护师（护理学）")
    found = posts_with_orgs_in("柘原省人力资源和社会保障厅发布公示。", *rows)
    assert ("钟岳川", "副主任中医师", "柘原省中医院") in found
    assert ("鄂伦春岚", "主任医师", "柘原省人民医院") in found
    assert ("卓玛央金", "主任护师", "岭北州人民医院") in found


def test_men_is_a_surname_but_a_titles_clinic_is_no_name():
    found = posts_in(_OPEN, "门诊部主任门雪岚介绍了情况。")
    assert ("门雪岚", "主任") in found
    found = posts_in(_OPEN, "首席专家门诊正式开诊，消化内科主任医师钟岳川当天接诊。")
    assert not any(name.startswith("门诊") for name, _t in found)


def test_a_post_before_a_colon_heads_names_with_bracketed_posts():
    text = ("主任：钟岳川（柘原省人民医院副院长、主任医师）；副主任：甘思岳（岭北县人民医院心内科主任）、"
            "木合塔尔·吐尔逊（柘原省中医院神经内科副主任）。")
    found = posts_in("5月8日，柘原省卫生健康委员会印发通知，新设柘原省护理质量控制中心。", text)
    assert {("钟岳川", "主任"), ("甘思岳", "副主任"), ("钟岳川", "副院长"), ("甘思岳", "主任")} <= found
    assert ("木合塔尔·吐尔逊", "副主任") in found


def test_hong_kong_professors_mediators_and_ambulance_crews():
    found = posts_in(_OPEN, "創院院長、岭澳大學榮休教授鍾岳川，岭澳大學醫學院講座教授甘思岳出席。")
    assert ("钟岳川", "荣休教授") in found and ("甘思岳", "讲座教授") in found
    assert not any(name == "荣休" for name, _t in found)
    found = posts_in(_OPEN, "岭北县医疗纠纷人民调解委员会主任、首席调解员钟岳川主持调解。")
    assert {("钟岳川", "主任"), ("钟岳川", "首席调解员")} <= found
    found = posts_in(_OPEN, "岭北县人民医院120急救站司机兼担架员甘思岳获奖。")
    assert {("甘思岳", "司机"), ("甘思岳", "担架员")} <= found
