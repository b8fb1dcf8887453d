"""Names and titles left from rounds 26-27 (E140), invented names throughout:

- 木仁 (mören, river) and 牧仁 are elements of Mongolian given names (巴图+木仁): a name of known
  elements is read whole, not cut after its first element (lexicon/minority_names.tsv);
- a phrase closed by 的 that describes the person between two posts of a chain (、已届退休年龄的…)
  keeps the chain: the post before it is the person's too (described_phrases.py).
"""

from __future__ import annotations

from .conftest import posts_in, posts_with_orgs_in

_OPEN = "5月8日，柘原市蒙医医院召开会议。"


def test_mören_closes_a_mongolian_name():
    found = posts_in(_OPEN, "本期刊登原内科主任、主任医师巴图木仁的口述。")
    assert ("巴图木仁", "主任医师") in found
    assert not any(name == "巴图" for name, _title in found)
    found = posts_in(
        _OPEN, "本期刊登原内科主任、主任医师额尔敦牧仁的口述。",
        "（额尔敦牧仁，蒙古族，1958年生，历任柘原市蒙医医院内科副主任、业务副院长，2018年退休。）",
    )
    assert ("额尔敦牧仁", "业务副院长") in found
    assert not any(name == "额尔敦" for name, _title in found)



def test_a_describing_phrase_with_de_keeps_a_chain():
    open_ = "5月8日，柘原县中医院召开第五届职工代表大会。"
    found = posts_with_orgs_in(open_, "上届工会主席、已届退休年龄的骨伤科主任医师柏远舟向新一届工会委员会移交了印章。")
    assert ("柏远舟", "工会主席", "柘原县中医院") in found
    assert ("柏远舟", "主任医师", "骨伤科") in found
