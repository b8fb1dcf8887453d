"""From an invented flattened-text file through the real parser and extractor: correct, change
the file, ingest again — corrections follow the text, and the ones whose text is gone are stale."""

from __future__ import annotations

from pathlib import Path

from tests.layout.test_text_layout import column
from yuanzhi.archive.intake import ingest_paths
from yuanzhi.archive.integrity import check_archive
from yuanzhi.archive.store import open_archive
from yuanzhi.corrections import edit

MEETING = "松溪县人民医院召开党建工作会议"
NURSING = "护理质量持续改进"
CLINIC = "心内科义诊进社区"
M1 = "3月5日，松溪县人民医院召开2026年党建工作会议，院长苏明远出席会议并讲话，全院中层干部参加。"
M2 = "会议总结了过去一年的党建工作，部署了今年的重点任务，要求各支部把党建工作和业务工作结合起来。"
STRAY = "护理部主任程雪介绍了护理质量改进的做法，各病区护士长作了交流发言，大家表示将继续努力。"
N1 = "今年以来，护理部持续开展优质护理服务，住院患者满意度稳步提升，护理不良事件明显减少。"
C1 = "3月12日，心内科专家走进青石社区开展义诊活动，为两百余名居民测量血压、讲解用药知识。"
TOP = "本期导读"
T1 = "本期刊登党建工作会议、护理质量改进、心内科义诊等消息，欢迎广大职工踊跃投稿，共同办好院报。"


def issue_text(meeting_first: str = M1, nursing: bool = True, top: bool = False) -> str:
    parts: list[str] = []
    if top:
        parts += [TOP, *column([T1], 20), "（编辑部 宋雨）"]
    parts += [MEETING, *column([meeting_first, M2, STRAY], 20), "（党委办公室 林晓）"]
    if nursing:
        parts += [NURSING, *column([N1], 20), "（护理部 何静）"]
    parts += [CLINIC, *column([C1], 20), "（心内科 葛立新）"]
    return "\n\n".join(parts) + "\n"


def by_title(archive, title: str):  # type: ignore[no-untyped-def]
    found = [a for a in archive.list_articles() if a.title == title]
    assert len(found) == 1, (
        f"the parser should give one article titled {title}: {[a.title for a in archive.list_articles()]}"
    )
    return found[0]


def test_corrections_follow_the_text_through_real_reingests(tmp_path: Path) -> None:
    path = tmp_path / "松溪医院报-2026-03.txt"
    path.write_text(issue_text(), encoding="utf-8")
    with open_archive(tmp_path / "e2e.db") as archive:
        ingest_paths(archive, [path])
        meeting, nursing = by_title(archive, MEETING), by_title(archive, NURSING)
        assert STRAY in meeting.article.paragraphs
        edit.retitle(archive, nursing.id, title="护理质量改进见成效", editor="编辑甲")
        edit.move_paragraph(archive, meeting.id, STRAY[:12], nursing.id, editor="编辑甲")
        fixed = by_title(archive, "护理质量改进见成效")
        assert fixed.article.paragraphs[-1] == STRAY
        # the real extractor ran again on the corrected articles: 程雪's post is read from the nursing story
        evidence = {e.article_id for p in archive.person("程雪").positions for e in p.evidence}
        assert evidence == {fixed.id}

        # the file changes: an article is added at the top, a word changes in the meeting story
        path.write_text(
            issue_text(M1.replace("出席会议", "出席了会议"), top=True), encoding="utf-8"
        )
        assert ingest_paths(archive, [path]).result.status == "replaced"
        assert by_title(archive, TOP)
        fixed = by_title(archive, "护理质量改进见成效")
        assert fixed.article.paragraphs[-1] == STRAY
        assert STRAY not in by_title(archive, MEETING).article.paragraphs
        assert {r.status for r in archive.corrections.search().items} == {"applied"}
        assert check_archive(archive).ok

        # the nursing story is no longer printed: both corrections are stale, with reasons, not dropped
        path.write_text(issue_text(nursing=False), encoding="utf-8")
        ingest_paths(archive, [path])
        stale = archive.corrections.search(status="stale").items
        assert len(stale) == 2 and all("no longer in" in (r.reason or "") for r in stale)
        assert STRAY in by_title(archive, MEETING).article.paragraphs
        outcomes = [
            (e.correction_id, e.action) for e in archive.corrections.audit() if e.editor == "ingest"
        ]
        assert outcomes[:2] == [(2, "stale"), (1, "stale")]
        assert check_archive(archive).ok
