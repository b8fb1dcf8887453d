"""Which organization a post belongs to: the one the sentence (or the article) names."""

from __future__ import annotations

from yuanzhi.extract.events import partnership_in
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.mentions import ArticleContext
from yuanzhi.extract.orgs import find_orgs, is_short_form
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article, people_of


def orgs_of(sentence: str) -> dict[tuple[str, str], str | None]:
    return {(m.name, m.title): m.org.name if m.org else None for m in people_of(sentence)}


def posts(*paragraphs: str) -> dict[tuple[str, str], str | None]:
    facts = issue_to_facts(one_article(*paragraphs, date="2024-06"))
    return {(p.name, q.title): q.org for p in facts.people for q in p.positions}


def test_a_title_word_inside_a_body_name_is_no_title():
    assert orgs_of("江州省医师协会秘书长童一帆出席会议。") == {("童一帆", "秘书长"): "江州省医师协会"}
    assert orgs_of("院长办公室主任李华出席。") == {("李华", "主任"): "院长办公室"}
    assert orgs_of("青峰市人大常委会副主任郝映雪陪同调研。") == {("郝映雪", "副主任"): "青峰市人大常委会"}


def test_a_title_before_a_unit_qualified_one_is_the_institutions():
    found = posts("9月1日，梧岭市第二人民医院首席专家门诊开诊。首席专家、消化内科主任医师屈一鸣当天接诊三十余人。")
    assert found[("屈一鸣", "首席专家")] == "梧岭市第二人民医院"
    assert found[("屈一鸣", "主任医师")] == "消化内科"
    other = orgs_of("教授、江州医院心内科主任张一平授课。")
    assert other[("张一平", "教授")] == "江州医院" and other[("张一平", "主任")] == "江州医院心内科"


def test_a_short_form_means_the_body_the_article_named_in_full():
    found = posts(
        "11月16日，江州省医师协会急诊医师分会换届选举会议召开。",
        "省医师协会秘书长童一帆出席会议。",
        "海湾医院副院长沈月青当选联盟理事长。",
    )
    assert found[("童一帆", "秘书长")] == "江州省医师协会"
    found = posts("11月20日，由海湾医院牵头组建的区域胸痛救治联盟正式成立。海湾医院副院长沈月青当选联盟理事长。")
    assert found[("沈月青", "理事长")] == "区域胸痛救治联盟"


def test_academies_and_ministry_departments_are_organizations():
    assert orgs_of("中国工程院院士裴一声出席。") == {("裴一声", "院士"): "中国工程院"}
    assert orgs_of("国家卫生健康委员会医政司副司长齐一白到院调研。") == {("齐一白", "副司长"): "国家卫生健康委员会医政司"}


def test_an_alliance_is_the_partnership_not_one_of_its_parties():
    sentence = "由海湾医院牵头，联合临溪区人民医院、东江县中医院组建的区域胸痛救治联盟正式成立。"
    lexicon = default_lexicon()
    orgs = find_orgs(sentence, tokens(default_tokenizer(), sentence), lexicon, None)
    found = partnership_in(sentence, orgs, lexicon, None)
    assert found is not None and "区域胸痛救治联盟" not in found[0] and len(found[0]) == 3


def test_a_verb_before_a_department_is_not_part_of_it():
    assert orgs_of("何主任立即联系产科主任谭月华。")[("谭月华", "主任")] == "产科"


def test_clinical_staff_in_a_story_about_one_department_are_its_staff():
    found = posts(
        "10月11日，东陵医科大学第一附属医院消化内科举办基层医师培训班。",
        "副主任医师温一谦、主治医师颜一玉分别进行了操作示范。",
    )
    assert found[("温一谦", "副主任医师")] == "消化内科"  # a department of the issue's hospital is named alone
    assert found[("颜一玉", "主治医师")] == "消化内科"
    two = posts("6月3日，青川市人民医院心内科与骨科联合义诊。副主任医师温一谦参加。")
    assert two[("温一谦", "副主任医师")] == "青川市人民医院"  # two departments named: the hospital
    assert posts("6月3日，青川市人民医院骨科开展义诊。副院长温一谦出席。")[("温一谦", "副院长")] == "青川市人民医院"


def test_gaizhi_gaiyuan_is_the_hospital_the_sentence_named():
    context = ArticleContext("嘉禾市第一人民医院")
    context.full_names = ["司徒静", "韦一鸣"]
    found = people_of("在藏期间，司徒静担任日喀则市人民医院神经内科主任，韦一鸣挂职该院麻醉科副主任。",
                      home="嘉禾市第一人民医院", context=context)
    assert [(m.name, m.title, m.org.name if m.org else None) for m in found] == [
        ("韦一鸣", "副主任", "日喀则市人民医院麻醉科")]


def test_short_forms_of_an_organization_named_in_full(lexicon):
    assert is_short_form("县人民医院", "鹿溪县人民医院", lexicon)
    assert is_short_form("嵩医一附院", "嵩川医科大学第一附属医院", lexicon)
    assert is_short_form("市卫健委", "砺石市卫生健康委员会", lexicon)
    assert is_short_form("省医", "秦岭省人民医院", lexicon)
    assert not is_short_form("北京", "北京医院", lexicon)  # a place, not the hospital
    assert not is_short_form("市委", "砺石市卫生健康委员会", lexicon)
    assert not is_short_form("江北省医学会", "江北省医学会消化病学分会", lexicon)  # the parent


def test_a_unit_under_a_short_form_is_the_full_hospitals():
    found = posts(
        "9月5日，秦岭省人民医院对口帮扶禾川县人民医院工作座谈会召开。",
        "新一批驻点专家、省医心血管内科副主任医师农一韬将挂职业务副院长。",
    )
    assert found[("农一韬", "副主任医师")] == "秦岭省人民医院心血管内科"


def test_wo_yuan_is_the_hospital_written_in_its_place_or_not_the_partner():
    found = posts(
        "省人民医院对口帮扶我院工作座谈会召开",
        "9月5日，秦岭省人民医院对口帮扶禾川县人民医院工作座谈会在我院召开。秦岭省人民医院党委副书记庞一勇出席。",
        "我院党委书记祝一达主持。秦岭省人民医院院长庞一平讲话。",
    )
    assert found[("祝一达", "党委书记")] == "禾川县人民医院"
    partner = posts(
        "我院与嵩川医科大学第一附属医院签约共建专科联盟",
        "7月8日，嵩台县人民医院与嵩川医科大学第一附属医院签约。嵩医一附院副院长尚一彬、嵩川医科大学第一附属医院"
        "心内科主任雷一远出席，我院院长彭一勋主持。",
    )
    assert partner[("彭一勋", "院长")] == "嵩台县人民医院"
    assert partner[("尚一彬", "副院长")] == "嵩川医科大学第一附属医院"


def test_a_bare_unit_after_an_institutions_post_is_that_institutions():
    found = posts(
        "7月22日，康源医疗集团助理总裁、运营管理中心总经理莫一卿到青川市人民医院督导。",
        "淮江理工大学副校长庄一德，科学技术研究院院长柳一眉出席。",
    )
    assert found[("莫一卿", "总经理")] == "康源医疗集团运营管理中心"
    assert found[("柳一眉", "院长")] == "淮江理工大学科学技术研究院"
    congress = posts("青川市人民医院召开职代会。提案工作委员会主任、急诊科主任医师谷一阳作报告。")
    assert congress[("谷一阳", "主任医师")] == "急诊科"  # a congress committee has no 急诊科


def test_a_declared_short_name_and_a_units_short_parent():
    found = posts(
        "8月16日，鹿溪县紧密型县域医疗卫生共同体（以下简称“鹿溪县医共体”）成立大会召开。",
        "县人民医院院长邢一秋任医共体总院长。",
        "燕北省护理学会秘书长郦一晖出席，省护理学会学术部部长谭一晴主持。",
    )
    assert found[("邢一秋", "总院长")] == "鹿溪县紧密型县域医疗卫生共同体"
    assert found[("谭一晴", "部长")] == "燕北省护理学会学术部"


def test_the_person_written_with_wo_yuan_and_with_a_hospital_tells_which_is_ours():
    found = posts(
        "北岭省医学会分会完成换届 我院黄一鹰当选主任委员",
        "5月17日，换届会议召开。北岭医科大学第一附属医院消化内科主任孔一武作报告。"
        "北陵市人民医院副院长、消化内科主任黄一鹰当选主任委员。",
    )
    assert found[("黄一鹰", "主任")] == "消化内科"  # a unit of the issue's own hospital is named alone


def test_units_named_by_what_they_do():
    assert orgs_of("北岭省医学会副会长邱一平、组织管理部主任常一琳出席。")[("常一琳", "主任")] == "北岭省医学会组织管理部"
    assert orgs_of("县卫健委副主任甲一，对口帮扶办公室主任时一岚出席。").get(("时一岚", "主任")) in (
        "对口帮扶办公室", "县卫健委对口帮扶办公室")
