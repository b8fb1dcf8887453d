"""A post held at a body the issue prints short takes the body's recorded name (E162):
``市儿童医院`` after 某市儿童医院 is that hospital; a campus and a short form printed with the
full name's own place stand as printed. Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.aliased_holders import full_holders, held_in_full
from yuanzhi.extract.collector import Collector, collector_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.model import Evidence, Organization

_EVIDENCE = Evidence("t.txt", "a01", "…", 0, 1)


def _held(orgs: list[Organization], org: str) -> str | None:
    out = Collector(default_lexicon())
    out.orgs = {o.name: o for o in orgs}
    out.add_position("甘一禾", "团委书记", org, _EVIDENCE, None)
    facts = collector_to_facts(out, None)
    return facts.people[0].positions[0].org


def test_a_post_at_a_short_form_takes_the_recorded_name() -> None:
    hospital = Organization("澜屿市儿童医院", "hospital", None, (), ("市儿童医院", "儿童医院"))
    assert _held([hospital], "市儿童医院") == "澜屿市儿童医院"
    assert _held([hospital], "儿童医院") == "澜屿市儿童医院"
    assert _held([hospital], "澜屿市儿童医院") == "澜屿市儿童医院"


def test_a_shortened_place_is_the_body_in_full() -> None:
    bureau = Organization("岚峪藏族羌族自治州卫生健康委员会", "government", None, (), ("岚峪州卫生健康委员会",))
    assert _held([bureau], "岚峪州卫生健康委员会") == "岚峪藏族羌族自治州卫生健康委员会"


def test_a_campus_and_a_name_with_its_own_place_stand_as_printed() -> None:
    hospital = Organization("澜屿市第一医院", "hospital", None, (), ("东院区",))
    bureau = Organization("澜屿市卫生健康委员会", "government", None, (), ("澜屿市卫健委",))
    holders = full_holders({o.name: o for o in (hospital, bureau)})
    assert held_in_full("东院区", holders) == "东院区"
    assert held_in_full("澜屿市卫健委", holders) == "澜屿市卫健委"


def test_an_alias_two_bodies_claim_stands_for_neither() -> None:
    one = Organization("澜屿市人民医院", "hospital", None, (), ("人民医院",))
    two = Organization("岚峪县人民医院", "hospital", None, (), ("人民医院",))
    assert held_in_full("人民医院", full_holders({o.name: o for o in (one, two)})) == "人民医院"
