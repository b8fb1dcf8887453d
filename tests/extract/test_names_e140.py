"""Names and titles left from rounds 26-27 (E140), invented names throughout:

- 木仁 (mören, river) and 牧仁 are elements of Mongolian given names (巴图+木仁): a name of known
  elements is read whole, not cut after its first element (lexicon/minority_names.tsv).
"""

from __future__ import annotations

from .conftest import posts_in

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

