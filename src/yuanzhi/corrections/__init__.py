"""Editors' corrections that survive re-ingest.

An editor can retitle an article, move a paragraph to another article, split
or merge articles, fix or delete a fact, merge or split people, and mark a
name as a patient. Corrections are records of their own (model.py), anchored
to content rather than positions (anchors.py): an article by its issue's source
and a fingerprint of its text, a paragraph by its text, a fact by its key
fields and evidence sentence, a person by name (and organization).

    raw issue + raw facts + corrections ─corrected_view─▶ issue + facts + outcomes

``view.corrected_view`` applies them in the order they were made: article
corrections (apply_issue.py), then facts extracted again from the corrected
articles, then fact and people corrections (apply_facts.py). Each correction
gets an outcome per issue: ``applied``, or ``stale`` with the reason. The
archive (archive/corrections_store.py) keeps the raw parse, recomputes the view
whenever a correction is added or revoked or the issue is re-ingested, and
records outcomes and an audit log. ``edit.py`` is what the CLI and web call.
"""
