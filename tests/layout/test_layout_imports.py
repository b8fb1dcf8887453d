"""Layout reads the titles of posts from the shared lexicon (yuanzhi.lexicon), never from extract:
the stages depend one way (read → layout → articles → extract; style.md)."""

from __future__ import annotations

import subprocess
import sys

from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.lexicon.titles import title_ending

_PROGRAM = """
import sys
from yuanzhi.layout.text_layout import lines_to_blocks
from yuanzhi.read.text import text_to_document
lines = ["苇塘县人民医院召开年度工作会", "会上，苇塘县卫生健康局党组书记、局长",
         "贺青禾，医院党委副书记、院长裴晓雁先后讲话。", "会议对下一步工作作出部署。"]
lines_to_blocks(text_to_document("\\n".join(lines) + "\\n", "t.txt"))
loaded = sorted(m for m in sys.modules if m.startswith("yuanzhi.extract"))
print(",".join(loaded))
"""


def test_laying_out_text_loads_nothing_of_extract() -> None:
    done = subprocess.run([sys.executable, "-c", _PROGRAM], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_shared_titles_are_extracts_titles() -> None:
    lexicon = default_lexicon()
    for text in ("苇塘县卫生健康局党组书记", "医院党委副书记、院长", "主任医师", "柳湾社区", "局长"):
        assert title_ending(text) == lexicon.title_ending(text)
