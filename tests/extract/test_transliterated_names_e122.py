"""Round 25's transliterated, Tibetan and Han name boundaries, fitted by principle (invented names
throughout):

- the part after a name's middle dot runs over the characters of transliteration to the end of
  the name (lexicon/transliteration_chars.txt): past a known element (叶尔|别科娃), past 科 (no
  department inside a name), and stops before a word holding a character no transliteration uses
  (会见, 提出), not after it;
- a printed line break inside the part after the dot cuts no paragraph;
- a profile or a career opens with a dotted name as with a Han one (某某·某某，女，维吾尔族，…);
  a person's people of three characters (维吾尔族, 哈萨克族) and 政工师 are profile facts, no posts;
- a dotted name stands before a bracket of posts (…）某某·某（某科副主任）);
- Tibetan names of two known elements (lexicon/minority_names.tsv), and before an adverb (则);
- a preposition before a clause's end is a name's last character (某有为，); a word said twice
  (年年, 天天) opens no name.
"""

from __future__ import annotations

from yuanzhi.pipeline import parse_text

from .conftest import posts_in

_OPEN = "6月3日，柘原市人民医院接待了来访的代表团。"


def test_the_part_after_the_dot_runs_past_a_known_element():
    found = posts_in(_OPEN, "代表团团长、州立医院院长迪娜拉·叶尔别科娃、副院长伊万·斯捷潘连科等一行6人来访。")
    assert ("迪娜拉·叶尔别科娃", "院长") in found
    assert ("伊万·斯捷潘连科", "副院长") in found
    assert not any(name in {"迪娜拉·叶尔", "伊万"} for name, _title in found)


def test_the_part_after_the_dot_stops_before_a_verb():
    found = posts_in(_OPEN, "当天上午，副市长、市外办主任马拉提·吐尔森会见了代表团。")
    assert ("马拉提·吐尔森", "副市长") in found
    assert not any(name.endswith("会见") for name, _title in found)


def test_a_line_break_inside_the_part_after_the_dot_cuts_no_paragraph():
    text = (
        "援疆医疗队半年工作纪实\n"
        "本报讯　今年3月，我院第五批援疆医疗队抵达塔林县，开始为期一\n"
        "年的对口支援工作。半年来，队员们扎根当地医院，交出了一份答卷。\n"
        "“来了就要留下点东西。”这是队员们常说的一句话。\n"
        "在塔林县卫生健康委员会主任阿曼古丽·吐尔\n"
        "逊的协调下，5名队员与当地12名青年医\n"
        "生结成师徒对子，每周开展教学查房和病例讨\n"
        "论。\n"
    )
    paragraphs = [p for article in parse_text(text, source="t.txt").articles for p in article.paragraphs]
    assert any("阿曼古丽·吐尔逊的协调下" in p for p in paragraphs)


def test_a_profile_opens_with_a_dotted_name():
    found = posts_in(
        "8月2日，柘原石油集团总医院召开干部大会。",
        "阿丽米热·沙吾尔，女，维吾尔族，1980年5月生，大学学历，高级政工师，此前任集团公司团委书记。",
    )
    assert ("阿丽米热·沙吾尔", "团委书记") in found
    assert not any(title == "高级政工师" for _name, title in found)


def test_a_career_opens_with_a_dotted_name():
    found = posts_in(
        "【名医风采】",
        "巴哈古丽·热扎克，1975年出生于塔林县一个牧民家庭，1998年毕业于西域医科大学临床医学专业。"
        "她先后任塔林县人民医院内科医师、心内科主任。",
    )
    assert ("巴哈古丽·热扎克", "医师") in found


def test_a_dotted_name_before_a_bracket_of_posts():
    found = posts_in(
        "现将“优秀”等次人员名单公示如下：",
        "马志勇（信息科科长）苏海燕（产科主任）尤素甫·丁（检验科副主任）公示时间为5个工作日。",
    )
    assert ("尤素甫·丁", "副主任") in found


def test_tibetan_names_of_two_known_elements():
    found = posts_in(_OPEN, "例会由卫生院院长旺堆次仁主持，乡村医生次旺扎堆、岗嘎村卫生室乡村医生央措卓玛分列考核前两名。")
    assert ("旺堆次仁", "院长") in found
    assert ("次旺扎堆", "乡村医生") in found
    found = posts_in(_OPEN, "州委常委、秘书长旦知加，州卫生健康委员会人事科科长曲培加措到会指导。")
    assert ("旦知加", "秘书长") in found
    assert ("曲培加措", "科长") in found


def test_tibetan_elements_end_before_an_adverb():
    found = posts_in(_OPEN, "州藏医院藏医内科主任、主任藏医师更求曲培则为有需要的群众提供诊疗。")
    assert ("更求曲培", "主任藏医师") in found


def test_a_preposition_before_a_clause_end_is_the_name_s():
    found = posts_in(_OPEN, "公司总经理郁长林，公司总工程师韦有为，矿山救护大队大队长祖立军等参加演练。")
    assert ("韦有为", "总工程师") in found
    assert ("韦有", "总工程师") not in found


def test_a_word_said_twice_opens_no_name():
    found = posts_in(_OPEN, "医疗队中医科主治医师韦思远为他调整了用药。“大夫年年来，我们心里踏实。”老隗说。")
    assert not any(name == "年年来" for name, _title in found)
