"""General shapes of Chinese hospital news prepared for round 4 (helper E6), each rule on
invented sentences: names, places and hospitals differ from every batch."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of, posts_in, posts_with_orgs_in

_posts = posts_in


def test_a_name_jieba_reads_as_a_seldom_written_word_after_a_title():
    found = pairs_of("新任职干部代表、检验科主任蓝天，护理部副主任兼总护士长夏夜和医务部副主任谷雨先后作表态发言。")
    assert found == {
        ("蓝天", "主任"), ("夏夜", "副主任"), ("夏夜", "总护士长"), ("谷雨", "副主任"),
    }
    assert pairs_of("优秀医师代表、儿科主任何苦在发言中说：“值班就是过节。”") == {("何苦", "主任")}


def test_a_name_jieba_reads_as_a_seldom_written_word_before_a_title():
    assert pairs_of("内镜下，何妨主任用网篮取出了异物。") == {("何妨", "主任")}
    assert pairs_of("随后，何尝教授作了专题报告。") == {("何尝", "教授")}


def test_everyday_words_after_or_before_a_title_stay_words():
    assert pairs_of("接到电话后，院长马上在现场部署救治。") == set()
    assert pairs_of("会上，高度主任作了报告。") == set()


def test_less_common_surnames_head_a_name():
    assert pairs_of("医学影像科主任南岭，护理部副主任风华出席。") == {("南岭", "主任"), ("风华", "副主任")}
    assert pairs_of("我院护理部主任仉伟、急诊科主任医师甯静一同参加会议。") == {
        ("仉伟", "主任"), ("甯静", "主任医师"),
    }
    assert pairs_of("骨科副主任寒松先后在三家医院进修。") == {("寒松", "副主任")}


def test_a_group_word_before_a_title_names_no_one():
    assert pairs_of("区卫健委主任钱江希望广大护士弘扬职业精神。") == {("钱江", "主任")}
    assert pairs_of("全体护士长高兴地合影留念。") == set()


_orgs_of = posts_with_orgs_in


def test_a_congress_executive_chair_is_an_executive_chair():
    found = pairs_of("大会执行主席、江州医院副院长司马青主持开幕式。")
    assert found == {("司马青", "执行主席"), ("司马青", "副院长")}
    assert ("欧阳山", "大会主席") in pairs_of("大会主席、江州医院院长欧阳山致辞。")


def test_a_universitys_department_of_medicine_after_a_committee_post():
    found = _orgs_of("大会学术委员会主任、江州大学内科学系主任东方白主持论坛。")
    assert ("东方白", "学术委员会主任") in {(n, t) for n, t, _o in found}
    assert ("东方白", "主任", "江州大学内科学系") in found
    assert ("东方白", "主任", "江州大学外科学系") in _orgs_of("江州大学外科学系主任东方白主持论坛。")


def test_a_deputy_of_the_youth_league_committee_of_a_city():
    assert _orgs_of("共青团江州市委副书记柳如出席会议。") == {("柳如", "副书记", "共青团江州市委")}
    assert _orgs_of("团县委书记林岚到院调研。") == {("林岚", "书记", "团县委")}
    assert ("高远", "市委副书记") in pairs_of("江州市委副书记高远到院调研。")


def test_a_party_department_after_a_standing_committee_post_is_the_committees():
    found = _orgs_of("青石县委常委、宣传部部长林岚，副县长高远出席仪式。")
    assert ("林岚", "部长", "青石县委宣传部") in found
    assert ("林岚", "县委常委", "青石县") in found


def test_a_second_government_body_written_with_its_level_word_only_takes_the_first_ones_place():
    found = _orgs_of("8月3日，江州市中医医院名医工作室揭牌。江州市卫生健康委员会副主任、市中医药管理局局长高远出席。")
    assert ("高远", "局长", "江州市中医药管理局") in found
    assert ("高远", "副主任", "江州市卫生健康委员会") in found


def test_a_companys_officers_under_the_short_name_the_article_declared():
    found = _orgs_of(
        "6月6日，江州市第二人民医院与江州星河医疗科技有限公司（以下简称“星河科技”）签约。"
        "院长边城，星河科技董事长兼总经理林岚、副总经理高远出席。",
    )
    assert {("林岚", "董事长", "江州星河医疗科技有限公司"), ("林岚", "总经理", "江州星河医疗科技有限公司"),
            ("高远", "副总经理", "江州星河医疗科技有限公司")} <= found


def test_this_hospital_and_this_company_are_the_ones_named_last():
    found = _orgs_of("江州市第二人民医院举办活动。6月6日，我院专家赴江州市第三人民医院义诊，该院内科主任林岚陪同。")
    assert ("林岚", "主任", "江州市第三人民医院内科") in found
    found = _orgs_of("江州市第二人民医院与江州星河医疗科技有限公司签约，该公司总经理林岚出席。")
    assert ("林岚", "总经理", "江州星河医疗科技有限公司") in found


def test_the_lead_hospital_of_a_county_medical_community():
    found = _orgs_of(
        "4月8日，江源县医共体推进会在医共体总院江源县人民医院召开。江源县医共体由县人民医院牵头，"
        "石桥镇卫生院、河口镇卫生院为分院。会上，医共体总院党委书记、院长林岚通报了情况。"
        "随后，石桥镇卫生院院长白云、河口镇卫生院院长方正汇报。石桥镇卫生院表示感谢。石桥镇卫生院将落实。",
    )
    assert {("林岚", "党委书记", "江源县人民医院"), ("林岚", "院长", "江源县人民医院"),
            ("白云", "院长", "石桥镇卫生院")} <= found


def _events(*paragraphs: str) -> set[tuple[str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(e.date, e.type) for e in facts.events}


def test_a_patient_storys_operation_is_dated_by_the_night_the_story_opens_with():
    found = _events(
        "3月9日凌晨，58岁的老赵（化名）突发剧烈胸痛，被家人送到江州市人民医院急诊科。",
        "值班医生接诊后立即完善检查，确诊为急性心肌梗死。",
        "“必须马上手术！”心内科主任对家属说。",
        "介入团队随即为老赵实施了冠状动脉支架植入术，术后老赵转危为安。",
    )
    assert found == {("2024-03-09", "surgery")}


def test_no_operation_for_a_quoted_word_a_plan_or_an_endoscope():
    found = _events(
        "3月9日晚，4岁的乐乐（化名）误吞一枚硬币，被家人送到江州市人民医院急诊科。",
        "“必须尽快手术！”医生说。",
        "消化内科医生为乐乐实施急诊胃镜，成功取出硬币。",
    )
    assert ("2024-03-09", "surgery") not in found


def test_a_decision_on_posts_is_an_appointment_on_the_decisions_date():
    found = _events("经院党委2024年5月6日会议研究决定，并经组织考察，聘任以下同志职务：")
    assert found == {("2024-05-06", "appointment")}
    found = _events("6月12日，江州市人民医院召开新任职干部廉政谈话会，对经5月6日院党委会研究决定聘任的干部进行谈话。")
    assert ("2024-05-06", "appointment") in found


def test_a_send_off_of_an_aid_team_is_other():  # GOLD_SPEC §13 (was outreach)
    assert _events("7月2日，江州市人民医院召开援藏医生欢送会，为两名专家送行。") == {("2024-07-02", "other")}


def _appointed(*paragraphs: str) -> set[tuple[str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title) for a in facts.appointments if a.action == "appoint"}


def test_a_post_taken_on_besides_one_held():
    assert _appointed("经医院党委研究决定，副院长林岚兼任东坪分院院长。") == {("林岚", "院长")}
    assert _appointed("江州市中心医院骨科副主任高远当选副主任委员，高远兼任秘书长。") == {
        ("高远", "副主任委员"), ("高远", "秘书长"),
    }


def test_people_listed_before_so_many_elected():
    found = _appointed("经投票，江州市第一人民医院急诊科护士长白云、江州市中心医院护理部副主任方圆等5人当选副主任委员。")
    assert found == {("白云", "副主任委员"), ("方圆", "副主任委员")}


def test_a_letter_of_appointment_handed_to_one_described_by_another_name():
    found = _appointed(
        "江州市中心医院举行仪式。院长林岚向林海院士团队核心成员、江州大学医学院副教授高远颁发了医院首席专家聘书。"
    )
    assert found == {("高远", "首席专家")}


def test_a_conjunction_jieba_glues_to_a_branchs_name_is_no_part_of_it():
    facts = issue_to_facts(one_article("11月3日上午，青石县中医医院揭牌仪式暨北湾分院开诊仪式举行。"))
    names = {o.name for o in facts.organizations}
    assert "北湾分院" in names and not any(n.startswith("仪式") for n in names)


def test_a_day_alone_opening_a_sentence_is_of_the_month_dated_last():
    facts = issue_to_facts(one_article(
        "5月20日至21日，中国共产党江州市人民医院第三次代表大会召开。",
        "21日上午，大会选举产生了新一届党委委员。当天下午召开的全体会议，选举林岚为党委书记。",
    ))
    assert {(a.person, a.title, a.date) for a in facts.appointments} == {("林岚", "党委书记", "2024-05-21")}
    assert {(e.date, e.type) for e in facts.events} == {("2024-05-20/2024-05-21", "appointment")}  # elects: GOLD_SPEC §13


def test_posts_held_on_secondment_by_people_named_earlier_in_the_sentence():
    found = pairs_of(
        "去年，骨科副主任医师高山和眼科主治医师林海赴青石县开展帮扶工作，高山挂任青石县人民医院副院长，林海挂任该院眼科主任。"
    )
    assert {("高山", "副院长"), ("林海", "主任")} <= found


def test_every_post_of_one_secondment_joined_by_a_pause_mark():
    found = _orgs_of(
        "根据组织安排，骨科主任医师高山将挂任青石县人民医院副院长、青石县卫生健康委员会副主任，"
        "感染管理科副科长林海将挂任青石县人民医院院感科科长，为期一年。"
    )
    assert ("高山", "副主任", "青石县卫生健康委员会") in found
    assert not any(name == "林海" and title == "副主任" for name, title, _o in found)


def test_government_bureaus_by_their_full_names():
    found = _orgs_of("江州市副市长高远，江州市科学技术局党组书记、局长林岚出席仪式。")
    assert {("林岚", "党组书记", "江州市科学技术局"), ("林岚", "局长", "江州市科学技术局")} <= found
    assert ("林岚", "副厅长", "楚南省科学技术厅") in _orgs_of("楚南省科学技术厅副厅长林岚到院调研。")


def test_the_hospital_a_story_sends_people_to_is_not_the_issues_own():
    found = _orgs_of(
        "3月2日，江州市第一人民医院召开援疆医生欢送会。医院党委书记林立出席会议。",
        "骨科主任医师高山将挂任青石县人民医院副院长，眼科主治医师林海将挂任青石县人民医院眼科主任。",
        "林立表示，医院将通过远程会诊为青石县人民医院提供支持。",
    )
    assert ("林立", "党委书记", "江州市第一人民医院") in found


def test_a_common_noun_after_a_title_before_a_persons_verb_is_a_name():
    assert pairs_of("江州医院副院长高峰作专题报告。") == {("高峰", "副院长")}
    assert pairs_of("护士长黄金说，要守好每一班岗。") == {("黄金", "护士长")}
    assert pairs_of("江州医院院长高峰论坛在江州召开。") == set()
    assert pairs_of("科室主任方案和流程已经确定。") == set()
