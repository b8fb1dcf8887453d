"""Shapes of Chinese hospital news found by the round-4 held-out batches (heldout17/18, helper E7),
each rule on fresh invented sentences (names, places and hospitals differ from the batches)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of, posts_in, posts_with_orgs_in

_posts = posts_in


_orgs = posts_with_orgs_in


def _records(*paragraphs: str) -> set[tuple[str, str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.action, a.date) for a in facts.appointments}


def test_congress_deputies_and_other_posts_kept_whole():
    assert pairs_of("市人大代表、检验科主任邬平川提交了建议。") == {("邬平川", "市人大代表"), ("邬平川", "主任")}
    assert pairs_of("县政协委员、护理部主任聂晓岚作了发言。") == {("聂晓岚", "县政协委员"), ("聂晓岚", "主任")}
    assert pairs_of("驻村第一书记饶志诚走访了二十户村民。") == {("饶志诚", "驻村第一书记")}
    assert pairs_of("院报编委会主任蒲安邦主持会议，责任编辑瞿小满汇报了工作。") >= {
        ("蒲安邦", "编委会主任"), ("瞿小满", "责任编辑"),
    }
    assert pairs_of("该院护理总监詹慧敏介绍了经验。") == {("詹慧敏", "护理总监")}


def test_former_before_a_unit_is_no_part_of_its_name():
    assert _orgs("退休职工中，原骨科主任、主任医师甄国华，原药剂科科长侯晓梅都已工作三十年。") >= {
        ("甄国华", "主任", "骨科"), ("甄国华", "主任医师", "骨科"), ("侯晓梅", "科长", "药剂科"),
    }


_NOTICE = "经2024年3月5日院党委会研究决定，对以下同志职务进行调整："


def test_notice_items_anchored_on_tongzhi():
    records = _records(
        _NOTICE,
        "向晚霞同志任药剂科主任；",
        "甘国栋、卓雨桐同志分别任超声科主任、病理科副主任，试用期一年；",
        "免去向晚霞同志检验科副主任职务；",
        "樊德明同志因到龄，不再担任放射科主任职务。",
    )
    assert records == {
        ("向晚霞", "主任", "appoint", "2024-03-05"), ("甘国栋", "主任", "appoint", "2024-03-05"),
        ("卓雨桐", "副主任", "appoint", "2024-03-05"), ("向晚霞", "副主任", "remove", "2024-03-05"),
        ("樊德明", "主任", "remove", "2024-03-05"),
    }
    assert _orgs(_NOTICE, "甘国栋、卓雨桐同志分别任超声科主任、病理科副主任，试用期一年；") >= {
        ("甘国栋", "主任", "超声科"), ("卓雨桐", "副主任", "病理科"),
    }


def test_a_transfer_and_a_former_post_before_the_name():
    text = (_NOTICE, "晏秋池同志由财务科副科长调任审计科副科长，免去其财务科副科长职务；",
            "原麻醉科副主任岑立行同志任麻醉科主任。")
    assert _records(*text) == {
        ("晏秋池", "副科长", "appoint", "2024-03-05"), ("晏秋池", "副科长", "remove", "2024-03-05"),
        ("岑立行", "主任", "appoint", "2024-03-05"),
    }
    assert _orgs(*text) >= {
        ("晏秋池", "副科长", "财务科"), ("晏秋池", "副科长", "审计科"),
        ("岑立行", "副主任", "麻醉科"), ("岑立行", "主任", "麻醉科"),
    }


def test_a_career_list_gives_each_post_held_and_no_decision():
    text = (
        "祁远山同志1950年3月出生，1972年8月加入中国共产党。",
        "1975年毕业于某医学院，同年分配到澄湖县人民医院工作，历任骨科住院医师、主治医师、骨科主任、副院长，"
        "1996年5月至2010年6月任医院院长。",
    )
    assert _orgs(*text) >= {
        ("祁远山", "住院医师", "骨科"), ("祁远山", "主治医师", "骨科"), ("祁远山", "主任", "骨科"),
        ("祁远山", "副院长", "澄湖县人民医院"), ("祁远山", "院长", "澄湖县人民医院"),
    }
    assert _records(*text) == set()


def test_dated_posts_of_the_person_the_sentence_or_the_profile_is_about():
    found = _posts(
        "龚映雪，女，1978年出生，主任医师。她2003年到医院眼科工作，2012年起任眼科主任，2018年至2022年任副院长。",
    )
    assert found >= {("龚映雪", "主任医师"), ("龚映雪", "主任"), ("龚映雪", "副院长")}
    assert all(name == "龚映雪" for name, _t in found)


def test_posts_in_parentheses_after_a_name():
    found = _orgs("理事会增补汤明轩（澄江市第二人民医院院长）、柯雨桐（澄江县中医医院副院长）为常务理事。")
    assert {(n, t) for n, t, _o in found} >= {("汤明轩", "院长"), ("柯雨桐", "副院长")}
    assert ("汤明轩", "院长", "澄江市第二人民医院") in found
    assert ("乔慕白", "副主任医师") in _posts("胸外科主任詹一凡和乔慕白（胸外科副主任医师）担任助手。")
    assert _posts("患者老周（化名）今年六十岁。") == set()


def test_a_post_in_a_clause_of_its_own_after_the_name():
    found = _orgs("分会主任委员祁安然，澄江市妇幼保健院副院长，在发言中表示将组织课题研究。")
    assert ("祁安然", "副院长", "澄江市妇幼保健院") in found


def test_a_role_before_a_list_of_people_and_a_role_acted_in():
    found = _posts("课题负责人分别为：心内科祁晓帆、眼科靖明川、病理科蔚长河等。")
    assert found >= {("祁晓帆", "课题负责人"), ("靖明川", "课题负责人"), ("蔚长河", "课题负责人")}
    assert ("柏远舟", "项目主持人") in _posts("由骨科主任柏远舟作为项目主持人的课题获资助20万元。")
    assert _posts("获奖科室分别为：心内科、眼科、病理科。") == set()


def test_project_and_office_roles_are_titles():
    assert ("殷若水", "干事") in _posts("宣传部干事殷若水任责任编辑。")


def test_engaged_as_a_post_of_another_body_after_the_name():
    text = ("9月3日，聘任仪式在澄江县实验小学举行。",
            "骨科主任裴安澜，受聘为澄江县实验小学健康副校长；"
            "儿科主治医师卢映秋和眼科主治医师阎子航分别受聘为澄江县第一中学、澄江县城南小学健康副校长。")
    assert _orgs(*text) >= {
        ("裴安澜", "健康副校长", "澄江县实验小学"), ("卢映秋", "健康副校长", "澄江县第一中学"),
        ("阎子航", "健康副校长", "澄江县城南小学"),
    }
    assert {(n, t) for n, t, _a, _d in _records(*text)} == {
        ("裴安澜", "健康副校长"), ("卢映秋", "健康副校长"), ("阎子航", "健康副校长"),
    }


def _partners(*paragraphs: str) -> set[tuple[frozenset[str], str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(frozenset(p.parties), p.kind) for p in facts.partnerships}


def test_one_hospital_helping_several_clinics_is_one_partnership_each():
    found = _partners(
        "6月3日，澄溪县人民医院与石桥镇、莲塘乡、北坡镇3家卫生院签订对口帮扶协议。",
        "签约仪式上，澄溪县人民医院院长殷一舟与石桥镇卫生院院长郁立春，莲塘乡卫生院院长闵志远，北坡镇卫生院院长倪秀英分别签订协议。",
    )
    assert found == {
        (frozenset({"澄溪县人民医院", "石桥镇卫生院"}), "assistance"),
        (frozenset({"澄溪县人民医院", "莲塘乡卫生院"}), "assistance"),
        (frozenset({"澄溪县人民医院", "北坡镇卫生院"}), "assistance"),
    }


def test_an_agreement_among_several_parties_stays_one():
    found = _partners("澄溪县人民医院、江岸医科大学和华康医疗科技有限公司三方签订战略合作协议。")
    assert len(found) == 1


def test_a_campus_of_the_hospital_is_named_alone():
    found = _orgs(  # GOLD_SPEC §4.10 (was: keeps its full name, round 4's reading)
        "澄溪市第一医院召开院务会。",
        "会议聘任邝远帆为澄溪市第一医院西山院区执行院长。",
        "西山院区执行院长邝远帆作了发言，澄溪市第一医院院长滕一鸣主持会议。",
    )
    assert ("邝远帆", "执行院长", "西山院区") in found
    assert not any(org == "澄溪市第一医院西山院区" for _n, _t, org in found)


def test_a_level_congress_post_is_of_that_level_place():
    found = _orgs(
        "澄溪市中心医院5名代表委员参加市两会。",
        "市人大代表、医院党委书记俞明川提交了建议。",
        "县政协委员、护理部主任屠晓岚作了发言。",
    )
    assert ("俞明川", "市人大代表", "澄溪市") in found
    assert ("俞明川", "党委书记", "澄溪市中心医院") in found
    assert not any(title == "县政协委员" and org == "澄溪市中心医院" for _n, title, org in found)


def test_sent_to_a_village_as_its_first_secretary():
    text = ("2024年3月，澄溪县人民医院医务科科长骆青山被选派到南岭镇枫林村担任驻村第一书记。",)
    assert ("骆青山", "第一书记", "南岭镇枫林村") in _orgs(*text)  # the village with its town (GOLD_SPEC §4.9)
    assert ("骆青山", "第一书记", "appoint", "2024-03") in _records(*text)


def test_part_time_professor_in_a_profile_is_one_title():
    found = _posts("柯映雪，女，1976年出生，主任医师，江岸医科大学兼职教授。")
    assert ("柯映雪", "兼职教授") in found and ("柯映雪", "主任医师") in found


def test_a_clause_that_is_a_name_and_its_posts():
    found = _orgs("澄溪市第一医院获批课题5项。其中，尉迟雨桐为药剂科副主任、副主任药师，其课题获资助5万元。")
    assert {("尉迟雨桐", "副主任", "药剂科"), ("尉迟雨桐", "副主任药师", "药剂科")} <= found
    assert _posts("目标为三级医院，院长为全院职工作了报告。") == set()


def test_a_verb_with_its_particle_after_a_title_is_no_name():
    assert pairs_of("现在村里的孩子有了自己的医生有了依靠。") == set()


def test_rarer_surnames_are_read():
    assert pairs_of("副院长庚明远、纪委书记郯玉兰出席。") == {("庚明远", "副院长"), ("郯玉兰", "纪委书记")}
    assert pairs_of("检验科主任萨仁作了报告。") == {("萨仁", "主任")}
    assert ("占立新", "副院长") in pairs_of("副院长占立新主持会议。")
    assert pairs_of("女性委员占比超过三成。") == set()


def test_a_blood_station_head_is_a_post():
    assert ("尉迟岚", "站长") in pairs_of("澄溪市中心血站党支部书记、站长尉迟岚到现场看望献血职工。")


def test_a_name_with_its_own_posts_in_parentheses_does_not_take_the_lists_title():
    found = _posts("胸外科主任詹一凡和乔慕白（胸外科副主任医师）担任助手。")
    assert ("詹一凡", "主任") in found and ("乔慕白", "副主任医师") in found
    assert ("乔慕白", "主任") not in found
