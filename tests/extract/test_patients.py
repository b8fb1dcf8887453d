from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.patients import find_patients
from yuanzhi.extract.sentences import to_simplified

from .conftest import one_article, pairs_of

KIN = ["阿姨", "爷爷", "奶奶", "伯伯", "大爷", "先生", "女士", "叔叔"]
SURNAMES = sorted(s for s in default_lexicon().surnames if len(s) == 1)[:200]


def mentions(sentence: str) -> list[str]:
    return [p.mention for p in find_patients(sentence, default_lexicon())]


def test_patient_shapes():
    assert mentions("感谢医护人员让小安安（化名）顺利出院。") == ["小安安"]
    assert mentions("62岁的老王（化名）在体检中发现结节。") == ["老王"]
    assert mentions("张爷爷和王阿姨都康复了，李先生也出院了。") == ["张爷爷", "王阿姨", "李先生"]
    assert mentions("患者张某因车祸入院。") == ["张某"]
    assert mentions("老王说，手术很成功。") == ["老王"]


def test_ordinary_words_are_not_patients():
    assert mentions("术后3小时，老师和同学们来看望，对于某些问题老年人要注意。") == []


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from(KIN), st.sampled_from(["主任", "院长", "教授", "医生"]))
def test_patient_mentions_never_become_people(surname, kin, title):
    sentence = f"{title}为{surname}{kin}实施了手术，{surname}{kin}（化名）恢复良好，老{surname}说谢谢。"
    names = {name for name, _title in pairs_of(sentence)}
    assert not any(name.startswith(surname) and kin in sentence for name in names if len(name) <= 3 and name.endswith(kin[:1]))
    assert f"{surname}{kin}" not in names
    assert f"老{surname}" not in names


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from(KIN))
def test_patients_in_an_issue_are_patients_only(surname, kin):
    from yuanzhi.extract.facts import issue_to_facts

    issue = one_article(f"主任医师{surname}{kin}说，手术很顺利。", f"患者{surname}某出院。")
    facts = issue_to_facts(issue)
    people = {p.name for p in facts.people}
    assert f"{surname}{kin}" not in people
    assert f"{surname}某" not in people
    if surname not in default_lexicon().boundary_words and surname != kin[0]:
        # 和阿姨 reads as 和 + 阿姨; 伯伯伯 is ambiguous: only people-side is guaranteed there
        assert any(m.mention == to_simplified(f"{surname}{kin}") for m in facts.patients)


def test_an_old_villager_is_a_patient_mention():
    from yuanzhi.extract.lexicon_loader import default_lexicon
    from yuanzhi.extract.patients import find_patients

    assert [p.mention for p in find_patients("村民老李腰腿疼痛半年多。", default_lexicon())] == ["老李"]


def test_a_preterm_babys_pseudonym_and_a_grandfather_are_patient_mentions():
    from yuanzhi.extract.lexicon_loader import default_lexicon
    from yuanzhi.extract.patients import find_patients

    lexicon = default_lexicon()
    assert [p.mention for p in find_patients("早产儿小宇（化名）顺利出院。", lexicon)] == ["小宇"]
    assert [p.mention for p in find_patients("小宇的爷爷老张每天都要打电话。", lexicon)][-1] == "老张"
