"""A judge's or prosecutor's grade (一级法官, 四级高级法官, 一级检察官) is a rank of the court or
procuratorate, never of the 庭 or 检察部 printed before it (GOLD_SPEC §4.9, as a civil-service rank):
the court the division belongs to, or the court the article named. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_judges_grade_after_a_short_division_is_the_courts_the_article_named():
    found = posts(
        "3月12日，柘州市中级人民法院与柘州市中心医院共建调解室。",
        "民二庭三级高级法官樊思远解答了医务人员的问题。",
    )
    assert ("樊思远", "三级高级法官", "柘州市中级人民法院") in found


def test_a_judges_grade_after_a_division_post_is_the_courts():
    found = posts(
        "5月8日，柘州市柘南区人民法院在柘州市中心医院开庭审理一起医疗纠纷案。",
        "本案由民事审判第三庭副庭长、二级法官郝明川担任审判长。",
    )
    assert ("郝明川", "二级法官", "柘州市柘南区人民法院") in found


def test_a_prosecutors_grade_after_a_department_is_the_procuratorates():
    found = posts(
        "6月2日，柘州市人民检察院在柘州市中心医院召开公开听证会。",
        "听证会由第五检察部主任、三级高级检察官伍映秋承办。",
    )
    assert ("伍映秋", "三级高级检察官", "柘州市人民检察院") in found
