"""Corrections in the archive, on SQLite and PostgreSQL: applied, kept apart from the parse,
re-applied after re-ingest, stale when their anchor is gone, revocable, audited."""

from __future__ import annotations

import pytest

from yuanzhi.archive.corrections_store import raw_parse
from yuanzhi.archive.integrity import check_archive
from yuanzhi.archive.store import Archive
from yuanzhi.corrections import edit
from yuanzhi.errors import CorrectionError, NotFoundError

from . import sample
from .conftest import ids, titles

MARCH = "songxi-2026-03"


def first_article(archive: Archive, title: str) -> str:
    return next(a.id for a in archive.list_articles() if a.title == title)


def test_retitle_changes_the_view_keeps_the_parse_and_is_searchable(archive: Archive) -> None:
    record = edit.retitle(archive, f"{MARCH}:a2", title="优质护理服务满意度提升", editor="编辑甲")
    assert record.status == "applied" and record.editor == "编辑甲"
    assert archive.get_article(f"{MARCH}:a2").title == "优质护理服务满意度提升"
    hits = archive.search("满意度提升").hits
    assert [h.article_id for h in hits] == [f"{MARCH}:a2"]
    assert hits[0].title == "优质护理服务满意度提升"
    raw, _facts = raw_parse(archive, MARCH)  # the parser's output is kept as parsed
    assert raw.articles[1].title == sample.NURSING
    assert check_archive(archive).ok


def test_same_file_again_changes_nothing(archive: Archive) -> None:
    edit.retitle(archive, f"{MARCH}:a2", title="新标题甲", editor="编辑甲")
    result = archive.ingest(sample.issue_march(), sample.extract(sample.issue_march()))
    assert result.status == "unchanged"
    assert archive.get_article(f"{MARCH}:a2").title == "新标题甲"


def test_reingest_of_a_changed_file_applies_corrections_again(archive: Archive) -> None:
    edit.retitle(archive, f"{MARCH}:a1", title="党建工作会议召开", editor="编辑甲")
    edit.move_paragraph(archive, f"{MARCH}:a1", 3, f"{MARCH}:a2", editor="编辑乙")
    issue = sample.reparsed_march()
    result = archive.ingest(issue, sample.extract(issue))
    assert result.status == "replaced"
    assert titles(archive)[:3] == ["本期导读", "党建工作会议召开", sample.NURSING]
    nursing = archive.get_article(f"{MARCH}:b3").article
    assert nursing.paragraphs[-1] == sample.STRAY
    assert sample.STRAY not in archive.get_article(f"{MARCH}:b2").article.paragraphs
    page = archive.corrections.search()
    assert {r.status for r in page.items} == {"applied"}
    reapplied = [e for e in archive.corrections.audit() if e.editor == "ingest"]
    assert sorted((e.correction_id, e.action) for e in reapplied) == [
        (1, "applied"),
        (2, "applied"),
    ]
    assert check_archive(archive).ok


def test_a_correction_whose_anchor_is_gone_is_reported_stale_not_dropped(archive: Archive) -> None:
    edit.retitle(archive, f"{MARCH}:a5", title="简讯两则", editor="编辑甲")
    issue = sample.issue_march(sha="sha-march-3")
    issue = issue.__class__(
        **{**issue.__dict__, "articles": issue.articles[:4]}
    )  # 简讯 no longer parsed
    archive.ingest(issue, sample.extract(issue))
    stale = archive.corrections.search(status="stale").items
    assert [r.id for r in stale] == [1]
    assert "no longer in songxi-2026-03.txt" in (stale[0].reason or "")
    assert [e.action for e in archive.corrections.audit(correction_id=1)] == ["stale", "create"]
    back = sample.issue_march(sha="sha-march-4")  # the article is parsed again: applied again
    archive.ingest(back, sample.extract(back))
    assert archive.corrections.get(1).status == "applied"
    assert titles(archive)[-1] == "简讯两则"


def test_facts_follow_a_moved_paragraph(archive: Archive) -> None:
    def evidence_articles() -> set[str]:
        return {e.article_id for span in archive.person("程雪").positions for e in span.evidence}

    assert evidence_articles() == {f"{MARCH}:a1"}
    edit.move_paragraph(archive, f"{MARCH}:a1", sample.STRAY[:10], f"{MARCH}:a2", editor="编辑乙")
    assert evidence_articles() == {f"{MARCH}:a2"}
    assert archive.get_article(f"{MARCH}:a2").article.paragraphs[-1] == sample.STRAY


def test_merge_joins_a_story_cut_at_the_page_break(archive: Archive) -> None:
    with pytest.raises(NotFoundError):
        archive.person("葛立新")  # the name is cut in two by the page break
    edit.merge(archive, f"{MARCH}:a4", f"{MARCH}:a3", editor="编辑甲")
    merged = archive.get_article(f"{MARCH}:a3").article
    assert merged.paragraphs == (sample.CUT + sample.CUT_REST,)
    assert merged.pages == (1, 2) and merged.continued
    assert f"{MARCH}:a4" not in ids(archive)
    assert [p.org for p in archive.person("葛立新").positions] == ["心内科"]
    assert check_archive(archive).ok


def test_split_at_a_missed_headline_makes_a_new_article_with_its_own_facts(
    archive: Archive,
) -> None:
    record = edit.split(
        archive, f"{MARCH}:a5", sample.MISSED_HEAD, title_from_paragraph=True, editor="编辑甲"
    )
    new_id = f"{MARCH}:a5-s{record.id}"
    assert ids(archive)[-2:] == [f"{MARCH}:a5", new_id]
    new = archive.get_article(new_id).article
    assert new.title == sample.MISSED_HEAD and len(new.paragraphs) == 1
    events = [e for e in archive.events("2026-03-25", "2026-03-25")]
    assert [e.article_id for e in events] == [new_id]
    # a correction made after the split can name the new article, and both survive a re-ingest
    edit.retitle(archive, new_id, title="手卫生讲座进门诊", editor="编辑乙")
    issue = sample.reparsed_march()
    archive.ingest(issue, sample.extract(issue))
    assert titles(archive)[-1] == "手卫生讲座进门诊"
    assert {r.status for r in archive.corrections.search().items} == {"applied"}


def test_revoke_restores_the_parse_and_makes_dependent_corrections_stale(archive: Archive) -> None:
    split = edit.split(archive, f"{MARCH}:a5", 2, title="手卫生讲座", editor="编辑甲")
    retitle = edit.retitle(archive, f"{MARCH}:a5-s{split.id}", title="讲座进门诊", editor="编辑甲")
    revoked = edit.revoke(archive, split.id, editor="主编")
    assert revoked.status == "revoked" and revoked.revoked_by == "主编"
    assert titles(archive) == [a.title for a in sample.issue_march().articles]
    assert archive.corrections.get(retitle.id).status == "stale"
    trail = archive.corrections.audit(correction_id=split.id)
    assert trail[0].action == "revoke" and trail[0].editor == "主编"
    assert trail[0].before == {"status": "applied"} and trail[0].after == {"status": "revoked"}
    with pytest.raises(CorrectionError):
        edit.revoke(archive, split.id, editor="主编")
    assert check_archive(archive).ok


def test_a_correction_that_changes_nothing_is_refused_and_not_stored(archive: Archive) -> None:
    with pytest.raises(CorrectionError):
        edit.fact_fix(archive, "position", {"person": "无此人"}, {"title": "院长"}, editor="编辑甲")
    with pytest.raises(CorrectionError):
        edit.retitle(archive, f"{MARCH}:a1", editor="编辑甲")
    with pytest.raises(NotFoundError):
        edit.retitle(archive, f"{MARCH}:a9", title="x", editor="编辑甲")
    with pytest.raises(CorrectionError):
        edit.retitle(archive, f"{MARCH}:a1", title="x", editor="")
    assert archive.corrections.search().total == 0


def test_fact_fix_and_delete(archive: Archive) -> None:
    edit.fact_fix(
        archive,
        "position",
        {"person": "邵青", "title": "主任"},
        {"title": "科主任"},
        editor="编辑甲",
    )
    assert [p.title for p in archive.person("邵青").positions] == ["科主任"]
    edit.fact_delete(archive, "event", {"date": "2026-03-20"}, issue_id=MARCH, editor="编辑甲")
    assert [e.date for e in archive.events("2026-03-20", "2026-03-20")] == []
    # a fix keyed by the evidence sentence changes only that sentence's fact
    edit.fact_fix(
        archive,
        "position",
        {"person": "苏明远"},
        {"org": "松溪县医共体"},
        quote="院长苏明远为获奖者颁奖。",
        editor="编辑甲",
    )
    orgs = sorted((p.org or "", p.sources) for p in archive.person("苏明远").positions)
    assert orgs == [
        ("松溪县人民医院", ("songxi-2026-03.txt",)),
        ("松溪县医共体", ("songxi-2026-04.txt",)),
    ]


def test_people_merge_lists_both_spellings_under_one_name(archive: Archive) -> None:
    edit.people_merge(archive, "程雪梅", "程雪", editor="编辑甲")
    record = archive.person("程雪")
    assert sorted(s for p in record.positions for s in p.sources) == [
        "songxi-2026-03.txt",
        "songxi-2026-04.txt",
    ]
    assert "songxi-2026-04:a1" in {a.id for a in record.articles}
    with pytest.raises(NotFoundError):
        archive.person("程雪梅")
    assert [n["kind"] for n in archive.corrections.for_person("程雪")] == ["people_merge"]


def test_people_split_gives_the_other_person_their_records(archive: Archive) -> None:
    edit.people_split(
        archive, "苏明远", "苏明远（医共体）", sources=["songxi-2026-04"], editor="编辑甲"
    )
    assert [p.sources for p in archive.person("苏明远").positions] == [("songxi-2026-03.txt",)]
    other = archive.person("苏明远（医共体）")
    assert [p.sources for p in other.positions] == [("songxi-2026-04.txt",)]
    assert [a.id for a in other.articles] == ["songxi-2026-04:a1"]


def test_mark_patient_removes_the_person_everywhere_and_redacts_exports(archive: Archive) -> None:
    from yuanzhi.export import chronicle_markdown

    archive.person("林晓")
    edit.mark_patient(archive, "林晓", editor="编辑甲")
    with pytest.raises(NotFoundError):
        archive.person("林晓")
    assert "林晓" in archive.patient_mentions()
    assert all(p.name != "林晓" for p in archive.facts().people)
    # an issue ingested later that names the patient: the correction applies there too
    later = sample.issue_april()
    later = later.__class__(
        **{**later.__dict__, "source": "songxi-2026-05.txt", "sha256": "sha-may"}
    )
    archive.ingest(later, sample.extract(later))
    assert all(p.name != "林晓" for p in archive.facts().people)
    text = chronicle_markdown(archive.chronicle(2026))
    assert "程雪梅" in text and "林晓" not in text and "某患者" in text


def test_audit_says_who_when_what_before_after(archive: Archive) -> None:
    record = edit.retitle(archive, f"{MARCH}:a2", title="护理新标题", editor="编辑甲")
    (entry,) = archive.corrections.audit(correction_id=record.id)
    assert (entry.action, entry.editor, entry.issue_id) == ("create", "编辑甲", MARCH)
    assert entry.before["title"] == sample.NURSING and entry.after["title"] == "护理新标题"
    assert entry.at[:4].isdigit() and "T" in entry.at
    notes = archive.corrections.for_article(f"{MARCH}:a2")
    assert [(n["kind"], n["editor"]) for n in notes] == [("retitle", "编辑甲")]
    assert archive.corrections.for_article(f"{MARCH}:a1") == []
