"""Where a name ends, wave 19, all names invented: 和 before a title (or a verb written before
a title) joins a second person, a preposition that is a surname too (向) opens a name that
punctuation closes, 则 before a word that follows names (建议) ends the name before it; and a
signer's body that the article prints as a guest is the party, not a branch printed after it."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import name_span, one_article, pairs_of


def test_he_before_a_title_joins_a_second_person(lexicon):
    assert name_span("栏目制片人柯远和主持人邱晓珂出席。", 5, lexicon) == "柯远"
    assert name_span("护士长宁澈和值班医生、主治医师郜一帆交谈。", 3, lexicon) == "宁澈"


def test_he_before_a_plain_verb_stays_the_given_name(lexicon):
    assert name_span("工会主席岑静和通报了情况。", 4, lexicon) == "岑静和"


def test_xiang_opens_a_name_that_punctuation_closes():
    found = pairs_of("集团党委书记、董事长向海东，副总经理柏晓岚出席。")
    assert ("向海东", "董事长") in found and not any(name == "向海" for name, _title in found)


def test_xiang_before_an_object_and_a_verb_is_no_name():
    found = pairs_of("院长向全体员工表示感谢。")
    assert not any(name.startswith("向") for name, _title in found)


def test_ze_before_a_follower_word_ends_the_name(lexicon):
    assert name_span("中心副主任、主任医师濮念之则建议，扩大名额。", 10, lexicon) == "濮念之"


def test_a_signer_body_printed_as_a_guest_is_the_party_not_its_branch():
    facts = issue_to_facts(one_article(
        "5月6日，苍澜交通集团有限公司与苍澜市第九人民医院举行合作协议签约仪式。集团董事长柏青远，"
        "苍澜交通集团有限公司运营分公司总经理邬立，苍澜市第九人民医院院长游素出席。",
        "仪式上，柏青远与游素签订了合作协议。",
    ))
    parties = {p.parties for p in facts.partnerships}
    assert ("苍澜交通集团有限公司运营分公司", "苍澜市第九人民医院") not in parties


def test_he_before_a_verb_of_taking_a_post_stays_the_given_name(lexicon):
    assert name_span("卫生院原院长符清和改任常务副院长，协助工作。", 6, lexicon) == "符清和"
