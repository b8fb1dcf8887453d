"""Names and title words found missing by round 7 (heldout23/24, helper E15), each rule on
invented sentences (names, places and hospitals differ from the batches)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, people_of, posts_in, posts_with_orgs_in


def test_dotted_name_ending_in_an_adverb_character_is_whole():
    found = posts_in("同行的还有该院心外科主任阿依努尔·阿不都。")
    assert found == {("阿依努尔·阿不都", "主任")}
    assert ("马克·霍尔", "教授") in posts_in("教授马克·霍尔也参加了查房。")


def test_minority_name_without_a_dot_printed_twice_is_whole():
    found = posts_with_orgs_in(
        "会议选举产生了第一届理事会。杭湾市第二人民医院副院长、心内科主任其其格玛当选为理事长。",
        "其其格玛表示，联盟将重点帮助基层医院。",
    )
    assert {("其其格玛", "副院长", "杭湾市第二人民医院"), ("其其格玛", "主任", "心内科")} <= found
    assert not {name for name, _title, _org in found} - {"其其格玛"}
    found = posts_in("骨科主任扎西顿珠介绍了援藏经验。", "会后，扎西顿珠表示，将继续帮扶。")
    assert found == {("扎西顿珠", "主任")}


def test_an_undotted_run_needs_the_article_s_evidence_and_no_common_word():
    once = posts_in("杭湾市第二人民医院副院长、心内科主任其其格玛当选为理事长。")
    assert not any(name == "其其格玛" for name, _title in once)
    words = posts_in("本次演讲比赛由工会主办。", "护理部主任演讲比赛开始前致辞。", "演讲比赛表示了决心。")
    assert not any(name == "演讲比赛" for name, _title in words)
    chained = posts_in("院长邵志成副院长苗雪梅出席。院长邵志成副院长苗雪梅讲话。")
    assert ("邵志成", "院长") in chained and not any(name == "邵志成副" for name, _title in chained)


def test_dotted_credit_name_in_a_byline_is_kept():
    facts = issue_to_facts(one_article("本报讯（记者 努尔兰·托合提 通讯员 岳小川）日前，医院召开职工大会。"))
    found = {(p.name, pos.title) for p in facts.people for pos in p.positions}
    assert ("努尔兰·托合提", "记者") in found and ("岳小川", "通讯员") in found


def test_he_is_a_surname_where_a_list_item_starts_with_it():
    found = posts_with_orgs_in(
        "检验科副主任和文涛、放射科主任车文博当选为副主任委员。",
        "常务委员：伍小岚、和文涛、车文博等。",
    )
    assert ("和文涛", "副主任", "检验科") in found
    assert not any(name in ("文涛", "和文") for name, _title, _org in found)


def test_he_before_a_surname_and_a_title_joins_two_people():
    assert posts_in("冉主任和万主任已经带着团队下乡培训了三轮。") == set()
    assert posts_in("院长和副院长出席了会议。") == set()
    assert posts_in("民主、和谐、文明。院长甘强和李梅出席。") == {("甘强", "院长"), ("李梅", "院长")}
    assert ("鲍永和", "主任医师") in posts_in("主任医师鲍永和主持。")


def test_a_studio_s_secretary_is_one_title():
    found = posts_in("名医工作室秘书由眼科住院医师冉小蕊担任。")
    assert ("冉小蕊", "工作室秘书") in found and ("冉小蕊", "秘书") not in found


def test_a_body_written_later_in_a_chain_holds_only_its_own_posts():
    found = posts_with_orgs_in("名誉院长、中国工程院院士龚振邦作学术报告。")
    assert ("龚振邦", "院士", "中国工程院") in found
    assert ("龚振邦", "名誉院长", "中国工程院") not in found
    found = posts_with_orgs_in("主任医师、江州大学教授龚振邦作学术报告。")
    assert ("龚振邦", "主任医师", "江州大学") not in found
    assert ("龚振邦", "党委书记", "江州市人民医院") in posts_with_orgs_in("党委书记、江州市人民医院院长龚振邦作报告。")


def test_a_team_s_post_does_not_lend_the_team_to_the_next_bare_post():
    mentions = {(m.title, m.org.name if m.org else None) for m in people_of("医疗队领队、副院长尤建华带队出发。")}
    assert ("领队", "医疗队") in mentions and ("副院长", "医疗队") not in mentions


def test_a_society_s_youth_committee_keeps_its_name_before_a_post():
    found = posts_with_orgs_in("市医学会青年委员会副主任委员、心内科主任甘文静主持。")
    assert ("甘文静", "副主任委员", "市医学会青年委员会") in found
    assert ("甘文静", "主任", "心内科") in found


def test_a_reference_to_an_institution_never_ends_a_name_before_a_title():
    assert posts_in("同行的有该院院长努尔兰·托合提。") == {("努尔兰·托合提", "院长")}
    assert posts_in("同行的有该院院长孔令华。") == {("孔令华", "院长")}


def test_a_deputy_called_by_the_head_s_title_gets_no_head_s_post():
    found = posts_in("心内科副主任庄晓岚出席。庄主任表示将继续努力。")
    assert found == {("庄晓岚", "副主任")}
    assert posts_in("心内科主任庄晓岚出席。庄主任表示将继续努力。") == {("庄晓岚", "主任")}
