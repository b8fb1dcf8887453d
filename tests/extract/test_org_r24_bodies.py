"""Which body a post belongs to, round 24's classes as general rules of Chinese news (invented
names): a place whose rare second character jieba leaves alone, its first read as a preposition
(按|岈|市…); a border inspection station is a body of the state; a company's trade name cut by
jieba after a glued place (澜岙康|达|医疗器械有限公司); a body's standing before its name
(成员单位, 爱心企业) is no part of it; a county's 侨办 is its government office printed in full;
a multidisciplinary centre keeps 多 (多|学科诊疗中心); a bureau of rural revitalisation or of ethnic and
religious affairs is a government organ."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_place_whose_first_character_jieba_reads_as_a_preposition_stays_whole():
    found = posts(
        "3月2日，按岈市中医医院副院长甘望舒带队到按岈出入境边防检查站开展义诊。",
        "按岈市卫生健康局副局长贝思远出席。",
    )
    assert ("甘望舒", "副院长", "按岈市中医医院") in found
    assert ("贝思远", "副局长", "按岈市卫生健康局") in found


def test_a_border_inspection_station_is_a_body_of_the_state():
    facts = issue_to_facts(one_article("4月1日，菁垭出入境边防检查站政治处主任甘望舒到蓼州市人民医院送锦旗。"))
    kinds = {o.name: o.kind for o in facts.organizations}
    assert kinds.get("菁垭出入境边防检查站") == "government"


def test_a_trade_name_cut_after_a_glued_place_stays_in_the_company():
    found = posts(
        "5月6日，市医学会召开会议。",
        "会上选举产生新一届委员会。",
        "澜岙康达医疗器械有限公司总经理甘望舒当选副主任。",
    )
    assert ("甘望舒", "总经理", "澜岙康达医疗器械有限公司") in found


def test_a_body_standing_before_its_name_is_no_part_of_it():
    found = posts("5月6日，蓼州市人民医院举行捐赠仪式，爱心企业蓼州宏达建设集团有限公司总经理甘望舒出席。")
    assert ("甘望舒", "总经理", "蓼州宏达建设集团有限公司") in found
    found = posts("4月3日，菁陂县委书记鲁一鸣一行来到医共体成员单位菁湾镇卫生院，院长贝思远汇报了工作。")
    assert ("贝思远", "院长", "菁湾镇卫生院") in found


def test_a_county_qiaoban_is_its_office_printed_in_full():
    found = posts(
        "12月5日，蓼湾县人民政府侨务办公室在蓼湾县人民医院举行捐赠仪式。",
        "县侨办主任甘望舒出席。",
    )
    assert ("甘望舒", "主任", "蓼湾县人民政府侨务办公室") in found


def test_a_multidisciplinary_centre_keeps_duo():
    found = posts("蓼州市第一人民医院心衰多学科诊疗中心主任甘望舒介绍了诊疗流程。")
    assert any(org and org.endswith("心衰多学科诊疗中心") for _n, _t, org in found)


def test_bureaus_of_rural_revitalisation_and_ethnic_affairs_are_government():
    found = posts(
        "7月8日，菁陂市乡村振兴局党组成员、副局长甘望舒到蓼州市人民医院调研。",
        "菁陂市民族宗教事务局副局长贝思远一同调研。",
    )
    assert ("甘望舒", "副局长", "菁陂市乡村振兴局") in found
    assert ("贝思远", "副局长", "菁陂市民族宗教事务局") in found
