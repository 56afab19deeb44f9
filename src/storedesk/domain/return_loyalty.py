"""What a return does to loyalty points (issue 18): returns must not be a way to keep what was not
paid for.

One rule for the station and the hub: a sale's points follow the share of its goods that came
back. The share is the goods' value returned (each line's paid amount times the part of its
quantity returned) over the value of every line that earned points (gift card lines never do and
are never returned). After each return, what was taken back in all is `floor(total * share)`:
- whole points, never more than the sale earned (the share is at most 1), and exactly what it
  earned once every line came back (the share is 1);
- several partial returns never add up to more than one full return: each takes the difference
  between the floor after it and the floor before it.
The same rule gives back the points a sale was paid with (points redeemed) and their money value,
so the refund plan pays out in money only what the customer paid in money.

Exact arithmetic with Fraction: no rounding error can give a point away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class ShareLine:
    """A sold line seen by the share: its paid amount (minor units) and quantities (thousandths)."""

    line: int
    gross_minor: int
    sold_milli: int


def returned_share(lines: Iterable[ShareLine], returned_milli: Mapping[int, int]) -> Fraction:
    """The part (0..1) of the sale's value that came back, given the quantity returned per line
    (each clipped to what was sold)."""
    value, back = 0, Fraction(0)
    for ln in lines:
        if ln.gross_minor <= 0 or ln.sold_milli <= 0:
            continue
        value += ln.gross_minor
        done = min(max(returned_milli.get(ln.line, 0), 0), ln.sold_milli)
        back += Fraction(ln.gross_minor * done, ln.sold_milli)
    if value <= 0:
        return Fraction(0)
    return min(back / value, Fraction(1))


def taken_in_all(total: int, share: Fraction) -> int:
    """Of `total` (points, or minor units), what follows `share` of the goods: rounded down."""
    if total <= 0:
        return 0
    share = min(max(share, Fraction(0)), Fraction(1))
    return int(total * share.numerator // share.denominator)


def part_of(total: int, before: Fraction, after: Fraction) -> int:
    """What one return moves of `total` when the share returned goes from `before` to `after`."""
    return max(taken_in_all(total, after) - taken_in_all(total, before), 0)


def with_return(before: Mapping[int, int], now: Mapping[int, int]) -> dict[int, int]:
    """The quantities returned per line once `now` is added to `before` (thousandths)."""
    out = dict(before)
    for line, q in now.items():
        out[line] = out.get(line, 0) + q
    return out
