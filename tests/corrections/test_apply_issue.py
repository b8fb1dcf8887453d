"""Article corrections on a parsed issue: what each does, in order, and when it is stale."""

from __future__ import annotations

from yuanzhi.corrections.anchors import fingerprint
from yuanzhi.corrections.apply_issue import apply_article_corrections
from yuanzhi.corrections.model import Merge, MoveParagraph, Retitle, Split

from . import sample

SRC = sample.SOURCE


def anchor(i: int, issue=None):  # type: ignore[no-untyped-def]
    issue = issue or sample.issue_march()
    return fingerprint(issue.articles[i], SRC)


def test_retitle_sets_and_removes_heads() -> None:
    issue = sample.issue_march()
    fixed, outcomes = apply_article_corrections(
        issue, [(1, Retitle(anchor(1), "新标题", "", "引题"))]
    )
    article = fixed.articles[1]
    assert (article.title, article.subtitle, article.kicker) == ("新标题", None, "引题")
    assert outcomes[1].status == "applied" and outcomes[1].before["title"] == sample.NURSING
    again, notes = apply_article_corrections(fixed, [(1, Retitle(anchor(1, fixed), "新标题"))])
    assert again is fixed and "already" in notes[1].reason


def test_move_paragraph_to_the_end_or_start_and_empty_articles_go() -> None:
    issue = sample.issue_march()
    move = MoveParagraph(sample.STRAY, anchor(0), anchor(1))
    fixed, outcomes = apply_article_corrections(issue, [(1, move)])
    assert fixed.articles[1].paragraphs[-1] == sample.STRAY
    assert sample.STRAY not in fixed.articles[0].paragraphs
    assert outcomes[1].articles == ("a1", "a2")
    to_start = MoveParagraph(sample.CUT_REST, anchor(3), anchor(2), "start")
    fixed, _ = apply_article_corrections(issue, [(1, to_start)])
    assert fixed.articles[2].paragraphs == (sample.CUT_REST, sample.CUT)
    left = fixed.articles[3]  # its headline stays (nothing printed is dropped), with no text
    assert (left.id, left.title, left.paragraphs) == ("a4", "心内科开展义诊活动", ())
    untitled = issue.__class__(
        **{
            **issue.__dict__,
            "articles": (
                *issue.articles[:3],
                issue.articles[3].__class__(id="a4", title=None, paragraphs=(sample.CUT_REST,)),
            ),
        }
    )
    fixed, _ = apply_article_corrections(
        untitled, [(1, MoveParagraph(sample.CUT_REST, anchor(3, untitled), anchor(2), "start"))]
    )
    assert [a.id for a in fixed.articles] == ["a1", "a2", "a3"]  # an article left with nothing goes


def test_split_and_a_later_correction_of_the_new_article() -> None:
    issue = sample.issue_march()
    split = Split(anchor(4), sample.MISSED_HEAD, None, True)
    fixed, _ = apply_article_corrections(issue, [(7, split)])
    new = fixed.articles[5]
    assert (new.id, new.title, len(new.paragraphs)) == ("a5-s7", sample.MISSED_HEAD, 1)
    assert fixed.articles[4].paragraphs == issue.articles[4].paragraphs[:1]
    retitle = Retitle(fingerprint(new, SRC), "手卫生讲座进门诊")
    both, outcomes = apply_article_corrections(
        issue, [(9, retitle), (7, split)]
    )  # applied in id order
    assert both.articles[5].title == "手卫生讲座进门诊"
    assert {o.status for o in outcomes.values()} == {"applied"}


def test_split_already_made_by_the_parser_is_noted() -> None:
    issue = sample.issue_march()
    split = Split(anchor(4), sample.MISSED_HEAD, None, True)
    fixed, _ = apply_article_corrections(issue, [(7, split)])
    _, outcomes = apply_article_corrections(
        fixed, [(8, Split(anchor(4), sample.MISSED_HEAD, None, True))]
    )
    assert outcomes[8].status == "applied" and "already" in outcomes[8].reason


def test_merge_joins_the_cut_sentence_and_drops_the_repeated_headline() -> None:
    issue = sample.issue_march()
    fixed, outcomes = apply_article_corrections(issue, [(1, Merge(anchor(3), anchor(2)))])
    merged = fixed.articles[2]
    assert merged.id == "a3" and merged.title == "心内科开展义诊活动"
    assert merged.paragraphs == (sample.CUT + sample.CUT_REST,)
    assert merged.pages == (1, 2) and merged.subheadings == ()
    assert len(fixed.articles) == len(issue.articles) - 1
    assert outcomes[1].articles == ("a3", "a4")


def test_merge_of_two_stories_keeps_the_second_headline_as_a_subheading() -> None:
    issue = sample.issue_march()
    fixed, _ = apply_article_corrections(issue, [(1, Merge(anchor(0), anchor(1)))])
    merged = fixed.articles[0]
    assert merged.paragraphs[3] == sample.NURSING and sample.NURSING in merged.subheadings
    assert merged.bylines == issue.articles[0].bylines


def test_stale_when_the_anchor_is_gone() -> None:
    issue = sample.issue_march()
    gone = issue.__class__(**{**issue.__dict__, "articles": issue.articles[:2]})
    corrections = [
        (1, Retitle(anchor(4), "x")),
        (2, MoveParagraph("一段没有的文字，不在任何文章里。", anchor(0), anchor(1))),
        (3, Split(anchor(1), "不存在的段落文字内容", "t")),
        (4, Merge(anchor(2), anchor(3))),
    ]
    fixed, outcomes = apply_article_corrections(gone, corrections)
    assert fixed is gone
    assert [outcomes[i].status for i in (1, 2, 3, 4)] == ["stale"] * 4
    assert "no longer in" in outcomes[1].reason
    assert "paragraph" in outcomes[2].reason and "split point" in outcomes[3].reason
