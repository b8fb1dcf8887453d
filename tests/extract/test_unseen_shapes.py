"""Shapes found by the heldout3 batch: each rule on fresh invented sentences."""

from __future__ import annotations

from pathlib import Path

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import LEXICON_DIR, default_lexicon, load_lexicon
from yuanzhi.extract.patients import find_patients
from yuanzhi.extract.people import ArticleContext

from .conftest import one_article, pairs_of, people_of


def test_unit_ending_in_ke_keeps_its_ke_and_ke_head_nurse_is_a_post():
    assert pairs_of("骨科护士长田雨欣介绍了经验。") == {("田雨欣", "护士长")}
    assert pairs_of("大外科科护士长田雨欣带队检查。") == {("田雨欣", "科护士长")}
    found = {(m.name, m.title): m.org.name if m.org else None for m in people_of("骨科护士长田雨欣介绍了经验。")}
    assert found == {("田雨欣", "护士长"): "骨科"}


def test_a_bracketed_note_after_a_title_does_not_hide_the_name():
    assert pairs_of("副院长（主持工作）焦远航主持会议。") == {("焦远航", "副院长")}
    assert pairs_of("主任（兼）焦远航作报告。") == {("焦远航", "主任")}


def test_a_role_is_not_a_post():
    assert pairs_of("主刀医生、主任医师焦远航介绍了手术过程。") == {("焦远航", "主任医师")}
    assert pairs_of("值班医生焦远航立即赶到。") == set()


def test_a_describing_item_between_title_and_name():
    assert pairs_of("原院长、退休老专家焦远航应邀作报告。") == {("焦远航", "原院长")}
    assert pairs_of("主任医师、全国劳动模范焦远航出席。") == {("焦远航", "主任医师")}


def test_a_name_already_titled_is_not_pulled_into_a_list_by_yu():
    context = ArticleContext("青川市人民医院")
    people_of("江州医院教授庞子墨受聘为名誉主任。", context=context)
    assert pairs_of("院长焦远航与庞子墨共同揭牌。", context=context) == {("焦远航", "院长")}
    assert pairs_of("副院长焦远航与庞子墨出席。") == {("焦远航", "副院长"), ("庞子墨", "副院长")}


def test_conjunction_glued_to_a_place_does_not_swallow_the_name():
    found = {(m.name, m.title): m.org.name if m.org else None
             for m in people_of("溪口区副区长琚雅文及区卫生健康局局长祁天明出席。")}
    assert found[("琚雅文", "副区长")] == "溪口区"
    assert found[("祁天明", "局长")] == "区卫生健康局"


def test_appointment_with_ren_and_a_place_name_jieba_glues():
    issue = one_article("5月6日，县卫生健康局宣布：邝一鸣任松岩县人民医院代理院长。", date="2025-05")
    facts = issue_to_facts(issue)
    assert {(a.person, a.title, a.action) for a in facts.appointments} == {("邝一鸣", "代理院长", "appoint")}


def test_patients_after_patient_nouns_even_when_jieba_knows_the_word():
    lexicon = default_lexicon()
    assert [p.mention for p in find_patients("受伤的患者小张和家属一起出院。", lexicon)] == ["小张"]
    assert find_patients("手术持续了三个小时。", lexicon) == []


def test_lead_sentence_dates_the_activity_of_the_next():
    issue = one_article("9月2日清晨，76岁的周奶奶被送到医院急诊科。心内科主任焦远航为周奶奶实施了介入治疗。",
                        date="2025-09")
    assert {(e.date, e.type) for e in issue_to_facts(issue).events} == {("2025-09-02", "surgery")}
    earlier = one_article("9月2日，周女士来到医院送锦旗。三个月前，周女士在该科接受了手术。", date="2025-09")
    assert {e.type for e in issue_to_facts(earlier).events} <= {"other"}


def test_lexicon_directory_without_the_new_optional_files_still_loads(tmp_path: Path):
    for path in LEXICON_DIR.iterdir():
        if path.name not in {"role_words.txt", "person_descriptors.txt"} and path.is_file():
            (tmp_path / path.name).write_bytes(path.read_bytes())
    lexicon = load_lexicon(tmp_path)
    assert lexicon.role_words == frozenset() and lexicon.person_descriptors == ()


def test_post_held_on_secondment():
    found = {(m.name, m.title) for m in people_of("心内科主治医师柯远帆在西宁市第一人民医院挂职副院长一年。")}
    assert found == {("柯远帆", "主治医师"), ("柯远帆", "副院长")}


def test_jian_joins_two_posts_of_one_person():
    assert pairs_of("据该院院长助理兼医务部主任柯远帆介绍，全年手术量增长两成。") == {
        ("柯远帆", "院长助理"), ("柯远帆", "主任")
    }


def test_profile_skips_sex_birth_party_and_degree():
    assert pairs_of("柯远帆，男，1978年出生，中共党员，医学博士，主任医师，现任青川市人民医院骨科主任。") == {
        ("柯远帆", "主任医师"), ("柯远帆", "主任")
    }


def test_removal_of_a_name_written_against_the_hospital_name():
    issue = one_article("4月1日，任命柯远帆为青川市人民医院副院长，免去孟川青川市人民医院副院长职务。", date="2025-04")
    assert {(a.person, a.action) for a in issue_to_facts(issue).appointments} == {
        ("柯远帆", "appoint"), ("孟川", "remove")
    }


def test_a_department_whose_first_word_jieba_calls_a_verb():
    found = {(m.name, m.title): m.org.name if m.org else None
             for m in people_of("青川市人民医院超声科主任柯远帆出席。")}
    assert found == {("柯远帆", "主任"): "超声科"}


def test_secondment_of_a_name_introduced_earlier_at_the_same_hospital():
    context = ArticleContext("青川市人民医院")
    people_of("骨科主治医师柯远帆随队出发。", context=context)
    assert ("柯远帆", "副主任") in pairs_of("柯远帆挂职该院骨科副主任。", context=context)


def test_a_post_held_during_a_stay_is_no_appointment():
    issue = one_article("8月1日，医院举行欢迎会。援疆期间，柯远帆担任和田地区人民医院骨科主任。", date="2025-08")
    facts = issue_to_facts(issue)
    assert facts.appointments == ()
    assert ("柯远帆", "主任") in {(p.name, pos.title) for p in facts.people for pos in p.positions}


def test_pseudonyms_that_are_words_and_after_a_noun():
    lexicon = default_lexicon()
    assert [p.mention for p in find_patients("医生救治了5岁的笑笑（化名）。", lexicon)] == ["笑笑"]
    assert [p.mention for p in find_patients("同病房的女孩朵朵（化名）也出院了。", lexicon)] == ["朵朵"]


def test_a_name_ends_before_an_adverb():
    assert pairs_of("急诊科主任欧阳芸立即组织抢救。") == {("欧阳芸", "主任")}


def test_a_sitting_of_a_committee_stands_for_the_society_named_before():
    issue = one_article(
        "10月9日，江州省护理学会第六届会员代表大会召开。",
        "青川市人民医院护理部主任柯远帆当选第六届理事会副理事长。",
        date="2025-10",
    )
    facts = issue_to_facts(issue)
    orgs = {pos.org for p in facts.people for pos in p.positions if pos.title == "副理事长"}
    assert orgs == {"江州省护理学会"}
    assert all(not o.name.startswith("第六届") for o in facts.organizations)


def test_party_prefix_names_the_hospital():
    found = {(m.name, m.title): m.org.name if m.org else None
             for m in people_of("中共松溪县人民医院党委书记柯远帆作报告。", home=None)}
    assert found == {("柯远帆", "党委书记"): "松溪县人民医院"}


def test_a_verb_after_a_title_is_not_a_name_and_more_posts():
    assert pairs_of("我院一名护士长荣获全国五一劳动奖章。") == set()
    assert pairs_of("南岭区委常委、副区长庞立言到院调研。") == {("庞立言", "区委常委"), ("庞立言", "副区长")}
    assert pairs_of("手术由胸外科主任医师解远山博士主刀。") == {("解远山", "主任医师"), ("解远山", "博士")}


def test_one_cue_reaches_the_next_name_wei_title_clause_and_removal_before_a_department():
    issue = one_article(
        "8月2日，经院党委会研究决定：聘任韩星野为骨科主任（试用期一年），鲁向晚为骨科副主任；免去聂长风骨科主任职务。",
        date="2025-08",
    )
    assert {(a.person, a.title, a.action) for a in issue_to_facts(issue).appointments} == {
        ("韩星野", "主任", "appoint"), ("鲁向晚", "副主任", "appoint"), ("聂长风", "主任", "remove")
    }


def test_profile_headed_by_a_title_label_with_later_posts():
    found = pairs_of("学术带头人：韩星野，男，主任医师，医学博士，现任青川市人民医院骨科主任，江州省医学会骨科学分会委员。")
    assert ("韩星野", "主任医师") in found and ("韩星野", "主任") in found and ("韩星野", "委员") in found


def test_committee_is_a_body_not_a_member():
    assert pairs_of("江州省医学会专业委员会主任委员韩星野出席。") == {("韩星野", "主任委员")}


def test_a_title_after_a_list_comma_is_not_a_name():
    assert pairs_of("院长梁思远、党委副书记车晓晴和工会主席麦子航作交流发言。") == {
        ("梁思远", "院长"), ("车晓晴", "党委副书记"), ("麦子航", "工会主席")
    }


def test_a_name_may_end_in_he_before_a_clear_follower():
    assert pairs_of("新生儿科主任喻秋和带领团队精心护理。") == {("喻秋和", "主任")}
    assert pairs_of("心内科主任王强和护士长李梅参加查房。") == {("王强", "主任"), ("李梅", "护士长")}


def test_role_credit_closing_a_paragraph():
    issue = one_article("8月5日，急诊科全员坚守岗位。（记者 黎晓秋 摄）", date="2025-08")
    pairs = {(p.name, pos.title) for p in issue_to_facts(issue).people for pos in p.positions}
    assert pairs == {("黎晓秋", "记者")}
    bare = one_article("8月5日，急诊科全员坚守岗位。（文/黎晓秋）", date="2025-08")
    assert issue_to_facts(bare).people == ()


def test_a_short_reference_is_not_a_name_nor_an_appointment():
    issue = one_article("5月2日，骨科主任何远征接到会诊请求。何主任立即联系麻醉科。", date="2025-05")
    facts = issue_to_facts(issue)
    assert {(p.name, pos.title) for p in facts.people for pos in p.positions} == {("何远征", "主任")}
    assert facts.appointments == ()


def test_ministry_posts_and_more_government_bodies():
    assert pairs_of("国家卫生健康委员会医政司副司长齐远帆一行来院。") == {("齐远帆", "副司长")}
    found = {(m.name, m.title): m.org.name if m.org else None
             for m in people_of("江州省中医药管理局局长邵远帆出席。")}
    assert found == {("邵远帆", "局长"): "江州省中医药管理局"}
