"""A list printed flush, one entry a line (某科主任　某某 / 某某　　某科主任), is one paragraph a row;
a notice's signature (bodies and date after its text) is the notice's last paragraph, never the
headline of the report printed after it (invented names and places)."""

from __future__ import annotations

from yuanzhi.layout.text_layout import lines_to_blocks
from yuanzhi.read.text import text_to_document


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in lines_to_blocks(text_to_document("\n".join(lines) + "\n", "t.txt"))]


POST_FIRST = [
    "蓼川市卫生健康委员会",
    "关于表彰2025年度优秀医务工作者的决定",
    "各县区卫健局，委属各单位：",
    "经各单位推荐、评审委员会评审，决定授予以下同志",
    "“蓼川市优秀医务工作者”称号。名单如下：",
    "蓼川市人民医院神经外科主任、主任医师\u3000韦澄江",
    "蓼川市妇幼保健院新生儿科护士长\u3000莘若禾",
    "苇塘县人民医院副院长、麻醉科主任\u3000戈青岚",
    "苇塘县柳湾镇卫生院全科医生\u3000晏小满",
    "希望受表彰的同志珍惜荣誉，再创佳绩，全市卫生健康",
    "系统广大干部职工要以先进为榜样，为健康蓼川建设作贡献。",
]


def test_every_flush_row_of_a_list_is_a_paragraph() -> None:
    texts = [text for kind, text in _blocks(POST_FIRST) if kind == "body"]
    assert "蓼川市人民医院神经外科主任、主任医师韦澄江" in texts
    assert "蓼川市妇幼保健院新生儿科护士长莘若禾" in texts
    assert "苇塘县人民医院副院长、麻醉科主任戈青岚" in texts
    assert "苇塘县柳湾镇卫生院全科医生晏小满" in texts
    assert texts[-1].startswith("希望受表彰的同志珍惜荣誉")


NAME_FIRST = [
    "苇塘县人民医院新一届科主任名单",
    "5月9日，苇塘县人民医院公布新一届临床科室主任名单，",
    "任期三年。名单如下：",
    "贺青禾\u3000\u3000心血管内科主任",
    "裴晓雁\u3000\u3000儿科主任",
    "柯明远\u3000\u3000普外科主任",
    "医院要求新任科主任尽快进入角色，带好团队。",
]


def test_a_name_first_flush_list_keeps_its_rows() -> None:
    texts = [text for kind, text in _blocks(NAME_FIRST) if kind == "body"]
    assert "贺青禾心血管内科主任" in texts
    assert "裴晓雁儿科主任" in texts
    assert "柯明远普外科主任" in texts


def test_a_list_of_bodies_wrapped_by_the_column_is_not_cut_into_rows() -> None:
    lines = [
        "二、先进集体（4个）",
        "蓼川市人民医院急诊医学科\u3000蓼川市妇幼保健院新",
        "生儿科\u3000苇塘县中医院康复科\u3000蓼川市中心血站采供",
        "血科",
    ]
    texts = [text for kind, text in _blocks(POST_FIRST[:5] + lines) if kind == "body"]
    assert any("蓼川市妇幼保健院新生儿科" in text for text in texts)


NOTICE = [
    "苇塘县中医院",
    "关于韦澄江等同志正式任职的通知",
    "院内各科室、各部门：",
    "经院党委2025年5月8日会议研究，韦澄江等三名同志",
    "试用期满，考核合格，现予正式任职：韦澄江同志任",
    "医务科科长；莘若禾同志任护理部副主任；戈青岚同",
    "志任药剂科主任。",
    "中共苇塘县中医院委员会\u3000苇塘县中医院\u300020",
    "25年5月9日",
    "5月12日上午，医院召开中层干部会议宣读上述通",
    "知。院党委书记晏守拙宣读文件并讲话，要求新任职",
    "干部珍惜岗位、担当作为。",
]


def test_a_signature_closes_its_notice_and_heads_nothing() -> None:
    blocks = _blocks(NOTICE)
    assert [kind for kind, _ in blocks].count("headline") == 2  # the notice's own headline group
    assert ("body", "中共苇塘县中医院委员会苇塘县中医院2025年5月9日") in blocks
    assert blocks[-1] == ("body", "5月12日上午，医院召开中层干部会议宣读上述通知。院党委书记晏守拙宣读文件并讲话，要求新任职干部珍惜岗位、担当作为。")


def test_a_signature_with_its_date_on_a_line_of_its_own() -> None:
    lines = [*NOTICE[:7], "中共苇塘县委组织部", "2025年5月9日", *NOTICE[9:]]
    blocks = _blocks(lines)
    assert [kind for kind, _ in blocks].count("headline") == 2
    assert ("body", "中共苇塘县委组织部") in blocks and blocks[-2][1] == "2025年5月9日"


def test_a_flush_row_the_column_wrapped_ends_with_its_wrapped_line() -> None:
    lines = [
        "5月9日，苇塘县政协常委会议决定增补以下",
        "同志为政协苇塘县第五届委员会委员（按姓氏",
        "笔画为序）：",
        "贺青禾\u3000\u3000苇塘县中医院党委书记",
        "裴晓雁\u3000\u3000（女）苇塘县妇幼保健院院长",
        "柯明远\u3000\u3000（回族）县律师协会副会长、苇塘",
        "县明理律师事务所主任",
        "会议决定，撤销某某的政协苇塘县第五届委员",
        "会委员资格，接受另一名委员辞去委员的请求。",
    ]
    texts = [text for kind, text in _blocks(lines) if kind == "body"]
    assert "柯明远（回族）县律师协会副会长、苇塘县明理律师事务所主任" in texts
    assert texts[-1].startswith("会议决定，撤销某某")
