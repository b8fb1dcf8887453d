"""Articles printed one after another without a byline between them
(articles.boundaries). Hospitals, people and stories are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.layout.test_text_layout import column
from yuanzhi.articles.boundaries import load_openings
from yuanzhi.errors import LexiconError
from yuanzhi.pipeline import parse_text

CONGRESS = [
    "3月9日，青川县第二人民医院召开三届二次职工代表大会，回顾总结上一年工作，安排部署新一年各项重点工作，全体代表参加会议。",
    "会议指出，新的一年要坚持以患者为中心，持续改善医疗服务，推动医院高质量发展再上新台阶。",
]
CONGRESS_MORE = [
    "会议要求，各科室要把职工代表大会确定的重点工作落到实处，细化目标任务，压实工作责任。",
    "全体代表审议通过了医院工作报告和财务工作报告，并对医院发展提出了意见建议。",
]
VOLUNTEERS = [
    "为弘扬雷锋精神，医院团委组织青年志愿者来到城南社区，为居民开展义诊和健康知识宣讲活动，受到居民欢迎。",
    "志愿者们为居民测量血压、血糖，耐心解答健康问题，并发放健康宣传资料二百余份。",
]
FLOWERS = [
    "在“三八”国际妇女节来临之际，医院工会举办女职工插花活动，百余名女职工参加，现场花香四溢。",
    "活动中，插花老师讲解了插花的基本技巧，女职工们在欢声笑语中度过了一个愉快的节日。",
]


def _titles(*lines: str, spacing: str = "\n\n") -> list[str | None]:
    return [a.title for a in parse_text(spacing.join(lines)).articles]


@pytest.mark.parametrize("width", [14, 18, 22])
@pytest.mark.parametrize("spacing", ["\n\n", "\n"])
def test_a_two_phrase_headline_after_an_article_without_byline_starts_a_new_one(
    width: int, spacing: str
) -> None:
    titles = _titles(
        "职代会隆重召开", *column(CONGRESS, width), "青春志愿行 义诊进社区", *column(VOLUNTEERS, width),
        "（团委 柯小满）", spacing=spacing,
    )
    assert titles == ["职代会隆重召开", "青春志愿行义诊进社区"]


def test_a_headline_in_other_words_than_its_story_starts_one_when_the_story_opens_like_news() -> None:
    titles = _titles(
        "职代会隆重召开", *column(CONGRESS, 18), "巾帼绽芳华 花香满庭院", *column(FLOWERS, 18), "（工会 苏青禾）"
    )
    assert titles == ["职代会隆重召开", "巾帼绽芳华花香满庭院"]


def test_a_subheading_of_the_same_story_stays_inside_it() -> None:
    issue = parse_text(
        "\n\n".join(
            ["职代会隆重召开", *column(CONGRESS, 18), "聚焦重点工作 压实目标责任", *column(CONGRESS_MORE, 18), "（党办 钟明远）"]
        )
    )
    assert [a.title for a in issue.articles] == ["职代会隆重召开"]
    assert "聚焦重点工作压实目标责任" in issue.articles[0].subheadings


def test_a_numbered_subheading_never_starts_an_article() -> None:
    issue = parse_text(
        "\n\n".join(["职代会隆重召开", *column(CONGRESS, 18), "二、青年志愿者走进社区", *column(VOLUNTEERS, 18), "（团委 柯小满）"])
    )
    assert len(issue.articles) == 1


def test_a_bad_opening_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "story_openings.txt"
    path.write_text("# openings\n近日[，,]\n在(之际\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"story_openings.txt:3"):
        load_openings(path)


RESCUE = [
    "8月2日下午，一名六十岁的男子在医院门诊大厅突然晕倒、心跳骤停，门诊护士立即开始胸外按压。",
    "急诊团队两分钟内赶到，从倒地到恢复心跳仅用了十二分钟，为生命赢得了宝贵时间！",
]
HEATWAVE = ["8月9日，医院工会开展“夏送清凉”活动，为高温下坚守岗位的保洁人员送去防暑降温物品。"]
DROWNING = [
    "暑假期间，儿童溺水事故多发。医院儿科提醒家长：不让孩子私自下水游泳，不到无安全设施的水域玩耍，"
    "发现有人落水要及时呼救，不要盲目施救。"
]


def test_articles_without_indents_bylines_or_datelines_come_apart() -> None:
    """No paragraph is indented; a headline stands over a lead with a time of day
    (8月2日下午，); a paragraph's last line ends in ！; the third headline sits over
    a body that opens without a date."""
    titles = _titles(
        "青川医院报", "我院急诊团队成功抢救一名心脏骤停患者", *column(RESCUE, 21, indent=0),
        "清凉一夏 关爱一线", *column(HEATWAVE, 21, indent=0),
        "暑期儿童防溺水安全提示", *column(DROWNING, 21, indent=0), "（儿科 柯 蓝）", spacing="\n",
    )
    assert titles == ["我院急诊团队成功抢救一名心脏骤停患者", "清凉一夏关爱一线", "暑期儿童防溺水安全提示"]


def test_a_storys_run_of_section_heads_stays_inside_it() -> None:
    """A feature story without a byline until its end: a short intro, then section heads
    whose sections each use their own words. None of them starts an article."""
    intro = ["“要不是医生们连夜抢救，我这条命可能就交代了。”出院那天，柯先生拉着医生的手说。"]
    first = [
        "半个月前的一个深夜，柯先生和朋友聚餐后突发剧烈腹痛，被家人送到急诊，化验结果提示重症胰腺炎，"
        "病情进展很快，随时可能出现多器官功能衰竭。"
    ]
    second = [
        "重症医学科、消化内科、影像科和营养科的医生连夜会诊，制定了液体复苏、器官支持和营养治疗方案，"
        "经过十二天的精心治疗，各项指标逐渐恢复正常。"
    ]
    issue = parse_text(
        "\n\n".join(
            [
                "一场与时间的赛跑", *column(intro, 20), "暴饮暴食引发重症胰腺炎", *column(first, 20),
                "多学科联手闯过难关", *column(second, 20), "（重症医学科 向 晴）",
            ]
        )
    )
    assert [a.title for a in issue.articles] == ["一场与时间的赛跑"]
