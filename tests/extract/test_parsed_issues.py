"""How facts read a parsed issue: the own hospital from all the issue prints (the units of its
bylines, the lines no article claimed such as a notice's signature), as a reader of the page does;
the roles of its byline records (本报记者 is a 记者)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.model import Article, Byline, Issue

BODY = ("经院党委会议研究决定，聘任陈明远同志为医务部主任，聘任苏晓禾同志为院长助理。",)


def _orgs(issue: Issue) -> dict[tuple[str, str], str | None]:
    facts = issue_to_facts(issue)
    return {(p.name, pos.title): pos.org for p in facts.people for pos in p.positions}


def test_a_byline_unit_names_the_own_hospital() -> None:
    article = Article(id="a01", title="医院聘任一批中层干部", paragraphs=BODY,
                      bylines=(Byline(department="青川市临江医院组织人事部", authors=("林岚",)),))
    orgs = _orgs(Issue(source="t", articles=(article,)))
    assert orgs[("苏晓禾", "院长助理")] == "青川市临江医院"


def test_a_signature_no_article_claimed_names_the_own_hospital() -> None:
    article = Article(id="a01", title="关于陈明远等同志职务聘任的通知", paragraphs=BODY)
    issue = Issue(source="t", articles=(article,), unassigned=("中共青川市临江医院委员会", "青川市临江医院"))
    assert _orgs(issue)[("苏晓禾", "院长助理")] == "青川市临江医院"



def test_the_papers_own_reporter_is_a_reporter() -> None:
    # （本报记者 林岚 通讯员 苏禾）: 本报 says whose reporter, the title is 记者
    byline = Byline(department=None, authors=("林岚", "苏禾"), roles=("本报记者", "通讯员"))
    article = Article(id="a01", title="医院聘任一批中层干部", paragraphs=BODY, bylines=(byline,))
    orgs = _orgs(Issue(source="t", articles=(article,)))
    assert ("林岚", "记者") in orgs and ("苏禾", "通讯员") in orgs
    assert ("林岚", "通讯员") not in orgs


def test_a_byline_unit_is_a_body_the_article_names() -> None:
    # （某街道办事处 供稿）: the street the article's 街道党工委 stands for, as when read as a paragraph
    body = ("9月2日上午，青川市临江区文昌街道“邻里健康节”在社区广场举行。街道党工委副书记林岚出席活动。",)
    byline = Byline(department="文昌街道办事处", authors=(), roles=("供稿",))
    article = Article(id="a01", title="文昌街道举办邻里健康节", paragraphs=body, bylines=(byline,))
    assert _orgs(Issue(source="t", articles=(article,)))[("林岚", "党工委副书记")] == "青川市临江区文昌街道"
