"""An event's type from what is held (extract/event_model.py with lexicon/event_occasions.tsv)
and sentences that only continue an occasion (会上，…). Texts are invented (the 湄川 hospitals
and their people do not exist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.dates import DateMention, find_dates
from yuanzhi.extract.event_model import load_occasions, occasion_type
from yuanzhi.extract.events import EventHit, event_in
from yuanzhi.extract.lexicon_loader import Lexicon


def _event(sentence: str, lexicon: Lexicon, issue: str = "2024-09") -> EventHit | None:
    return event_in(sentence, find_dates(sentence, issue), lexicon)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("9月6日，湄川市第三人民医院举办第二届“医院开放日”活动，80余名市民走进手术室参观。", "outreach"),
    ("9月12日上午，湄川市中医院新门诊楼项目开工仪式在建设现场举行。", "other"),
    ("9月3日下午，湄川市妇幼保健院举行2024届住院医师规范化培训学员结业典礼。", "other"),  # GOLD_SPEC §13
    ("9月20日，湄川县中医医院举行省名中医学术经验传承拜师仪式。", "appointment"),
    ("9月10日上午，湄川市人民医院在门诊大厅举行“院长接待日”活动。", "other"),
    ("9月5日，医院召开援疆干部欢送会。", "other"),  # GOLD_SPEC §13: a send-off is other
    ("9月16日，湄川省第十批援外医疗队圆满完成援外任务，平安返回湄川市。", "other"),
])
def test_what_is_held_types_the_event(sentence: str, kind: str, lexicon: Lexicon) -> None:
    hit = _event(sentence, lexicon)
    assert hit is not None and hit.type == kind


def test_a_signing_at_the_occasion_keeps_the_sentence_a_signing(lexicon: Lexicon) -> None:
    hit = _event("9月8日，湄川市人民医院与湄北县医院专科联盟签约暨开诊仪式举行。", lexicon)
    assert hit is not None and hit.type == "signing"


def test_an_occasion_written_first_wins() -> None:
    assert occasion_type("举行结业典礼后，学员参观了开放日展区") == "other"
    assert occasion_type("今天天气晴朗") is None


@pytest.mark.parametrize("sentence", [
    "会上，党委书记邬明远领学了《中国共产党纪律处分条例》有关内容。",
    "仪式上，副院长宣读了医院党委关于任命医疗队领队的决定。",
    "活动现场，前来咨询的居民排起了长队，专家们耐心讲解。",
])
def test_a_sentence_inside_the_occasion_is_no_event_of_its_own(sentence: str, lexicon: Lexicon) -> None:
    inherited = [DateMention(0, 0, "2024-09-06")]  # the date of the occasion just reported
    assert event_in(sentence, inherited, lexicon) is None


def test_an_honour_or_agreement_inside_the_occasion_is_an_event(lexicon: Lexicon) -> None:
    inherited = [DateMention(0, 0, "2024-09-06")]
    signed = event_in("会上，湄川市人民医院与湄北县医院签订了儿科专科联盟协议。", inherited, lexicon)
    honoured = event_in("会上，对20名优秀护士进行了表彰。", inherited, lexicon)
    assert signed is not None and signed.type == "signing"
    assert honoured is not None and honoured.type == "award"


def test_a_sentence_inside_the_occasion_with_its_own_date_is_an_event(lexicon: Lexicon) -> None:
    hit = _event("会上，9月7日举办的急救培训班学员代表作了交流发言，医院还开展了技能培训。", lexicon)
    assert hit is not None and hit.date == "2024-09-07"


@pytest.mark.parametrize(("text", "where"), [
    ("开放日\toutreach\n结业典礼\tparty\n", "event_occasions.tsv:2"),
    ("# comment\n开放日 outreach\n", "event_occasions.tsv:2"),
    ("own\taward|banquet\n", "event_occasions.tsv:1"),
])
def test_a_bad_occasion_line_names_its_file_and_line(tmp_path: Path, text: str, where: str) -> None:
    (tmp_path / "event_occasions.tsv").write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=where):
        load_occasions(tmp_path)


def test_a_recent_time_describing_a_thing_is_no_date_of_the_report(lexicon: Lexicon) -> None:
    passing = "副局长结合近期专项检查中发现的问题，逐条讲解了违规情形。"
    assert find_dates(passing, "2024-09") == []
    assert _event(passing, lexicon) is None
    reported = "近期，湄川市人民医院开展了专项检查。"
    assert [d.value for d in find_dates(reported, "2024-09")] == ["2024-09"]
