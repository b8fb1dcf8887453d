"""Gold keys beyond (name, title): listed leaders, partnerships, organization aliases.

Scored on the facts as ``yuanzhi facts`` prints them (extraction, then the knowledge
merge that resolves organization names), against the gold keys of the issue-10 batches:

* ``listed_leaders``: ``[name, org]`` of people named only in a leadership list;
* ``partnerships``: ``[[parties], kind]``, parties by their full names, one per signing;
* ``org_aliases``: ``[canonical, alias]`` for every other way an organization is printed.

Same measures as ``bench/heldout_extra.py`` (which runs the CLI on the parser's reading),
here in process on the bench's own reading of the fixture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yuanzhi.model import Facts


@dataclass
class KeyScores:
    listed_tp: int = 0
    listed_fp: int = 0
    listed_fn: int = 0
    listed_names: int = 0  # gold names found, whatever organization
    listed_with_post: int = 0  # listed people given an individual post (must be 0)
    partner_tp: int = 0
    partner_fp: int = 0
    partner_fn: int = 0
    partner_kind: int = 0
    alias_total: int = 0
    alias_resolved: int = 0
    alias_not_split: int = 0
    documents: int = 0  # documents with any of these keys
    misses: list[str] = field(default_factory=list)


def _alias_map(facts: Facts) -> dict[str, str]:
    return {
        alias: org.name for org in facts.organizations for alias in getattr(org, "aliases", ()) if alias != org.name
    }


def score_keys(merged: Facts, gold: dict, scores: KeyScores, label: str) -> None:  # type: ignore[type-arg]
    if not any(key in gold for key in ("listed_leaders", "partnerships", "org_aliases")):
        return
    scores.documents += 1
    expected = {(n, o) for n, o in gold.get("listed_leaders", [])}
    found = {(r.name, r.org) for r in getattr(merged, "listed_leaders", ())}  # (older code: none)
    scores.listed_tp += len(expected & found)
    scores.listed_fp += len(found - expected)
    scores.listed_fn += len(expected - found)
    scores.listed_names += len({n for n, _o in expected} & {n for n, _o in found})
    posts = {p.name for p in merged.people if p.positions}
    scores.listed_with_post += len({n for n, _o in expected} & posts)
    scores.misses += [f"{label} LEADER MISS {x}" for x in sorted(expected - found, key=str)]
    scores.misses += [f"{label} LEADER FALSE {x}" for x in sorted(found - expected, key=str)]

    aliases = _alias_map(merged)
    predicted: dict[frozenset[str], str] = {}
    for part in merged.partnerships:
        predicted.setdefault(frozenset(aliases.get(p, p) for p in part.parties), part.kind)
    wanted = {frozenset(parties): kind for parties, kind in gold.get("partnerships", [])}
    for parties, kind in wanted.items():
        if parties in predicted:
            scores.partner_tp += 1
            scores.partner_kind += predicted[parties] == kind
        else:
            scores.partner_fn += 1
            scores.misses.append(f"{label} PARTNER MISS {sorted(parties)} {kind}")
    for parties, kind in predicted.items():
        if parties not in wanted:
            scores.partner_fp += 1
            scores.misses.append(f"{label} PARTNER FALSE {sorted(parties)} {kind}")

    names = {o.name for o in merged.organizations} | {p for part in merged.partnerships for p in part.parties}
    names |= {q.org for p in merged.people for q in p.positions if q.org}
    for canonical, alias in gold.get("org_aliases", []):
        scores.alias_total += 1
        resolved = aliases.get(alias) == canonical
        scores.alias_resolved += resolved
        scores.alias_not_split += alias not in names
        if not resolved:
            scores.misses.append(f"{label} ALIAS {'SPLIT' if alias in names else 'unresolved'} {alias} -> {canonical}")


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def report_keys(scores: KeyScores, verbose: bool) -> None:
    if not scores.documents:
        return
    s = scores
    print(f"listed leaders  {_prf(s.listed_tp, s.listed_fp, s.listed_fn)} (name, org); names found "
          f"{s.listed_names}/{s.listed_tp + s.listed_fn}; given an individual post {s.listed_with_post}")
    print(f"partnerships    {_prf(s.partner_tp, s.partner_fp, s.partner_fn)} (parties after alias resolution); "
          f"kind right {s.partner_kind}/{s.partner_tp}")
    print(f"org aliases     resolved {s.alias_resolved}/{s.alias_total}; "
          f"alias not split off as its own organization {s.alias_not_split}/{s.alias_total}")
    if verbose:
        for line in s.misses:
            print("   ", line)
