"""Counting the drawer by denomination (domain/cash.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.cash import CashCount, count_cash, denominations, empty_count
from storedesk.domain.errors import InvalidAmount


def test_eur_denominations_500_down_to_one_cent():
    d = denominations("EUR")
    assert d[0] == D("500") and d[-1] == D("0.01") and len(d) == 15
    assert list(d) == sorted(d, reverse=True)
    assert D("0.50") in d and D("0.20") in d and D("0.05") in d


def test_a_float_counted_by_hand():
    # 1 x 50 + 3 x 20 + 2 x 10 + 2 x 5 + 5 x 1 + 10 x 0.50 = 50 + 60 + 20 + 10 + 5 + 5 = 150.00
    c = count_cash({"50": 1, "20": 3, "10": 2, "5": 2, "1": 5, "0.50": 10}, "EUR")
    assert c.total == D("150.00")
    assert c.lines() == [
        (D("50.00"), 1, D("50.00")),
        (D("20.00"), 3, D("60.00")),
        (D("10.00"), 2, D("20.00")),
        (D("5.00"), 2, D("10.00")),
        (D("1.00"), 5, D("5.00")),
        (D("0.50"), 10, D("5.00")),
    ]
    assert c.to_minor_dict() == {"5000": 1, "2000": 3, "1000": 2, "500": 2, "100": 5, "50": 10}


def test_keys_as_decimal_or_text_and_pieces_as_text_from_the_screen():
    c = count_cash({D("0.2"): "3", "0,05": " 1 ", "2": ""}, "EUR")
    assert c.total == D("0.65")


def test_round_trip_through_minor_units():
    c = count_cash({"200": 1, "0.01": 7}, "EUR")
    again = CashCount.from_minor_dict(c.to_minor_dict(), "EUR")
    assert again == c and again.total == D("200.07")


def test_empty_count_is_zero():
    assert empty_count("EUR").total == D("0.00")
    assert count_cash({}, "EUR").total == D("0.00")


@pytest.mark.parametrize(
    "counts, message",
    [
        ({"50": -1}, "cannot be negative"),
        ({"50": "-1"}, "not a whole number"),
        ({"50": 1.5}, "whole numbers only"),
        ({"50": "1.5"}, "not a whole number"),
        ({"50": True}, "whole numbers only"),
        ({"50": "abc"}, "not a whole number"),
        ({"3": 1}, "not a note or coin"),
        ({"0.03": 1}, "not a note or coin"),
        ({"fifty": 1}, "not a denomination"),
        ({"sNaN": 1}, "not a note or coin"),
        ({"Infinity": 1}, "not a note or coin"),
        ({"50": 100000}, "Check what was typed"),
    ],
)
def test_bad_counts_are_refused_with_a_clear_message(counts, message):
    with pytest.raises(InvalidAmount, match=message):
        count_cash(counts, "EUR")


def test_a_currency_not_listed_is_counted_on_a_1_2_5_series():
    assert denominations("SEK") == tuple(
        D(x)
        for x in (
            "500.00",
            "200.00",
            "100.00",
            "50.00",
            "20.00",
            "10.00",
            "5.00",
            "2.00",
            "1.00",
            "0.50",
            "0.20",
            "0.10",
            "0.05",
            "0.02",
            "0.01",
        )
    )
    assert denominations("KRW") == tuple(D(x) for x in ("500", "200", "100", "50", "20", "10", "5", "2", "1"))
    assert count_cash({"500": 3, "2": 1}, "KRW").total == D("1502")
    assert count_cash({"10000": 1, "5": 1}, "JPY").total == D("10005")


@given(st.lists(st.integers(min_value=0, max_value=500), min_size=15, max_size=15))
def test_total_is_the_sum_of_pieces_times_denominations(pieces):
    counts = dict(zip(denominations("EUR"), pieces, strict=True))
    c = count_cash(counts, "EUR")
    cent_values = (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1)
    cents = sum(n * m for n, m in zip(pieces, cent_values, strict=True))
    assert c.total == D(cents) / 100
    assert CashCount.from_minor_dict(c.to_minor_dict(), "EUR").total == c.total
