"""Lists and clauses of appointments (E14): people listed after a counted title or an ordering
note, a title chain between 为 and the name. Invented hospitals and people."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _facts(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs, date="2025-11-21"))


def _pairs(*paragraphs: str) -> set[tuple[str, str]]:
    return {(p.name, pos.title) for p in _facts(*paragraphs).people for pos in p.positions}


def test_counted_title_then_list_after_a_colon() -> None:
    facts = _facts(
        "大会选举产生了新一届党委委员5名，他们是（按姓氏笔画为序）：甘立新、司马川、佟文静、钟雨和蒲晓光；"
        "从4名候选人中选举产生纪委委员3名：甘立新、孟凡及柯一鸣。"
    )
    pairs = {(p.name, pos.title) for p in facts.people for pos in p.positions}
    members = {("甘立新", "党委委员"), ("司马川", "党委委员"), ("佟文静", "党委委员"), ("钟雨", "党委委员"),
               ("蒲晓光", "党委委员"), ("甘立新", "纪委委员"), ("孟凡", "纪委委员"), ("柯一鸣", "纪委委员")}
    assert members <= pairs
    assert members <= {(a.person, a.title) for a in facts.appointments if a.action == "appoint"}


def test_ordering_note_list_with_units_in_parentheses() -> None:
    pairs = _pairs("常务委员（按姓氏笔画排序）：于小岚（青川市第二人民医院）、仉文、林国平、邵雅等。")
    assert {("于小岚", "常务委员"), ("仉文", "常务委员"), ("林国平", "常务委员"), ("邵雅", "常务委员")} <= pairs
    assert not any("医院" in name for name, _title in pairs)


def test_title_chain_between_wei_and_the_name() -> None:
    pairs = _pairs("其中，眼科学学科带头人为眼科主任、主任医师、教授甘立新；口腔医学学科带头人为口腔科主任苗一禾。")
    assert {("甘立新", "学科带头人"), ("苗一禾", "学科带头人"), ("甘立新", "主任医师")} <= pairs


def test_a_list_item_that_is_not_a_name_gives_nothing() -> None:
    pairs = _pairs("大会选举产生了新一届理事会常务理事3名：来自各县区医院的代表、卫生院院长和社区医生。")
    assert not any(title == "常务理事" for _name, title in pairs)


def test_people_listed_then_each_to_a_unit_with_fenbie_danren() -> None:
    facts = _facts(
        "仪式上宣读了任职通知：青川市一院普外科副主任医师甘立新、心内科副主任医师蒲晓光、"
        "妇产科主治医师柯一鸣分别担任县医院普外科、心内科、妇产科主任。"
    )
    assert {("甘立新", "主任"), ("蒲晓光", "主任"), ("柯一鸣", "主任")} <= {
        (a.person, a.title) for a in facts.appointments if a.action == "appoint"
    }


def _appointed(*paragraphs: str) -> set[tuple[str, str, str]]:
    return {(a.person, a.title, a.action) for a in _facts(*paragraphs).appointments}


def test_a_former_name_in_parentheses_between_the_unit_and_the_post() -> None:
    assert ("蒲晓光", "院长", "appoint") in _appointed(
        "集团党委宣读了任职决定：蒲晓光任东湖分院（原青川市第四人民医院）院长，柯一鸣任中西医结合分院院长。"
    )


def test_bei_pin_wei_after_a_title_chain() -> None:
    assert ("甘立新", "名誉主任委员", "appoint") in _appointed(
        "第四届委员会主任委员、青川市中心医院原副院长甘立新被聘为名誉主任委员。"
    )


def test_gai_ren_in_the_next_clause_takes_the_same_person() -> None:
    found = _appointed("原青川县人民医院院长甘立新不再担任院长职务，改任该院调研员。")
    assert {("甘立新", "院长", "remove"), ("甘立新", "调研员", "appoint")} <= found


def test_suihou_is_the_same_occasion_not_a_past_post() -> None:
    found = _appointed(
        "1月8日，青川市人民医院集团整合重组大会召开。",
        "随后，集团党委书记甘立新宣读了任职决定：柯一鸣任中西医结合分院院长，孟凡任妇幼分院院长。",
    )
    assert {("柯一鸣", "院长", "appoint"), ("孟凡", "院长", "appoint")} <= found


def test_described_people_before_wei_continue_an_election() -> None:
    found = _appointed("会议选举甘立新为理事长，青川市人民医院党委书记柯一鸣、院长孟凡为副理事长，蒲晓光为监事长。")
    assert {("柯一鸣", "副理事长", "appoint"), ("孟凡", "副理事长", "appoint"), ("蒲晓光", "监事长", "appoint")} <= found


def test_fenbie_pairs_each_person_with_one_post() -> None:
    found = _appointed("经院党委会研究决定：任命柯一鸣、孟凡同志分别为门诊部副主任、质量管理办公室副主任（试用期一年）；")
    assert {("柯一鸣", "副主任", "appoint"), ("孟凡", "副主任", "appoint")} <= found
    facts = _facts("会议明确由院长甘立新任中心主任，柯一鸣、孟凡分别任中心副主任、协调员。")
    got = {(a.person, a.title) for a in facts.appointments}
    assert {("柯一鸣", "副主任"), ("孟凡", "协调员")} <= got
    assert ("柯一鸣", "协调员") not in got and ("孟凡", "副主任") not in got


def test_roles_of_a_group_the_statement_forms_are_no_appointments() -> None:
    found = _appointed("医院成立了由院长甘立新任组长、副院长柯一鸣任副组长的创建工作领导小组。")
    assert not any(title in ("组长", "副组长", "副院长") for _p, title, _a in found)


def test_a_removal_in_the_next_clause_takes_the_person_appointed_before() -> None:
    found = _appointed("原青川市第四人民医院院长司马川任集团副总院长，不再担任东湖分院院长职务。")
    assert {("司马川", "副总院长", "appoint"), ("司马川", "院长", "remove")} <= found


def test_a_meeting_announces_a_person_to_a_post() -> None:
    assert ("甘立新", "党组书记", "appoint") in _appointed("会议宣布甘立新任青川市卫生健康委员会党组书记。")


def test_bare_units_after_another_hospitals_unit_are_that_hospitals() -> None:
    facts = _facts(
        "仪式上宣读了任职通知：青川市一院普外科副主任医师甘立新、心内科副主任医师蒲晓光"
        "分别担任南溪县人民医院普外科、心内科主任。"
    )
    orgs = {a.person: a.org for a in facts.appointments if a.title == "主任"}
    assert orgs == {"甘立新": "南溪县人民医院普外科", "蒲晓光": "南溪县人民医院心内科"}


def test_a_title_then_each_is_colon_gives_every_chained_item_the_title():
    # 受聘的三位健康副校长分别是：甲，乙，丙。 — each item a unit and posts before the name, parted by ，
    facts = issue_to_facts(one_article(
        "9月1日，蓼州市第七中学举行聘任仪式。",
        "受聘的两位健康副校长分别是：蓼州市第三人民医院儿科主任、主任医师贝思远，"
        "蓼州市疾病预防控制中心免疫规划科副科长甘望舒。",
    ))
    titles = {(p.name, pos.title) for p in facts.people for pos in p.positions}
    assert ("贝思远", "健康副校长") in titles
    assert ("甘望舒", "健康副校长") in titles
    assert ("贝思远", "主任") in titles


def test_a_deputy_elected_after_an_organs_head_is_that_organs_deputy():
    pairs = _pairs(
        "会议选举产生了新一届女职工委员会，骨科护士长贝思远当选女职工委员会主任，儿科护师甘望舒当选副主任。"
    )
    assert ("贝思远", "女职工委员会主任") in pairs
    assert ("甘望舒", "女职工委员会副主任") in pairs
    assert ("甘望舒", "副主任") not in pairs


def test_a_deputy_after_a_designated_head_is_no_designated_deputy():
    pairs = _pairs("贝思远当选候任主任委员，甘望舒当选副主任委员。")
    assert ("甘望舒", "副主任委员") in pairs
    assert ("甘望舒", "候任副主任委员") not in pairs
