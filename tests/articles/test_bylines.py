"""Byline parsing: departments, letter-spaced names, role words."""

from __future__ import annotations

import pytest

from yuanzhi.articles.bylines import parse_byline, split_dateline_byline


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("（护理部 于 歌）", [("护理部", ("于歌",), ())]),
        ("（肿瘤中心 郜学斌 呼吸与危重症医学科 贾一飞）", [("肿瘤中心", ("郜学斌",), ()), ("呼吸与危重症医学科", ("贾一飞",), ())]),
        ("（通讯员：王明）", [(None, ("王明",), ("通讯员",))]),
        ("文/张三 图/李四", [(None, ("张三", "李四"), ("文", "图"))]),
        ("（宣传部）", [("宣传部", (), ())]),
        ("（护理部 张三、李四）", [("护理部", ("张三", "李四"), ())]),
        # a two-character name whose second character is also a role word (文, 图)
        ("（组织人事部 龙 文）", [("组织人事部", ("龙文",), ())]),
        ("（骨科 付阳昊\n门诊部 彭伟文）", [("骨科", ("付阳昊",), ()), ("门诊部", ("彭伟文",), ())]),
    ],
)
def test_parse_byline(raw: str, expected: list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert [(b.department, b.authors, b.roles) for b in parse_byline(raw)] == expected


def test_dateline_byline_is_split_from_the_lead() -> None:
    bylines, rest = split_dateline_byline("本报讯（通讯员许静）6月1日起，医院开设便民服务中心。", "本报讯（通讯员 许静）6月1日起，")
    assert [(b.authors, b.roles) for b in bylines] == [(("许静",), ("通讯员",))]
    assert rest == "本报讯6月1日起，医院开设便民服务中心。"
    assert split_dateline_byline("本报讯 6月1日起，医院开设便民服务中心。") == ([], "本报讯 6月1日起，医院开设便民服务中心。")
