"""What the CLI and the web call: an editor's request by archive ids, made into an anchored correction.

Each function reads the current (corrected) view of what it names, builds the
correction anchored to that content (anchors.fingerprint), checks the values,
and stores it with ``archive.corrections.add`` — which applies it, audits it,
and refuses (CorrectionError) a correction that changes nothing.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import model
from ..errors import CorrectionError, NotFoundError
from .anchors import fingerprint, norm, short
from .model import (
    FACT_KINDS,
    FIX_FIELDS,
    MATCH_FIELDS,
    CorrectionRecord,
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
)

if TYPE_CHECKING:
    from ..archive.store import Archive

MAX_TEXT = 300  # characters of a title, name or summary an editor may type
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
CHOICES: dict[str, tuple[str, ...]] = {
    "action": ("appoint", "remove"),
    "type": typing.get_args(model.EventType),
    "kind": typing.get_args(model.OrgKind),
}
PARTNERSHIP_KINDS = ("alliance", "assistance", "co-construction", "agreement", "other")
REQUIRED = {"person", "title", "name", "summary", "recipient", "honor"}


def clean_text(value: str | None, what: str, *, required: bool = False) -> str | None:
    """An editor's text: stripped, printable, bounded; "" stays "" (it removes the field)."""
    if value is None:
        if required:
            raise CorrectionError(f"{what} is required")
        return None
    text = _CONTROL.sub("", value).strip()
    if len(text) > MAX_TEXT:
        raise CorrectionError(f"{what} is {len(text)} characters long; at most {MAX_TEXT}")
    if required and not text:
        raise CorrectionError(f"{what} must not be empty")
    return text


def _issue_and_article(archive: Archive, article_id: str) -> tuple[Any, model.Article]:
    stored = archive.get_article(article_id)  # NotFoundError names the id
    return stored, stored.article


def _source(archive: Archive, article_id: str) -> tuple[str, model.Article]:
    stored, article = _issue_and_article(archive, article_id)
    return stored.source, article


def paragraph_index(article: model.Article, ref: str | int) -> int:
    """A paragraph by its number (1-based, as the article page and `yuanzhi correct paragraphs` count) or its text."""
    if isinstance(ref, int) or str(ref).strip().lstrip("#¶").isdigit():
        n = int(str(ref).strip().lstrip("#¶"))
        if not 1 <= n <= len(article.paragraphs):
            raise CorrectionError(
                f"paragraph {n}: the article has {len(article.paragraphs)} paragraphs (1-{len(article.paragraphs)})"
            )
        return n - 1
    wanted = norm(str(ref))
    if not wanted:
        raise CorrectionError("give the paragraph's number or some of its text")
    exact = [i for i, p in enumerate(article.paragraphs) if norm(p) == wanted]
    if exact:
        return exact[0]
    inside = [i for i, p in enumerate(article.paragraphs) if wanted in norm(p)]
    if len(inside) == 1:
        return inside[0]
    if not inside:
        raise CorrectionError(f"no paragraph of the article contains 「{short(str(ref))}」")
    raise CorrectionError(
        f"「{short(str(ref))}」 is in paragraphs {', '.join(str(i + 1) for i in inside)}; give its number"
    )


# ---------------------------------------------------------------- articles


def retitle(
    archive: Archive,
    article_id: str,
    *,
    editor: str,
    title: str | None = None,
    subtitle: str | None = None,
    kicker: str | None = None,
) -> CorrectionRecord:
    """New title / subtitle / kicker (None: unchanged; "": removed)."""
    source, article = _source(archive, article_id)
    values = [
        clean_text(v, name)
        for v, name in ((title, "title"), (subtitle, "subtitle"), (kicker, "kicker"))
    ]
    if all(v is None for v in values):
        raise CorrectionError("give a new --title, --subtitle or --kicker")
    correction = Retitle(fingerprint(article, source), *values)
    return archive.corrections.add(correction, editor)


def move_paragraph(
    archive: Archive,
    article_id: str,
    paragraph: str | int,
    to_article_id: str,
    *,
    editor: str,
    at: str = "end",
) -> CorrectionRecord:
    """Move one paragraph to another article of the same issue, at its start or end."""
    if at not in ("start", "end"):
        raise CorrectionError(f"at {at!r}: use start or end")
    origin, article = _issue_and_article(archive, article_id)
    target, goal = _issue_and_article(archive, to_article_id)
    if origin.issue_id != target.issue_id:
        raise CorrectionError(
            f"{article_id} and {to_article_id} are in different issues; a paragraph moves within its issue"
        )
    if origin.id == target.id:
        raise CorrectionError("the paragraph is already in that article")
    index = paragraph_index(article, paragraph)
    correction = MoveParagraph(
        article.paragraphs[index],
        fingerprint(article, origin.source),
        fingerprint(goal, target.source),
        "start" if at == "start" else "end",
    )
    return archive.corrections.add(correction, editor)


def split(
    archive: Archive,
    article_id: str,
    paragraph: str | int,
    *,
    editor: str,
    title: str | None = None,
    title_from_paragraph: bool = False,
) -> CorrectionRecord:
    """Cut an article before a paragraph: that paragraph and the rest become a new article."""
    source, article = _source(archive, article_id)
    index = paragraph_index(article, paragraph)
    if index == 0:
        raise CorrectionError("the article starts with that paragraph; split before a later one")
    if title_from_paragraph and index == len(article.paragraphs) - 1:
        raise CorrectionError("the new article would be a headline with no text")
    correction = Split(
        fingerprint(article, source),
        article.paragraphs[index],
        clean_text(title, "title") or None,
        title_from_paragraph,
    )
    return archive.corrections.add(correction, editor)


def merge(archive: Archive, article_id: str, other_id: str, *, editor: str) -> CorrectionRecord:
    """Two articles of one issue (e.g. the two pieces of a continued story) become one."""
    first, a = _issue_and_article(archive, article_id)
    second, b = _issue_and_article(archive, other_id)
    if first.issue_id != second.issue_id:
        raise CorrectionError(
            f"{article_id} and {other_id} are in different issues; merge articles of one issue"
        )
    if first.id == second.id:
        raise CorrectionError("an article cannot be merged with itself")
    correction = Merge(fingerprint(a, first.source), fingerprint(b, second.source))
    return archive.corrections.add(correction, editor)


# ---------------------------------------------------------------- facts


def _value(kind: str, name: str, value: str | None) -> str | None:
    """A fact field's value, checked (dates ISO, types from their lists, names not empty)."""
    text = clean_text(value, name)
    if not text:
        if name in REQUIRED:
            raise CorrectionError(f"{name} must not be empty")
        return None
    if name == "date" and not _DATE.match(text):
        raise CorrectionError(f"date {text!r}: use YYYY, YYYY-MM, YYYY-MM-DD or a range A/B")
    choices = PARTNERSHIP_KINDS if (kind, name) == ("partnership", "kind") else CHOICES.get(name)
    if name in CHOICES and kind in ("appointment", "event", "organization", "partnership"):
        if choices and text not in choices:
            raise CorrectionError(f"{kind} {name} {text!r}: choose one of {', '.join(choices)}")
    return text


def _selector(
    archive: Archive,
    kind: str,
    match: Mapping[str, str | None],
    issue_id: str | None,
    quote: str | None,
) -> FactSelector:
    if kind not in FACT_KINDS:
        raise CorrectionError(f"fact kind {kind!r}: choose one of {', '.join(FACT_KINDS)}")
    unknown = set(match) - set(MATCH_FIELDS[kind])
    if unknown:
        raise CorrectionError(
            f"{kind} facts are matched by {', '.join(MATCH_FIELDS[kind])}, not {', '.join(sorted(unknown))}"
        )
    if not match:
        raise CorrectionError(
            f"say which {kind}: --match FIELD=VALUE ({', '.join(MATCH_FIELDS[kind])})"
        )
    source = None
    if issue_id:
        source = archive.get_issue(issue_id).summary.source
    elif kind == "event":
        raise CorrectionError("an event belongs to one issue: give --issue ISSUE_ID")
    pairs = tuple((k, clean_text(v, k) or None) for k, v in sorted(match.items()))
    return FactSelector(kind, pairs, source, clean_text(quote, "quote") or None)


def fact_fix(
    archive: Archive,
    kind: str,
    match: Mapping[str, str | None],
    changes: Mapping[str, str | None],
    *,
    editor: str,
    issue_id: str | None = None,
    quote: str | None = None,
) -> CorrectionRecord:
    """Change fields of the facts ``match`` selects (in one issue, or everywhere by name)."""
    selector = _selector(archive, kind, match, issue_id, quote)
    unknown = set(changes) - set(FIX_FIELDS[kind])
    if unknown or not changes:
        raise CorrectionError(
            f"a {kind} fix sets {', '.join(FIX_FIELDS[kind])}"
            + (f", not {', '.join(sorted(unknown))}" if unknown else "")
        )
    wanted = dict(selector.match)
    fixed = tuple(
        (k, value)
        for k, v in sorted(changes.items())
        if (value := _value(kind, k, v)) != wanted.get(k, object())
    )
    if not fixed:
        raise CorrectionError(f"the {kind} already reads so: nothing to change")
    return archive.corrections.add(FactFix(selector, fixed), editor)


def fact_delete(
    archive: Archive,
    kind: str,
    match: Mapping[str, str | None],
    *,
    editor: str,
    issue_id: str | None = None,
    quote: str | None = None,
) -> CorrectionRecord:
    """Delete the facts ``match`` selects (a wrong fact the parser read)."""
    selector = _selector(archive, kind, match, issue_id, quote)
    return archive.corrections.add(FactDelete(selector), editor)


# ---------------------------------------------------------------- people


def _name(value: str, what: str) -> str:
    text = clean_text(value, what, required=True)
    assert text is not None
    return text


def _known_person(archive: Archive, name: str) -> None:
    try:
        archive.person(name)
    except NotFoundError:
        raise CorrectionError(f"no person named {name!r} in the archive") from None


def people_merge(
    archive: Archive, name: str, into: str, *, editor: str, org: str | None = None
) -> CorrectionRecord:
    """``name`` is ``into`` written another way: its positions, appointments and articles go to ``into``."""
    name, into = _name(name, "name"), _name(into, "into")
    if name == into:
        raise CorrectionError(
            f"{name}: the archive already lists one person per name; give two names"
        )
    _known_person(archive, name)
    return archive.corrections.add(PeopleMerge(name, into, clean_text(org, "org") or None), editor)


def people_split(
    archive: Archive,
    name: str,
    new_name: str,
    *,
    editor: str,
    sources: Sequence[str] = (),
    quotes: Sequence[str] = (),
    orgs: Sequence[str] = (),
) -> CorrectionRecord:
    """The records of ``name`` from these issues / sentences / organizations are another person's."""
    name, new_name = _name(name, "name"), _name(new_name, "new name")
    if name == new_name:
        raise CorrectionError("the other person needs a name of their own (e.g. 张伟（儿科）)")
    if not (sources or quotes or orgs):
        raise CorrectionError(
            "say which records: --source ISSUE_FILE, --quote SENTENCE or --org ORG"
        )
    _known_person(archive, name)
    correction = PeopleSplit(
        name,
        new_name,
        tuple(_issue_source(archive, _name(s, "source")) for s in sources),
        tuple(_name(q, "quote") for q in quotes),
        tuple(_name(o, "org") for o in orgs),
    )
    return archive.corrections.add(correction, editor)


def _issue_source(archive: Archive, given: str) -> str:
    """An issue id stands for its source file; anything else is taken as the source."""
    try:
        return str(archive.get_issue(given).summary.source)
    except NotFoundError:
        return given


def mark_patient(archive: Archive, name: str, *, editor: str) -> CorrectionRecord:
    """``name`` is a patient: out of ``people`` everywhere, a patient mention, redacted in exports."""
    return archive.corrections.add(MarkPatient(_name(name, "name")), editor)


def revoke(archive: Archive, correction_id: int, *, editor: str) -> CorrectionRecord:
    return archive.corrections.revoke(correction_id, editor)
