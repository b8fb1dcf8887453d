"""Where a name ends, wave 20, all names invented: a name ending in 和 before a body and its
posts closed by 职务 (免去某某和…书记职务) keeps its 和; a compound surname's one-character given
name when the rest of the text is a word (司徒策|协同, 纳兰怡|产科); adverbs that open a predicate
after a subject (专门, 特意, 特地) end a name, a Mongolian name of known elements too."""

from __future__ import annotations

from .conftest import name_span


def test_he_before_a_body_and_its_posts_closed_by_zhiwu_is_the_given_name(lexicon):
    sentence = "免去卢志和苍澜医学院附属第二医院党委书记、党委委员职务。"
    assert name_span(sentence, 2, lexicon) == "卢志和"


def test_he_before_a_body_and_a_titled_second_person_joins_two_people(lexicon):
    assert name_span("院长卢志和苍澜医学院附属第二医院党委书记邵清出席。", 2, lexicon) == "卢志"
    assert name_span("院长卢志和苍澜医学院院长出席。", 2, lexicon) == "卢志"


def test_a_compound_surname_given_name_of_one_character_before_a_word(lexicon):
    assert name_span("支队副支队长上官策协同指挥救援。", 6, lexicon) == "上官策"
    assert name_span("护士长纳兰怡产科护士长郑鸥", 3, lexicon) == "纳兰怡"


def test_a_compound_surname_given_name_of_two_characters_stays_whole(lexicon):
    assert name_span("副院长欧阳秀岚主持会议。", 3, lexicon) == "欧阳秀岚"


def test_an_adverb_after_the_subject_ends_a_minority_name(lexicon):
    assert name_span("卫生院院长朝鲁苏和专门腾出一间诊室。", 5, lexicon) == "朝鲁苏和"


def test_a_list_row_glued_to_the_next_row_ends_at_the_next_rows_placed_body(lexicon):
    sentence = "苍澜市中心医院心胸外科主任、主任医师柯慕远苍澜市妇幼保健院产房护士长邬思雨苍澜市急救中心调度科科长卢海岳"
    assert name_span(sentence, sentence.index("柯慕"), lexicon) == "柯慕远"


def test_a_compound_surname_name_before_a_department_and_title_in_a_commendation_row():
    from .conftest import pairs_of

    found = pairs_of("优秀护士长：重症医学科护士长纳兰怡产科护士长邬小鸥优秀医生：柯青山")
    assert ("纳兰怡", "护士长") in found and not any(name == "纳兰怡产" for name, _title in found)
