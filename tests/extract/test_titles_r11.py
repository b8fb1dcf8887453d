"""Rounds 11-12 classes of titles, names and appointments (invented names, places and bodies)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of, posts_in


def appointed(*paragraphs: str) -> set[tuple[str, str, str]]:
    facts = issue_to_facts(one_article(*paragraphs, date="2026-05"))
    return {(a.person, a.title, a.action) for a in facts.appointments}


def test_every_compound_surname_of_the_hundred_family_list_takes_its_name() -> None:
    assert ("东门立川", "总经理") in pairs_of("芦溪航空有限公司总经理东门立川出席签约仪式。")
    assert ("南门雨亭", "董事长") in pairs_of("芦溪物流有限公司董事长南门雨亭致辞。")
    assert ("归海一鸣", "科长") in pairs_of("医务科科长归海一鸣介绍了流程。")


def test_a_township_party_post_is_read_without_the_township_level_when_the_place_came_before() -> None:
    assert pairs_of("乡党委书记蒯立川、乡长姜雨亭陪同调研。") >= {("蒯立川", "党委书记"), ("姜雨亭", "乡长")}
    assert ("范一鸣", "党工委副书记") in pairs_of("街道党工委副书记、办事处主任范一鸣，街道办事处副主任庹春雨参加活动。")


def test_posts_of_a_customs_house_a_prison_and_an_international_body() -> None:
    assert pairs_of("芦溪海关党委委员、副关长蒯立川出席签约仪式。") >= {("蒯立川", "党委委员"), ("蒯立川", "副关长")}
    assert pairs_of("芦溪监狱监狱长姜雨亭、副监狱长范一鸣出席启用仪式。") >= {("姜雨亭", "监狱长"), ("范一鸣", "副监狱长")}
    assert ("庹春雨", "项目官员") in pairs_of("国际儿童基金会驻华办事处卫生处项目官员庹春雨，省卫健委处长姜雨亭出席。")


def test_team_doctors_subject_teachers_veterinary_grades_and_advisers() -> None:
    assert ("姜雨亭", "心理教师") in pairs_of("学校心理中心主任、心理教师姜雨亭表示欢迎。")
    assert ("范一鸣", "高级兽医师") in pairs_of("县动物疫控中心副主任、高级兽医师范一鸣讲解了消毒规范。")
    assert ("蒯立川", "医学顾问") in posts_in("俱乐部医学顾问、肿瘤科主任蒯立川作了讲座。")


def test_an_acting_head_of_an_institute_keeps_the_qualifier() -> None:
    assert pairs_of("市疾控中心免疫规划所代理所长蒯立川出席。") == {("蒯立川", "代理所长")}


def test_a_pronoun_after_the_cue_is_the_person_just_given_the_letter() -> None:
    assert appointed("仪式上，蒯立川为姜雨亭颁发聘书，聘请其为芦溪市气象局特聘专家。") == {("姜雨亭", "特聘专家", "appoint")}
    assert ("庹春雨", "医疗顾问", "appoint") in appointed("范一鸣还为庹春雨颁发聘书，聘请他为芦溪市社会福利院医疗顾问。")


def test_letters_of_advisers_team_doctors_and_part_time_teachers() -> None:
    assert appointed("院长蒯立川为姜雨亭和某某律师事务所合伙人范一鸣颁发了医院法律顾问聘书。") == {
        ("姜雨亭", "法律顾问", "appoint"), ("范一鸣", "法律顾问", "appoint")}
    assert appointed("校长蒯立川为姜雨亭、康复医学科治疗师范一鸣等八名医务人员颁发了运动队队医聘书。") == {
        ("姜雨亭", "队医", "appoint"), ("范一鸣", "队医", "appoint")}
    assert appointed(
        "仪式上，院长蒯立川为芦溪市人民医院护理部主任姜雨亭、芦溪市中医医院针灸科主任、主任中医师范一鸣"
        "等十二名临床专家颁发了学院兼职教师聘书。"
    ) == {("姜雨亭", "兼职教师", "appoint"), ("范一鸣", "兼职教师", "appoint")}


def test_a_reason_between_the_person_and_the_removal_and_an_honorary_post_after_it() -> None:
    assert appointed("会上，上届主任委员、原副院长蒯立川因年龄原因不再担任主任委员职务，受聘为名誉主任委员。") == {
        ("蒯立川", "主任委员", "remove"), ("蒯立川", "名誉主任委员", "appoint")}


def test_by_after_an_announcement_opens_the_appointed_clause() -> None:
    assert ("蒯立川", "主任", "appoint") in appointed("仪式上宣布，由蒯立川兼任中心主任，姜雨亭任中心副主任。")


def test_a_credit_whose_spaces_the_page_lost_still_names_each_correspondent() -> None:
    from yuanzhi.extract.byline_names import credit_names
    from yuanzhi.extract.lexicon_loader import default_lexicon

    lexicon = default_lexicon()
    assert credit_names("（通讯员蒯立姜雨亭）", lexicon) == [("通讯员", "蒯立"), ("通讯员", "姜雨亭")]
    assert credit_names("本报讯（通讯员姜雨亭文/图）6月6日，某协会成立。", lexicon) == [("通讯员", "姜雨亭")]
    assert credit_names("（通讯员 欧阳立川）", lexicon) == [("通讯员", "欧阳立川")]


def test_a_books_editors_are_positions_held_and_a_newspapers_board_is_appointed() -> None:
    book = "《县域护理实务》共12章、30万字，由蒯立川任主编，该院副院长姜雨亭任副主编。"
    assert appointed(book) == set()
    assert ("姜雨亭", "副主编") in posts_in(book)
    board = "会议宣读了《关于成立〈芦溪医院报〉编辑委员会的通知》：院长蒯立川任编委会主任；姜雨亭任主编。"
    assert ("姜雨亭", "主编", "appoint") in appointed(board)


def test_a_bad_book_roles_row_names_its_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from yuanzhi.errors import LexiconError
    from yuanzhi.extract.book_roles import load_book_words

    path = tmp_path / "book_roles.tsv"
    path.write_text("# roles\nrole\t主编\nbook 该书\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_book_words(path)
    assert "book_roles.tsv" in str(caught.value) and "3" in str(caught.value)


def test_a_compound_surname_keeps_a_given_name_he() -> None:
    assert ("欧阳和", "主任医师") in pairs_of("老年医学科主任、主任医师欧阳和每周二带队到服务站坐诊。")
