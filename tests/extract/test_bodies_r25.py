"""Bodies of round 25's shapes (E124): a regiment's stem written with 〇 (二〇九团), an
autonomous area whose first character jieba reads as an adverb (才|某藏族自治州), a foreign
place's organ after its country, a multidisciplinary hospital (州立多学科医院), a province's
front command of its aid teams. Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_conventions import foreign_body
from yuanzhi.extract.orgs import find_orgs, org_before
from yuanzhi.extract.segment import default_tokenizer, tokens


def orgs_in(sentence: str) -> list[str]:
    return [m.name for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), default_lexicon(), None)]


def test_a_regiment_written_with_a_zero_keeps_its_whole_stem() -> None:
    assert "第八师三〇六团医院" in orgs_in("第八师三〇六团医院院长鲁一鸣主持会议。")
    sentence = "原三〇六团医院院长葛一川任三〇六团医院党支部书记。"
    for end in (sentence.index("医院") + 2, sentence.rindex("医院") + 2):  # 原三|〇|六团, 葛|一川|任三|〇|六团
        found = org_before(sentence, end, tokens(default_tokenizer(), sentence), default_lexicon(), None)
        assert found is not None and found.text == "三〇六团医院"


def test_an_autonomous_prefecture_keeps_the_first_character_jieba_reads_as_an_adverb() -> None:
    assert orgs_in("21日，才峪藏族自治州卫生健康委员会组织义诊。") == ["才峪藏族自治州卫生健康委员会"]


def test_a_foreign_places_organ_drops_its_country() -> None:
    assert foreign_body("乌兹别克斯坦塔尔干州卫生局", default_lexicon()) == "塔尔干州卫生局"
    assert foreign_body("俄罗斯卫生部", default_lexicon()) == "俄罗斯卫生部"  # the country's own body


def test_a_multidisciplinary_hospital_is_named_whole() -> None:
    assert orgs_in("代表团成员包括库尔别克州立多学科医院院长。") == ["库尔别克州立多学科医院"]


def test_a_provinces_front_command_is_named_whole() -> None:
    assert orgs_in("8月3日，西川省援藏工作队前方指挥部召开会议。") == ["西川省援藏工作队前方指挥部"]
