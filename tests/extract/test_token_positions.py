"""Where a position falls among the tokens (extract/token_positions.py). Invented tokens."""

from __future__ import annotations

from yuanzhi.extract.token_positions import token_over, token_starting

TOKENS = [("甲乙", 0, 2), ("丙", 2, 3), ("丁戊己", 3, 6)]


def test_the_token_starting_at_a_position_is_found_by_its_index() -> None:
    assert [token_starting(TOKENS, at) for at in range(7)] == [0, None, 1, 2, None, None, None]
    assert token_starting([], 0) is None


def test_a_position_inside_a_token_gives_that_token_and_a_boundary_none() -> None:
    assert [token_over(TOKENS, at) for at in range(7)] == [
        None, ("甲乙", 0, 2), None, None, ("丁戊己", 3, 6), ("丁戊己", 3, 6), None
    ]
    assert token_over([], 1) is None
