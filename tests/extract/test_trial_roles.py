"""A trial's presiding judge (审判长) is named for one case: `由甲担任审判长` is no
appointment (occasion_titles.txt, like 演练总指挥); invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def test_presiding_over_one_trial_is_no_appointment():
    facts = issue_to_facts(one_article(
        "11月3日上午，澜汀市澜西区人民法院在澜汀市中心医院公开开庭审理一起医疗损害责任纠纷案。",
        "本案由民事审判第一庭庭长、一级法官苏映雪担任审判长，与人民陪审员祁望川组成合议庭审理。",
    ))
    assert not any(a.title == "审判长" for a in facts.appointments)
