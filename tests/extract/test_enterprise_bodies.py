"""Bodies of enterprises and words glued to bodies (GOLD_SPEC §4.3, §4.8, §4.11): a group's and a
company's short forms (集团公司, a declared 某某公司), its hospital and plants, numbered units cut by
the segmenter, and role and reporting words printed before a body — general conventions of
Chinese news (invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_post_just_taken_is_no_part_of_the_body():
    found = posts(
        "6月3日，柘湾县医共体召开分院工作汇报会。",
        "新任鹭屿分院院长、主治医师邝南星介绍了分院的发展规划。",
    )
    assert ("邝南星", "院长", "鹭屿分院") in found


def test_a_donors_role_word_is_no_part_of_the_company():
    found = posts(
        "5月8日，柘湾县慈善总会复明项目启动。",
        "项目捐资方蔺川纺织科技有限公司总经理殳远帆出席并讲话。",
    )
    assert ("殳远帆", "总经理", "蔺川纺织科技有限公司") in found


def test_a_groups_notice_its_signers_run_together_and_its_short_forms():
    found = posts(
        "经集团公司党委研究决定：戚北溟同志任澴汀矿业集团总医院（以下简称总医院）院长，免去其集团公司安全环保部部长职务；"
        "晏秋池同志任总医院副院长，兼任集团职业病防治所所长。中共澴汀矿业集团有限公司委员会澴汀矿业集团有限公司2026年3月2日",
        "3月3日，集团公司在总医院召开干部大会，集团公司党委副书记、总经理卓砺锋宣读任免通知。",
    )
    assert ("戚北溟", "院长", "澴汀矿业集团总医院") in found
    assert ("戚北溟", "部长", "澴汀矿业集团有限公司安全环保部") in found
    assert ("晏秋池", "副院长", "澴汀矿业集团总医院") in found
    assert ("晏秋池", "所长", "澴汀矿业集团有限公司职业病防治所") in found
    assert ("卓砺锋", "总经理", "澴汀矿业集团有限公司") in found


def test_a_plants_unit_keeps_its_trade_word():
    found = posts(
        "4月2日，澴岭油田总医院巡诊队来到井区。",
        "医院采油四厂卫生所所长、全科主治医师濮秋白介绍了巡诊安排。",
    )
    assert ("濮秋白", "所长", "采油四厂卫生所") in found


def test_a_declared_short_company_and_its_committees_team():
    found = posts(
        "6月2日，澴岭石油管理局有限公司（以下简称管理局公司）党委第三巡察组巡察澴岭油田总医院党委情况反馈会召开。",
        "管理局公司党委巡察办主任闵若川，第三巡察组组长缪远舟出席会议。",
    )
    assert ("闵若川", "主任", "澴岭石油管理局有限公司党委巡察办") in found
    assert ("缪远舟", "组长", "澴岭石油管理局有限公司党委第三巡察组") in found


def test_a_numbered_division_keeps_its_field_word():
    found = posts(
        "7月2日，澴川钢铁集团有限公司审计部在医院召开审计反馈会。",
        "审计部副部长兼审计三处处长殳望舒出席会议。",
    )
    assert any(person == "殳望舒" and title == "处长" and (org or "").endswith("审计三处") for person, title, org in found)


def test_a_ports_area_of_operations_is_the_companys():
    found = posts(
        "8月2日，澴湾港口集团医院召开职工健康大会，澴湾港口集团有限公司组织人事部部长邝照临出席。",
        "集团公司第二装卸作业区党委书记、经理殳长风代表职工发言。",
    )
    assert ("殳长风", "经理", "澴湾港口集团有限公司第二装卸作业区") in found


def test_a_unit_after_a_groups_hospital_in_one_chain_is_the_hospitals():
    found = posts(
        "4月28日，澴岘市总工会表彰劳动模范。",
        "澴岘市五一劳动奖章：澴岘市第一人民医院心内科主任邝南溪；澴岘港务集团有限公司港口医院院长助理、急诊科主任邝一苇；澴岘市中医院护士殳晓月。",
    )
    assert ("邝一苇", "主任", "澴岘港务集团有限公司港口医院急诊科") in found


def test_a_societys_group_named_short_again_is_the_societys():
    found = posts(
        "9月6日，澴岚省医学会神经病学分会年会召开。",
        "会议宣布成立分会神经康复学组，由澴岚省人民医院康复医学科主任闵望川任学组组长。",
    )
    assert ("闵望川", "组长", "澴岚省医学会神经病学分会神经康复学组") in found


def test_a_word_of_reporting_is_no_part_of_the_body():
    found = posts(
        "经院党委会研究决定，并报澴岑矿业集团有限责任公司党委组织部备案，现将干部任免通知如下：聘任邝清源同志为骨科主任。",
    )
    facts = issue_to_facts(one_article(
        "经院党委会研究决定，并报澴岑矿业集团有限责任公司党委组织部备案，现将干部任免通知如下：聘任邝清源同志为骨科主任。",
    ))
    assert not any(o.name.startswith("并报") for o in facts.organizations)
    assert ("邝清源", "主任", "骨科") in found


def test_a_veterans_rest_home_keeps_its_retired_cadres():
    found = posts("市军队离休退休干部休养所所长殳秋原介绍，所里有一百多名军休干部。")
    assert ("殳秋原", "所长", "市军队离休退休干部休养所") in found


def test_a_stationed_team_takes_its_sender_printed_in_full():
    found = posts(
        "近日，澴沂市纪委监委通报四起医疗卫生领域典型问题。",
        "市纪委监委驻市卫生健康委员会纪检监察组组长殳澄明表示，将持续整治。",
    )
    assert ("殳澄明", "组长", "澴沂市纪委监委驻市卫生健康委员会纪检监察组") in found
