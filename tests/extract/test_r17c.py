"""Registered company names at the start of a clause, appointments by 聘请, events and
partnerships by what the article reports (helper E50, after round 15), as general rules of
Chinese news (invented names; GOLD_SPEC §4.8, §11, §13)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_trade_name_whose_first_syllable_jieba_cuts_off_runs_back_to_the_clause_start():
    found = posts(
        "5月6日，岚州市惠民保险发布会举行。岚州市医疗保障局局长祁明远，"
        "安瑞康医疗器械有限公司董事长秦望舒出席。",
        "会上，乐康泰人寿保险股份有限公司岚州分公司总经理柯清和介绍了产品。",
    )
    assert ("秦望舒", "董事长", "安瑞康医疗器械有限公司") in found
    assert ("柯清和", "总经理", "乐康泰人寿保险股份有限公司岚州分公司") in found


def test_a_trade_name_after_yu_keeps_its_first_syllable():
    facts = issue_to_facts(one_article(
        "5月6日，岚州市第二人民医院与安瑞康医疗器械有限公司签订战略合作协议。",
        "安瑞康医疗器械有限公司总经理秦望舒、岚州市第二人民医院院长柯清和签约。",
    ))
    names = {o.name for o in facts.organizations}
    assert "安瑞康医疗器械有限公司" in names
    assert "瑞康医疗器械有限公司" not in names


def test_a_verb_or_preposition_at_the_clause_start_is_no_part_of_the_company():
    found = posts(
        "5月6日，岚州市第二人民医院举行签约仪式。",
        "由瑞康医疗器械有限公司总经理秦望舒介绍合作内容，向康泰医药有限公司董事长柯清和颁发证书。",
    )
    assert ("秦望舒", "总经理", "瑞康医疗器械有限公司") in found
    assert ("柯清和", "董事长", "康泰医药有限公司") in found


def appointed(*paragraphs: str) -> set[tuple[str, str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.action) for a in facts.appointments}


def test_pinqing_a_comma_list_of_described_people_ending_in_deng_is_an_appointment_of_each():
    found = appointed(
        "5月8日，岚州卫生职业学院兼职教师聘任仪式举行。",
        "学院聘请岚州市人民医院护理部主任、主任护师秦望舒，岚州市中医医院护理部副主任柯清和"
        "等12名临床骨干为护理系兼职教师，并为他们颁发聘书。",
    )
    assert ("秦望舒", "兼职教师", "appoint") in found
    assert ("柯清和", "兼职教师", "appoint") in found


def test_a_list_whose_items_are_not_all_people_gives_no_appointment_from_the_list():
    found = appointed(
        "5月8日，岚州卫生职业学院举行仪式。",
        "学院聘请岚州市人民医院护理部主任秦望舒，邀请多家医院参加，柯清和为会议主持人。",
    )
    assert ("柯清和", "主持人", "appoint") not in found


def event_types(*paragraphs: str) -> set[str]:
    return {e.type for e in issue_to_facts(one_article(*paragraphs)).events}


def test_two_cues_written_as_one_compound_take_the_first_type_that_fits():
    assert event_types("11月15日，岚州市药学会主办的“合理用药”科普大赛决赛在岚州市人民医院举行。") == {"competition"}
    assert event_types("5月6日，岚州市人民医院召开表彰大会。") == {"award"}


def test_an_assessment_by_an_outside_team_is_a_visit_and_a_lecture_tour_training():
    assert event_types("3月5日，岚州市疾病预防控制中心组织评估组，对全市20家接种门诊开展规范化评估。") == {"visit"}
    assert event_types("4月6日，岚州省医学会儿科学分会“基层行”巡讲活动走进柘川县。") == {"training"}


def test_a_companys_branch_signing_is_a_party_under_its_own_registered_name():
    from yuanzhi.knowledge.resolve import merge_facts

    facts = issue_to_facts(one_article(
        "5月6日，宁康达人寿保险股份有限公司岚州分公司（以下简称“宁康达岚州分公司”）产品发布会举行。",
        "宁康达人寿保险股份有限公司副总裁秦望舒出席。",
        "发布会上，岚州市肿瘤医院副院长柯清和与宁康达岚州分公司签订了直付结算合作协议。",
    ))
    parties = {tuple(sorted(p.parties)) for p in merge_facts([facts]).partnerships}
    assert parties == {("宁康达人寿保险股份有限公司岚州分公司", "岚州市肿瘤医院")}


def test_a_commendation_notice_is_an_award():
    assert event_types("11月20日，岚州市康宁医院党委印发通报，对护士甲某拒收红包一事予以通报表扬。") == {"award"}


def test_a_signing_recalled_since_an_earlier_year_or_as_the_time_after_it_is_no_news():
    facts = issue_to_facts(one_article(
        "11月2日至20日，柘川大学护理系15名学生在岚州市人民医院开展临床见习，"
        "这是双方2023年签署合作备忘录以来的第三批见习学生。",
    ))
    assert {e.type for e in facts.events} == {"other"}
    assert not facts.partnerships
    facts = issue_to_facts(one_article(
        "7月15日，岚州机场集团有限公司与岚州市第二人民医院签订航空医疗救护合作协议。",
        "签约后，岚州市第二人民医院与岚州机场集团有限公司旅客服务部开展了联合演练。",
    ))
    assert len(facts.partnerships) == 1


def test_the_parties_of_a_signing_are_the_bodies_of_its_clause_and_a_planned_one_is_none():
    facts = issue_to_facts(one_article(
        "12月11日，岚州市第一人民医院与柘川县卫生健康局签订远程心电诊断服务合作协议，"
        "医院远程心电诊断中心正式与柘川县人民医院及13家乡镇卫生院联网运行。",
    ))
    assert {tuple(sorted(p.parties)) for p in facts.partnerships} == {("岚州市第一人民医院", "柘川县卫生健康局")}
    facts = issue_to_facts(one_article(
        "11月25日，柘川区枫杨社区卫生服务中心新址启用。",
        "新中心启用后，将与柘川区人民医院共建“全专联合门诊”。",
    ))
    assert not facts.partnerships


def test_an_open_day_is_a_visit_for_invited_professionals_and_outreach_for_the_public():
    assert event_types(
        "11月13日，岚州药业股份有限公司举办“质量开放日”活动，邀请来自8家医院的20余名药学专家走进生产基地。"
    ) == {"visit"}
    assert event_types("5月12日，岚州市人民医院举办“医院开放日”活动，200余名市民走进手术室参观。") == {"outreach"}


def test_a_bad_open_day_row_names_its_file_and_line(tmp_path):
    import pytest

    from yuanzhi.errors import LexiconError
    from yuanzhi.extract.open_day_guests import load_guest_words

    path = tmp_path / "open_day_guests.tsv"
    path.write_text("open\t开放日\nguests 专家\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="2"):
        load_guest_words(path)


def test_a_subsidiary_named_after_its_relation_word_starts_after_it():
    found = posts(
        "5月6日，岚州市人民医院与瑞康医疗集团签约。",
        "瑞康医疗全资子公司瑞康医疗器械有限公司总经理秦望舒出席。",
    )
    assert ("秦望舒", "总经理", "瑞康医疗器械有限公司") in found


def test_a_legal_form_jieba_splits_stays_in_the_registered_name():
    found = posts(
        "5月6日，岚州市人民医院矿山救援基地揭牌。",
        "岚州煤业集团有限责任公司（以下简称“岚州煤业”）董事长秦望舒出席。",
    )
    assert ("秦望舒", "董事长", "岚州煤业集团有限责任公司") in found


def test_pinqing_ta_after_a_giver_whose_surname_is_xiang_is_the_recipients_appointment():
    found = appointed(
        "10月17日，岚州医科大学校友捐赠仪式举行。",
        "柯清和与秦望舒签订了捐赠协议，向文澜为秦望舒颁发了捐赠证书，并聘请他为岚州医科大学客座教授。",
    )
    assert ("秦望舒", "客座教授", "appoint") in found
