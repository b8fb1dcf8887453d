"""Corrections round-trip through the JSON the archive stores (property test), and each has a one-line summary."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from yuanzhi.corrections.model import (
    FACT_KINDS,
    KIND_LABELS,
    KINDS,
    ArticleAnchor,
    FactDelete,
    FactFix,
    FactSelector,
    MarkPatient,
    Merge,
    MoveParagraph,
    PeopleMerge,
    PeopleSplit,
    Retitle,
    Split,
    from_payload,
    scope,
    to_payload,
)
from yuanzhi.corrections.summary import summarize

text = st.text(min_size=1, max_size=30)
maybe = st.none() | st.text(max_size=20)
anchors = st.builds(
    ArticleAnchor, text, maybe, st.text(max_size=60), st.text(max_size=8), st.text(max_size=20)
)
pairs = st.lists(
    st.tuples(st.sampled_from(("person", "title", "org", "date")), maybe), max_size=3
).map(tuple)
selectors = st.builds(FactSelector, st.sampled_from(FACT_KINDS), pairs, maybe, maybe)
corrections = st.one_of(
    st.builds(Retitle, anchors, maybe, maybe, maybe),
    st.builds(MoveParagraph, text, anchors, anchors, st.sampled_from(("start", "end"))),
    st.builds(Split, anchors, text, maybe, st.booleans()),
    st.builds(Merge, anchors, anchors),
    st.builds(FactFix, selectors, pairs),
    st.builds(FactDelete, selectors),
    st.builds(PeopleMerge, text, text, maybe),
    st.builds(
        PeopleSplit,
        text,
        text,
        st.lists(text, max_size=3).map(tuple),
        st.lists(text, max_size=3).map(tuple),
    ),
    st.builds(MarkPatient, text),
)


@settings(max_examples=200, deadline=None)
@given(corrections)
def test_payload_round_trips_through_json(correction) -> None:  # type: ignore[no-untyped-def]
    stored = json.dumps(to_payload(correction), ensure_ascii=False)
    assert from_payload(json.loads(stored)) == correction
    assert summarize(correction)
    assert scope(correction) is None or isinstance(scope(correction), str)


def test_every_kind_has_a_label() -> None:
    assert set(KINDS) == set(KIND_LABELS)
