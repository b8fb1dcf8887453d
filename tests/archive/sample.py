"""Hand-built issues and facts about fictional hospitals (shared by archive, export and CLI tests)."""

from __future__ import annotations

from yuanzhi.model import (
    Appointment,
    Article,
    Byline,
    Event,
    Evidence,
    Facts,
    Honor,
    Issue,
    Organization,
    Partnership,
    PatientMention,
    Person,
    Position,
    Sidebar,
)

HOSPITAL = "青川市人民医院"


def issue_may(sha: str = "sha-may", source: str = "青川院报-2024-05.txt") -> Issue:
    return Issue(
        source=source,
        date="2024-05-20",
        date_source="masthead",
        title="青川院报",
        number="第88期",
        pages=2,
        sha256=sha,
        articles=(
            Article(
                id="a1",
                title="我院隆重举行国际护士节表彰大会",
                kicker="弘扬南丁格尔精神",
                paragraphs=(
                    "5月11日，青川市人民医院举行国际护士节表彰大会。",
                    "党委书记、院长林知远出席会议并讲话，对全院护理人员致以节日问候。",
                    "会上表彰了优秀护士二十名，护理部主任郑晓禾宣读表彰决定。",
                ),
                bylines=(Byline("护理部", ("于青",)),),
                pages=(1,),
            ),
            Article(
                id="a2",
                title="胸外科成功完成首例单孔胸腔镜肺叶切除术",
                paragraphs=(
                    "近日，胸外科团队为患者小禾（化名）成功实施单孔胸腔镜肺叶切除术。",
                    "术后第三天小禾即可下床活动，胸外科主任韩立川介绍了手术经过。",
                ),
                sidebars=(Sidebar("健康小科普", ("肺结节不等于肺癌，定期复查很重要。",)),),
                bylines=(Byline("胸外科", ("韩立川", "周小满")),),
                pages=(1, 2),
                continued=True,
            ),
            Article(
                id="a3",
                title="我院与南湖医科大学附属医院签署医联体合作协议",
                paragraphs=(
                    "5月16日，我院与南湖医科大学附属医院签署紧密型医联体合作协议。",
                    "林知远表示，双方将在学科建设、人才培养等方面深化合作。",
                ),
                bylines=(Byline("党委办公室", ("陈默",)),),
                pages=(2,),
            ),
        ),
    )


def issue_june(sha: str = "sha-june", source: str = "青川院报-2024-06.txt") -> Issue:
    return Issue(
        source=source,
        date="2024-06-25",
        date_source="masthead",
        title="青川院报",
        number="第89期",
        pages=1,
        sha256=sha,
        articles=(
            Article(
                id="a1",
                title="我院召开干部任免大会",
                paragraphs=(
                    "6月3日，我院召开干部大会，宣布任命苏景行为副院长。",
                    "院长林知远对新任干部提出要求。",
                ),
                bylines=(Byline("组织人事部", ("陈默",)),),
                pages=(1,),
            ),
            Article(
                id="a2",
                title="义诊进社区 健康送到家",
                paragraphs=(
                    "6月15日，我院组织专家赴青川社区开展义诊活动，王阿姨在义诊中测量了血压。",
                ),
                bylines=(Byline("护理部", ("于青",)),),
                pages=(1,),
            ),
        ),
    )


def _ev(source: str, article: str, quote: str) -> tuple[Evidence, ...]:
    return (Evidence(source, article, quote),)


def facts_may(source: str = "青川院报-2024-05.txt") -> Facts:
    return Facts(
        people=(
            Person(
                "林知远",
                (
                    Position(
                        "党委书记",
                        HOSPITAL,
                        "2024-05-20",
                        "2024-05-20",
                        _ev(source, "a1", "党委书记、院长林知远出席会议"),
                    ),
                    Position(
                        "院长",
                        HOSPITAL,
                        "2024-05-20",
                        "2024-05-20",
                        _ev(source, "a1", "党委书记、院长林知远出席会议"),
                    ),
                ),
            ),
            Person(
                "郑晓禾",
                (
                    Position(
                        "主任",
                        "护理部",
                        "2024-05-20",
                        "2024-05-20",
                        _ev(source, "a1", "护理部主任郑晓禾宣读表彰决定"),
                    ),
                ),
            ),
            Person(
                "韩立川",
                (
                    Position(
                        "主任",
                        "胸外科",
                        "2024-05-20",
                        "2024-05-20",
                        _ev(source, "a2", "胸外科主任韩立川介绍了手术经过"),
                    ),
                ),
            ),
        ),
        organizations=(
            Organization(HOSPITAL, "hospital"),
            Organization("护理部", "department", HOSPITAL),
            Organization("胸外科", "department", HOSPITAL),
            Organization("南湖医科大学附属医院", "hospital"),
        ),
        events=(
            Event("2024-05-11", "meeting", "青川市人民医院举行国际护士节表彰大会", "a1", source),
            Event(
                "2024-05-20",
                "surgery",
                "胸外科为患者小禾完成首例单孔胸腔镜肺叶切除术",
                "a2",
                source,
                approximate=True,
            ),
            Event(
                "2024-05-16",
                "signing",
                "与南湖医科大学附属医院签署紧密型医联体合作协议",
                "a3",
                source,
            ),
        ),
        honors=(
            Honor("护理部", "优秀护理团队", "2024-05-11", _ev(source, "a1", "表彰了优秀护士")),
        ),
        partnerships=(
            Partnership(
                (HOSPITAL, "南湖医科大学附属医院"),
                "alliance",
                "2024-05-16",
                _ev(source, "a3", "签署紧密型医联体合作协议"),
            ),
        ),
        patients=(PatientMention("小禾", source, "a2"),),
    )


def facts_june(source: str = "青川院报-2024-06.txt") -> Facts:
    return Facts(
        people=(
            Person(
                "林知远",
                (
                    Position(
                        "院长",
                        HOSPITAL,
                        "2024-06-25",
                        "2024-06-25",
                        _ev(source, "a1", "院长林知远对新任干部提出要求"),
                    ),
                ),
            ),
            Person(
                "苏景行",
                (
                    Position(
                        "副院长",
                        HOSPITAL,
                        "2024-06-03",
                        "2024-06-25",
                        _ev(source, "a1", "宣布任命苏景行为副院长"),
                    ),
                ),
            ),
        ),
        organizations=(Organization(HOSPITAL, "hospital"),),
        appointments=(
            Appointment(
                "苏景行",
                "副院长",
                HOSPITAL,
                "appoint",
                "2024-06-03",
                _ev(source, "a1", "宣布任命苏景行为副院长"),
            ),
        ),
        events=(
            Event("2024-06-03", "appointment", "召开干部大会，任命苏景行为副院长", "a1", source),
            Event(
                "2024-06-15",
                "outreach",
                "组织专家赴青川社区开展义诊活动，王阿姨测量血压",
                "a2",
                source,
            ),
        ),
        patients=(PatientMention("王阿姨", source, "a2"),),
    )
