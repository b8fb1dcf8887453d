"""The year's 大事记 as a Word document in the usual form.

青川市人民医院2024年大事记          (centred title)
一月                                (month heading)
5月11日　一句话事件。               (date in bold, then the event)
        来源：《标题》，院报文件名   (small grey line)
"""

from __future__ import annotations

import io

from ..archive.records import Chronicle
from . import chronicle_text as ct

FONT = "宋体"
HEADING_FONT = "黑体"


def _east_asian(run: object, font: str) -> None:
    from docx.oxml.ns import qn

    r_pr = run._element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)


def chronicle_docx(chronicle: Chronicle) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr()
    _east_asian_style(normal, FONT)

    title = document.add_heading(level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(ct.heading(chronicle))
    _east_asian(run, HEADING_FONT)
    if not chronicle.months:
        document.add_paragraph("（本年度暂无记录）")
    for name, entries in ct.months(chronicle):
        month = document.add_heading(level=1)
        _east_asian(month.add_run(name), HEADING_FONT)
        for entry in entries:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(2)
            date = ct.entry_date(entry)
            if date:
                bold = paragraph.add_run(f"{date}\u3000")
                bold.bold = True
                _east_asian(bold, FONT)
            _east_asian(paragraph.add_run(ct.entry_summary(entry, chronicle.patients)), FONT)
            source = ct.entry_source(entry, chronicle.patients)
            if source:
                note = document.add_paragraph()
                note.paragraph_format.left_indent = Pt(24)
                note.paragraph_format.space_after = Pt(6)
                small = note.add_run(source)
                small.font.size = Pt(9)
                small.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
                _east_asian(small, FONT)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _east_asian_style(style: object, font: str) -> None:
    from docx.oxml.ns import qn

    r_pr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.append(fonts)
    fonts.set(qn("w:eastAsia"), font)
