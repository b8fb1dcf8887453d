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
