"""Property: nothing is lost. Every content character (letters, digits, CJK)
of any input comes out exactly once across the output's text fields, and
article ids are unique and stable across runs."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yuanzhi.articles.assemble import output_text
from yuanzhi.contract import issue_to_json
from yuanzhi.layout.normalize import content_chars
from yuanzhi.pipeline import parse_text

CJK = "医院科室护理患者手术中心举办活动开展工作会议主任院长党委书记健康服务质量年月日的了和在是为与及"
PIECES = st.one_of(
    st.text(alphabet=CJK + "，。、！？“”：；（）《》 ", min_size=1, max_size=30),
    st.sampled_from(
        [
            "（下转二版）", "（上接一版）", "（护理部 于 歌）", "（肿瘤中心 郜学斌 呼吸", "科 贾一飞）",
            "健康小科普", "编者按：如果你在高龄患了重病，你会如何选择？", "第 2 版 要闻 责任编辑：周航",
            "2025年6月15日 星期日", "5 月 11 日，医院举行 5· 12 国际护士节", "Da Vinci Xi 机器人", "",
            "——记我院援疆医生", "（0/4、0/2）", "小安安（化名）", "\f",
        ]
    ),
    st.text(min_size=0, max_size=12),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=0, max_size=60), st.booleans())
def test_every_content_character_survives(lines: list[str], doubled: bool) -> None:
    text = ("\n\n" if doubled else "\n").join(lines)
    if not text.strip():
        return
    issue = parse_text(text)
    source = Counter(content_chars(text.replace("\ufeff", "")))
    output = Counter(content_chars(output_text(issue)))
    assert source == output, (source - output, output - source)
    ids = [a.id for a in issue.articles]
    assert len(ids) == len(set(ids))
    assert issue_to_json(parse_text(text)) == issue_to_json(issue)
