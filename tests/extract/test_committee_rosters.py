"""A committee's roster printed one post a heading (committee_rosters.py, E176; invented names)."""

from __future__ import annotations

from .conftest import posts_in


def test_a_rosters_headings_give_their_post_to_each_bracketed_row() -> None:
    found = posts_in(
        "经研究，2026年度芦溪市卫生系列高级职称评审委员会（以下简称“评委会”）组成人员已经确定，现予公布。",
        "一、主任委员：范一鸣（市卫生健康委员会副主任）二、副主任委员：蒯立川（芦溪市人民医院院长），"
        "汪晓晴（芦溪市中医院副院长）三、委员（按姓氏笔画排序）：",
        "庹春雨（芦溪市妇幼保健院副院长，主任医师）；",
        "钟明礼（芦溪市人民医院护理部主任，主任护师）。",
        "四、秘书：韩启明（市人力资源和社会保障局科长）。",
    )
    assert {("范一鸣", "主任委员"), ("蒯立川", "副主任委员"), ("汪晓晴", "副主任委员"), ("庹春雨", "委员"),
            ("钟明礼", "委员"), ("韩启明", "秘书")} <= found
    assert ("汪晓晴", "委员") not in found and ("韩启明", "委员") not in found


def test_members_listed_after_their_own_posts_take_the_headings_post() -> None:
    found = posts_in(
        "芦溪市中医医院召开医学伦理委员会换届大会。委员有：心病科主任、主任中医师范一鸣，护理部主任蒯立川等；"
        "科研科科员汪晓晴任秘书。",
        "《芦溪医学杂志》第三届编委会成立。副主编为（按姓氏笔画排序）：芦溪市中心医院院长庹春雨，芦溪医科大学副校长钟明礼。",
    )
    assert {("范一鸣", "委员"), ("蒯立川", "委员"), ("庹春雨", "副主编"), ("钟明礼", "副主编")} <= found
    assert ("汪晓晴", "委员") not in found


def test_a_clause_naming_who_took_part_is_no_roster_heading() -> None:
    found = posts_in("参加视察的委员有：芦溪市中医院肿瘤科主任范一鸣；芦溪职业技术学院护理学院院长蒯立川。")
    assert ("范一鸣", "委员") not in found and ("蒯立川", "委员") not in found
