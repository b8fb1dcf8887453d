"""A plain baseline for people extraction: a title word followed by a 2–3 character name.

``院长薛伟民`` → (薛伟民, 院长). No surname check, no patients, no organizations: the
number the real extractor has to beat.
"""

from __future__ import annotations

import re

from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.model import Issue


def baseline_pairs(issue: Issue) -> set[tuple[str, str]]:
    titles = sorted(default_lexicon().titles, key=len, reverse=True)
    pattern = re.compile("(" + "|".join(map(re.escape, titles)) + r")([\u4e00-\u9fff]{2,3})")
    pairs: set[tuple[str, str]] = set()
    for article in issue.articles:
        for match in pattern.finditer(article.text):
            name = match.group(2)
            if len(name) == 3 and name[2] in "主出表作说等在和与及为":
                name = name[:2]
            pairs.add((name, match.group(1)))
    return pairs
