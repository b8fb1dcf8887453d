"""A unit written without a body of its own takes the body printed before it (GOLD_SPEC §4.1,
§4.2, §4.8): the same person's chain, or an item of the same list (invented names)."""

from __future__ import annotations

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.generic_heads import bare_endings
from yuanzhi.extract.unit_holders import unit_holders

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_unit_in_a_visitors_chain_is_their_hospitals():
    found = posts(
        "5月8日，蓼原县人民医院党委副书记、院长甘望舒，副院长兼医务科科长贝思远一行来菁川市中心医院参观交流。",
        "菁川市中心医院院长米若谷介绍了菁川市中心医院的发展概况。",
        "贝思远还向我院医务科科长鲁一鸣请教了病历质控经验。",
    )
    assert ("贝思远", "科长", "蓼原县人民医院医务科") in found
    assert ("鲁一鸣", "科长", "医务科") in found  # 我院: the issue hospital's own


def test_a_unit_in_a_list_after_a_bureau_is_the_bureaus():
    found = posts(
        "菁川市中心医院迎来年度药品安全检查，菁川市中心医院药学部全程陪同。",
        "菁湾市市场监督管理局党组成员、副局长甘望舒，药品流通监管科科长贝思远到我院检查。",
    )
    assert ("贝思远", "科长", "菁湾市市场监督管理局药品流通监管科") in found


def test_a_predicate_post_lends_no_body_to_the_next_clause():
    found = posts(
        "菁川市中心医院举行援藏干部欢送会，菁川市中心医院院长米若谷讲话。",
        "呼吸内科主任医师甘望舒将挂任菁湾县人民医院副院长，感染管理科副科长贝思远将挂任该院院感科科长。",
    )
    assert ("贝思远", "副科长", "感染管理科") in found


def test_a_bad_holder_line_names_file_and_line(tmp_path):
    (tmp_path / "unit_holders.tsv").write_text("# c\n医院\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unit_holders.tsv.*2|2.*unit_holders.tsv"):
        unit_holders(str(tmp_path))


def test_a_study_group_written_alone_is_the_group_printed_in_full():
    found = posts(
        "6月2日，菁湾省医学会心血管病学分会心衰学组成立会议在菁川市中心医院召开。",
        "省医学会宣读了关于同意成立心衰学组的批复：菁川市中心医院心内科主任甘望舒任学组组长，"
        "蓼原县人民医院副院长贝思远任学组副组长。",
        "菁川市中心医院院长米若谷致辞。",
    )
    assert ("甘望舒", "组长", "菁湾省医学会心血管病学分会心衰学组") in found
    assert ("贝思远", "副组长", "菁湾省医学会心血管病学分会心衰学组") in found


def test_a_bad_bare_ending_line_names_file_and_line(tmp_path):
    (tmp_path / "bare_endings.txt").write_text("学组\n学 组\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bare_endings.txt"):
        bare_endings(str(tmp_path))


def test_a_banks_branch_in_its_list_is_the_banks():
    found = posts(
        "菁川市中心医院与菁湾农村商业银行股份有限公司签约，菁川市中心医院院长米若谷出席。",
        "菁湾农村商业银行股份有限公司副行长甘望舒，公司业务部总经理鲁一鸣，城南支行行长贝思远出席。",
    )
    assert ("贝思远", "行长", "菁湾农村商业银行股份有限公司城南支行") in found
