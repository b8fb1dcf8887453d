"""Bodies left from rounds 21–23 (E120; GOLD_SPEC §4; invented names and places): a deputy's chain after
one clause of the head's goes on in the head's body (§4.1); a community policeman (社区民警) is of the
police station the sentence names, 社区 no district; a bureau's branch printed alone after the bureau's
section heads a list goes on (§4.2); a society's branch written alone is of the article's society, not of
the 科协 named at its congress (§9); an officer's rank is the military body's, not its 处's (§4.9)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _pairs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, pos.title, pos.org) for p in issue_to_facts(one_article(*paragraphs)).people for pos in p.positions}


def test_a_deputy_after_the_heads_clause_is_of_the_heads_body():
    found = _pairs(
        "5月6日，栖梧市桐川区教育委员会召开校园卫生工作会。区教育委员会党委书记、主任祁望舒出席会议并讲话，"
        "党委委员、副主任柏云岫主持会议。"
    )
    assert ("柏云岫", "副主任", "栖梧市桐川区教育委员会") in found
    assert ("柏云岫", "党委委员", "栖梧市桐川区教育委员会") in found


def test_a_community_policeman_is_of_the_station_the_sentence_names():
    found = _pairs("栖梧市公安局桐川分局槐荫派出所所长褚远山介绍，派出所已选派社区民警岑小禾担任驻院警务室警长。")
    assert ("岑小禾", "民警", "栖梧市公安局桐川分局槐荫派出所") in found


def test_a_branch_bureau_after_the_bureaus_section_goes_on_in_the_bureau():
    found = _pairs(
        "4月2日，国家税务总局栖梧市税务局来到栖梧市人民医院开展辅导。市税务局货物和劳务税科科长甘若水"
        "讲解了政策；第二税务分局副局长洪晓岚讲解了开票要求。"
    )
    assert ("洪晓岚", "副局长", "国家税务总局栖梧市税务局第二税务分局") in found


def test_a_societys_branch_is_of_the_articles_society_not_of_the_science_association():
    found = _pairs(
        "栖梧市康复医学会召开第三次会员代表大会。",
        "3月9日，栖梧市康复医学会第三次会员代表大会召开。栖梧市科学技术协会副主席桑若谷出席会议。大会通过了设立“康复护理专业委员会”的决议。"
        "栖梧市人民医院康复科主任毕青禾当选康复护理专业委员会主任委员。",
    )
    assert ("毕青禾", "主任委员", "栖梧市康复医学会康复护理专业委员会") in found


def test_an_officers_rank_is_of_the_military_body_not_its_office():
    found = _pairs("栖梧市退役军人事务局局长甘棠，栖梧军分区政治工作处副主任、上校殷北辰出席仪式。")
    assert ("殷北辰", "副主任", "栖梧军分区政治工作处") in found
    assert ("殷北辰", "上校", "栖梧军分区") in found
