"""Bodies printed with their place and later without it, of round 28 (E147): a notary office
written by its kind alone (公证处主任, 该处公证员) after the article printed it with its city, and a
township hospital printed with its county, later by its own town's name alone. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_short_names import is_short_form

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_notary_office_written_by_its_kind_alone_after_its_full_name():
    found = posts(
        "6月2日，双方到岚溆市公证处办理了协议公证。",
        "公证处主任、二级公证员柯望川介绍，经公证的协议具有强制执行效力。",
        "该处公证员戚南汐当场出具了公证书。",
    )
    assert ("柯望川", "主任", "岚溆市公证处") in found
    assert ("柯望川", "二级公证员", "岚溆市公证处") in found
    assert ("戚南汐", "公证员", "岚溆市公证处") in found


def test_a_township_hospital_without_its_county_is_the_one_printed_with_it():
    lexicon = default_lexicon()
    assert is_short_form("雁栖坪镇卫生院", "蔺岙县雁栖坪镇卫生院", lexicon)
    assert is_short_form("石门湾街道社区卫生服务中心", "澂江区石门湾街道社区卫生服务中心", lexicon)
    assert not is_short_form("雁栖坪镇卫生院", "蔺岙县雁栖坪镇卫生院分院", lexicon)


def test_a_township_hospitals_head_written_without_the_county():
    found = posts(
        "本报讯 3月5日，我院与蔺岙县雁栖坪镇卫生院签订对口帮扶协议。",
        "雁栖坪镇卫生院院长兼党支部书记诸葛晓岚表示，将用好帮扶资源。",
    )
    assert ("诸葛晓岚", "院长", "蔺岙县雁栖坪镇卫生院") in found


def test_a_community_health_centre_of_a_street_keeps_its_whole_name():
    found = posts(
        "视察组一行先后来到澂溪市儿童医院新院区、南屿河区妇幼保健院和霁鹤坪街道社区卫生服务中心，实地察看儿科门急诊。",
        "在霁鹤坪街道社区卫生服务中心，中心主任詹若素介绍，中心与市儿童医院组建了儿科联合门诊。"
        "南屿河区卫生健康委员会主任管仲言表示，全区将在年内实现每个街道社区卫生服务中心都能提供儿科诊疗服务。",
    )
    assert ("詹若素", "主任", "霁鹤坪街道社区卫生服务中心") in found  # 社区's 区 is no district's level word


def test_a_county_whose_first_character_jieba_reads_as_a_verb():
    found = posts(
        "大会选举产生了联盟第一届理事会，沁岙县人民医院院长聂青禾、安涔县中医医院院长岑暮云当选副理事长。",
    )
    assert ("岑暮云", "院长", "安涔县中医医院") in found


def test_a_notice_items_second_post_written_with_its_level_word_takes_the_first_posts_place():
    found = posts(
        "澂州市卫生健康委员会关于林望舒等同志任免职务的通知",
        "经委党组会议研究决定：",
        "林望舒同志任澂州市疾病预防控制中心副主任，兼任市卫生健康综合监督执法支队支队长；",
    )
    assert ("林望舒", "支队长", "澂州市卫生健康综合监督执法支队") in found  # one person's chain (§4.10)
