"""Round 28's bodies of schools and missions (E155): a school or college the article names (某某医学院,
某市第某中学) owns the posts printed with 校 (校党委书记, 校党总支书记) and the offices only schools have
printed bare (教务处, 德育处: lexicon/school_offices.txt), as a university does (GOLD_SPEC §4.8); a state's
mission abroad is named with both states (中国驻某国大使馆, §4.9). Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import org_before
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, q.title, q.org) for p in facts.people for q in p.positions}


def before(sentence: str, title: str) -> str | None:
    found = org_before(sentence, sentence.index(title), tokens(default_tokenizer(), sentence), default_lexicon(), None)
    return None if found is None else found.name


def test_a_colleges_posts_printed_with_xiao_and_its_bare_units_are_the_colleges() -> None:
    found = posts(
        "5月6日，岷澈医学院2026年教学医院授牌仪式在学校礼堂举行。校党委书记邝守拙，校长崔望舒，教务处处长兼临床医学院院长"
        "蔺秋池，以及澜汀市第二人民医院院长龚砚田出席。",
    )
    assert ("邝守拙", "党委书记", "岷澈医学院") in found
    assert ("蔺秋池", "处长", "岷澈医学院教务处") in found
    assert ("蔺秋池", "院长", "岷澈医学院临床医学院") in found
    assert ("龚砚田", "院长", "澜汀市第二人民医院") in found


def test_a_middle_schools_office_printed_bare_is_the_schools() -> None:
    found = posts(
        "3月2日，澄枫县第七中学邀请澄枫县精神卫生中心专家来校开展心理讲座。校党总支书记、校长聂远帆，"
        "副校长兼德育处主任郜晚晴参加活动。",
    )
    assert ("聂远帆", "党总支书记", "澄枫县第七中学") in found
    assert ("郜晚晴", "主任", "澄枫县第七中学德育处") in found


def test_a_hospitals_own_unit_stays_its_own_when_no_school_is_named() -> None:
    found = posts("岚沣市中心医院召开周会，医务处处长柯望川通报质控情况。")
    assert ("柯望川", "处长", "医务处") in found


def test_a_mission_abroad_is_named_with_the_state_that_sends_it() -> None:
    assert before("中国驻塔利维亚大使馆参赞吴叙白出席。", "参赞") == "中国驻塔利维亚大使馆"
    assert before("泰国驻澜州总领事馆领事颂文出席。", "领事") in ("泰国驻澜州总领事馆", "澜州总领事馆", None)


def test_an_organs_post_after_a_unit_in_a_list_is_the_bodys() -> None:
    found = posts("岚沣市妇幼保健院召开表彰会。院长龚砚田，副院长兼护理部主任柯望川，工会主席戚南汐出席会议。")
    assert ("戚南汐", "工会主席", "岚沣市妇幼保健院") in found

