"""Round 23's bodies (GOLD_SPEC §4; invented names and places): a transliterated banner's name
jieba cuts into pieces (…敖都旗), a 盟 after 被, 蒙医药 inside a body's name, a city's infectious-disease
hospital under its public-health name with its second name in brackets, a place's government written
with its level only (市人民政府副市长) resolved to the place printed in full, and a verb of posts or of
sending before a level word standing alone (新任|区人民医院, 调度|区消防救援大队)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import find_orgs
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article


def _facts(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs))


def _pairs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, pos.title, pos.org) for p in _facts(*paragraphs).people for pos in p.positions}


def test_a_banner_hospital_whose_name_ends_in_a_syllable_jieba_reads_as_an_adverb():
    found = _pairs("走进巴彦坦敖都旗蒙医医院，院长乌力吉巴雅尔介绍了新门诊楼的布局。")
    assert ("乌力吉巴雅尔", "院长", "巴彦坦敖都旗蒙医医院") in found


def test_a_league_commission_after_bei_and_a_mongolian_medicine_school():
    tokenizer, lexicon = default_tokenizer(), default_lexicon()
    for sentence, body in (
        ("科室被察赫图盟卫生健康委员会确定为重点专科。", "察赫图盟卫生健康委员会"),
        ("科室还是察赫图盟蒙医药学校的教学基地。", "察赫图盟蒙医药学校"),
    ):
        assert body in {m.text for m in find_orgs(sentence, tokens(tokenizer, sentence), lexicon, None)}


def test_a_conjunction_before_a_township_clinic_is_no_syllable():
    found = _pairs("县妇幼保健院的专家黎岱川和乡卫生院院长符青山一起走村入户。")
    assert ("符青山", "院长", "乡卫生院") in found


def test_a_public_health_clinical_centre_is_the_hospital_its_second_name_names():
    found = _pairs(
        "本报讯 11月20日，沅州市公共卫生临床中心（沅州市传染病医院）开展应急演练。",
        "党委书记罗青山全程观摩。他指出，作为全市唯一的传染病专科医院，中心要平战结合。",
    )
    assert ("罗青山", "党委书记", "沅州市公共卫生临床中心") in found


def test_a_vice_mayor_of_the_city_government_is_of_the_city_printed_in_full():
    found = _pairs(
        "10月23日，岚泽浩特市老龄工作委员会在市会议中心召开表彰会。",
        "市人民政府副市长、市老龄工作委员会主任白雪梅出席并讲话。",
    )
    assert ("白雪梅", "副市长", "岚泽浩特市") in found


def test_a_vice_district_head_takes_the_district_with_its_city():
    found = _pairs(
        "由江州市澄溪区应急管理局主办，澄溪区人民医院承办的地震演练举行。",
        "区人民政府副区长韩明远出席。",
    )
    assert ("韩明远", "副区长", "江州市澄溪区") in found


def test_a_verb_of_posts_before_a_bare_level_word_is_no_part_of_the_body():
    found = _pairs(
        "渝川区卫生健康委员会介绍，新任区人民医院院长周文博，1978年生，主任医师。",
        "区应急管理局立即启动预案，调度区消防救援大队、区急救中心赶赴现场，区消防救援大队副大队长马骁带队。",
    )
    assert ("周文博", "院长", "渝川区人民医院") in found or ("周文博", "院长", "区人民医院") in found
    assert not any(org and org.startswith(("新任", "调度")) for _n, _t, org in found)


def test_a_profile_of_a_post_just_taken_keeps_the_posts_after_the_name():
    found = _pairs(
        "卢文昭同志任渝川区中医院副院长。",
        "新任区中医院副院长卢文昭，1982年生，副主任中医师，此前任区中医院针灸科主任。",
    )
    assert ("卢文昭", "主任", "渝川区中医院针灸科") in found


def test_the_group_company_is_the_group_as_printed_when_never_registered_in_full():
    found = _pairs(
        "乌兰岭钢铁集团总医院公布2026年度学科带头人名单。",
        "集团公司副总经理、总医院党委书记仉文韬，集团公司人力资源部部长边宁远出席。",
    )
    assert ("仉文韬", "副总经理", "乌兰岭钢铁集团") in found
    assert ("边宁远", "部长", "乌兰岭钢铁集团人力资源部") in found


def test_education_and_state_assets_commissions_are_government_organs():
    facts = _facts("8月24日，重庆市岚溪区教育委员会联合岚溪区国有资产监督管理委员会举办培训班。")
    kinds = {o.name: o.kind for o in facts.organizations}
    assert kinds.get("重庆市岚溪区教育委员会") == "government"
