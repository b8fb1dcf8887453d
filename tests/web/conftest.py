"""Fixtures for the web tests: a small archive built by ingesting hand-made issues.

The issues are invented text about fictional hospitals (青川市人民医院); the
facts are built by hand so the web tests do not depend on the parser or the
extractor.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from yuanzhi.archive.store import open_archive
from yuanzhi.model import (
    Appointment,
    Article,
    Box,
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
    Region,
    Sidebar,
)
from yuanzhi.web import WebSettings, create_app

HOSPITAL = "青川市人民医院"
TOKEN = "s3cret-token"
XSS_TITLE = "<script>alert('x')</script>护理部新闻"


def ev(source: str, article: str, quote: str) -> tuple[Evidence, ...]:
    return (Evidence(source=source, article_id=article, quote=quote),)


def issue_may() -> tuple[Issue, Facts]:
    src = "qingchuan-2025-05.txt"
    q_nurse = "5月12日，青川市人民医院举行护士节表彰大会。"
    q_dean = "院长林远山出席会议并讲话。"
    q_sign = "5月20日，青川市人民医院与南湖医科大学附属医院签署医联体合作协议。"
    a1 = Article(
        id="a1",
        title="我院隆重庆祝5·12国际护士节",
        kicker="弘扬南丁格尔精神",
        subtitle="表彰优秀护士四十名",
        paragraphs=(
            q_nurse + q_dean,
            "表彰现场",
            "护理部主任韩晓梅介绍了一年来护理工作的进展。优质护理服务已覆盖全部病区。",
        ),
        subheadings=("表彰现场",),
        sidebars=(Sidebar("健康小科普", ("勤洗手是预防感染的第一步。",)),),
        bylines=(Byline("护理部", ("韩晓梅",)),),
        pages=(1,),
    )
    a2 = Article(
        id="a2",
        title="胸腔镜微创手术让患者早日康复",
        paragraphs=(
            "胸外科团队近日为一名患者小安安（化名）完成单孔胸腔镜肺叶切除术。术后第三天患者即可下床活动。",
        ),
        bylines=(Byline("胸外科", ("周明",)),),
        pages=(2,),
    )
    a3 = Article(
        id="a3",
        title="我院与南湖医科大学附属医院签约",
        paragraphs=(q_sign + "双方将在人才培养、远程会诊等方面深化合作。",),
        bylines=(Byline("党政办", ("宋雨",)),),
        pages=(1, 2),
        continued=True,
        regions=(Region(1, Box(50, 100, 300, 400)),),
    )
    a4 = Article(
        id="a4",
        title=XSS_TITLE,
        paragraphs=("<b>粗体</b>不应生效。院长林远山看望了护理人员。",),
        pages=(3,),
    )
    issue = Issue(
        source=src,
        articles=(a1, a2, a3, a4),
        date="2025-05-31",
        date_source="given",
        title="青川医院报",
        number="第5期",
        pages=4,
        sha256="sha-may",
    )
    facts = Facts(
        people=(
            Person(
                "林远山",
                (Position("院长", HOSPITAL, "2025-05-12", "2025-05-12", ev(src, "a1", q_dean)),),
            ),
            Person(
                "韩晓梅",
                (
                    Position(
                        "主任",
                        "护理部",
                        "2025-05-12",
                        "2025-05-12",
                        ev(src, "a1", "护理部主任韩晓梅介绍了一年来护理工作的进展。"),
                    ),
                ),
            ),
        ),
        organizations=(
            Organization(HOSPITAL, "hospital", None, ev(src, "a1", q_nurse)),
            Organization("护理部", "department", HOSPITAL, ev(src, "a1", q_nurse)),
            Organization("胸外科", "department", HOSPITAL, ev(src, "a2", "胸外科团队")),
        ),
        events=(
            Event(
                "2025-05-12",
                "award",
                "青川市人民医院举行护士节表彰大会",
                "a1",
                src,
                evidence=ev(src, "a1", q_nurse),
            ),
            Event(
                "2025-05-20",
                "signing",
                "与南湖医科大学附属医院签署医联体合作协议",
                "a3",
                src,
                evidence=ev(src, "a3", q_sign),
            ),
            Event(
                "2025-05",
                "surgery",
                "完成单孔胸腔镜肺叶切除术，患者小安安术后康复",
                "a2",
                src,
                approximate=True,
            ),
        ),
        honors=(Honor("护理部", "优质护理示范病区", "2025-05-12", ev(src, "a1", q_nurse)),),
        partnerships=(
            Partnership(
                (HOSPITAL, "南湖医科大学附属医院"), "alliance", "2025-05-20", ev(src, "a3", q_sign)
            ),
        ),
        patients=(PatientMention("小安安", src, "a2"),),
    )
    return issue, facts


def issue_june() -> tuple[Issue, Facts]:
    src = "qingchuan-2025-06.txt"
    q = "经研究决定，任命韩晓梅为青川市人民医院副院长。"
    a1 = Article(
        id="a1",
        title="关于干部任免的通知",
        paragraphs=(q, "免去韩晓梅护理部主任职务。"),
        bylines=(Byline("组织人事部", ("刘青",)),),
        pages=(1,),
    )
    a2 = Article(
        id="a2",
        title="义诊进社区 健康送到家",
        paragraphs=("6月8日，我院专家团队走进青川社区开展义诊活动。院长林远山带队。",),
        bylines=(Byline("护理部", ("韩晓梅", "李可")),),
        pages=(2,),
    )
    issue = Issue(
        source=src,
        articles=(a1, a2),
        date="2025-06-30",
        date_source="given",
        title="青川医院报",
        number="第6期",
        pages=4,
        sha256="sha-june",
    )
    facts = Facts(
        people=(
            Person(
                "韩晓梅",
                (Position("副院长", HOSPITAL, "2025-06-30", "2025-06-30", ev(src, "a1", q)),),
            ),
            Person(
                "林远山",
                (
                    Position(
                        "院长",
                        HOSPITAL,
                        "2025-06-08",
                        "2025-06-08",
                        ev(src, "a2", "院长林远山带队。"),
                    ),
                ),
            ),
        ),
        appointments=(
            Appointment("韩晓梅", "副院长", HOSPITAL, "appoint", "2025-06-30", ev(src, "a1", q)),
            Appointment(
                "韩晓梅",
                "主任",
                "护理部",
                "remove",
                "2025-06-30",
                ev(src, "a1", "免去韩晓梅护理部主任职务。"),
            ),
        ),
        events=(Event("2025-06-08", "outreach", "专家团队走进青川社区开展义诊", "a2", src),),
    )
    return issue, facts


def build_archive(path: Path) -> Path:
    with open_archive(path) as archive:
        for issue, facts in (issue_may(), issue_june()):
            archive.ingest(issue, facts)
    return path


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return build_archive(tmp_path / "web.db")


@pytest.fixture
def settings(archive_path: Path, tmp_path: Path) -> WebSettings:
    return WebSettings(db=archive_path, admin_token=TOKEN, upload_dir=tmp_path / "uploads")


@pytest.fixture
def client(settings: WebSettings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def readonly_client(archive_path: Path, tmp_path: Path) -> Iterator[TestClient]:
    settings = WebSettings(db=archive_path, admin_token=None, upload_dir=tmp_path / "uploads-ro")
    with TestClient(create_app(settings)) as test_client:
        yield test_client
