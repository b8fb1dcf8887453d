"""Where an organisation's printed name starts (helper E81, round 20's classes): a society or
committee named for two fields or two groups of members joined by 与/及/和, a company's trade name
jieba reads as a literary word, a township's or county's one-character opening jieba split off or
glued to a function word — general rules of Chinese news (invented names; GOLD_SPEC §4.3, §4.8)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_societys_committee_named_for_two_fields_joined_by_yu_is_one_name():
    found = posts(
        "5月3日，澜柘市护理学会康复护理与延续照护专业委员会成立大会召开。",
        "澜柘市护理学会康复护理与延续照护专业委员会主任委员闵雪庭作了发言。",
    )
    assert ("闵雪庭", "主任委员", "澜柘市护理学会康复护理与延续照护专业委员会") in found


def test_an_association_of_two_groups_of_members_joined_by_ji_is_one_name():
    found = posts(
        "会议选举产生了各专门协会主席：听力残疾人及亲友协会主席眭晓岚。",
    )
    assert ("眭晓岚", "主席", "听力残疾人及亲友协会") in found


def test_a_companys_trade_name_jieba_reads_as_a_literary_word_stays_in_the_name():
    found = posts(
        "澜柘颐养康复服务有限公司董事长甄茂林、澜柘明眸视光科技有限公司总经理眭晓岚出席。",
    )
    assert ("甄茂林", "董事长", "澜柘颐养康复服务有限公司") in found
    assert ("眭晓岚", "总经理", "澜柘明眸视光科技有限公司") in found


def test_a_township_keeps_the_first_character_of_its_name():
    found = posts("峁则乡社会事务办公室主任甄茂林介绍了情况。")
    assert ("甄茂林", "主任", "峁则乡社会事务办公室") in found


def test_a_county_whose_name_opens_with_na_keeps_it():
    found = posts("那柘县妇女联合会主席甄茂林出席会议。县妇联与那峁县卫生健康局签订了协议，县卫生健康局副局长眭晓岚签约。")
    assert ("甄茂林", "主席", "那柘县妇女联合会") in found
    assert ("眭晓岚", "副局长", "那峁县卫生健康局") in found


def test_a_cppcc_printed_in_full_is_the_body_of_its_short_and_term_forms():
    facts = issue_to_facts(one_article(
        "3月4日，政协岑柘区第五届委员会常务委员会第九次会议召开。区政协主席甄茂林主持会议，区政协副主席眭晓岚作了说明。",
        "会议决定，增补闵雪庭为政协岑柘区第五届委员会委员。",
        "中国人民政治协商会议岑柘区委员会办公室",
    ))
    found = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    assert ("甄茂林", "主席", "中国人民政治协商会议岑柘区委员会") in found
    assert ("眭晓岚", "副主席", "中国人民政治协商会议岑柘区委员会") in found
    assert ("闵雪庭", "委员", "中国人民政治协商会议岑柘区委员会") in found


def test_a_chamber_of_commerce_written_by_its_ending_alone_is_the_one_printed():
    found = posts(
        "9月1日，澜柘市温州商会医疗健康专业委员会成立大会召开。澜柘市工商业联合会副主席甄茂林，"
        "商会会长、澜柘启明实业集团有限公司董事长眭晓岚，商会党支部书记、常务副会长闵雪庭出席。"
    )
    assert ("眭晓岚", "会长", "澜柘市温州商会") in found
    assert ("闵雪庭", "常务副会长", "澜柘市温州商会") in found
    assert ("闵雪庭", "党支部书记", "澜柘市温州商会") in found

