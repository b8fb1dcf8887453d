"""A chain of titles opened by a unit's head written with its kind word (科主任、主任医师…,
病区主任、副主任医师…): every title is the department's the text named before it (invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _pairs(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.org) for p in issue_to_facts(one_article(text)).people for q in p.positions}


def test_a_chain_opened_by_ke_zhuren_is_the_department_of_the_sentence():
    pairs = _pairs(
        "3月2日，岚渚市人民医院举行纪念活动，重症医学科副主任邬晴川致辞。据了解，该院肝胆外科成立于二〇一〇年，"
        "科主任、主任医师、博士研究生导师郗望舒带领团队完成手术三百余例。"
    )
    assert ("郗望舒", "主任", "肝胆外科") in pairs
    assert ("郗望舒", "主任医师", "肝胆外科") in pairs


def test_a_chain_opened_by_bingqu_zhuren_is_the_ward_named_before():
    pairs = _pairs(
        "岚渚市人民医院缓和医疗病区成立于2022年，现有床位10张。"
        "病区主任、副主任医师蒯知秋说，这里的重点是控制症状。"
    )
    assert ("蒯知秋", "主任", "缓和医疗病区") in pairs
