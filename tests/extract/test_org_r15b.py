"""Organizations of posts after round 14 (helper E41), as general rules of Chinese hospital,
government and company news (invented names; GOLD_SPEC §4, §5, §8, §9)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_grades_take_the_department_the_headline_names_when_a_room_of_it_is_printed():
    found = posts(
        "3月2日，芸溪市中医医院在针灸推拿科示教室召开科室会议。院长殷若水出席。",
        "谷怀舟，主任中医师，从事针灸临床工作二十年。负责质控的主治中医师简星河表示将按月通报。",
        title="针灸推拿科召开科室会议",
    )
    assert ("谷怀舟", "主任中医师", "针灸推拿科") in found
    assert ("简星河", "主治中医师", "针灸推拿科") in found
    assert ("殷若水", "院长", "芸溪市中医医院") in found


def test_a_branch_takes_its_association_printed_before_it():
    found = posts(
        "5月8日，枫桥区党外知识分子联谊会（以下简称“区知联会”）枫桥区中医医院分会成立大会举行。"
        "区知联会会长、枫桥区实验中学校长尤若岚出席。",
        "大会选举产生了分会理事会。枫桥区中医医院副院长甘逸舟当选为会长；院办副主任樊星若当选为秘书长。",
    )
    assert ("尤若岚", "会长", "枫桥区党外知识分子联谊会") in found
    assert ("甘逸舟", "会长", "枫桥区党外知识分子联谊会枫桥区中医医院分会") in found


def test_a_registered_name_with_its_seat_in_brackets_is_one_company():
    found = posts(
        "4月9日，岑泰医疗科技（汀州）有限公司（以下简称“岑泰医疗”）与芜岭市人民医院签署合作协议。"
        "岑泰医疗董事长邝一帆、芜岭市人民医院院长戚远航出席。"
    )
    assert ("邝一帆", "董事长", "岑泰医疗科技（汀州）有限公司") in found


def test_a_rescue_team_printed_with_its_place_and_name_is_a_body_of_record():
    found = posts(
        "9月2日，芜州市海燕应急救援队与芜州市第二人民医院开展联合实训。"
        "救援队队长邝一帆、副队长戚远航，医院副院长甘逸舟参加。"
    )
    assert ("邝一帆", "队长", "芜州市海燕应急救援队") in found
    assert ("戚远航", "副队长", "芜州市海燕应急救援队") in found


def test_a_trade_name_read_as_a_verb_stays_in_the_registered_name():
    found = posts(
        "5月6日，芜岭市人民医院开展后勤督查。承担保洁服务的芜岭市安居物业服务有限公司项目经理邝一帆表示将立即整改。"
    )
    assert ("邝一帆", "项目经理", "芜岭市安居物业服务有限公司") in found


def test_a_clinical_trial_office_is_a_unit_after_a_post_joined_by_jian():
    found = posts(
        "2月6日，芜岭市第一人民医院召开临床试验启动会。院长戚远航，副院长兼药物临床试验机构主任邝一帆出席。"
    )
    assert ("邝一帆", "副院长", "芜岭市第一人民医院") in found
    assert any(n == "邝一帆" and t == "主任" and o and o.endswith("药物临床试验机构") for n, t, o in found)
