"""The points of a returned sale (domain/return_loyalty.py, issue 18): whatever the order and size
of the partial returns, they never move more than the sale's points in all, and exactly all of
them once every line is back; a gift card line (left out of the share) changes nothing."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.return_loyalty import ShareLine, part_of, returned_share, taken_in_all, with_return

lines_st = st.lists(
    st.tuples(st.integers(1, 100_000), st.integers(1, 5)), min_size=1, max_size=6
)  # (paid for the line in minor units, pieces sold)


@given(lines_st, st.integers(0, 10_000), st.randoms(use_true_random=False))
def test_returns_in_any_steps_move_all_the_points_once_and_never_more(raw, total, rnd):
    lines = [ShareLine(i, gross, qty * 1000) for i, (gross, qty) in enumerate(raw, start=1)]
    pieces = [i for i, (_g, qty) in enumerate(raw, start=1) for _ in range(qty)]
    rnd.shuffle(pieces)
    done: dict[int, int] = {}
    moved = 0
    while pieces:
        now: dict[int, int] = {}
        for _ in range(rnd.randint(1, len(pieces))):
            line = pieces.pop()
            now[line] = now.get(line, 0) + 1000
        after = with_return(done, now)
        step = part_of(total, returned_share(lines, done), returned_share(lines, after))
        assert step >= 0
        moved += step
        done = after
        assert moved <= total  # never more than the sale's points, at any point
    assert moved == total  # every line back: exactly all of them


def test_worked_example_and_edges():
    lines = [ShareLine(1, 249, 1000), ShareLine(2, 1058, 2000), ShareLine(3, 319, 1000), ShareLine(4, 1619, 1000)]
    assert returned_share(lines, {2: 1000}) == Fraction(529, 3245)
    assert part_of(32, Fraction(0), returned_share(lines, {2: 1000})) == 5  # floor(5.2)
    assert returned_share(lines, {4: 5000}) == Fraction(1619, 3245)  # an over-return counts what was sold
    assert taken_in_all(0, Fraction(1)) == 0 and taken_in_all(7, Fraction(3, 2)) == 7
    assert returned_share([ShareLine(1, 0, 1000)], {1: 1000}) == 0  # nothing that earned: no share
