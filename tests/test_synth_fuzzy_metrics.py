"""OCR-tolerant article measures: one misread character is not a lost sentence, a wrong article still is."""

from __future__ import annotations

from tests.synth.fuzzy_metrics import aligned_ratio, fuzzy_score_issue
from tests.synth.metrics import score_issue
from tests.test_synth_metrics import art, issue

P1 = "青川市人民医院心内科近日成功开展首例左心耳封堵术。术后患者恢复良好，已于日前康复出院。"
P2 = "该院心内科团队此前已赴南湖医科大学附属医院进修学习三个月。"
Q1 = "云岭健康集团举办护理技能竞赛，来自十二家成员单位的六十名护士参赛。"
Q2 = "竞赛设理论考试和操作考核两个环节，评出团体一等奖两个。"


def _truth():
    return issue(art("a1", "心内科开展左心耳封堵术", [P1, P2]), art("a2", "集团举办护理技能竞赛", [Q1, Q2]))


def test_aligned_ratio_tolerates_one_wrong_character_in_a_long_stretch() -> None:
    text = "前文若干。" + P1.replace("左心耳", "左心目") + "后文若干。"
    assert aligned_ratio("青川市人民医院心内科近日成功开展首例左心耳封堵术", text) >= 0.9
    assert aligned_ratio("云岭健康集团举办护理技能竞赛", text) < 0.5
    assert aligned_ratio(P2, P2) == 1.0


def test_ocr_misreads_cost_strict_but_not_fuzzy_scores() -> None:
    misread = issue(art("s1", "心内科开展左心耳封堵术", [P1.replace("封堵", "封培"), P2]),
                    art("s2", "集团举办护理技能竞赛", [Q1, Q2.replace("操作", "撮作")]))
    strict, fuzzy = score_issue(_truth(), misread), fuzzy_score_issue(_truth(), misread)
    assert strict["sentences_unplaced"] == 2 and strict["bcubed_f1"] < 1.0
    assert fuzzy["sentences_unplaced"] == 0 and fuzzy["bcubed_f1"] == 1.0
    assert fuzzy["paragraphs_whole"] == fuzzy["paragraphs"] == 4


def test_fuzzy_matching_still_sees_a_paragraph_split_and_a_wrong_article() -> None:
    half = len(Q1) // 2
    wrong = issue(art("s1", "心内科开展左心耳封堵术", [P1, P2, Q2]), art("s2", "集团举办护理技能竞赛", [Q1[:half], Q1[half:]]))
    fuzzy = fuzzy_score_issue(_truth(), wrong)
    assert fuzzy["bcubed_f1"] < 0.95
    assert fuzzy["paragraphs_whole"] == 3


def test_a_title_with_one_misread_character_counts_only_when_close() -> None:
    misread = issue(art("s1", "心内科开展左心耳封堵木", [P1, P2]), art("s2", "护理竞赛", [Q1, Q2]))
    fuzzy = fuzzy_score_issue(_truth(), misread)
    assert fuzzy["titles_correct"] == 1


def test_aligned_ratio_is_not_misled_by_a_name_repeated_elsewhere() -> None:
    # content characters as the metric compares them; the longest common run
    # (卫健委通报表扬青川市人民医院) sits in another sentence, the target has two misreads
    other = "省卫健委通报表扬青川市人民医院乳腺外科团队"
    target = "近日市卫健委通报表杨青川市人民医院申乳外科"
    assert aligned_ratio("近日市卫健委通报表扬青川市人民医院甲乳外科", other + "会议指出" + target) >= 0.9
    assert aligned_ratio("近日市卫健委通报表扬青川市人民医院甲乳外科", other) < 0.9
