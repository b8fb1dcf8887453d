"""Round 19's classes (E77): grades of the ethnic medicine series, posts of a committee kept whole
with the committee (§3's exception), a board's lists and a university's organs (invented names)."""

from __future__ import annotations

from .conftest import posts_in, posts_with_orgs_in


def test_grades_of_mongolian_tibetan_and_uyghur_medicine_are_kept_whole() -> None:
    found = posts_in("开班仪式上，院长、主任蒙医师范一鸣介绍了培训安排。副主任藏医师姜雨亭、主治维医师庹春雨授课。")
    assert {("范一鸣", "院长"), ("范一鸣", "主任蒙医师"), ("姜雨亭", "副主任藏医师"), ("庹春雨", "主治维医师")} <= found
    assert ("范一鸣", "医师") not in found and ("姜雨亭", "医师") not in found


def test_a_union_committees_member_keeps_the_committee_and_takes_the_hospital() -> None:
    found = posts_with_orgs_in("芦溪市人民医院召开职代会，大会以无记名投票方式，增补急诊科护士长姜雨亭为院工会委员会委员。")
    assert ("姜雨亭", "工会委员会委员", "芦溪市人民医院") in found
    assert not any(t == "委员" for n, t, _o in found if n == "姜雨亭")


def test_an_organising_committees_deputy_keeps_the_committee_with_no_org() -> None:
    found = posts_with_orgs_in("赛事组委会副主任、芦溪市体育局副局长庹春雨坐镇指挥中心。")
    assert ("庹春雨", "组委会副主任", None) in found and ("庹春雨", "副局长", "芦溪市体育局") in found
    assert ("庹春雨", "副主任") not in {(n, t) for n, t, _o in found}


def _appointments(*paragraphs: str) -> set[tuple[str, str, str | None, str]]:
    from yuanzhi.extract.facts import issue_to_facts

    from .conftest import one_article

    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.org, a.action) for a in facts.appointments}


_BOARD = (
    "芦溪药业股份有限公司（以下简称“公司”）于2026年3月2日召开股东大会，选举产生了公司第五届董事会成员；"
    "同日召开第五届董事会第一次会议，审议通过了《关于聘任庹春雨先生为公司财务总监的议案》。",
    "一、第五届董事会组成情况。董事长：范一鸣；非独立董事：范一鸣、蒯立川；独立董事：欧阳明远（会计专业人士）、汪晓晴。",
    "二、聘任钟明礼为公司证券事务代表，协助董事会秘书履行职责。",
    "三、公司第四届董事会独立董事韩启明任期届满，不再担任公司独立董事及董事会专门委员会相关职务。",
)
_COMPANY = "芦溪药业股份有限公司"


def test_a_boards_roster_after_its_election_gives_each_member_the_labels_post() -> None:
    found = posts_with_orgs_in(*_BOARD)
    assert {("范一鸣", "董事长", _COMPANY), ("范一鸣", "董事", _COMPANY), ("蒯立川", "董事", _COMPANY),
            ("欧阳明远", "独立董事", _COMPANY), ("汪晓晴", "独立董事", _COMPANY)} <= found
    made = _appointments(*_BOARD)
    assert ("汪晓晴", "独立董事", _COMPANY, "appoint") in made and ("蒯立川", "董事", _COMPANY, "appoint") in made


def test_a_roster_with_no_election_is_held_and_a_roster_of_no_company_is_no_board() -> None:
    held = ("芦溪药业股份有限公司董事会成员如下。董事长：范一鸣；独立董事：汪晓晴、蒯立川。",)
    assert ("汪晓晴", "独立董事", _COMPANY) in posts_with_orgs_in(*held)
    assert not _appointments(*held)
    assert not any(t == "独立董事" for _n, t, _o in posts_with_orgs_in("会议名单。独立董事：汪晓晴、蒯立川。"))


def test_officers_appointed_by_the_board_with_an_address_and_a_directors_term_ending() -> None:
    made = _appointments(*_BOARD)
    assert ("庹春雨", "财务总监", _COMPANY, "appoint") in made
    assert ("钟明礼", "证券事务代表", _COMPANY, "appoint") in made
    assert ("韩启明", "独立董事", _COMPANY, "remove") in made


_UNIVERSITY = (
    "6月3日，芦溪医科大学召开干部大会。校党委书记范一鸣、校长汪晓晴出席会议并讲话，校党委常委、组织部部长蒯立川宣读任免决定。",
    "经6月2日校党委常委会研究决定：任命庹春雨为公共卫生学院院长。",
    "据介绍，庹春雨现任芦溪医科大学附属医院（以下简称“附属医院”）副院长。岷泽医学院副院长司马骞出席。",
)


def test_a_universitys_own_posts_printed_with_xiao_are_the_universitys_not_its_hospitals() -> None:
    found = posts_with_orgs_in(*_UNIVERSITY)
    assert ("范一鸣", "党委书记", "芦溪医科大学") in found and ("蒯立川", "党委常委", "芦溪医科大学") in found
    assert ("蒯立川", "部长", "芦溪医科大学党委组织部") in found


def test_a_school_printed_bare_in_a_universitys_news_is_that_universitys_and_a_college_with_a_place_is_not() -> None:
    found = posts_with_orgs_in(*_UNIVERSITY)
    assert ("庹春雨", "院长", "芦溪医科大学公共卫生学院") in found
    assert ("司马骞", "副院长", "岷泽医学院") in found


def test_a_courts_division_and_its_judges_post_in_one_appointment_chain_carry_the_court() -> None:
    found = posts_with_orgs_in("（2026年4月2日芦溪省人民代表大会常务委员会第九次会议通过）",
                               "任命蒯立川为芦溪省高级人民法院审判委员会委员、刑事审判第二庭庭长、审判员。")
    court = "芦溪省高级人民法院"
    assert {("蒯立川", "审判委员会委员", court), ("蒯立川", "庭长", court + "刑事审判第二庭"),
            ("蒯立川", "审判员", court)} <= found


def test_posts_of_a_committee_the_sentence_founds_keep_its_name_and_no_org() -> None:
    found = posts_with_orgs_in(
        "3月12日，芦溪能源集团有限责任公司召开工作会议。",
        "会上宣读了《芦溪能源集团有限责任公司关于成立安全生产委员会的通知》，范一鸣任委员会主任，汪晓晴任常务副主任。",
    )
    assert ("范一鸣", "安全生产委员会主任", None) in found and ("汪晓晴", "安全生产委员会常务副主任", None) in found
    assert not any(t in ("主任", "常务副主任") for _n, t, _o in found)


def test_a_titled_name_linked_by_wei_to_nothing_but_posts_holds_them() -> None:
    found = posts_with_orgs_in("其中，独立董事蒯立川为芦溪中医药大学药学院教授。副院长秋立川为患者做了手术。")
    assert ("蒯立川", "教授", "芦溪中医药大学药学院") in found
    assert {(n, t) for n, t, _o in found if n == "秋立川"} == {("秋立川", "副院长")}


def test_an_accepted_resignation_is_a_removal_and_a_request_alone_is_none() -> None:
    made = _appointments("（2026年4月2日芦溪省人民代表大会常务委员会第九次会议通过）",
                         "会议同时决定，接受蒯立川辞去芦溪省人民代表大会常务委员会委员职务的请求。")
    assert ("蒯立川", "委员", "芦溪省人民代表大会常务委员会", "remove") in made
    assert not _appointments("芦溪药业股份有限公司董事会收到副总经理邵一帆先生的辞职报告，邵一帆先生申请辞去公司副总经理职务。")


def test_a_post_taken_by_a_person_through_you_is_appointed_as_an_item_of_a_decision_and_held_otherwise() -> None:
    made = _appointments("6月3日，芦溪医科大学召开干部大会。",
                         "经6月2日校党委常委会研究决定：免去钟明礼的基础医学院院长职务；基础医学院院长由副校长蒯立川兼任。",
                         "护理部主任由副院长秋立川兼任，他表示将全力以赴。")
    assert ("蒯立川", "院长", "芦溪医科大学基础医学院", "appoint") in made
    assert not any(p == "秋立川" for p, _t, _o, _a in made)


def test_a_post_through_you_in_a_team_still_to_be_founded_gives_no_appointment() -> None:
    assert not _appointments("经研究决定：医院将成立质控小组，组长由院长秋立川担任。")
