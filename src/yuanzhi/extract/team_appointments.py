"""Team roles told as a team's make-up are no appointments (GOLD_SPEC §8, §11).

§8 makes 组长, 队长, 领队 … of a team pairs; §11 lists as appointments the posts a body decides
(任命, 聘任, a decision or a 批复 read out). A team formed for one task — a 领导小组 or 工作小组 of a
campaign, an inspection's 检查组 or 验收组, a 医疗队 of a tour, a village 工作队 — is printed with
its make-up (``验收组由某某任组长，…为成员``; ``医疗队由某某任队长，成员包括…``): who leads it, not
an appointment a yearbook's 任免 would list. Such a role gives no appointment unless the sentence
prints the decision (``任命某某为第十批医疗队领队``, ``会议宣布了任职安排：…任…领队``,
``宣读了…学组组成人员的批复``). A standing team (``矿山医疗救援队``), a society's 学组 and a unit's
group (``职业康复组``, ``医疗组``) are no task teams and keep their appointments.
"""

from __future__ import annotations

import re

TEAM_TITLES = frozenset({"组长", "副组长", "队长", "副队长", "领队"})
# endings of a team formed for one task (the last team word before the role names the team)
_TASK_TEAMS = (
    "小组", "检查组", "验收组", "督导组", "督查组", "考核组", "评审组", "专家组", "工作组",
    "医疗队", "工作队", "服务队", "巡诊队", "义诊队", "医疗分队",
)
_TEAM_END = re.compile(r"[组队](?!长)")  # the last character of a team's name (not of 组长, 队长)
_DECIDED = ("任命", "聘任", "聘请", "决定", "批复", "任职安排", "任免")


def task_team_role(text: str, title: str, org: str | None, after: int = 0) -> bool:
    """Whether ``title`` (held by a name at ``after`` or later in ``text``) leads a team of one task
    printed as the team's make-up, not a decided appointment: the team is ``org`` or the last team
    the sentence names before the role."""
    if title not in TEAM_TITLES or any(word in text for word in _DECIDED):
        return False
    if org is not None and org.endswith(_TASK_TEAMS):
        return True
    at = text.find(title, after)
    before = text[: at if at >= 0 else len(text)]
    ends = [m.end() for m in _TEAM_END.finditer(before)]
    return bool(ends) and before[: ends[-1]].endswith(_TASK_TEAMS)  # 某某任队长 with no team named: the story's
