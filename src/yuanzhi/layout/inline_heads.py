"""Photo captions and section heads printed inside an article (conventions of Chinese newspapers).

* A photo caption describes a picture set in the article around it: it opens with a pointer
  (▲ △ ▼ ▽ ↑ ↓ ←, 图为…, 〔图〕…, 上图：…) or closes on the photographer's credit (某某 摄,
  摄影：某某). It is a paragraph of that article (the contract has no caption field), read after
  the paragraph it interrupts, and never a headline: a new article does not open on a caption.
* A section head in running text (一、… （三）… 3. … 第二部分 …, ①, or a phrase set in 【】)
  heads a part of the article it stands in. It is one printed line: the line after it is the
  section's text, never a second headline line, and it never heads a new article.
"""

from __future__ import annotations

import re

_POINTER = re.compile(
    r"^(?:[▲△▼▽↑↓←→]"
    r"|图为|[〔［\[（(【]图[〕］\]）)】]|图[：:]"
    r"|(?:上|下|左|右|左上|右上|左下|右下|上左|上右|下左|下右)图[：:为]"
    r")"
)
# the photographer's credit closing a caption, set apart by a wide gap or alone on its line:
# 某某 摄 / 通讯员 某某 摄 / 摄影：某某 (a credit in brackets after a sentence, 。（记者 某某 摄）,
# closes the text of photo news itself: that line is running text)
_CREDIT = re.compile(
    r"(?:^|\s{2,})(?:(?:[\u4e00-\u9fff·]{1,8}\s+)?[\u4e00-\u9fff·]{2,6}\s+摄影?|摄影[：:]\s*[\u4e00-\u9fff·]{2,6})$"
)

_SECTION_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[、．](?!\d)"
    r"|第[一二三四五六七八九十\d]{1,3}[部章节篇]"
    r"|[①-⑳])"
    r"|^【[^【】]{2,24}】$"
)


def is_caption(raw: str) -> bool:
    """Is a printed line (as printed, spaces kept) a photo caption?"""
    text = raw.strip()
    return bool(text) and (bool(_POINTER.match(text)) or bool(_CREDIT.search(text)))


def is_section_head(text: str) -> bool:
    """Is a heading line numbered (一、 （三） 3、 ①) or set in 【】: an article's section head?"""
    return bool(_SECTION_HEAD.match(text.strip()))
