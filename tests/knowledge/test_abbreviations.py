"""Short forms an article uses beside an organization's full name (knowledge.abbreviations).
Every institution here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.knowledge.abbreviations import abbreviates, load_levels
from yuanzhi.knowledge.resolve import merge_facts
from yuanzhi.model import Evidence, Facts, Organization, Partnership, Person, Position

LEVELS = frozenset("省市县区")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("珑溪一院", "珑溪市第一人民医院"),
        ("嵩医一附院", "嵩山医科大学第一附属医院"),
        ("南湖儿童医院", "南湖医科大学附属儿童医院"),
        ("华泰集团", "华泰健康产业集团"),
        ("汾水康宁医院", "汾水市康宁医院"),
        ("县卫生健康局", "溪口县卫生健康局"),
        ("市卫健委", "砺川市卫生健康委员会"),
        ("县中医院", "鹿原县中医院"),
    ],
)
def test_short_forms(short: str, full: str) -> None:
    assert abbreviates(short, full, LEVELS)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("北辰医院", "北辰医院泌尿外科"),  # a unit of it
        ("心内科", "心血管内科"),  # departments are not resolved so
        ("溪口县", "溪口县人民医院"),  # the place, not the hospital
        ("省卫健委", "砺川市卫健委"),  # another level
        ("砺川市卫健委", "砺川市人民医院"),  # another kind
        ("二院", "珑溪市第二人民医院"),  # not its first character
    ],
)
def test_not_short_forms(short: str, full: str) -> None:
    assert not abbreviates(short, full, LEVELS)


def _ev(article: str) -> Evidence:
    return Evidence("2031-05.txt", article, "句")


def test_a_short_form_beside_its_full_name_in_one_article_is_one_organization() -> None:
    full, short = "珑溪市第一人民医院", "珑溪一院"
    facts = Facts(
        people=(Person("欧阳清", (Position("党委书记", short, "2031-05", "2031-05", (_ev("a1"),)),)),),
        organizations=(Organization(full, "hospital", None, (_ev("a1"),)), Organization(short, "hospital", None, (_ev("a1"),))),
        partnerships=(Partnership((short, "汇丰银行珑溪分行"), "agreement", "2031-05-07", (_ev("a1"),)),),
    )
    merged = merge_facts([facts])
    assert [(o.name, o.aliases) for o in merged.organizations] == [(full, (short,))]
    assert merged.people[0].positions[0].org == full
    assert merged.partnerships[0].parties == (full, "汇丰银行珑溪分行")


def test_a_short_form_two_hospitals_could_own_or_another_article_uses_is_left_alone() -> None:
    short = "珑溪一院"
    two = Facts(
        organizations=(
            Organization("珑溪市第一人民医院", "hospital", None, (_ev("a1"),)),
            Organization("珑溪市第一中医医院", "hospital", None, (_ev("a1"),)),
            Organization(short, "hospital", None, (_ev("a1"),)),
        )
    )
    assert short in {o.name for o in merge_facts([two]).organizations}
    apart = Facts(
        organizations=(
            Organization("珑溪市第一人民医院", "hospital", None, (_ev("a1"),)),
            Organization(short, "hospital", None, (_ev("a2"),)),
        )
    )
    assert short in {o.name for o in merge_facts([apart]).organizations}


def test_a_unit_signs_for_its_institution_and_a_lost_bracket_still_names_an_alias() -> None:
    university, hospital = "淮安理工大学", "沂水市人民医院"
    facts = Facts(
        organizations=(
            Organization(university, "university", None, (_ev("a1"),)),
            Organization(hospital, "hospital", None, (_ev("a1"),)),
            Organization("溪口县妇幼保健院（溪口县妇幼保健计划生育服务中心", "department", "溪口县妇幼保健院"),
        ),
        partnerships=(
            Partnership((hospital, university), "agreement", "2031-10-18", (_ev("a1"),)),
            Partnership((university + "生物医学工程学院", hospital), "agreement", "2031-10-18", (_ev("a1"),)),
        ),
    )
    merged = merge_facts([facts])
    (signing,) = merged.partnerships
    assert set(signing.parties) == {hospital, university}
    names = {o.name: o.aliases for o in merged.organizations}
    assert "溪口县妇幼保健计划生育服务中心" in names["溪口县妇幼保健院"]


def test_a_bad_level_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "levels.txt"
    path.write_text("省\n自治区\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"levels.txt:2"):
        load_levels(path)
