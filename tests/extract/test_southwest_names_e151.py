"""Names of the southwest's peoples read whole (E151, invented names throughout):

- Kham Tibetan elements (其美, 朗杰, 泽翁, 巴登, 拥中, 三郎, 格玛, 王姆 …) and the Uyghur 帕夏 join the
  known elements of minority_names.tsv, so a name of two of them is one name (not cut after the first);
- Yi clan names 曲木, 阿说, 勒尔, 阿苦 start a Yi name of four (阿说's 说 no verb there); a clan name and one character is a name
  of three where it ends plainly (主任俄木某，), never before more text;
- a Dai name of three (岩某某, 玉某某) ends before a one-character verb (带着, 拿着) or a time word (早早);
- 线 (Yunnan) is a surname; the words it starts (线上) stay words;
- 因 after a name opens the cause (某某某因工作调动…), the name is not cut before it;
- a list row printed as body, minority name, title (某县医院某某某某主任医师) gives the name;
- a Yi clan name and one character printed apart in a byline (通讯员 某某 某) are one name.
"""

from __future__ import annotations

from yuanzhi.extract.byline_names import credit_names
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.model import Byline

from .conftest import one_article, posts_in, posts_with_orgs_in

_OPEN = "6月3日，柘原州人民医院召开会议。"


def test_kham_tibetan_and_uyghur_elements_make_one_name():
    found = posts_in(_OPEN, "院党委书记其美泽仁、院长格桑顿珠出席。护士长朗杰拉姆获表彰。")
    assert ("其美泽仁", "党委书记") in found and ("朗杰拉姆", "护士长") in found
    found = posts_in(_OPEN, "县卫健局党组书记、局长泽翁多吉，急诊科主任医师拥中王姆出席。")
    assert ("泽翁多吉", "局长") in found and ("拥中王姆", "主任医师") in found
    found = posts_in(_OPEN, "夜班负责人、主治医师帕夏古丽要牵头完成排班。")
    assert ("帕夏古丽", "主治医师") in found
    assert not any(name in {"其美", "朗杰", "泽翁", "拥中"} for name, _t in found)


def test_yi_clan_names_and_a_given_name_of_one():
    found = posts_in(_OPEN, "州卫健委党组书记、主任曲木阿果，卫生院副院长勒尔日哈出席。")
    assert ("曲木阿果", "主任") in found and ("勒尔日哈", "副院长") in found
    found = posts_in(_OPEN, "州卫健委党组书记、主任俄木达，州中医药管理局局长苏某出席。")
    assert ("俄木达", "主任") in found
    found = posts_in(_OPEN, "洛吉村卫生室负责人、乡村医生阿说木果，卫生院院长张某出席。")
    assert ("阿说木果", "乡村医生") in found


def test_dai_names_end_before_a_verb_or_time_word():
    found = posts_in(_OPEN, "村委会主任岩温勐早早在活动室摆好桌椅，乡村医生玉香坎拿着花名册入户。")
    assert ("岩温勐", "村委会主任") in found and ("玉香坎", "乡村医生") in found
    found = posts_in(_OPEN, "县鼠防站站长岩坎罕带着学员们在田边布夹。")
    assert ("岩坎罕", "站长") in found


def test_xian_is_a_surname_and_its_words_stay_words():
    found = posts_in(_OPEN, "副所长兼科长线明远出席。主任医师线上答疑。")
    assert ("线明远", "科长") in found
    assert not any(name.startswith("线上") for name, _t in found)


def test_a_cause_after_a_name_ends_it():
    found = posts_in(_OPEN, "原伦理委员会主任委员、中心原副主任程知远因工作调动不再担任委员。")
    assert ("程知远", "主任委员") in found
    assert not any(name == "程知" for name, _t in found)


def test_a_list_row_of_body_minority_name_and_title():
    found = posts_with_orgs_in(
        "现将评审通过人员名单公示如下：",
        "柘原县人民医院泽仁拉姆主任医师（内科）柘原县人民医院余某某主任护师格桑乡卫生院其美卓玛主任医师（全科）",
    )
    names = {(name, title) for name, title, _o in found}
    assert ("泽仁拉姆", "主任医师") in names and ("其美卓玛", "主任医师") in names


def test_a_yi_clan_name_and_one_character_spaced_in_a_byline_are_one_name():
    article = one_article(
        "本报讯 6月3日，柘原州中医医院召开会议。",
        bylines=(Byline(department=None, authors=("吉克", "阿"), roles=("通讯员",)),),
    )
    people = {(p.name, pos.title) for p in issue_to_facts(article).people for pos in p.positions}
    assert ("吉克阿", "通讯员") in people and ("吉克", "通讯员") not in people
    credits = credit_names("会议通过了方案。（记者 张某某 通讯员 沙马 木）", default_lexicon())
    assert ("通讯员", "沙马木") in credits
