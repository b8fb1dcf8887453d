"""A wider generator of newspaper pages with known truth, written without looking at the parser.

    from tests.synth.wide import generate, DEV_SEEDS, HELDOUT_SEEDS
    issue = generate(7)          # PDF bytes in issue.pdf, contract-shaped truth in issue.truth

Text comes from vocab.txt/templates.txt (text.py); pages are composed of bands
with their own column grids (page.py), articles are flowed into regions
(flow.py, head.py, parts.py), drawn with reportlab in several content-stream
orders (render.py); degrade.py turns pages into scans. ``python -m
tests.synth.wide SEED --out DIR`` writes one issue's PDF and truth.
"""

from .issue import DEV_SEEDS, GENERATOR, HELDOUT_SEEDS, WideIssue, generate

__all__ = ["DEV_SEEDS", "GENERATOR", "HELDOUT_SEEDS", "WideIssue", "generate"]
