"""A decision whose cue ends its sentence with a colon (``决定聘任：``) announces the list that
follows, and that list may print every item in one sentence, parted by commas:
``甲为A科主任，乙为B科主任，丙、丁分别为C科、D科护士长……`` (invented names and units)."""

from __future__ import annotations

from yuanzhi.extract.appointment_lists import announced_list
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon

from .conftest import one_article


def _appointments(*paragraphs: str) -> set[tuple[str, str, str | None, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.org, a.action, a.date) for a in facts.appointments}


def test_a_cue_closing_its_sentence_with_a_colon_announces_a_list():
    lexicon = default_lexicon()
    assert announced_list("公示期满无异议，经3月6日院党委会议研究，决定聘任：", lexicon) == "appoint"
    assert announced_list("经研究，决定免去：", lexicon) == "remove"
    assert announced_list("医院聘任了一批骨干，名单如下", lexicon) is None


def test_items_parted_by_commas_in_one_sentence_each_take_the_cue():
    found = _appointments(
        "公示期满无异议，经2025年3月6日院党委会议研究，决定聘任：",
        "莫晚舟为呼吸一科主任，钮青禾为消化内科（内镜中心）主任，鄂小满为重症医学科副主任（主持工作），"
        "井若岚、隗星野分别为呼吸一科、消化内科护士长，阙安为设备科副科长……（其余略）。",
    )
    assert found == {
        ("莫晚舟", "主任", "呼吸一科", "appoint", "2025-03-06"),
        ("钮青禾", "主任", "消化内科", "appoint", "2025-03-06"),
        ("鄂小满", "副主任", "重症医学科", "appoint", "2025-03-06"),
        ("井若岚", "护士长", "呼吸一科", "appoint", "2025-03-06"),
        ("隗星野", "护士长", "消化内科", "appoint", "2025-03-06"),
        ("阙安", "副科长", "设备科", "appoint", "2025-03-06"),
    }


def test_a_later_sentence_that_only_describes_is_no_item():
    found = _appointments(
        "经2025年3月6日院党委会议研究，决定聘任：",
        "莫晚舟为呼吸一科主任。",
        "会上，莫晚舟作表态发言，她表示将带领科室做好工作。",
    )
    assert found == {("莫晚舟", "主任", "呼吸一科", "appoint", "2025-03-06")}


def test_an_election_at_a_meeting_of_several_days_takes_its_first_day():
    facts = issue_to_facts(one_article(
        "5月9日至10日，澜沧省康复医学会物理治疗专业委员会换届大会在澄川举行。",
        "我院康复科主任郜远帆当选物理治疗专业委员会副主任委员。",
    ))
    assert {(a.person, a.title, a.date) for a in facts.appointments} == {("郜远帆", "副主任委员", "2024-05-09")}
