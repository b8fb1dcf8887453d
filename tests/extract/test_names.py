from __future__ import annotations

from yuanzhi.extract.names import name_list, valid_name
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import name_span


def test_name_at_reads_where_the_name_ends(lexicon):
    assert name_span("院长薛伟民主持会议", 2, lexicon) == "薛伟民"
    assert name_span("副院长张劼等出席", 3, lexicon) == "张劼"
    assert name_span("副院长邹春陪同调研", 3, lexicon) == "邹春"
    assert name_span("主任医师欧阳倩汇报病例", 4, lexicon) == "欧阳倩"
    assert name_span("院长，会议", 2, lexicon) is None


def test_name_list_and_blocked_spans(lexicon):
    sentence = "副院长李学冬、李迁，财务总监冯杰"
    words = tokens(default_tokenizer(), sentence)
    assert [sentence[a:b] for a, b in name_list(sentence, 3, words, lexicon, [])] == ["李学冬", "李迁"]
    assert name_list(sentence, 3, words, lexicon, [(3, 6)]) == []


def test_valid_name(lexicon):
    assert valid_name("周志明", lexicon)
    assert not valid_name("卫生院", lexicon)
    assert not valid_name("王阿姨", lexicon)
    assert not valid_name("相关", lexicon)
    assert not valid_name("于林及", lexicon)
    assert valid_name("高峰", lexicon, allow_common=True) and not valid_name("高峰", lexicon)
