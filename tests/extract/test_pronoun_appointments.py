"""``聘请他为…``: the pronoun is the person the sentence named before the cue (invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def test_pinqing_ta_wei_appoints_the_person_named_before():
    facts = issue_to_facts(one_article("学会第二届理事会会长张文涛因年龄原因不再担任会长，大会聘请他为学会名誉会长。"))
    found = {(a.person, a.title, a.action) for a in facts.appointments}
    assert ("张文涛", "名誉会长", "appoint") in found
    assert ("张文涛", "会长", "remove") in found
