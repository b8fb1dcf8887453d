"""Public bodies and unit short forms of round 26's shapes (E131): a place's bureau for disease
control (since 2024 a bureau of its own), a drug regulator's units named for what they review
(药品注册管理处, 审评核查中心), a blood centre's unit named for its field (献血服务科), a place whose
rare first character jieba reads as a distinguishing word (靛|山市), a role word qualified by its
field (技术合作方某公司), quality-control centres as institutions of their own (国家…, 市…), a
place shared along a chain over a comma, and the variant traditional characters opencc's t2s keeps
(衞). Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.collector import Collector, collector_to_facts
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import org_before
from yuanzhi.extract.segment import default_tokenizer, tokens
from yuanzhi.extract.sentences import to_simplified
from yuanzhi.model import Evidence, Organization

from .conftest import one_article


def before(sentence: str, cue: str) -> str | None:
    found = org_before(sentence, sentence.index(cue), tokens(default_tokenizer(), sentence), default_lexicon(), None)
    return None if found is None else found.name


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_bureau_for_disease_control_is_a_body_of_its_own() -> None:
    assert before("岚屿省疾病预防控制局局长甘一禾出席。", "局长") == "岚屿省疾病预防控制局"
    assert default_lexicon().org_kind("岚屿省疾控局") == "government"


def test_a_regulators_units_named_for_what_they_review_reach_their_body() -> None:
    assert before("岚屿省药品监督管理局药品注册管理处处长甘一禾通报情况。", "处长") == "岚屿省药品监督管理局药品注册管理处"
    assert before("省药品审评核查中心主任甘一禾解读要点。", "主任") == "省药品审评核查中心"
    assert before("国家药品监督管理局食品药品审核查验中心专家甘一禾授课。", "专家") == (
        "国家药品监督管理局食品药品审核查验中心"
    )


def test_a_blood_centres_unit_named_for_its_field_reaches_the_centre() -> None:
    assert before("卫生院院长甘一禾，岚屿省血液中心献血服务科护师柯小满。", "护师") == "岚屿省血液中心献血服务科"


def test_a_rare_first_character_read_as_a_distinguishing_word_stays_with_its_place() -> None:
    assert before("时任靛江市卫生局局长甘一禾到院视察。", "局长") == "靛江市卫生局"


def test_a_role_word_qualified_by_its_field_is_no_part_of_the_name() -> None:
    assert before("以及技术合作方岚算科技有限公司总经理甘一禾出席。", "总经理") == "岚算科技有限公司"


def test_a_places_quality_control_centre_written_with_its_level_is_a_body() -> None:
    found = posts(
        "5月6日，市卫健委将标准纳入考核，由市护理质量控制中心每半年开展一次检查。"
        "该中心主任、岚屿市第一人民医院副院长甘一禾说，将先试点。",
    )
    assert ("甘一禾", "主任", "市护理质量控制中心") in found


def test_a_national_quality_control_centre_is_no_unit_of_the_hospital_before_it() -> None:
    found = posts(
        "5月6日，专家组到岚屿市人民医院评估。成员包括榆川医科大学第二附属医院康复医学科主任甘一禾，"
        "国家康复医学专业医疗质量控制中心委员柯小满等。",
    )
    assert ("柯小满", "委员", "国家康复医学专业医疗质量控制中心") in found


def test_a_place_is_shared_along_one_chain_over_a_comma() -> None:
    found = posts(
        "5月6日，演练在岚屿市人民医院举行。演练总指挥由岚屿市卫生健康委员会党组书记、主任，"
        "市疾病预防控制局局长甘一禾担任。",
    )
    assert ("甘一禾", "局长", "岚屿市疾病预防控制局") in found


def test_variant_traditional_characters_t2s_keeps_are_folded() -> None:
    assert to_simplified("岚屿市衞生健康局局長") == "岚屿市卫生健康局局长"


def test_a_party_written_by_its_short_form_is_named_in_full() -> None:
    facts = issue_to_facts(one_article(
        "6月18日，岚屿市第一人民医院与岚屿市广播电视台签约仪式举行。市广播电视台台长甘一禾出席并签约。",
        title="我院与市广播电视台共建健康传播平台",
    ))
    parties = {(p.parties, p.kind) for p in facts.partnerships}
    assert (("岚屿市第一人民医院", "岚屿市广播电视台"), "co-construction") in parties
    assert all(party != "市广播电视台" for p in facts.partnerships for party in p.parties)


def test_a_body_and_its_own_short_form_are_no_partners() -> None:
    out = Collector(default_lexicon())
    out.orgs["岚屿市第三人民医院"] = Organization("岚屿市第三人民医院", "hospital", aliases=("市三院",))
    out.add_partnership(("市三院", "岚屿市第三人民医院"), "agreement", "2026-06-18", Evidence("t.txt", "a1", "…"))
    out.add_partnership(("岚屿市中级人民法院", "市三院"), "agreement", "2026-06-18", Evidence("t.txt", "a1", "…"))
    parties = [p.parties for p in collector_to_facts(out, "2026-06-18").partnerships]
    assert parties == [("岚屿市中级人民法院", "岚屿市第三人民医院")]
