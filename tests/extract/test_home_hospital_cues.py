"""The issue's own hospital (home_orgs.home_hospital) against bodies the text names beside it:
a class of hospitals, a short form with a verb glued before it, a hospital in 我院's own clause,
the hospital a visit comes to, a post after 我院, a proper word ending in 和 (invented names)."""

from __future__ import annotations

from yuanzhi.extract.home_orgs import home_hospital
from yuanzhi.extract.segment import default_tokenizer, tokens


def _home(texts: list[str], lexicon) -> str | None:
    tokenizer = default_tokenizer()
    return home_hospital(texts, lambda t: tokens(tokenizer, t), lexicon)


def test_a_class_of_hospitals_is_no_home(lexicon):
    texts = ["全州各乡镇卫生院的医生参加了培训。", "州蒙医医院专家授课。"]
    assert _home(texts, lexicon) == "州蒙医医院"
    assert _home(["在下辖的5个县级中医医院设立工作站。"], lexicon) is None


def test_a_verb_glued_to_a_short_form_counts_for_the_declared_name(lexicon):
    texts = [
        "省法院一行来到苇川市第三人民医院（苇川市精神卫生中心，以下简称“市三院”）调研。",
        "市三院党委书记出席。",
        "法院已委托市三院开展鉴定。",
        "市三院院长介绍了情况。",
    ]
    assert _home(texts, lexicon) == "苇川市第三人民医院"


def test_a_hospital_in_the_clause_of_our_own_is_another(lexicon):
    texts = [
        "青岚市康复医院客座教授聘任仪式举行。",
        "他每年到我院设立课堂。",
        "他建议我院到草甸乡卫生院设立指导点。",
        "青岚市康复医院是全市唯一一家康复医院。",
    ]
    assert _home(texts, lexicon) == "青岚市康复医院"


def test_the_hospital_a_visit_comes_to_is_the_host(lexicon):
    texts = [
        "市人大代表、柳川县石岭乡卫生院院长，市政协委员一行来到柳川市妇幼保健院调研。",
        "院党委书记陪同。",
    ]
    assert _home(texts, lexicon) == "柳川市妇幼保健院"


def test_the_health_centre_of_a_township_we_go_out_to_is_not_ours(lexicon):
    texts = [
        "我院赴岭口乡开展包虫病筛查。",
        "柏州传染病医院筛查医疗队深入柏县岭口乡的4个村。",
        "岭口乡卫生院院长提前通知了牧民。",
        "岭口乡卫生院医生协助登记。",
    ]
    assert _home(texts, lexicon) == "柏州传染病医院"


def test_a_hospital_the_bare_hospital_joins_with_is_another(lexicon):
    texts = [
        "1月5日晚，枫岭市妇女儿童医院儿科夜间门诊正式开诊。",
        "为保障运行，医院从内科抽调4名医生，并与枫岭市第二人民医院儿科建立会诊协作。",
        "枫岭市第二人民医院儿科主任表示将安排专家坐诊。",
    ]
    assert _home(texts, lexicon) == "枫岭市妇女儿童医院"


def test_a_hospital_listed_with_its_posts_beside_ours_is_another(lexicon):
    texts = [
        "岷沙市第一人民医院第三批帮扶专家欢迎会召开。",
        "岷沙市第一人民医院副院长贺知远，我院党委书记包青禾、院长单若川等参加会议。",
        "会上，甘雨霖挂任桐溪县人民医院执行院长。",
        "岷沙市第一人民医院已累计派出专家30人次。",
    ]
    assert _home(texts, lexicon) == "桐溪县人民医院"


def test_a_second_name_counts_for_the_name_of_record(lexicon):
    texts = [
        "苕岭市第五人民医院（苕岭市传染病医院）举办培训班。",
        "市传染病医院将继续下基层巡讲。",
        "苕岭市传染病医院专家授课。",
    ]
    assert _home(texts, lexicon) == "苕岭市第五人民医院"
    declared = [
        "去年，滦坡自治州妇幼保健院（以下简称“州妇幼”）开设待产之家。",
        "潭口乡卫生院院长主动联系州妇幼。",
        "州妇幼还配备了专职厨师。",
        "潭口乡卫生院也参加了培训。",
    ]
    assert _home(declared, lexicon) == "滦坡自治州妇幼保健院"


def test_the_start_of_a_post_is_no_name_shared_with_us(lexicon):
    # 党 is a surname, but 党委书(记) after 我院 and after a member hospital is one post, not one person:
    # the member printed with its own secretary in brackets is not the writer
    texts = [
        "由苇岭市肺科医院牵头组建的苇岭呼吸专科联盟成立大会在我院召开。"
        "我院党委书记鲁青禾、院长缪远舟出席。成员单位还包括苇岭市第五人民医院（党委书记柏望川）等。"
    ]
    assert _home(texts, lexicon) == "苇岭市肺科医院"


def test_a_proper_word_ending_in_he_opens_no_clause_before_the_hospital(lexicon):
    # 仁和 (a proper word to jieba) ends in 和, but it is the hospital's own name, not 和 before a bare 医院
    texts = ["7月3日，苇岭仁和医院年中工作会议召开。", "会议由执行院长鲁青禾主持。"]
    assert _home(texts, lexicon) == "苇岭仁和医院"
