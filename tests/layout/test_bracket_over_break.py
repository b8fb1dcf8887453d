"""A line that leaves a bracket open which the next line closes runs on into it, never a heading,
even when gaps part its fields (a dateline's byline in brackets cut by the line end; invented names)."""

from __future__ import annotations

from yuanzhi.layout.text_layout import lines_to_blocks
from yuanzhi.read.text import text_to_document

LINES = [
    "县委书记到县医疗集团调研",
    "苇塘县融媒体中心讯（记者　米禾　通讯员　柯思",
    "远）12月3日，县委书记到苇塘县医疗集团调研，现场",
    "办公解决医疗集团运行中的困难和问题。",
]


def test_a_byline_bracket_cut_by_the_line_end_stays_in_the_lead() -> None:
    blocks = [(b.kind, b.text) for b in lines_to_blocks(text_to_document("\n".join(LINES) + "\n", "t.txt"))]
    assert any(kind == "body" and "通讯员柯思远）12月3日" in text for kind, text in blocks)
