"""Names and titles of round 27's shapes (E135): a notice's 聘任 with the person's current posts
before the name and 同志 before 为; a 任前公示 whose first row follows the notice's long lead; a
name's last character that is a one-character verb with 了, a preposition before a verb, or the first
of a noun; a reduplicated name closed by punctuation; job words of staff in award lists; a veteran
in a chain; a rare character t2s would fold into one out of common use. People and bodies are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.sentences import to_simplified

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title) for p in facts.people for pos in p.positions}


def appointments(*paragraphs: str) -> set[tuple[str, str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.action) for a in facts.appointments}


def test_a_notices_appointee_written_with_current_posts_and_tongzhi() -> None:
    found = appointments(
        "经院党委会研究决定，现将有关干部任免事项通知如下：",
        "五、聘任西岭院区综合办公室主任甘一禾同志为西岭院区执行院长；",
        "十二、聘任护理部护士长甘二苗、供应室护士长甘三木同志分别为西岭院区护理部副主任、门诊部护士长。",
    )
    assert ("甘一禾", "执行院长", "appoint") in found
    assert ("甘二苗", "副主任", "appoint") in found
    assert ("甘三木", "护士长", "appoint") in found


def test_a_pre_appointment_notices_first_row_after_its_long_lead() -> None:
    found = posts(
        "为进一步扩大干部工作中的民主，根据有关规定，现将拟任职人员情况予以公示：甘一禾，女，1980年5月生，"
        "汉族，大学学历，中共党员，主任医师。现任岚屿县人民医院党委副书记、院长，拟任岚屿县卫生健康局党组成员、副局长。"
    )
    assert {("甘一禾", "党委副书记"), ("甘一禾", "院长"), ("甘一禾", "副局长")} <= found


def test_a_one_character_verb_with_le_after_the_name() -> None:
    assert ("甘霁", "副主任护师") in posts("护理部主任、副主任护师甘霁谈了专科护士培训。")
    assert ("甘玉兰", "院长") in posts("岚溪镇卫生院院长甘玉兰讲了一组数字。")
    assert ("甘晴", "主管护师") in posts("急诊科主管护师甘晴演示了气管插管配合。")  # 演示了: the word, not 晴演


def test_a_preposition_before_a_verb_after_the_name() -> None:
    assert ("甘稔", "局长") in posts("区卫生健康局局长甘稔因履行监管职责不力被诫勉谈话。")


def test_the_first_character_of_a_noun_after_a_verb_left_alone() -> None:
    assert ("甘秋实", "主任医师") in posts("急诊科主任、主任医师甘秋实现场讲解了急救要点。")


def test_a_reduplicated_name_closed_by_punctuation() -> None:
    assert ("冉冉", "院长") in posts("医院党委书记甘一禾、院长冉冉，以及八十余名医生参加活动。")


def test_job_words_of_staff_in_an_award_list() -> None:
    found = posts("获得“服务之星”称号的有：收费处收费员甘一禾、急诊科驾驶员甘二苗、职工食堂厨师甘三木等。")
    assert {("甘一禾", "收费员"), ("甘二苗", "驾驶员"), ("甘三木", "厨师")} <= found
    assert ("甘四水", "公卫医生") in posts("团队成员——护师甘五叶、公卫医生甘四水，早已在村里。")


def test_a_grade_kept_whole_and_a_veteran_in_a_chain() -> None:
    assert ("甘一禾", "高级顾问医师") in posts("狮岭神经科学中心高级顾问医师甘一禾介绍了经验。")
    assert ("甘二苗", "院长") in posts("岚屿港务集团职工医院院长、退役军人甘二苗等参加签约仪式。")


def test_a_rare_character_stays_as_printed_when_t2s_folds_it_out_of_common_use() -> None:
    assert to_simplified("（通讯员 甘圞）") == "（通讯员 甘圞）"
    assert to_simplified("欒一舟任醫院院長") == "栾一舟任医院院长"


def test_people_listed_before_a_counted_group_then_engaged() -> None:
    found = appointments(
        "岚屿市第二医院护理部主任甘一禾、岚屿市中医院康复科副主任甘二苗等二十四名临床专家被聘为学院兼职教师，聘期三年。"
    )
    assert {("甘一禾", "兼职教师", "appoint"), ("甘二苗", "兼职教师", "appoint")} <= found
