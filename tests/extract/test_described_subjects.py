"""Appointments whose person is written after a description, not a title (``康复专家甲博士受聘为
我院客座教授``), and appointments announced right after the occasion's ceremony (``揭牌仪式后，…宣读了
任职文件：甲任…``): invented names and units."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _appointed(*paragraphs: str) -> set[tuple[str, str, str]]:
    return {(a.person, a.title, a.action) for a in issue_to_facts(one_article(*paragraphs)).appointments}


def test_a_described_person_before_shoupin_wei_is_appointed():
    assert _appointed("旅居新加坡的华侨康复专家栾启明博士受聘为我院客座教授。") == {("栾启明", "客座教授", "appoint")}
    assert _appointed("康复专家栾启明受聘为我院客座教授。") == {("栾启明", "客座教授", "appoint")}


def test_no_description_no_person():
    assert _appointed("该项目受聘为我院客座教授的有三人。") == set()


def test_an_appointment_read_after_the_ceremony_is_one():
    assert _appointed("揭牌仪式后，宫晓东宣读了任职文件：邬晴任县第二人民医院院长。") == {("邬晴", "院长", "appoint")}
    assert _appointed("签约仪式结束后，宫晓东宣读了任职文件：邬晴任县第二人民医院院长。") == {("邬晴", "院长", "appoint")}
