"""Invariants of extraction on synthetic newspapers (tests/synth): no patient is a
person, every person's name is a surname plus one or two characters, evidence quotes
contain the name."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_synthetic_issues_keep_the_invariants(seed):
    generate = pytest.importorskip("tests.synth.generate")
    from yuanzhi.pipeline import parse_text

    synth = generate.generate_issue(seed)
    issue = parse_text(synth.text, source=synth.truth["source"], date=synth.truth["date"])
    facts = issue_to_facts(issue)
    lexicon = default_lexicon()
    patients = {m.mention for m in facts.patients}
    assert facts.people
    for person in facts.people:
        assert person.name not in patients
        assert not any(p.fullmatch(person.name) for p in lexicon.patient_patterns)
        surname = 2 if person.name[:2] in lexicon.compound_surnames else 1
        assert person.name[:surname] in lexicon.surnames
        assert 1 <= len(person.name) - surname <= 2
        for position in person.positions:
            for evidence in position.evidence:
                if evidence.start is not None:
                    assert evidence.quote[evidence.start : evidence.end] in (person.name, person.name[:surname])
