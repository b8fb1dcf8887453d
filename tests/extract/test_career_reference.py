"""A career told after the body it was spent in: ``曾在某医院工作十六年，先后任该院外科主任、副院长``
— 该院 is that hospital (invented names and bodies)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def test_posts_after_gaiyuan_are_the_named_hospitals():
    facts = issue_to_facts(one_article(
        "张文涛，男，回族，1975年4月出生，中共党员，主任医师。曾在东山监狱医院工作十六年，先后任该院外科主任、副院长。"
    ))
    pairs = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    assert {("张文涛", "主任", "东山监狱医院外科"), ("张文涛", "副院长", "东山监狱医院")} <= pairs
    assert not facts.appointments
