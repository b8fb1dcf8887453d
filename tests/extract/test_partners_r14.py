"""Round 13 partnership classes (invented names): a party printed under the short name the article
declared, a body the article declared as the other side of 双方, the bare 医院 as one side."""

from __future__ import annotations

from yuanzhi.extract.declared_parties import home_by_word
from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def facts_of(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs, date="2025-04"))


def parties(facts) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [set(p.parties) for p in facts.partnerships]


def test_a_declared_short_name_signs_as_its_body():
    facts = facts_of(
        "4月3日，蓼汀瑞安医学检验实验室有限公司（以下简称“蓼汀瑞安检验”）开业。",
        "开业仪式上，蓼汀瑞安检验与蓼汀市中医医院签订区域检验合作协议。",
    )
    assert parties(facts) == [{"蓼汀瑞安医学检验实验室有限公司", "蓼汀市中医医院"}]


def test_both_sides_are_the_hospital_and_the_body_declared_before():
    facts = facts_of(
        "4月8日，蓼汀市残疾人联合会（以下简称“市残联”）康复定点机构揭牌仪式在蓼汀市中医医院举行。",
        "仪式上，钮文博与郗永安共同为定点机构揭牌，双方签订了《康复救助服务协议》。",
    )
    assert parties(facts) == [{"蓼汀市残疾人联合会", "蓼汀市中医医院"}]


def test_both_sides_by_the_declared_short_name():
    facts = facts_of(
        "4月9日，中共蓼汀县委党校（以下简称“县委党校”）现场教学基地揭牌仪式在蓼汀县人民医院举行。",
        "钮文博与郗永安共同为“县委党校现场教学基地”揭牌，双方签订了《现场教学基地共建协议》。",
    )
    assert parties(facts) == [{"中共蓼汀县委党校", "蓼汀县人民医院"}]


def test_the_bare_hospital_word_as_one_side():
    sentence = "仪式上，市医调委、某公司与医院签订了三方合作协议。"
    assert home_by_word(sentence) == [sentence.index("医院")]
    assert home_by_word("医院与某公司签约。") == [0]
    assert home_by_word("蓼汀市中心医院与某公司签约。") == []
    assert home_by_word("患者到医院就诊。") == []


def test_a_declared_short_name_inside_other_words_is_no_party():
    facts = facts_of(
        "蓼汀县医共体由蓼汀县人民医院（以下简称“总院”）牵头。",
        "郗永安指出，医共体建设要抓实，总院要当好龙头，蓼汀县卫生健康局要加强统筹协调。",
    )
    assert all("蓼汀县卫生健康局" not in p.parties for p in facts.partnerships)


def test_a_service_signed_with_residents_is_no_partnership():
    facts = facts_of(
        "检查组来到蓼汀市中心医院和蓼汀市金梧街道社区卫生服务中心，察看了家庭医生签约服务开展情况。",
    )
    assert facts.partnerships == ()


def test_an_alliance_named_but_not_founded_is_no_partnership():
    facts = facts_of(
        "蓼汀省卫生健康委员会调研组来蓼汀县人民医院调研紧密型县域医共体建设。",
        "郗永安表示，蓼汀县卫生健康局将与蓼汀县人民医院抓紧制定医共体医保打包支付方案。",
    )
    assert facts.partnerships == ()
    founded = facts_of("蓼汀县人民医院与蓼汀县中医院签订紧密型医联体协议。")
    assert parties(founded) == [{"蓼汀县人民医院", "蓼汀县中医院"}]


def test_signers_for_both_sides_repeat_the_signing_already_stated():
    facts = facts_of(
        "4月2日，蓼汀县人民政府与蓼汀医科大学第二附属医院签订医联体合作协议。",
        "蓼汀县县长钮文博与蓼汀医科大学第二附属医院院长郗永安代表双方签约。",
    )
    assert parties(facts) == [{"蓼汀县人民政府", "蓼汀医科大学第二附属医院"}]


def test_signers_for_both_sides_name_no_second_guest():
    facts = facts_of(
        "4月2日，蓼汀市第一人民医院与蓼汀银行股份有限公司蓼汀分行合作协议签约仪式举行。",
        "蓼汀银行股份有限公司蓼汀分行城南支行行长柏文出席。",
        "钮文博与郗永安代表双方签约。",
    )
    assert parties(facts) == [{"蓼汀市第一人民医院", "蓼汀银行股份有限公司蓼汀分行"}]


def events_of(*paragraphs: str) -> set[tuple[str | None, str]]:
    return {(e.date, e.type) for e in facts_of(*paragraphs).events}


def test_a_month_written_as_a_plan_or_a_span_start_is_no_event():
    assert events_of(
        "4月8日，蓼汀市护理学会召开理事会议。",
        "学会表示，首期培训班将于6月举办，重点解读新版护理规范。",
    ) == {("2025-04-08", "meeting")}
    assert events_of(
        "4月8日，蓼汀市护理学会召开理事会议。",
        "会长郗永安介绍，学会自去年10月起在全市开展护士分层培训。",
    ) == {("2025-04-08", "meeting")}
    assert ("2024-03", "signing") in events_of(
        "4月8日，蓼汀县人民医院召开帮扶工作会。",
        "自2024年3月双方签订对口帮扶协议以来，蓼汀市人民医院已派出专家六十人次。",
    )
    assert ("2025-06", "training") in events_of("蓼汀市护理学会6月举办首期护士培训班，学员六十人。")


def test_the_place_of_the_ceremony_is_no_side():
    facts = facts_of(
        "4月12日，蓼汀康瑞医疗科技股份有限公司与蓼汀医科大学共建的“腔镜技能培训中心”在蓼汀医科大学附属第一医院揭牌。",
    )
    assert parties(facts) == [{"蓼汀康瑞医疗科技股份有限公司", "蓼汀医科大学"}]
    alone = facts_of("4月9日，蓼汀县中医院与蓼汀县妇幼保健院合作协议签约仪式在蓼汀县人民医院举行。")
    assert parties(alone) == [{"蓼汀县中医院", "蓼汀县妇幼保健院"}]


def test_a_family_doctor_signing_campaign_is_outreach():
    assert events_of("4月12日上午，蓼汀街道家庭医生签约服务宣传周启动仪式在金梧社区文化广场举行。") == {("2025-04-12", "outreach")}


def test_a_job_fair_a_plaque_and_a_public_checkup():
    assert events_of("4月12日，蓼汀市卫生健康系统人才专场招聘会在市人才市场举行。") == {("2025-04-12", "other")}
    assert events_of("4月12日，蓼汀市科学技术协会在医院举行市级科普教育基地授牌仪式。") == {("2025-04-12", "award")}
    assert events_of("4月12日，蓼汀市总工会劳动模范健康体检活动在医院启动。") == {("2025-04-12", "outreach")}


def test_the_body_entrusted_is_no_side_when_two_others_sign():
    facts = facts_of("4月12日，蓼汀市中心医院与金梧镇人民政府托管金梧镇卫生院签约仪式在金梧镇举行。")
    assert parties(facts) == [{"蓼汀市中心医院", "金梧镇人民政府"}]
    alone = facts_of("4月12日，蓼汀市中心医院托管金梧镇卫生院签约仪式举行。")
    assert parties(alone) == [{"蓼汀市中心医院", "金梧镇卫生院"}]
