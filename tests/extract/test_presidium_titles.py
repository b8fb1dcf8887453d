"""A congress's 主席团 (presidium) posts are kept whole (主席团主席, 主席团副主席) (lexicon/title_prefixes.tsv;
names and places invented)."""

from __future__ import annotations

from .conftest import posts_in


def test_a_presidium_post_is_kept_whole():
    found = posts_in(
        "溪桥县残疾人联合会第五次代表大会选举产生了县残联第五届主席团。",
        "副县长柯望川当选主席团主席，县残联理事长卜晓梅当选主席团副主席。",
    )
    assert ("柯望川", "主席团主席") in found and ("卜晓梅", "主席团副主席") in found
    assert ("柯望川", "主席") not in found

