"""Photo captions and section heads inside an article stay in that article (flattened text;
invented names and places)."""

from __future__ import annotations

from yuanzhi.layout.inline_heads import is_caption, is_section_head
from yuanzhi.pipeline import parse_text

from .flat_lines import flat, kinds

HEAD = "苇塘县人民医院开展义诊进社区活动"
LEAD = "5月9日上午，苇塘县人民医院组织内科、外科、儿科等十余个科室的医务人员走进柳湾社区，为居民送去免费义诊服务。"
MIDDLE = "活动现场，医务人员为居民测量血压、血糖，解答健康咨询，并发放健康宣传资料四百余份，受到居民欢迎。"
MORE = "义诊结束后，医院还与柳湾社区卫生服务站签订了帮扶协议，今后每月派出专家到社区坐诊一次，帮助基层提升服务能力。"
CAPTION = "▲内科主任医师贺青禾（左一）为社区居民测量血压                 裴晓雁 摄"
BYLINE = "（通讯员  裴晓雁）"


def test_a_caption_after_a_paragraph_is_a_paragraph_of_the_article() -> None:
    text = "\n".join([HEAD, *flat([LEAD, MIDDLE]), CAPTION, *flat([MORE]), BYLINE]) + "\n"
    issue = parse_text(text, source="t.txt")
    assert [a.title for a in issue.articles] == [HEAD]
    assert any(p.startswith("▲内科主任医师贺青禾") for p in issue.articles[0].paragraphs)


def test_a_caption_inside_a_paragraph_is_read_after_that_paragraph() -> None:
    lines = flat([LEAD, MIDDLE])
    lines.insert(len(flat([LEAD])) + 2, CAPTION)  # set between two lines of MIDDLE
    blocks = kinds([HEAD, *lines, BYLINE])
    texts = [text for kind, text in blocks if kind == "body"]
    assert texts[0] == LEAD and texts[1] == MIDDLE
    assert texts[2].startswith("▲内科主任医师贺青禾")
    assert [kind for kind, _ in blocks].count("headline") == 1


NUMBERED = "二、专家团队常驻柳湾"
AFTER_HEAD = "院长贺青禾介绍，服务站将在托管期内"  # the section's first line, wider than the lines below it
AFTER_REST = "每年投入专项资金两百万元，用于设备更新和人才引进，并对派驻专家给予生活补助。"


def test_a_numbered_section_head_is_one_line_of_the_article() -> None:
    # printed lines are not all of one width: the section's first line runs wider than the
    # column below it, which a headline over several columns would too
    lines = [HEAD, *flat([LEAD, MIDDLE]), NUMBERED, AFTER_HEAD, *flat([AFTER_REST, MORE], 16), BYLINE]
    blocks = kinds(lines)
    assert ("subheading", NUMBERED) in blocks
    assert ("body", AFTER_HEAD + AFTER_REST) in blocks
    issue = parse_text("\n".join(lines) + "\n", source="t.txt")
    assert [a.title for a in issue.articles] == [HEAD]


def test_a_bracketed_section_head_over_a_dated_paragraph_heads_no_new_article() -> None:
    dated = "6月2日，柳湾社区卫生服务站迎来首批坐诊专家，附近村民一早就排起了长队，候诊大厅座无虚席。"
    lines = [HEAD, *flat([LEAD, MIDDLE]), "【帮扶走进服务站】", *flat([dated]), BYLINE]
    issue = parse_text("\n".join(lines) + "\n", source="t.txt")
    assert [a.title for a in issue.articles] == [HEAD]


def test_forms() -> None:
    assert is_caption("图为专家在病房查房")
    assert is_caption("△ 医务人员为居民义诊")
    assert is_caption("专家为患者查体      通讯员 裴晓雁 摄")
    assert not is_caption("科室全员坚守岗位。（记者 裴晓雁 摄）")  # photo news text with its credit
    assert not is_caption("他为病人拍摄了一段康复训练视频，")
    assert is_section_head("（三）加强人才培养")
    assert is_section_head("【从门诊到病房】")
    assert not is_section_head("二手烟危害大")
