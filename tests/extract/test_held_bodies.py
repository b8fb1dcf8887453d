"""A hospital or a farm printed with a bureau's, a prison's or a company's name first is that
body's in the organizations listing (GOLD_SPEC §4.11; HELDOUT17 convention 16; invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.held_bodies import holder_of
from yuanzhi.extract.lexicon_loader import default_lexicon

from .conftest import one_article


def test_a_bureaus_hospital_and_farm_are_the_bureaus():
    facts = issue_to_facts(one_article(
        "4月2日，柘沟林业局医院举行演练。柘沟林业局副局长尚德海，柘沟林业局青杉沟林场场长苗文博，"
        "柘沟林业局医院院长宁远山参加。",
    ))
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents.get("柘沟林业局医院") == "柘沟林业局"
    assert parents.get("柘沟林业局青杉沟林场") == "柘沟林业局"
    pairs = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    assert ("宁远山", "院长", "柘沟林业局医院") in pairs  # the post stays the hospital's


def test_holders_by_the_name_printed_first():
    lexicon = default_lexicon()
    assert holder_of("柘峪监狱医院", "hospital", lexicon) == "柘峪监狱"
    assert holder_of("柘峪省监狱管理局中心医院", "hospital", lexicon) == "柘峪省监狱管理局"
    assert holder_of("柘湾港务集团有限公司职工医院", "hospital", lexicon) == "柘湾港务集团有限公司"
    assert holder_of("柘川省监狱中心医院", "hospital", lexicon) is None  # the province's, no prison so named
    assert holder_of("武警柘州总队医院", "hospital", lexicon) is None  # a military hospital
    assert holder_of("柘州市人民医院", "hospital", lexicon) is None
    assert holder_of("柘州医学院附属医院", "hospital", lexicon) is None  # a university's: no parent (§4.11)


def test_a_short_form_of_a_body_printed_as_the_head_of_its_hospital_is_that_body():
    found = {(p.name, pos.title, pos.org) for p in issue_to_facts(one_article(
        "6月11日上午，柘峪省监狱管理局中心医院召开全院干部职工大会，宣布省监狱管理局党委的决定。"
        "省监狱管理局党委委员、副局长祁正华出席会议并讲话，局政治部副主任柏晓峰宣读任免决定。",
    )).people for pos in p.positions}
    assert ("祁正华", "副局长", "柘峪省监狱管理局") in found
    assert ("柏晓峰", "副主任", "柘峪省监狱管理局政治部") in found
