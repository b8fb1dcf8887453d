"""Assembly on hand-set issues: displaced headlines matched by content,
headless bodies left untitled, 下转/上接 stitched, issues dated."""

from __future__ import annotations

import pytest

from tests.layout.test_text_layout import column
from yuanzhi.articles.dating import DateError, from_filename, infer, normalize_given
from yuanzhi.pipeline import parse_text

NURSES = [
    "5月11日，医院举行国际护士节表彰大会，对年度优秀护士和先进护理集体进行表彰，院领导为获奖护士颁发证书。",
    "会上，护理部主任回顾了一年来护理队伍建设的成绩，勉励全院护士坚守初心，用专业和温度守护患者健康。",
]
HEART = [
    "近日，心血管内科成功为一名八旬患者实施经导管主动脉瓣置换术，手术历时一个半小时，患者术后恢复良好。",
    "该手术无需开胸，创伤小、恢复快，为高龄和不能耐受外科手术的主动脉瓣狭窄患者带来了新的希望。",
]
CLINIC = [
    "6月1日起，医院在门诊大厅开设便民服务中心，为患者提供预约挂号、报告打印、医保咨询等一站式服务。",
    "服务中心开设以来，日均接待患者三百余人次，患者排队等候时间明显缩短，就医体验大幅提升。",
]


def issue_text(*lines: str) -> str:
    return "\n\n".join(lines)


def test_displaced_headline_is_matched_to_its_body_by_content() -> None:
    text = issue_text(
        *column(NURSES, 18), "（护理部 程雪芳）",
        "心内科完成首例经导管主动脉瓣置换术",
        "白衣天使展风采 医院隆重表彰优秀护士",  # printed after another article's headline
        *column(HEART, 16), "（心血管内科 葛然）",
    )
    issue = parse_text(text)
    titles = {a.paragraphs[0][:6]: a.title for a in issue.articles}
    assert titles["5月11日，"] == "白衣天使展风采医院隆重表彰优秀护士"
    assert titles["近日，心血管"] == "心内科完成首例经导管主动脉瓣置换术"
    assert not issue.unassigned


def test_body_without_headline_keeps_no_title() -> None:
    text = issue_text(
        *column(NURSES, 18), "（护理部 程雪芳）",
        "心内科完成首例经导管主动脉瓣置换术", *column(HEART, 16), "（心血管内科 葛然）",
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == [None, "心内科完成首例经导管主动脉瓣置换术"]


def test_continued_article_is_stitched_and_its_cut_sentence_joined() -> None:
    first = column(NURSES, 18)
    cut = first[-1][:5]
    rest_of_sentence = first[-1][5:]
    text = issue_text(
        "医院隆重表彰优秀护士", *first[:-1], cut + "（下转二版）",
        "便民服务中心正式启用", *column(CLINIC, 18), "（门诊部 许静）",
        "（上接一版）" + rest_of_sentence, *column(["护士代表纷纷表示，将以先进为榜样，在平凡岗位上做出新的贡献。"], 18), "（护理部 程雪芳）",
    )
    issue = parse_text(text)
    assert len(issue.articles) == 2
    nurses = next(a for a in issue.articles if a.title == "医院隆重表彰优秀护士")
    assert nurses.continued
    assert NURSES[1] in nurses.paragraphs  # the sentence cut by 下转 is whole again
    assert nurses.pages == (1, 2)
    assert [b.department for b in nurses.bylines] == ["护理部"]
    assert "（下转二版）" in issue.furniture and "（上接一版）" in issue.furniture


def test_issue_date_sources() -> None:
    assert normalize_given("2024-6") == "2024-06"
    with pytest.raises(DateError):
        normalize_given("June 2024")
    assert from_filename("院报2024-06.txt") == "2024-06"
    assert from_filename("000_97d26edf5ada38ae.txt") is None
    assert infer(["2024年国际护士节", "5月11日，医院举行", "2023年度先进", "4月29日，运动会", "2024年2月20日评审"]) == "2024-05"


def test_given_date_wins() -> None:
    issue = parse_text(issue_text("医院隆重表彰优秀护士", *column(NURSES, 18)), "2023-01.txt", date="2024-06")
    assert (issue.date, issue.date_source) == ("2024-06", "given")
    assert parse_text(issue_text("医院隆重表彰优秀护士", *column(NURSES, 18)), "2023-01.txt").date_source == "filename"


def test_plain_text_that_is_no_newsletter_warns() -> None:
    novel = "".join(f"他走了很久很久，{i}天以后终于看到了远处的村庄，心里一阵欢喜。" for i in range(40))
    issue = parse_text(issue_text(*column([novel], 20)), "novel.txt")
    assert issue.warnings and "newsletter" in issue.warnings[0]
    assert len(issue.articles) == 1


def test_byline_under_the_headline_opens_the_article() -> None:
    text = issue_text(
        "医院隆重表彰优秀护士", "（记者 杭雨薇 通讯员 程雪芳）", *column(NURSES, 18),
        "便民服务中心正式启用", *column(CLINIC, 18), "（门诊部 许静）",
    )
    issue = parse_text(text)
    assert [a.title for a in issue.articles] == ["医院隆重表彰优秀护士", "便民服务中心正式启用"]
    nurses = issue.articles[0]
    assert list(nurses.paragraphs) == NURSES
    # each credit its own record (E150: a role after names opens the next credit, 记者 甲 摄影 乙)
    assert [(b.authors, b.roles) for b in nurses.bylines] == [(("杭雨薇",), ("记者",)), (("程雪芳",), ("通讯员",))]


def test_dateline_byline_goes_to_the_bylines() -> None:
    lead = "本报讯（通讯员 许静 宋哲）" + CLINIC[0]
    issue = parse_text(issue_text("便民服务中心正式启用", *column([lead, CLINIC[1]], 18)))
    article = issue.articles[0]
    assert article.paragraphs[0] == "本报讯" + CLINIC[0]
    assert [(b.authors, b.roles) for b in article.bylines] == [(("许静", "宋哲"), ("通讯员",))]
