"""A list an organ prints under one heading (增补以下N名同志为…委员：), a row a person: each row's
person is given the heading's post, and holds the posts the row prints (headed_rows.py; names and
places invented)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_with_orgs_in

_ADDED = (
    "会议决定，增补以下3名同志为政协溪桥县第九届委员会委员（按姓氏笔画为序）：",
    "卜晓梅溪桥县中医医院党委书记",
    "庞远山（瑶族）溪桥县人民医院副院",
    "长、主任医师",
    "柳青禾（女）溪桥县妇幼保健院院长",
    "会议还听取了县政协办公室的工作汇报。",
    "柯望川溪桥县人民医院院长",
)


def test_each_row_of_a_headed_list_gets_the_headings_post_and_its_own_posts():
    found = posts_with_orgs_in(*_ADDED)
    for name in ("卜晓梅", "庞远山", "柳青禾"):
        assert any(n == name and t == "委员" for n, t, _org in found), name
    assert ("卜晓梅", "党委书记", "溪桥县中医医院") in found
    assert ("庞远山", "副院长", "溪桥县人民医院") in found  # a row the page wrapped, read whole
    assert ("庞远山", "主任医师", None) in found
    assert ("柳青禾", "院长", "溪桥县妇幼保健院") in found


def test_the_rows_are_appointments_and_the_list_ends_at_a_sentence_that_is_no_row():
    facts = issue_to_facts(one_article(*_ADDED))
    appointed = {(a.person, a.title, a.action) for a in facts.appointments}
    assert {("卜晓梅", "委员", "appoint"), ("庞远山", "委员", "appoint"), ("柳青禾", "委员", "appoint")} <= appointed
    assert not any(a.person == "柯望川" for a in facts.appointments)


def test_a_removal_heading_removes_each_row():
    facts = issue_to_facts(one_article(
        "会议决定，免去下列同志的溪桥县人大常委会委员职务：",
        "卜晓梅溪桥县卫生健康局局长",
    ))
    assert ("卜晓梅", "委员", "remove") in {(a.person, a.title, a.action) for a in facts.appointments}
