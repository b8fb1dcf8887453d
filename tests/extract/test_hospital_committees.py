"""A hospital's standing committees are its units, and a 院长 heads the hospital (GOLD_SPEC §4.1, §4.2).

Invented names only."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import Lexicon
from yuanzhi.extract.org_resolve import resolve_org

from .conftest import one_article

HOME = "柏原市第二人民医院"


def _posts(*paragraphs: str, title: str | None = None) -> dict[tuple[str, str], str | None]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title): pos.org for p in facts.people for pos in p.positions}


def test_committee_printed_with_its_hospital_is_its_unit(lexicon: Lexicon) -> None:
    own = resolve_org(HOME + "医学伦理委员会", lexicon, HOME)
    assert own is not None and (own.name, own.kind, own.parent) == ("医学伦理委员会", "department", HOME)
    other = resolve_org("槐溪县人民医院伦理委员会办公室", lexicon, HOME)
    assert other is not None and (other.name, other.kind, other.parent) == (
        "槐溪县人民医院伦理委员会办公室", "department", "槐溪县人民医院")
    sitting = resolve_org(HOME + "第三届医学伦理委员会", lexicon, HOME)
    assert sitting is not None and (sitting.name, sitting.parent) == ("医学伦理委员会", HOME)


def test_bare_committee_of_the_hospital(lexicon: Lexicon) -> None:
    bare = resolve_org("伦理委员会", lexicon, HOME)
    assert bare is not None and (bare.kind, bare.parent) == ("department", HOME)
    society = resolve_org("柏原市医学会青年委员会", lexicon, HOME)
    assert society is not None and society.kind == "association"  # a society's committee stays the society's


def test_committee_posts_and_a_head_of_the_hospital_after_them() -> None:
    posts = _posts(
        f"6月3日，{HOME}召开药事管理与药物治疗学委员会会议。委员会主任委员、院长蔺秋禾主持会议。"
        "医院伦理委员会主任委员、副院长谭霁川出席。心内科主任、副院长庾明哲作报告。"
    )
    assert posts[("蔺秋禾", "主任委员")] == "药事管理与药物治疗学委员会"
    assert posts[("蔺秋禾", "院长")] == HOME
    assert posts[("谭霁川", "主任委员")] == "伦理委员会"
    assert posts[("谭霁川", "副院长")] == HOME
    assert posts[("庾明哲", "主任")] == "心内科"
    assert posts[("庾明哲", "副院长")] == HOME


def test_a_quarter_before_a_committee_is_no_part_of_its_name() -> None:
    posts = _posts(f"9月25日，{HOME}召开2026年第三季度药事管理与药物治疗学委员会会议，主任委员、院长蔺秋禾主持。")
    assert posts[("蔺秋禾", "主任委员")] == "药事管理与药物治疗学委员会"


def test_office_written_by_the_tail_of_its_unit() -> None:
    posts = _posts(
        f"11月12日，{HOME}药物临床试验机构迎来监督检查。检查组听取了机构办公室主任、副主任药师蔺秋禾的汇报。"
        f"{HOME}医学伦理委员会同日换届，科研科科长谭霁川兼任委员会办公室主任。"
    )
    assert posts[("蔺秋禾", "主任")] == "药物临床试验机构办公室"
    assert posts[("谭霁川", "主任")] == "医学伦理委员会办公室"
