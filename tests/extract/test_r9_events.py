"""Events after round 9 (E22): a gift, a trial, a press conference and a launch ceremony are
dated happenings of type 'other' (GOLD_SPEC §13), not left out nor read as meetings. Texts
are invented (the 汐岭 hospitals, companies and people do not exist)."""

from __future__ import annotations

import pytest

from yuanzhi.extract.dates import find_dates
from yuanzhi.extract.events import EventHit, event_in
from yuanzhi.extract.lexicon_loader import Lexicon


def _event(sentence: str, lexicon: Lexicon, issue: str = "2024-09") -> EventHit | None:
    return event_in(sentence, find_dates(sentence, issue), lexicon)


@pytest.mark.parametrize("sentence", [
    "9月12日，汐岭远帆实业有限公司向汐岭市儿童医院捐赠价值80万元的医疗设备。",
    "9月3日，汐岭建工集团捐资200万元设立困难患者救助基金。",
    "9月18日，汐岭市城东区人民法院公开开庭审理一起涉医寻衅滋事案。",
    "9月20日，汐岭市人民政府新闻办公室举行新闻发布会，介绍秋冬季传染病防控工作。",
    "9月6日上午，汐岭县人民医院互联网医院上线仪式在门诊大厅举行。",
])
def test_a_gift_a_trial_a_press_conference_and_a_launch_are_other(sentence: str, lexicon: Lexicon) -> None:
    hit = _event(sentence, lexicon)
    assert hit is not None and hit.type == "other" and hit.date is not None and hit.date.startswith("2024-09")


def test_a_meeting_is_still_a_meeting(lexicon: Lexicon) -> None:
    hit = _event("9月9日，汐岭县人民医院召开捐赠资金使用管理工作会议。", lexicon)
    assert hit is not None and hit.type == "meeting"  # a gift is a weak cue: the meeting is held
    hit = _event("9月9日，汐岭县人民医院召开院务会。", lexicon)
    assert hit is not None and hit.type == "meeting"


def test_a_lecture_opening_teaches_and_a_broadcast_reaches_out(lexicon: Lexicon) -> None:
    hit = _event("9月18日下午，汐岭医科大学附属医院“杏林讲坛”第五讲在学术报告厅开讲。", lexicon)
    assert hit is not None and hit.type == "training"
    hit = _event("9月25日晚，本报与市电视台联合推出的《健康汐岭》直播节目邀请我院专家解读失眠。", lexicon)
    assert hit is not None and hit.type == "outreach"
