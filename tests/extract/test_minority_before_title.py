"""A minority name of known parts written before its title, at the start of a clause
(萨仁图雅副院长主持, 吉克阿果主任介绍, 扎西次仁护士长说): the name and the title are a pair,
as a Han name before its title is. Invented names."""

from __future__ import annotations

from .conftest import posts_in


def test_minority_names_before_their_titles():
    found = posts_in(
        "5月8日，柘原市第一人民医院举行义诊。萨仁图雅副院长主持，吉克阿果主任介绍了流程。",
        "扎西次仁护士长说，科室已准备就绪。",
    )
    assert ("萨仁图雅", "副院长") in found
    assert ("吉克阿果", "主任") in found
    assert ("扎西次仁", "护士长") in found


def test_a_run_of_known_parts_inside_a_phrase_is_no_name():
    found = posts_in("5月8日，柘原市第一人民医院举行义诊。来自乌兰的护士长说，科室已准备就绪。")
    assert not any(name.startswith("乌兰") or name.endswith("乌兰") for name, _title in found)
