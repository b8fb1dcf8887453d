"""Round 17's dating principles, on invented texts: a relative year word with the year it
names in brackets (前年（2019年）); ages and birthdays beside a birth year; spans of a term
begun in a printed year and ending now; a year printed as past or present is a floor, and a
birth year is no candidate for the issue's."""

from __future__ import annotations

from yuanzhi.articles.dating import weigh


def test_a_relative_year_word_with_its_year_in_brackets() -> None:
    found = weigh(["5月8日，专家组到栖霞岭医院复核卒中中心。该中心前年（2019年）通过省级认证，去年救治患者300例。"])
    assert found.date == "2021-05"
    assert found.confidence is not None and found.confidence > 0.5
    found = weigh(["3月2日，栖霞岭医院召开职代会。去年（2016年），医院门诊量增长一成。"])
    assert found.date == "2017-03"
    assert found.confidence is not None and found.confidence > 0.5


def test_the_bracketed_year_after_its_word_only() -> None:
    # a year in brackets after another word says nothing of the issue's year beyond itself
    found = weigh(["5月8日，栖霞岭医院召开会议。医院始建于前清（1901年）。2020年新院区启用。"])
    assert found.date != "1903-05"


def test_a_birthday_in_one_sentence_and_the_birth_year_in_another() -> None:
    found = weigh([
        "9月20日，栖霞岭医院退休医师石兰芝迎来了她的百岁生日。院领导上门祝寿。石兰芝1922年9月出生，"
        "1950年到医院工作。十年前，90岁的老人还坚持义诊。"
    ])
    assert found.date == "2022-09"
    assert found.confidence is not None and found.confidence > 0.5


def test_an_age_some_years_ago_beside_the_birth_year() -> None:
    found = weigh(["老药师柯文远1941年出生。三年前，80岁的他把毕生收藏的药材标本捐给医院。5月9日，标本馆开馆。"])
    assert found.date == "2024-05"


def test_a_birthday_with_its_age_in_figures() -> None:
    found = weigh(["11月3日是老院长鲁平安的85岁生日，科室同事为他送上祝福。鲁平安生于1936年，从医六十年。"])
    assert found.date == "2021-11"


def test_two_birth_years_in_one_article_pair_with_no_age_across_sentences() -> None:
    # two people born in different years: which one the age is of is not said
    found = weigh(["9月2日，两位老人来院体检。一位1930年出生，一位1935年出生。老人说，百岁生日要在医院过。"])
    assert found.date not in ("2030-09", "2035-09")


def test_a_birth_date_is_history_not_the_issue_s_month() -> None:
    # the only years printed are a birth and a start of work: the issue's year is not said
    found = weigh(["老专家柯文远1931年3月出生，1955年参加工作。4月2日，他为社区居民义诊。"])
    assert found.date is None or not found.date.startswith(("1931", "1932"))
    assert found.date is None or (found.confidence is not None and found.confidence <= 0.5)


def test_an_issue_is_not_older_than_a_year_it_prints_as_past() -> None:
    found = weigh(["柯文远1931年3月出生，1955年进入医院，1960年任外科主任。4月2日，医院为他举办从医座谈会。"])
    assert found.date is None or int(found.date[:4]) >= 1960


def test_a_term_begun_in_a_printed_year_and_ended_now() -> None:
    found = weigh([
        "8月3日，栖霞岭医院第二批援藏医疗队圆满完成为期三年的帮扶任务返回。2019年8月，队员们来到海拔四千米的受援医院，"
        "在内科和外科工作。医院的援藏工作始于2015年。"
    ])
    assert found.date == "2022-08"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_tenure_of_years_ended_now() -> None:
    found = weigh(["6月12日，栖霞岭医院召开职工大会，院长宋明川五年任期届满。宋明川2016年6月就任院长，任内建成新院区。"])
    assert found.date == "2021-06"


def test_a_term_that_only_begins_is_no_span_ended() -> None:
    found = weigh(["9月1日，栖霞岭医院第三批援疆医疗队出发，开始为期两年的援疆工作。2019年9月，第一批队员来到受援医院。"])
    assert found.date != "2021-09"


def test_two_service_spans_with_rough_counts_agree_on_one_year() -> None:
    found = weigh([
        "放射科主任芮青禾从2008年起担任科主任，一干就是十二三年。",
        "护士覃小满2017年从护校毕业来到医院，在科里已经工作了四年多。10月9日，她获评优质护理之星。",
    ])
    assert found.date == "2021-10"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_count_of_two_adjacent_numbers_is_either() -> None:
    from yuanzhi.articles.life_years import life_year_cues

    cues = life_year_cues("药剂师卞秋生1990年参加工作，在药房工作了二十七八年。")
    assert {c.year for c in cues} == {2017, 2018}


def test_last_september_s_total_lunar_eclipse() -> None:
    # the only total lunar eclipse seen across China in a September between 1998 and 2043 is 2025's
    found = weigh(["继去年9月的月全食之后，本月初的夜空再次出现“红月亮”，眼科提醒市民不要熬夜观看。3月20日，眼科开展义诊。"])
    assert found.date == "2026-03"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_total_lunar_eclipse_with_its_day() -> None:
    found = weigh(["3月3日晚，不少职工下班后在院区广场观看月全食。3月10日，医院召开职代会。"])
    assert found.date == "2026-03"


def test_two_age_words_of_one_birth_year_are_one_source() -> None:
    from yuanzhi.articles.date_cues import YearCue
    from yuanzhi.articles.year_votes import agreed_votes

    one = [YearCue(2022, "about", 1.0, "年过八旬", 10, origin=1941), YearCue(2022, "about", 1.0, "八旬老人", 40, origin=1941)]
    assert agreed_votes(one) == []
    two = [YearCue(2022, "about", 1.0, "工作了三十二三年", 10, origin=1989), YearCue(2022, "about", 1.0, "工作了四年多", 40, origin=2018)]
    assert [v.year for v in agreed_votes(two)] == [2022]


def test_a_january_issue_after_a_dated_december_is_named_by_that_date() -> None:
    found = weigh(["二〇二五年十二月三十日，栖霞岭医院印发中层干部轮岗方案。1月6日，轮岗干部到岗。"])
    assert found.date == "2026-01"
    assert found.confidence is not None and found.confidence > 0.5
