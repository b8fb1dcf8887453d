"""A 任前公示's rows: the person's biodata, then 现任 (pairs) and 拟任 / 提名为…人选 (pairs and
appointments dated the notice's publication, GOLD_SPEC §11; proposed_posts.py; names and places invented)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_with_orgs_in

_NOTICE = (
    "经县委研究，现将拟任职干部情况公示如下：",
    "1.柳青禾，女，瑶族，1979年4月生，大学学历，中共党员，主任医师。现任溪桥县人民医院党委委员、副院长，"
    "拟任溪桥县中医医院党委副书记、院长（按程序提名）。",
    "2.庞远山，男，汉族，1985年6月生，大学学历，中共党员。现任溪桥县卫生健康局医政股股长，拟任溪桥县卫生健康局"
    "党组成员，提名为县卫生健康局副局长人选。",
    "3.卜晓梅，女，1982年1月生，研究生学历，中共党员，副主任医师。现任溪桥县妇幼保健院副院长（主持工作），"
    "拟任溪桥县妇幼保健院院长（试用期一年）。",
    "公示时间为2024年6月3日至6月9日（5个工作日）。",
    "中共溪桥县委组织部",
    "2024年6月3日",
)


def test_a_numbered_rows_current_and_proposed_posts_are_pairs():
    found = posts_with_orgs_in(*_NOTICE)
    assert ("柳青禾", "副院长", "溪桥县人民医院") in found
    assert ("柳青禾", "党委委员", "溪桥县人民医院") in found
    assert ("柳青禾", "党委副书记", "溪桥县中医医院") in found
    assert ("柳青禾", "院长", "溪桥县中医医院") in found
    assert ("庞远山", "党组成员", "溪桥县卫生健康局") in found
    assert ("庞远山", "副局长", "溪桥县卫生健康局") in found
    assert ("卜晓梅", "院长", "溪桥县妇幼保健院") in found and ("卜晓梅", "副院长", "溪桥县妇幼保健院") in found
    assert {title for name, title, _org in found if name == "柳青禾"} >= {"主任医师"}


def test_proposed_posts_are_appointments_of_the_notices_day_current_ones_are_not():
    facts = issue_to_facts(one_article(*_NOTICE))
    appointed = {(a.person, a.title, a.action, a.date) for a in facts.appointments}
    assert ("柳青禾", "院长", "appoint", "2024-06-03") in appointed
    assert ("柳青禾", "党委副书记", "appoint", "2024-06-03") in appointed
    assert ("庞远山", "副局长", "appoint", "2024-06-03") in appointed
    assert ("卜晓梅", "院长", "appoint", "2024-06-03") in appointed
    assert not any(a.title in {"副院长", "股长", "党委委员"} and a.person != "卜晓梅" for a in facts.appointments)


def test_a_row_whose_name_is_not_read_lends_its_posts_to_no_earlier_row():
    found = posts_with_orgs_in(
        "1.柳青禾，女，1979年4月生，中共党员，主任医师。现任溪桥县人民医院副院长。",
        "2.囗晓丽，女，1980年3月生，中共党员。现任溪桥县第二人民医院护理部主任，拟任溪桥县第二人民医院副院长。",
    )
    assert not any(name == "柳青禾" and title in {"主任", "副院长"} and "第二" in (org or "") for name, title, org in found)
