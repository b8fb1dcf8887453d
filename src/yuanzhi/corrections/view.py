"""The corrected view of one issue: the parser's output plus the corrections that apply.

    raw issue ─apply article corrections─▶ issue ─(re-)extract─▶ facts ─apply fact corrections─▶ facts

When an article correction changed the issue, its facts are extracted again
from the corrected articles (a moved paragraph's facts move with it, a split's
new article gets its own events); when no extractor is available, evidence is
remapped to the article that now holds its sentence. Fact and people
corrections then apply to those facts. ``corrected_view`` is a pure function:
the archive recomputes it from the stored raw parse whenever a correction is
added or revoked or the issue is re-ingested.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .. import model
from ..readdress import readdress
from .anchors import norm
from .apply_facts import Mentions, apply_fact_corrections
from .apply_issue import apply_article_corrections
from .model import Correction, Outcome, is_article_kind

Extract = Callable[[model.Issue], model.Facts]


@dataclass(frozen=True)
class View:
    issue: model.Issue
    facts: model.Facts | None
    outcomes: dict[
        int, Outcome
    ]  # by correction id; a global correction that found nothing here has none
    mentions: Mentions = ()  # (person, article id) pairs the text does not show
    reextracted: bool = False

    @property
    def changed(self) -> bool:
        return any(o.status == "applied" for o in self.outcomes.values())


def corrected_view(
    issue: model.Issue,
    facts: model.Facts | None,
    corrections: Sequence[tuple[int, Correction]],
    extract: Extract | None = None,
) -> View:
    """Apply ``corrections`` (id, correction), oldest first, to a parsed issue and its facts."""
    article_cs = [(i, c) for i, c in corrections if is_article_kind(c)]
    fact_cs = [(i, c) for i, c in corrections if not is_article_kind(c)]
    corrected, outcomes = apply_article_corrections(issue, article_cs)
    reextracted = False
    if corrected is not issue and facts is not None:
        if extract is not None:
            facts = extract(corrected)
            reextracted = True
        else:
            facts = remap_evidence(facts, corrected)
    facts, fact_outcomes, mentions = apply_fact_corrections(facts, corrected, fact_cs)
    outcomes.update(fact_outcomes)
    return View(corrected, facts, outcomes, mentions, reextracted)


def remap_evidence(facts: model.Facts, issue: model.Issue) -> model.Facts:
    """Evidence pointed at the article whose text now holds its sentence."""
    texts = [(a.id, norm(a.text)) for a in issue.articles]
    own = dict(texts)

    def where(article_id: str, quote: str) -> str:
        wanted = norm(quote)
        if wanted and wanted in own.get(article_id, ""):
            return article_id  # still where it was (a sentence or name printed twice stays put)
        if wanted:
            for aid, text in texts:
                if wanted in text:
                    return aid
        return article_id  # the sentence is not found: the evidence stays where it was

    return readdress(facts, where)
