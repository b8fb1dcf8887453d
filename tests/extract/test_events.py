from __future__ import annotations

from yuanzhi.extract.dates import find_dates
from yuanzhi.extract.events import appointments_in, event_in, event_type, honor_in, partnership_in
from yuanzhi.extract.orgs import find_orgs
from yuanzhi.extract.segment import default_tokenizer, tokens

HOME = "海宁湾医院"


def annotate(sentence: str, lexicon):
    words = tokens(default_tokenizer(), sentence)
    return words, find_orgs(sentence, words, lexicon, HOME)


def test_event_type_follows_the_first_cue(lexicon):
    assert event_type("医院召开干部大会，宣布任免决定，举行签约仪式", lexicon) == "meeting"
    assert event_type("医院举行护士节表彰大会", lexicon) == "award"
    assert event_type("医疗队走进山区开展义诊", lexicon) == "outreach"
    assert event_type("医院开展消防演练活动", lexicon) == "training"  # a drill for staff (GOLD_SPEC §13)
    assert event_type("今天天气晴朗", lexicon) is None


def test_event_needs_a_month_precise_date_and_a_cue(lexicon):
    sentence = "6月5日，急诊科举办急救技能培训班。"
    hit = event_in(sentence, find_dates(sentence, "2024-06"), lexicon)
    assert (hit.date, hit.type, hit.approximate) == ("2024-06-05", "training", False)
    assert event_in("2016年，工作室成立。", find_dates("2016年，工作室成立。", "2024-06"), lexicon) is None
    approx = "近日，心胸外科成功实施单孔胸腔镜手术。"
    hit = event_in(approx, find_dates(approx, "2024-06"), lexicon)
    assert (hit.date, hit.type, hit.approximate) == ("2024-06", "surgery", True)


def test_honor_with_quoted_name_and_honor_word(lexicon):
    sentence = "会上，海宁湾医院荣获“省级改善医疗服务示范医院”称号。"
    words, orgs = annotate(sentence, lexicon)
    assert honor_in(sentence, words, orgs, lexicon, HOME) == [("海宁湾医院", "“省级改善医疗服务示范医院”称号")]
    sentence = "我院荣获“全国胸痛中心”达标单位"
    words, orgs = annotate(sentence, lexicon)
    assert honor_in(sentence, words, orgs, lexicon, HOME) == [(HOME, "“全国胸痛中心”达标单位")]


def test_people_before_the_cue_are_the_recipients():
    from yuanzhi.extract.facts import issue_to_facts

    from .conftest import one_article

    facts = issue_to_facts(one_article("心内科主任医师曾宪文、儿科副主任医师左佳怡获评“江州好医生”称号。"))
    assert {(h.recipient, h.honor) for h in facts.honors} == {
        ("曾宪文", "“江州好医生”称号"), ("左佳怡", "“江州好医生”称号")
    }


def test_partnership_parties_and_kind(lexicon):
    sentence = "南湖医科大学附属医院与北辰县人民医院签约共建紧密型医联体。"
    words, orgs = annotate(sentence, lexicon)
    parties, kind = partnership_in(sentence, orgs, lexicon, HOME)
    assert parties == ("南湖医科大学附属医院", "北辰县人民医院")
    assert kind in {"alliance", "co-construction", "agreement"}
    sentence = "江州医院与我院建立对口支援关系。"
    words, orgs = annotate(sentence, lexicon)
    assert partnership_in(sentence, orgs, lexicon, HOME) == (("江州医院", HOME), "assistance")
    sentence = "医院积极开展帮扶工作。"
    words, orgs = annotate(sentence, lexicon)
    assert partnership_in(sentence, orgs, lexicon, HOME) is None


def test_appointment_shapes(lexicon):
    def hits(sentence: str):
        words = tokens(default_tokenizer(), sentence)
        return [(h.person, h.title, h.org.name if h.org else None, h.action)
                for h in appointments_in(sentence, words, lexicon, HOME, [])]

    assert hits("聘任卢志刚、廖雨晴为院长助理；") == [
        ("卢志刚", "院长助理", HOME, "appoint"), ("廖雨晴", "院长助理", HOME, "appoint")
    ]
    assert hits("任命钱文博为北辰县人民医院副院长；") == [("钱文博", "副院长", "北辰县人民医院", "appoint")]
    assert hits("黎国华、万小军不再担任副院长职务。") == [
        ("黎国华", "副院长", HOME, "remove"), ("万小军", "副院长", HOME, "remove")
    ]
    assert hits("免去孔德明的党委书记职务。") == [("孔德明", "党委书记", HOME, "remove")]
    assert hits("聘任仪式在礼堂举行。") == []
    assert hits("蒲红英同志因年龄原因不再担任检验科主任职务。") == [("蒲红英", "主任", "检验科", "remove")]
    assert hits("经研究决定：应天明任医务部主任；") == [("应天明", "主任", "医务部", "appoint")]
    assert hits("任命解海洋同志为副院长。") == [("解海洋", "副院长", HOME, "appoint")]
