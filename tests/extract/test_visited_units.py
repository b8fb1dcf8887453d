"""A unit printed alone in another hospital's setting is that hospital's (GOLD_SPEC §4.1, §4.2, §5).

Invented names only."""

from __future__ import annotations

from dataclasses import replace

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import find_orgs
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article

HOME = "柏原市第二人民医院"
OTHER = "槐溪市中医医院"
SENDER = "栾州市第一人民医院"


def _posts(*paragraphs: str) -> dict[tuple[str, str], str | None]:
    """The posts of one article of the paper of HOME (its masthead names it)."""
    facts = issue_to_facts(replace(one_article(*paragraphs), title=f"{HOME}报"))
    return {(p.name, pos.title): pos.org for p in facts.people for pos in p.positions}


def test_a_sentence_set_at_another_hospital_gives_it_its_units() -> None:
    posts = _posts(
        f"7月2日，{HOME}院长甘济川带队到{OTHER}交流。",
        f"在{OTHER}，医院工会主席柯望舒和护理部主任蒲云岫陪同参观了门诊大厅。",
        f"随后，{HOME}护理部主任邬清禾介绍了我院经验。",
    )
    assert posts[("柯望舒", "工会主席")] == OTHER
    assert posts[("蒲云岫", "主任")] == OTHER + "护理部"
    assert posts[("邬清禾", "主任")] == "护理部"  # the own hospital's unit stays alone


def test_a_seconded_doctors_unit_is_the_sending_hospitals() -> None:
    posts = _posts(
        f"3月9日，{SENDER}帮扶专家抵达{HOME}。{SENDER}副院长庞立言出席。",
        "会上，我院院长甘济川致辞。",
        "其中，消化内科副主任医师邵知秋将挂任我院副院长，神经外科主治医师龚若溪挂职我院神经外科副主任。",
    )
    assert posts[("邵知秋", "副主任医师")] == SENDER + "消化内科"
    assert posts[("龚若溪", "主治医师")] == SENDER + "神经外科"
    assert posts[("龚若溪", "副主任")] == "神经外科"  # the post at 我院 is ours
    assert posts[("邵知秋", "副院长")] == HOME


def test_a_teams_listed_units_are_the_sending_hospitals() -> None:
    posts = _posts(
        f"3月9日，{SENDER}第二批帮扶队员抵达{HOME}。{SENDER}副院长庞立言出席。",
        "本批队员来自呼吸内科、超声科等专业。会后，超声科主治医师蓝若川当天就查看了我院设备。",
        "我院心内科主任、主任医师甘济海介绍了胸痛中心建设。",
    )
    assert posts[("蓝若川", "主治医师")] == SENDER + "超声科"
    assert posts[("甘济海", "主任")] == "心内科"


def test_a_verb_of_help_ends_a_hospitals_name() -> None:
    """捐赠医疗设备助力家乡医院: 助力 is no part of a name (lexicon/boundary_words.txt), so the headline names
    no hospital the paper could be taken for."""
    sentence = "乡贤捐赠价值80万元医疗设备助力家乡医院"
    lexicon = default_lexicon()
    found = find_orgs(sentence, tokens(default_tokenizer(), sentence), lexicon, None)
    assert not any("助力" in m.name for m in found)
