"""Bodies recognised by the shape of a Chinese body's name (invented names): [place or trade
name] + [field words] + a body word (总会, 出版社, 气象台, 事业局, 学校, 监狱, 合作社, 档案馆,
图书馆, 律师事务所, 俱乐部, 管理委员会 …, lexicon/org_kinds.tsv), printed with its head's post,
is the post's body — not none, not the article's hospital."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("菁陂市慈善总会", "会长"),
        ("蓼南科学技术出版社", "社长"),
        ("菁陂市气象台", "台长"),
        ("蓼州市高新区社会事业局", "副局长"),
        ("菁陂市体育运动学校", "校长"),
        ("蓼南监狱", "政治委员"),
        ("菁湾镇茶叶专业合作社", "理事长"),
        ("菁陂市档案馆", "馆长"),
        ("蓼州市图书馆", "副馆长"),
        ("菁陂市抗癌协会肿瘤康复俱乐部", "会长"),
        ("蓼山风景名胜区管理委员会安全监管局", "局长"),
    ],
)
def test_a_body_printed_with_its_heads_post_is_the_posts_body(body: str, title: str):
    found = posts(
        f"5月8日，{body}{title}甘望舒一行来到菁陂市第一人民医院，双方就合作事宜进行了座谈。",
        "菁陂市第一人民医院院长贝思远出席座谈。",
    )
    assert ("甘望舒", title, body) in found


def test_a_firms_trade_name_jieba_splits_into_single_characters_is_part_of_its_name():
    found = posts(
        "3月2日，菁陂市第一人民医院与泓正律师事务所签订法律服务合同。",
        "泓正律师事务所主任甘望舒、合伙人贝思远出席签约仪式。",
    )
    assert ("甘望舒", "主任", "泓正律师事务所") in found


def test_a_law_enforcement_brigade_and_a_review_committee_are_read_whole():
    found = posts(
        "6月3日，菁陂市生态环境局生态环境保护综合行政执法支队副支队长甘望舒一行到医院检查医疗废物处置工作。",
        "菁陂市卫生系列高级职称评审委员会主任委员贝思远宣读了评审结果。",
    )
    assert ("甘望舒", "副支队长", "菁陂市生态环境局生态环境保护综合行政执法支队") in found
    assert ("贝思远", "主任委员", "菁陂市卫生系列高级职称评审委员会") in found


def test_words_at_a_bodys_left_edge_are_no_part_of_its_name():
    found = posts(
        "8月2日，菁陂市医疗纠纷人民调解委员会（以下简称“市医调委”）驻菁陂市中心医院调解工作室揭牌。"
        "菁陂市中心医院院长甘望舒致辞。",
        "7月8日，蓼南康泰医疗器械集团股份有限公司（以下简称“康泰医疗”）全资子公司菁陂康泰医学检验实验室有限公司开业，"
        "该公司总经理贝思远介绍了情况。",
    )
    assert ("甘望舒", "院长", "菁陂市中心医院") in found
    assert ("贝思远", "总经理", "菁陂康泰医学检验实验室有限公司") in found


def test_a_committee_named_after_a_copula_and_its_term_keeps_neither():
    from yuanzhi.extract.lexicon_loader import default_lexicon
    from yuanzhi.extract.org_edges import name_start

    lexicon = default_lexicon()
    text = "甘望舒为第四届医学伦理委员会"
    assert text[name_start(text, 0, len(text), lexicon) :] == "医学伦理委员会"
    text = "据市外办友城交流科"
    assert text[name_start(text, 0, len(text), lexicon) :] == "市外办友城交流科"
    text = "近年来市五院"
    assert text[name_start(text, 0, len(text), lexicon) :] == "市五院"
    text = "菁陂市纪委监委驻菁陂市卫生健康委员会纪检监察组"
    assert name_start(text, 0, len(text), lexicon) == 0


def test_a_groups_registered_name_is_one_body_and_the_canonical_name():
    found = posts(
        "7月15日，蓼南港务集团有限公司与菁陂市第二人民医院急救合作协议签约仪式举行。"
        "集团党委副书记、总经理甘望舒，蓼南港务集团有限公司客运分公司总经理贝思远出席仪式。",
    )
    assert ("甘望舒", "总经理", "蓼南港务集团有限公司") in found
    assert ("贝思远", "总经理", "蓼南港务集团有限公司客运分公司") in found


def test_a_registered_name_has_no_group_over_it():
    from yuanzhi.extract.lexicon_loader import default_lexicon
    from yuanzhi.extract.org_resolve import resolve_org
    from yuanzhi.extract.registered_names import registered

    lexicon = default_lexicon()
    whole = resolve_org("蓼南港务集团有限公司", lexicon, None)
    assert whole is not None and registered(whole, lexicon).parent is None
    branch = resolve_org("蓼南港务集团有限公司客运分公司", lexicon, None)
    assert branch is not None and registered(branch, lexicon).parent == "蓼南港务集团有限公司"


def test_heads_of_a_customs_house_an_archive_and_a_welfare_home():
    found = posts(
        "9月3日，蓼南海关党委委员、副关长甘望舒，菁陂市社会福利院院长贝思远来到菁陂市第一人民医院座谈。",
        "菁陂市档案馆与菁陂市第一人民医院签订协议。馆长鲁一鸣出席。",
    )
    assert ("甘望舒", "副关长", "蓼南海关") in found
    assert ("贝思远", "院长", "菁陂市社会福利院") in found
    assert ("鲁一鸣", "馆长", "菁陂市档案馆") in found


def test_a_chains_shop_and_a_disposal_company_are_bodies():
    found = posts(
        "在菁陂康泰大药房连锁有限公司望江路店，检查组检查了处方药销售情况。该店店长甘望舒演示了扫码流程。",
        "菁陂绿洲医疗废物处置有限公司总经理贝思远介绍了转运情况。",
    )
    assert ("甘望舒", "店长", "菁陂康泰大药房连锁有限公司望江路店") in found
    assert ("贝思远", "总经理", "菁陂绿洲医疗废物处置有限公司") in found


def test_a_general_aviation_company_declared_under_a_short_name():
    found = posts(
        "11月2日，菁陂市第一人民医院与蓼南翔云通用航空有限公司（以下简称“翔云通航”）签约。"
        "翔云通航总经理甘望舒出席仪式。",
    )
    assert ("甘望舒", "总经理", "蓼南翔云通用航空有限公司") in found
