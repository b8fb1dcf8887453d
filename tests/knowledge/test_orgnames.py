"""Organizations under one name, role words dropped, one partnership per signing
(knowledge.orgnames, knowledge.partnerships). Every institution here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.knowledge.orgnames import canonical_name, load_rules
from yuanzhi.knowledge.resolve import merge_facts
from yuanzhi.model import Appointment, Evidence, Facts, Organization, Partnership, Person, Position

HOME = "青川市人民医院"
PARTNER = "云岭白鹭医院"
TITLED = "国家区域医疗中心" + PARTNER


def test_a_designation_before_a_name_is_not_part_of_it() -> None:
    assert canonical_name(TITLED) == PARTNER
    assert canonical_name("省区域医疗中心" + HOME) == HOME
    assert canonical_name("国家老年医学中心") == "国家老年医学中心"  # nothing left after it: a name itself


def test_a_bracketed_second_name_is_an_alias_but_a_note_is_kept() -> None:
    assert canonical_name(PARTNER + "（云岭医学科学院）") == PARTNER
    assert canonical_name("肿瘤医院（筹）") == "肿瘤医院（筹）"


def test_role_words_are_no_organizations() -> None:
    assert canonical_name("联盟医院") is None
    assert canonical_name("国企医院") is None
    assert canonical_name("各成员单位") is None
    assert canonical_name(HOME) == HOME


def _ev(article: str, quote: str = "句") -> Evidence:
    return Evidence("2031-03.txt", article, quote)


def test_one_organization_under_all_its_names() -> None:
    facts = Facts(
        people=(Person("华明远", (Position("院长", TITLED, "2031-03", "2031-03"),)),),
        organizations=(
            Organization(TITLED, "hospital", None, (_ev("a1"),)),
            Organization(PARTNER, "hospital", None, (_ev("a2"),)),
            Organization("联盟医院", "hospital", None, (_ev("a2"),)),
        ),
        appointments=(Appointment("柯思远", "副院长", TITLED, "appoint", "2031-03-09"),),
    )
    merged = merge_facts([facts])
    assert [(o.name, o.aliases) for o in merged.organizations] == [(PARTNER, (TITLED,))]
    assert merged.people[0].positions[0].org == PARTNER
    assert merged.appointments[0].org == PARTNER


def test_a_short_name_the_text_introduces_is_an_alias() -> None:
    full = "云岭医科大学第一附属医院"
    quote = f"3月9日，{full}（以下简称“云医一院”）与{HOME}签订合作协议。"
    facts = Facts(
        organizations=(Organization(full, "hospital", None, (_ev("a1", quote),)), Organization("云医一院", "hospital")),
        people=(Person("骆文清", (Position("院长", "云医一院", "2031-03", "2031-03"),)),),
    )
    merged = merge_facts([facts])
    assert [(o.name, o.aliases) for o in merged.organizations] == [(full, ("云医一院",))]
    assert merged.people[0].positions[0].org == full


def test_one_signing_is_one_partnership() -> None:
    article = _ev("a3")
    facts = Facts(
        partnerships=(
            Partnership((HOME, PARTNER), "agreement", "2031-03-09", (article,)),
            Partnership((HOME, TITLED), "alliance", "2031-03-09", (article,)),
            Partnership((HOME, PARTNER, "国企医院"), "assistance", "2031-03-09", (article,)),
            Partnership((HOME, "联盟医院"), "alliance", "2031-03-09", (article,)),  # no second party
        )
    )
    (one,) = merge_facts([facts]).partnerships
    assert (set(one.parties), one.kind, one.date) == ({HOME, PARTNER}, "alliance", "2031-03-09")


def test_a_third_party_named_by_the_same_article_joins_the_signing() -> None:
    third = "云岭康宁集团"
    facts = Facts(
        partnerships=(
            Partnership((HOME, PARTNER), "agreement", "2031-03-09", (_ev("a3"),)),
            Partnership((HOME, PARTNER, third), "agreement", "2031-03-09", (_ev("a3"),)),
            Partnership((HOME, third), "assistance", "2032-05-01", (_ev("a7"),)),  # another story
        )
    )
    merged = merge_facts([facts]).partnerships
    assert [(set(p.parties), p.kind) for p in merged] == [({HOME, PARTNER, third}, "agreement"), ({HOME, third}, "assistance")]


def test_different_signings_of_the_same_parties_stay_apart() -> None:
    facts = Facts(
        partnerships=(
            Partnership((HOME, PARTNER), "alliance", "2030-06-01", (_ev("a1"),)),
            Partnership((HOME, PARTNER), "assistance", "2031-03-09", (_ev("a9"),)),
        )
    )
    assert [p.kind for p in merge_facts([facts]).partnerships] == ["alliance", "assistance"]


def test_bad_name_lists_name_their_file_and_line(tmp_path: Path) -> None:
    designations, generic = tmp_path / "d.txt", tmp_path / "g.txt"
    designations.write_text("国家区域医疗中心\n国家(医学中心\n", encoding="utf-8")
    generic.write_text("联盟医院\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"d.txt:2"):
        load_rules(designations, generic)
    designations.write_text("国家区域医疗中心\n", encoding="utf-8")
    generic.write_text("# role words\n联盟 医院\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"g.txt:2"):
        load_rules(designations, generic)


def test_the_body_a_partnership_sets_up_is_no_party_and_the_day_beats_the_month() -> None:
    facts = Facts(
        partnerships=(
            Partnership((HOME, PARTNER, "云岭心血管专科联盟"), "alliance", "2031-03", (_ev("a3"),)),
            Partnership((HOME, PARTNER), "agreement", "2031-03-20", (_ev("a3"),)),
            Partnership((HOME, "云岭胸痛医联体"), "alliance", "2031-03-20", (_ev("a4"),)),  # one party left
        )
    )
    (one,) = merge_facts([facts]).partnerships
    assert (set(one.parties), one.kind, one.date) == ({HOME, PARTNER}, "alliance", "2031-03-20")


def test_a_bad_body_ending_names_its_line(tmp_path: Path) -> None:
    from yuanzhi.knowledge.partnerships import load_bodies

    path = tmp_path / "bodies.txt"
    path.write_text("联盟\n医 联体\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bodies.txt:2"):
        load_bodies(path)
