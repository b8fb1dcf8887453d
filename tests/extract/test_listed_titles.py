"""Titles of listed people (E166): an item of a list the name readers cannot read loses none of the
others; a 亚专科 printed with its department is the unit of its 负责人 (GOLD_SPEC, decided after round
28); a list after 为 closed by its count and 担任, or by 等 and a count."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def _pairs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return posts_with_orgs_in(*paragraphs, date="2025-05")


def test_an_item_whose_name_no_reader_knows_keeps_the_other_items():
    found = _pairs(
        "5月17日，江北市医学会急诊分会第四届委员会换届选举会议召开。",
        "江北市第三人民医院柏一舒、我院雷一东、江北油田总医院额尔敦巴、江北新区医院汤一梅等15人当选常务委员。",
    )
    assert {(n, "常务委员", "江北市医学会急诊分会") for n in ("柏一舒", "雷一东", "汤一梅")} <= found


def test_the_head_of_a_subspecialty_printed_with_its_department_is_its_head():
    found = _pairs(
        "5月17日，江北市儿童医院公布亚专科负责人名单。",
        "各亚专科负责人为：呼吸科哮喘亚专科负责人、副主任医师柏一舒；内镜诊疗亚专科负责人、主治医师雷一东。",
    )
    assert ("柏一舒", "负责人", "呼吸科哮喘亚专科") in found
    assert ("雷一东", "亚专科负责人") in {(n, t) for n, t, _o in found}  # no department printed: the title stays whole


def test_a_list_after_wei_closed_by_its_count_and_danren_holds_the_post():
    found = _pairs(
        "5月17日，江北市儿童医院公布亚专科负责人名单。",
        "心内科高血压亚专科负责人为护士长柏一舒、副主任医师雷一东两人共同担任。",
    )
    assert {(n, "负责人", "心内科高血压亚专科") for n in ("柏一舒", "雷一东")} <= found


def test_a_list_of_the_rest_closed_by_deng_and_a_count_holds_the_post():
    found = _pairs(
        "5月17日，江北省医学会肿瘤学分会青年委员会成立大会召开。",
        "当选常务委员的还有：江北省肿瘤医院妇瘤科柏一舒、江北大学第一附属医院肿瘤科雷一东、江北县人民医院肿瘤科汤一梅等16人。",
    )
    assert {n for n, t, _o in found if t == "常务委员"} >= {"柏一舒", "雷一东", "汤一梅"}
