"""Pure stock rules: quantities, reason signs, who needs a manager, over/short, count arithmetic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain import stock_ops as r
from storedesk.domain.stock_ops import CountLine, ReceivedLine, StockError


def test_parse_quantities():
    assert r.parse_qty_milli("2") == 2000
    assert r.parse_qty_milli("0,25") == 250
    assert r.parse_qty_milli("-1", allow_negative=True) == -1000
    assert r.parse_qty_milli("0", allow_zero=True) == 0
    for bad, msg in (
        ("abc", "not a quantity"),
        ("1.0001", "3 decimals"),
        ("-1", "negative"),
        ("0", "zero"),
        ("NaN", "not a quantity"),
        ("1e12", "too large"),
    ):
        with pytest.raises(StockError, match=msg):
            r.parse_qty_milli(bad)


def test_reason_decides_the_sign():
    assert r.signed_adjustment("damaged", 2000) == -2000
    assert r.signed_adjustment("damaged", -2000) == -2000
    assert r.signed_adjustment("found", -3000) == 3000
    assert set(r.REASONS) == {"damaged", "theft", "found", "expired", "sample", "own_use"}
    with pytest.raises(StockError, match="Unknown reason"):
        r.signed_adjustment("broken", 1000)


def test_value_rounds_half_away_from_zero():
    assert r.value_minor(1500, 199) == 299  # 298.5
    assert r.value_minor(-1500, 199) == -299
    assert r.value_minor(250, 1000) == 250
    assert r.value_minor(0, 999) == 0


def test_who_needs_a_manager():
    assert r.adjustment_needs("clerk", -1000, 100)
    assert not r.adjustment_needs("supervisor", -1000, 100)
    assert r.adjustment_needs("supervisor", -11000, 100)  # more than 10 units
    assert r.adjustment_needs("supervisor", -2000, 3000)  # more than 50.00
    assert not r.adjustment_needs("manager", -500000, 100000)


def test_receiving_over_short_unexpected():
    lines = [
        ReceivedLine(1, "A", "a", 10000, 11000),
        ReceivedLine(2, "B", "b", 5000, 3000),
        ReceivedLine(3, "C", "c", 0, 1000),
        ReceivedLine(4, "D", "d", 2000, 2000),
    ]
    assert [ln.status for ln in lines] == ["over", "short", "unexpected", "ok"]
    assert [ln.difference_milli for ln in lines] == [1000, -2000, 1000, 0]
    s = r.receiving_summary(lines)
    assert (s["over"], s["short"], s["unexpected"], s["ok"], s["expected_milli"], s["received_milli"]) == (
        1,
        1,
        1,
        1,
        17000,
        17000,
    )


def test_variance_totals():
    lines = [
        CountLine(1, "A", "a", 250, 10000, 7000),
        CountLine(2, "B", "b", 100, 2000, 5000),
        CountLine(3, "C", "c", 999, 4000, 4000),
    ]
    t = r.variance_totals(lines)
    assert (t.lines, t.lines_with_variance, t.over_milli, t.short_milli) == (3, 2, 3000, -3000)
    assert (t.over_minor, t.short_minor, t.value_minor) == (300, -750, -450)


@given(
    snapshot=st.integers(-(10**6), 10**6),
    counted=st.integers(0, 10**6),
    later=st.lists(st.integers(-5000, 5000), max_size=20),
)
def test_posting_a_count_leaves_counted_plus_what_moved_after_the_snapshot(snapshot, counted, later):
    """On-hand at posting = snapshot + later movements; the correction makes it counted + later."""
    on_hand_at_posting = snapshot + sum(later)
    after = on_hand_at_posting + r.correction_milli(snapshot, counted)
    line = CountLine(1, "A", "a", 100, snapshot, counted, sum(later))
    assert after == counted + sum(later) == line.on_hand_after_milli
    assert line.variance_milli == r.correction_milli(snapshot, counted)


def test_low_stock_and_suggested_order():
    assert r.is_low(3000, 3000) and not r.is_low(3001, 3000)
    assert r.suggested_order_milli(-2000, 3000, 0) == 5000
    assert r.suggested_order_milli(1000, 3000, 24000) == 24000
    assert r.suggested_order_milli(5000, 3000, 24000) == 0
