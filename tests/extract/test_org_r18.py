"""Organisations of round 16's classes (helper E54): a group's 总医院 declared by its short name,
a mine named by its ending, a commission's offices written with 委, and a bureau
printed short beside its 分局 — general rules of Chinese news (invented names; GOLD_SPEC §4)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_groups_general_hospital_declared_by_its_short_name_takes_its_posts():
    found = posts(
        "本报讯 11月6日上午，柘岭能源集团总医院（以下简称“总医院”）与集团所属青峰煤矿共建的康复站正式启用。"
        "总医院党委书记欧阳俊、院长孔令华出席。",
        "总医院副院长傅明远介绍了情况。",
    )
    assert ("孔令华", "院长", "柘岭能源集团总医院") in found
    assert ("欧阳俊", "党委书记", "柘岭能源集团总医院") in found
    assert ("傅明远", "副院长", "柘岭能源集团总医院") in found


def test_a_mine_named_by_its_ending_is_a_body_that_holds_posts():
    found = posts(
        "5月14日，柘山医院在青峰煤矿开展义诊。青峰煤矿党委书记房秋原，柘山医院院长侯铁生出席。",
    )
    assert ("房秋原", "党委书记", "青峰煤矿") in found
    assert ("侯铁生", "院长", "柘山医院") in found


def test_a_commissions_office_written_with_wei_is_the_commission_named_before():
    found = posts(
        "10月22日，柘州市卫生健康委员会召开全市推进会。委医政医管处处长邓如海主持会议。",
        "会上，委基层卫生健康处副处长卜晓峰解读了方案。",
    )
    assert ("邓如海", "处长", "柘州市卫生健康委员会医政医管处") in found
    assert ("卜晓峰", "副处长", "柘州市卫生健康委员会基层卫生健康处") in found


def test_a_bureau_printed_short_is_not_its_branch_printed_in_full():
    found = posts(
        "检查由市市场监管局党组成员、副局长伍振东带队，特种设备安全监察处处长尚子明，"
        "柘州市市场监督管理局东湖区分局局长綦远山参加。",
    )
    assert ("伍振东", "副局长", "柘州市市场监督管理局") in found
    assert ("尚子明", "处长", "柘州市市场监督管理局特种设备安全监察处") in found
    assert ("綦远山", "局长", "柘州市市场监督管理局东湖区分局") in found


def test_a_named_committee_printed_with_its_sitting_is_the_bodys_committee():
    found = posts(
        "12月2日，柘漪省中医药科学院第三届学术委员会成立大会召开。科学院党委书记沐春山出席会议。",
        "第三届学术委员会由21名委员组成。经全体委员无记名投票，柘漪中医药大学终身教授上官承远当选主任委员。",
    )
    assert ("上官承远", "主任委员", "柘漪省中医药科学院学术委员会") in found
    assert ("沐春山", "党委书记", "柘漪省中医药科学院") in found


def test_a_societys_sitting_council_is_still_the_society():
    found = posts("会议选举产生了柘漪省护理学会第七届理事会，傅如兰当选理事长。")
    assert ("傅如兰", "理事长", "柘漪省护理学会") in found


def test_a_centre_written_with_its_level_word_after_another_hospitals_post_is_the_places():
    found = posts(
        "本报讯 9月24日，柘荷市人民医院第六届品管圈大赛决赛在学术报告厅举行。",
        "大赛邀请柘川医科大学附属医院质量管理处处长焦明山、市医疗质量控制中心主任栗文川担任评委。",
    )
    assert ("栗文川", "主任", "市医疗质量控制中心") in found
