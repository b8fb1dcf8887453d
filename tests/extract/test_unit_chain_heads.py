"""Units of the own hospital read from how they are printed (invented names): a chain of titles opened
by a unit's head written with its kind word (科主任、主任医师…, 病区主任、副主任医师…) is the department's
the text named before it; a unit under the own hospital's short form (县医院…) or bare 医院 is named alone."""

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


def test_a_unit_under_the_own_hospitals_short_form_is_named_alone(lexicon):
    from yuanzhi.extract.org_conventions import under_short_home
    from yuanzhi.extract.orgs import OrgMention

    unit = OrgMention(0, 5, "老年医学科", "县医院老年医学科", "department", "县医院")
    read = under_short_home(unit, "棠溪县人民医院", lexicon)
    assert read is not None and (read.name, read.parent) == ("老年医学科", "棠溪县人民医院")
    other = OrgMention(0, 5, "老年医学科", "市医院老年医学科", "department", "市医院")
    assert under_short_home(other, "棠溪县人民医院", lexicon) == other  # 市医院 is not the county's hospital


def test_hospital_bare_before_a_unit_is_the_writers_unit_even_unnamed():
    pairs = _pairs("救援队队长由医院创伤医学中心主任、主任医师庾寒舟担任，队员二十人。")
    assert ("庾寒舟", "主任", "创伤医学中心") in pairs


def test_a_units_ending_that_is_half_of_the_next_verb_ends_the_name_before_it(lexicon):
    from yuanzhi.extract.orgs import find_orgs
    from yuanzhi.extract.segment import default_tokenizer, tokens

    sentence = "据介绍，该院胰腺移植科组建于二〇一二年，现有床位二十张。"
    names = [m.name for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), lexicon, None)]
    assert "胰腺移植科" in names and "胰腺移植科组" not in names
