"""Round 16's classes of titles: heads of units of industry, transport and a production corps,
union organs of an office, acting and assistant posts (invented names, places and bodies)."""

from __future__ import annotations

from yuanzhi.extract.fixed_bodies import body_in, fixed_bodies

from .conftest import posts_in, posts_with_orgs_in


def test_a_railway_depots_head_and_a_mines_head_head_bodies_of_their_ending() -> None:
    assert ("蒯立川", "段长") in posts_in("芦溪铁路医院与芦溪机务段签约。芦溪机务段段长蒯立川、党委书记姜雨亭出席。")
    bodies = fixed_bodies()
    assert body_in("芦溪机务段", bodies["段长"]) == "芦溪机务段"
    assert body_in("岭头煤矿", bodies["矿长"]) == "岭头煤矿"
    assert body_in("芦溪矿业集团", bodies["矿长"]) is None  # 矿业 is no mine


def test_heads_of_a_mine_a_boat_a_company_of_the_corps_and_a_quality_circle() -> None:
    assert ("范一鸣", "矿长") in posts_in("芦溪矿业集团党委副书记庹春雨，岭头煤矿矿长范一鸣出席揭牌仪式。")
    assert ("姜雨亭", "船长") in posts_in("医疗船船长姜雨亭说，船上设了防晃固定装置。")
    assert ("蒯立川", "连长") in posts_in("三连党支部书记、连长蒯立川说，连队老职工多。")
    assert ("庹春雨", "圈长") in posts_in("圈长、麻醉科主治医师庹春雨介绍，经过半年改进，发生率明显下降。")


def test_a_forecaster_a_legal_representative_and_an_acting_head_nurse() -> None:
    assert ("范一鸣", "首席预报员") in posts_in("据芦溪市气象台首席预报员范一鸣介绍，此次寒潮将持续到周末。")
    assert ("姜雨亭", "法定代表人") in posts_in("芦溪市康泰门诊部法定代表人姜雨亭已被移送公安机关。")
    found = posts_in("病区护士长由肿瘤内科主管护师蒯立川担任。代理护士长为外科主管护师庹春雨。")
    assert ("庹春雨", "代理护士长") in found and ("庹春雨", "护士长") not in found


def test_union_organs_of_an_office_and_a_schools_assistant_head_are_kept_whole() -> None:
    assert ("蒯立川", "机关工会主席") in posts_in("市卫生健康委员会机关工会主席蒯立川参加慰问。")
    found = posts_in("芦溪石油分公司工会副主席、女工委主任姜雨亭出席。")
    assert ("姜雨亭", "女工委主任") in found and ("姜雨亭", "主任") not in found
    assert ("庹春雨", "校长助理") in posts_in("芦溪路小学校长范一鸣、校长助理庹春雨出席。")


def test_an_adviser_engaged_by_a_committee_is_a_post() -> None:
    assert ("范一鸣", "顾问") in posts_in("芦溪省医学科学院学术委员会主任委员范一鸣受聘为学术委员会顾问。")


def test_a_notice_item_transferring_a_comrade_without_you_gives_the_new_post() -> None:
    found = posts_with_orgs_in("三、原信息科副科长秋立川同志调任病案统计科科长，不再担任信息科副科长职务。")
    assert ("秋立川", "科长", "病案统计科") in found and ("秋立川", "副科长", "信息科") in found


def test_comrades_confirmed_each_as_a_post_in_order() -> None:
    found = posts_with_orgs_in("经研究决定，正式聘任：", "姜雨亭、范一鸣同志分别为门诊部副主任、总务科副科长。")
    assert {("姜雨亭", "副主任", "门诊部"), ("范一鸣", "副科长", "总务科")} <= found


def test_a_post_that_changed_in_one_chain_gives_both_posts() -> None:
    found = posts_with_orgs_in("病区主任由原肿瘤内科副主任，现任疼痛科主任、主任医师蒯立川兼任。")
    assert {("蒯立川", "副主任", "肿瘤内科"), ("蒯立川", "主任", "疼痛科")} <= found
    assert {("范一鸣", "副院长"), ("范一鸣", "处长")} <= posts_in("学校原研究生院副院长、现任科技处处长范一鸣出席。")


def test_a_continuing_education_office_is_one_unit_in_a_chain() -> None:
    found = posts_with_orgs_in("芦溪市第二人民医院党委书记包立川、副院长兼继续教育处处长贺雨亭出席开班仪式。")
    assert {("贺雨亭", "副院长", "芦溪市第二人民医院"), ("贺雨亭", "处长", "继续教育处")} <= found
