"""``现任A科主任的甲``: the posts before 的 are the named person's, held (invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _read(sentence: str) -> tuple[set[tuple[str, str, str | None]], set[tuple[str, str]]]:
    facts = issue_to_facts(one_article(sentence))
    return ({(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions},
            {(a.person, a.title) for a in facts.appointments})


def test_a_post_held_now_before_de_and_the_name():
    pairs, appointed = _read("他的学生、今担任外科主任的张文涛和护理部主任李秀英，都来送行。")
    assert ("张文涛", "主任", "外科") in pairs
    assert appointed == set()
    pairs, _ = _read("他培养的学生中，现任消化内科主任的张文涛、省人民医院副院长李秀英等已成为骨干。")
    assert ("张文涛", "主任", "消化内科") in pairs


def test_a_bare_danren_role_is_no_post():
    pairs, _ = _read("担任评委的骨科护士长陆春和说。")
    assert {(n, t) for n, t, _o in pairs} == {("陆春和", "护士长")}
