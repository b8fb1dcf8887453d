"""GOLD_SPEC §4.9 (invented names): a foreign body is its own name without the country printed
before it (a body that is the country's own keeps it); a village takes the place chain the
article prints before it (a village never printed with its place stays alone); a civil-service
rank belongs to the organ, not to a 处 or 科 printed before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_conventions import conventions, foreign_body

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


@pytest.mark.parametrize(
    ("printed", "body", "title"),
    [
        ("新西兰", "澜湾大学健康科学学院", "院长"),
        ("英国", "霭特伍德大学医学院心胸外科", "教授"),
        ("加拿大", "枫岙大学医学院外科学系", "教授"),
        ("澳大利亚", "汀岸大学医学院", "副院长"),
    ],
)
def test_a_foreign_body_is_written_without_its_country(printed: str, body: str, title: str):
    found = posts(f"5月6日，{printed}{body}{title}艾琳·沃德（Irene Ward）来到蓼州市第三人民医院交流。")
    assert ("艾琳·沃德", title, body) in found


def test_a_foreign_city_is_the_place_of_its_post():
    found = posts("9月2日，应蓼州市人民政府邀请，芬兰瓦萨拉市副市长艾琳·沃德（Irene Ward）率代表团访问蓼州。")
    assert ("艾琳·沃德", "副市长", "瓦萨拉市") in found


@pytest.mark.parametrize(
    "name",
    ["泰国驻蓼州总领事馆", "美国国立心肺研究所", "法国卫生部", "美国心脏协会", "韩国栋", "德国",
     "哥伦比亚大学医学中心", "巴西利亚大学医院"],
)
def test_the_countrys_own_body_keeps_the_country(name: str):
    assert foreign_body(name, default_lexicon()) == name


def test_a_village_takes_the_chain_the_article_prints_before_it():
    found = posts(
        "5月6日，蓼州市第三人民医院医疗队来到栖霞县苇塘镇青枫村开展义诊。",
        "苇塘镇党委书记甘望舒，青枫村党支部书记、村委会主任贝思远陪同。",
    )
    assert ("贝思远", "党支部书记", "栖霞县苇塘镇青枫村") in found
    assert ("贝思远", "村委会主任", "栖霞县苇塘镇青枫村") in found


def test_a_village_with_its_town_only_takes_the_town():
    found = posts(
        "5月6日，蓼州市第三人民医院党员志愿者走进苇塘镇青枫村开展义诊。",
        "苇塘镇镇长甘望舒，青枫村党支部书记、村委会主任贝思远陪同。",
    )
    assert ("贝思远", "党支部书记", "苇塘镇青枫村") in found


def test_a_village_never_printed_with_its_place_stays_alone():
    found = posts(
        "5月6日，蓼州市第三人民医院专家在青枫村村委会开展义诊。",
        "青枫村党支部书记、村委会主任贝思远说，村里老人多。",
    )
    assert ("贝思远", "党支部书记", "青枫村") in found


def test_a_rank_after_a_section_post_belongs_to_the_commission():
    found = posts("5月6日，岚屿省卫生健康委员会医政处处长甘望舒，医政处一级调研员贝思远出席会议。")
    assert ("贝思远", "一级调研员", "岚屿省卫生健康委员会") in found


def test_a_bad_line_names_file_and_line(tmp_path: Path):
    (tmp_path / "org_conventions.tsv").write_text("# c\n美国\tcountry\n英国\tnation\n", encoding="utf-8")
    conventions.cache_clear()
    try:
        with pytest.raises(LexiconError) as caught:
            conventions(str(tmp_path))
        assert "org_conventions.tsv" in str(caught.value) and "3" in str(caught.value)
    finally:
        conventions.cache_clear()


def test_a_post_at_the_village_one_is_sent_to_takes_its_chain():
    found = posts(
        "蓼州市第三人民医院医务科副科长甘望舒被选派到苇塘镇青枫村担任驻村第一书记。",
        "青枫村有村民九百多人。村党支部书记、村委会主任贝思远介绍，村里修通了产业路。",
    )
    assert ("甘望舒", "第一书记", "苇塘镇青枫村") in found
    assert ("贝思远", "村委会主任", "苇塘镇青枫村") in found


def test_a_hospitals_first_secretary_stationed_in_a_village_is_the_villages():
    found = posts(
        "5月6日，蓼州市第三人民医院一行来到对口帮扶的栖霞县苇塘镇青枫村开展义诊。",
        "医院驻青枫村第一书记、党办副主任贝思远汇报了驻村工作进展。",
    )
    assert ("贝思远", "第一书记", "栖霞县苇塘镇青枫村") in found


def test_a_residents_committee_after_its_community_is_the_communitys():
    # GOLD_SPEC's alignment of 2026-12-07: 居委会主任 → (主任, the community's 居委会 with its chain)
    found = posts(
        "5月6日，蓼州市第三人民医院专家走进苇塘街道青枫社区开展义诊。",
        "青枫社区党委书记、居委会主任贝思远介绍，社区老人多。",
    )
    assert ("贝思远", "党委书记", "苇塘街道青枫社区") in found
    assert ("贝思远", "主任", "苇塘街道青枫社区居委会") in found
    assert not any(title == "居委会主任" for _, title, _ in found)
