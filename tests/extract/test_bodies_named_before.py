"""The bodies of the sentence named before a place, read from where they end (org_references),
and the names of the bodies before a mention read once per list (org_tiers): as a scan would."""

from __future__ import annotations

from yuanzhi.extract.mentions import ArticleContext
from yuanzhi.extract.org_references import _here_until
from yuanzhi.extract.org_tiers import _names
from yuanzhi.extract.orgs import OrgMention


def _body(start: int, end: int) -> OrgMention:
    return OrgMention(start, end, "青禾县医院", "青禾县医院", "hospital")


def test_bodies_in_order_and_out_of_order() -> None:
    context = ArticleContext(home=None)
    for ends in ([3, 5, 5, 9], [9, 3, 5], [], [4]):
        context.here = [_body(0, end) for end in ends]
        for at in range(-1, 12):
            assert _here_until(context, at) == [m for m in context.here if m.end <= at]


def test_a_new_list_is_read_again() -> None:
    context = ArticleContext(home=None)
    context.here = [_body(0, 3), _body(4, 6)]
    assert len(_here_until(context, 6)) == 2
    context.here = [_body(0, 8)]
    assert _here_until(context, 6) == []
    context.here.append(_body(9, 10))  # grown in place: read again
    assert len(_here_until(context, 10)) == 2


def test_names_of_the_bodies() -> None:
    named = [_body(0, 3)]
    assert _names(named) == ("青禾县医院",)
    other = [OrgMention(0, 2, "甲科", "甲科", "department")]
    assert _names(other) == ("甲科",)
    named.append(other[0])
    assert _names(named) == ("青禾县医院", "甲科")


def test_each_name_once_at_its_last_place() -> None:
    from yuanzhi.extract.generic_heads import _ending_with
    from yuanzhi.extract.org_short_names import _each_once

    names = ("甲医院", "乙局", "甲医院", "丙科")
    assert _each_once(names) == ["乙局", "甲医院", "丙科"]
    assert _each_once(names) == ["乙局", "甲医院", "丙科"]  # read again from what was kept
    assert _each_once(["乙局", "乙局", "丁所"]) == ["乙局", "丁所"]
    assert _each_once(("丁所",)) == ["丁所"]
    by_last = _ending_with(frozenset({"在", "正在", "和"}))
    assert by_last is not None and set(by_last["在"]) == {"在", "正在"} and by_last["和"] == ("和",)
    assert _ending_with(frozenset({"", "和"})) is None
