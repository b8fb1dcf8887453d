"""Small pieces of the web views: sentences, fact links, PNG geometry, filters."""

from __future__ import annotations

import io

from PIL import Image

from yuanzhi.archive.views import png_dpi, png_size
from yuanzhi.model import Article, Event, Evidence, Facts, Person, Position
from yuanzhi.web.article_text import article_blocks, link_facts, split_sentences
from yuanzhi.web.render import issue_number, zh_date


def test_split_sentences_keeps_every_character() -> None:
    text = "他说：“手术很成功！”患者已出院。复查安排在下月；请按时来院？好"
    parts = split_sentences(text)
    assert "".join(parts) == text
    assert parts[0] == "他说：“手术很成功！”"
    assert parts[-1] == "好"


def test_subheadings_are_their_own_blocks() -> None:
    article = Article(
        id="a",
        title="t",
        paragraphs=("一、工作回顾", "今年完成手术三千台。"),
        subheadings=("一、工作回顾",),
    )
    blocks = article_blocks(article)
    assert [b["kind"] for b in blocks] == ["subheading", "paragraph"]
    assert [s["id"] for b in blocks for s in b["sentences"]] == ["s1", "s2"]


def test_fact_links_to_the_quoted_sentence_else_to_the_mention() -> None:
    article = Article(id="a", title="t", paragraphs=("院长沈青出席。会议由副院长许岚主持。",))
    blocks = article_blocks(article)
    facts = Facts(
        people=(
            Person(
                "许岚",
                (
                    Position(
                        "副院长", None, evidence=(Evidence("s", "x:a", "会议由副院长许岚主持。"),)
                    ),
                ),
            ),
            Person(
                "沈青",
                (Position("院长", None, evidence=(Evidence("s", "x:a", "不在文中的引文"),)),),
            ),
        ),
        events=(Event(None, "meeting", "召开会议", "x:a"),),
    )
    linked = {item["label"]: item["sentence"] for item in link_facts(blocks, facts, "x:a")}
    assert linked == {"许岚": "s2", "沈青": "s1", "召开会议": None}


def test_png_size_and_dpi() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200)).save(buffer, format="PNG", dpi=(200, 200))
    assert png_size(buffer.getvalue()) == (320, 200)
    assert round(png_dpi(buffer.getvalue()) or 0) == 200
    assert png_size(b"not a png") is None


def test_filters() -> None:
    assert zh_date("2025-06-08") == "2025年6月8日"
    assert zh_date("2025-06") == "2025年6月"
    assert zh_date("2025-05-01/2025-05-03") == "2025年5月1日至2025年5月3日"
    assert zh_date("近日") == "近日"
    assert issue_number("6") == "第6期" and issue_number("总第102期") == "总第102期"
