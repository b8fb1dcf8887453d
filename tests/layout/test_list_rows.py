"""A list printed one entry a line (名字　　职务, indented, the fields parted by a wide gap): each row
is a paragraph, never a headline, and a row the column wrapped (its second line set deeper, a
hanging indent) is one paragraph that ends where its hanging line ends (invented names)."""

from __future__ import annotations

from yuanzhi.layout.text_layout import lines_to_blocks
from yuanzhi.read.text import text_to_document

LINES = [
    "苇塘县人民医院召开职工代表大会",
    "5月9日，苇塘县人民医院第五届职工代表大会第二次",
    "会议召开。会议选举产生了新一届工会委员会委员，",
    "名单如下（按姓氏笔画为序）：",
    "  贺青禾　　内科主任医师",
    "  裴晓雁　　（女）护理部副主任、儿科病区",
    "            护士长",
    "  柯明远　　后勤保障部部长",
    "  蒲雨桐　　（女）财务科科长",
    "  于海岚　　门诊部副主任、苇塘县柳湾社区",
    "            卫生服务站站长",
    "会议还审议通过了医院年度工作报告和职工福利方",
    "案，与会代表就医院发展建言献策。",
]


def test_every_row_of_a_list_is_a_paragraph_and_a_wrapped_row_is_one() -> None:
    blocks = [(b.kind, b.text) for b in lines_to_blocks(text_to_document("\n".join(LINES) + "\n", "t.txt"))]
    assert [kind for kind, _ in blocks].count("headline") == 1
    texts = [text for kind, text in blocks if kind == "body"]
    assert "裴晓雁（女）护理部副主任、儿科病区护士长" in texts
    assert "于海岚门诊部副主任、苇塘县柳湾社区卫生服务站站长" in texts
    assert "柯明远后勤保障部部长" in texts
    assert texts[-1] == "会议还审议通过了医院年度工作报告和职工福利方案，与会代表就医院发展建言献策。"
