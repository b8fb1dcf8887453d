"""Shared helpers for extraction tests: the package lexicon and tokenizer, and
one-article issues built by hand (no parser needed)."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import Lexicon, default_lexicon
from yuanzhi.extract.names import name_at
from yuanzhi.extract.people import ArticleContext, PersonMention, people_in_sentence
from yuanzhi.extract.segment import default_tokenizer, tokens
from yuanzhi.model import Article, Byline, Issue


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return default_lexicon()


def people_of(sentence: str, home: str | None = "青川市人民医院", context: ArticleContext | None = None) -> list[PersonMention]:
    context = context or ArticleContext(home)
    return people_in_sentence(sentence, tokens(default_tokenizer(), sentence), default_lexicon(), context)


def pairs_of(sentence: str, **kwargs: object) -> set[tuple[str, str]]:
    return {(m.name, m.title) for m in people_of(sentence, **kwargs)}  # type: ignore[arg-type]


def one_article(*paragraphs: str, title: str | None = None, date: str | None = "2024-06",
                bylines: tuple[Byline, ...] = (), source: str = "test.txt") -> Issue:
    article = Article(id="a1", title=title, paragraphs=paragraphs, bylines=bylines)
    return Issue(source=source, articles=(article,), date=date)


def posts_in(*paragraphs: str) -> set[tuple[str, str]]:
    """(name, title) of every position the facts of one article built from ``paragraphs`` hold."""
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title) for p in facts.people for pos in p.positions}


def posts_with_orgs_in(*paragraphs: str, date: str | None = "2024-06") -> set[tuple[str, str, str | None]]:
    """(name, title, organization) of every position, as ``posts_in`` (the issue dated ``date``)."""
    facts = issue_to_facts(one_article(*paragraphs, date=date))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def name_span(sentence: str, start: int, lexicon: Lexicon) -> str | None:
    """The name names.name_at reads at ``start`` of the sentence, or None."""
    hit = name_at(sentence, start, tokens(default_tokenizer(), sentence), lexicon, [])
    return sentence[hit[0] : hit[1]] if hit else None
