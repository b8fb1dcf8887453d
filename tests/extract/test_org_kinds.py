"""Organizations of posts for bodies of kinds no round fitted, by the shape of Chinese body
names (invented names): where a name starts (a counter, a distributive word, a demonstrative or
a verb's complement is no part of it) ..."""

from __future__ import annotations

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_edges import edge_words
from yuanzhi.extract.orgs import org_before
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_counter_after_a_number_is_no_part_of_the_body_name():
    found = posts(
        "5月8日，菁陂大学附属蓼州医院揭牌。",
        "菁陂大学副校长甘望舒为首批8名菁陂大学兼职教授颁发了聘书，其中包括骨科主任贝思远。",
    )
    assert ("贝思远", "兼职教授", "菁陂大学") in found


def test_a_verb_complement_before_a_body_is_no_part_of_its_name():
    lexicon = default_lexicon()
    sentence = "医院将承担好菁陂大学医学院的临床教学任务"
    end = sentence.index("医学院")
    mention = org_before(sentence, end, tokens(default_tokenizer(), sentence), lexicon, None)
    assert mention is not None and mention.name == "菁陂大学"


def test_a_distributive_word_names_no_body():
    lexicon = default_lexicon()
    for sentence in ("把救治网络延伸到各乡镇卫生院", "每家医院"):
        mention = org_before(sentence, len(sentence), tokens(default_tokenizer(), sentence), lexicon, None)
        assert mention is None, sentence


def test_a_demonstrative_starts_the_reference_not_the_verb_before_it():
    found = posts(
        "今年，鲁晓岚被选派到菁陂医科大学附属第一医院（以下简称“菁医附一院”）超声医学科进修，"
        "师从该科主任、主任医师甘望舒。",
    )
    orgs = {org for name, _t, org in found if name == "甘望舒"}
    assert orgs and not any(org and org.startswith("师从") for org in orgs)


def test_a_bad_edge_line_names_file_and_line(tmp_path):
    (tmp_path / "org_edge_words.tsv").write_text("名\tcounter\n各\tnone\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        edge_words(str(tmp_path))
    assert "org_edge_words.tsv" in str(caught.value) and "2" in str(caught.value)


def test_a_bare_unit_after_a_newspaper_post_is_the_newspaper_unit():
    found = posts("培训会上，蓼川日报社编委、新闻部主任甘望舒作了专题讲座。")
    assert ("甘望舒", "主任", "蓼川日报社新闻部") in found


def test_a_bare_unit_listed_after_a_place_centre_head_is_the_centre_unit():
    found = posts("当天，菁陂市急救中心主任甘望舒、调度科科长贝思远来到分站调研。")
    assert ("贝思远", "科长", "菁陂市急救中心调度科") in found


def test_a_village_has_no_offices():
    found = posts("蓼州市人民医院驻菁石村第一书记、党办副主任甘望舒汇报了驻村工作进展。")
    assert not any(org and org.endswith("村党办") for _n, _t, org in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "菁陂大学医学中心代表团一行5人来蓼州市第一人民医院访问",
        "蓼川仁和公益基金会向蓼州市第一人民医院捐赠",
        "市委第三巡察组向蓼州市第一人民医院党委反馈",
    ],
)
def test_a_mover_before_a_place_headed_name_is_no_part_of_it(sentence):
    lexicon = default_lexicon()
    end = sentence.index("医院") + 2
    mention = org_before(sentence, end, tokens(default_tokenizer(), sentence), lexicon, None)
    assert mention is not None and mention.name == "蓼州市第一人民医院"


def test_a_mover_inside_a_place_word_stays():
    lexicon = default_lexicon()
    sentence = "新疆和田地区人民医院副院长"
    mention = org_before(sentence, sentence.index("副院长"), tokens(default_tokenizer(), sentence), lexicon, None)
    assert mention is not None and mention.name == "新疆和田地区人民医院"


def test_a_body_glued_to_a_mover_and_the_next_place_is_found_and_its_short_form_resolves():
    found = posts(
        "12月1日，中共棠溪市委第三巡察组向棠溪市第一人民医院党委反馈巡察情况。",
        "市委第三巡察组组长甘望舒、副组长贝思远出席会议。",
    )
    assert ("甘望舒", "组长", "中共棠溪市委第三巡察组") in found


def test_a_kind_word_before_a_unit_stands_for_the_body_of_that_kind_named_before():
    found = posts(
        "9月10日，蓼川市菁湖区实验中学举行健康副校长聘任仪式。",
        "学校德育处主任甘望舒表示，学校将把健康教育纳入课程。",
    )
    assert ("甘望舒", "主任", "蓼川市菁湖区实验中学德育处") in found


def test_a_bank_branch_written_by_its_kind_word_takes_the_branch_in_full():
    found = posts(
        "8月26日，蓼川市人民医院与菁湖银行股份有限公司蓼川分行签订合作协议。",
        "菁湖银行蓼川分行副行长贝思远，分行公司业务部总经理甘望舒出席。",
    )
    assert ("甘望舒", "总经理", "菁湖银行股份有限公司蓼川分行公司业务部") in found


def test_a_school_of_a_university_after_its_office_head():
    found = posts("菁湖医科大学教务处处长贝思远、临床医学院院长甘望舒分别作了介绍。")
    assert ("甘望舒", "院长", "菁湖医科大学临床医学院") in found


def test_a_bad_bare_body_line_names_file_and_line(tmp_path):
    (tmp_path / "bare_bodies.tsv").write_text("学校\t中学\n分行\n", encoding="utf-8")
    from yuanzhi.extract.generic_heads import bare_bodies

    with pytest.raises(LexiconError) as caught:
        bare_bodies(str(tmp_path))
    assert "bare_bodies.tsv:2" in str(caught.value)


def test_long_short_forms_a_clipped_ending_and_a_branch_under_a_trade_name():
    from yuanzhi.extract.org_short_names import is_short_form

    lexicon = default_lexicon()
    assert is_short_form("国家卫生健康委", "国家卫生健康委员会", lexicon)
    assert is_short_form("菁湖人寿蓼川中心支公司", "菁湖人寿保险股份有限公司蓼川中心支公司", lexicon)
    assert not is_short_form("国家卫生健康", "国家卫生健康委员会", lexicon)


def test_a_branch_written_under_its_trade_name_takes_the_branch_in_full():
    found = posts(
        "8月5日，蓼川市人民医院与菁湖人寿保险股份有限公司蓼川中心支公司签订直赔服务协议。",
        "菁湖人寿蓼川中心支公司总经理甘望舒出席签约仪式。",
    )
    assert ("甘望舒", "总经理", "菁湖人寿保险股份有限公司蓼川中心支公司") in found


def test_a_hospital_head_listed_after_another_body_post_takes_no_borrowed_body():
    found = posts(
        "6月1日，蓼川县人民医院到蓼川县人民武装部开展义诊。",
        "蓼川县人民武装部部长贝思远、政治委员鲁一鸣，院长甘望舒参加活动。",
    )
    assert ("甘望舒", "院长", "蓼川县人民医院") in found


def test_this_with_any_kind_word_is_the_body_named_last_with_that_ending():
    found = posts(
        "10月13日，菁湖大学医学中心代表团来蓼川市人民医院访问。",
        "代表团团长、该中心执行副总裁甘望舒介绍了合作设想。",
    )
    assert ("甘望舒", "执行副总裁", "菁湖大学医学中心") in found


def test_a_field_word_jieba_reads_as_a_verb_stays_inside_a_centre_name():
    found = posts("蓼川市人民医院副院长、创伤中心主任甘望舒主持了开幕式。")
    assert ("甘望舒", "主任", "创伤中心") in found


def test_a_sub_branch_written_alone_is_under_the_branch_named_before():
    found = posts(
        "8月26日，蓼川市人民医院与菁湖银行股份有限公司蓼川分行签订合作协议。",
        "菁湖银行蓼川分行副行长贝思远，桐溪支行行长甘望舒出席。",
    )
    assert ("甘望舒", "行长", "菁湖银行股份有限公司蓼川分行桐溪支行") in found


def test_a_bad_tier_line_names_file_and_line(tmp_path):
    from yuanzhi.extract.org_tiers import org_tiers

    (tmp_path / "org_tiers.tsv").write_text("支行\t分行\n中队\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        org_tiers(str(tmp_path))
    assert "org_tiers.tsv:2" in str(caught.value)


def test_a_court_short_form_and_its_divisions():
    found = posts(
        "蓼川市中级人民法院与蓼川市第一人民医院共建医患纠纷调解工作室。",
        "市中院党组书记、院长甘望舒，副院长贝思远，民事审判第一庭庭长鲁一鸣出席。",
    )
    assert ("贝思远", "副院长", "蓼川市中级人民法院") in found
    assert ("鲁一鸣", "庭长", "蓼川市中级人民法院民事审判第一庭") in found


def test_a_company_of_armed_police_is_a_body():
    found = posts("武警蓼川支队桐溪中队中队长、上尉甘望舒介绍，官兵长期执勤训练。")
    assert ("甘望舒", "中队长", "武警蓼川支队桐溪中队") in found


def test_a_bare_department_head_at_a_clause_start_is_of_the_department_just_named():
    found = posts("随后，代表团参观了蓼川市人民医院心脏大血管外科，科主任、主任医师甘望舒介绍了救治经验。")
    assert ("甘望舒", "主任", "心脏大血管外科") in found
