"""Money: exact minor units, parsing, cash-step rounding and allocation without losing a cent."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storedesk.domain.errors import InvalidAmount
from storedesk.domain.money import (
    allocate,
    exponent,
    from_minor,
    parse_amount,
    quantum,
    round_money,
    round_to_step,
    to_minor,
)


# --------------------------------------------------------------------------- minor units
@pytest.mark.parametrize(
    "value, currency, minor",
    [
        (D("12.99"), "EUR", 1299),
        (D("0.01"), "EUR", 1),
        (D("-3.50"), "EUR", -350),
        (D("10"), "EUR", 1000),
        (D("1500"), "JPY", 1500),
        (D("1.234"), "BHD", 1234),
        (D("0"), "EUR", 0),
    ],
)
def test_to_minor_and_back(value, currency, minor):
    assert to_minor(value, currency) == minor
    assert from_minor(minor, currency) == value


def test_exponents_and_quanta():
    assert exponent("EUR") == 2 and exponent("jpy") == 0 and exponent("KWD") == 3
    assert quantum("EUR") == D("0.01") and quantum("JPY") == D("1") and quantum("BHD") == D("0.001")


def test_from_minor_is_quantized_to_the_currency():
    assert str(from_minor(1299)) == "12.99"
    assert str(from_minor(1000)) == "10.00"
    assert str(from_minor(5, "BHD")) == "0.005"
    assert str(from_minor(7, "JPY")) == "7"


@pytest.mark.parametrize("value, currency", [(D("12.999"), "EUR"), (D("0.001"), "EUR"), (D("1.5"), "JPY")])
def test_to_minor_refuses_amounts_finer_than_the_minor_unit(value, currency):
    with pytest.raises(InvalidAmount):
        to_minor(value, currency)


@pytest.mark.parametrize("bad", [1.5, "12", True, None])
def test_from_minor_refuses_non_integers(bad):
    with pytest.raises(InvalidAmount):
        from_minor(bad)


# --------------------------------------------------------------------------- rounding
@pytest.mark.parametrize(
    "value, expected",
    [(D("1.005"), D("1.01")), (D("1.004"), D("1.00")), (D("-1.005"), D("-1.01")), (D("2.675"), D("2.68"))],
)
def test_round_money_half_up(value, expected):
    assert round_money(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (D("9.97"), D("9.95")),
        (D("9.98"), D("10.00")),
        (D("9.975"), D("10.00")),
        (D("9.92"), D("9.90")),
        (D("9.93"), D("9.95")),
        (D("0.02"), D("0.00")),
        (D("0.03"), D("0.05")),
        (D("10.00"), D("10.00")),
    ],
)
def test_round_to_cash_step_of_five_cents(value, expected):
    assert round_to_step(value, D("0.05")) == expected


def test_round_to_step_ten_cents_and_no_step():
    assert round_to_step(D("4.94"), D("0.10")) == D("4.90")
    assert round_to_step(D("4.95"), D("0.10")) == D("5.00")
    assert round_to_step(D("4.97"), D("0")) == D("4.97")


# --------------------------------------------------------------------------- parsing typed amounts
@pytest.mark.parametrize(
    "text, expected",
    [
        ("12,50", D("12.50")),
        ("12.5", D("12.50")),
        ("3", D("3.00")),
        (" 7.05 ", D("7.05")),
        ("€ 4", D("4.00")),
        ("1\u00a0000,00", D("1000.00")),
        ("-2", D("-2.00")),
    ],
)
def test_parse_amount(text, expected):
    got = parse_amount(text)
    assert got == expected
    assert got.as_tuple().exponent == -2


@pytest.mark.parametrize("text", ["", "   ", "abc", "12.505", "1.2.3", "NaN", "Infinity", "12,5,0"])
def test_parse_amount_refuses(text):
    with pytest.raises(InvalidAmount):
        parse_amount(text)


def test_parse_amount_jpy_has_no_decimals():
    assert parse_amount("1500", "JPY") == D("1500")
    with pytest.raises(InvalidAmount):
        parse_amount("15.50", "JPY")


# A stuck key or "1e30" once escaped as decimal.InvalidOperation from quantize(); it must be a clear InvalidAmount.
@pytest.mark.parametrize("text", ["1e30", "9" * 29])
def test_parse_amount_huge_input_is_a_clear_invalid_amount(text):
    with pytest.raises(InvalidAmount):
        parse_amount(text)


# --------------------------------------------------------------------------- allocation
def test_allocate_three_ways_gives_the_extra_cent_to_the_first():
    assert allocate(D("10.00"), [D(1), D(1), D(1)]) == [D("3.34"), D("3.33"), D("3.33")]


def test_allocate_proportional_by_hand():
    # 5 % basket discount of 1.50 over lines of 10.00, 20.00 -> 0.50 and 1.00 exactly
    assert allocate(D("1.50"), [D("10.00"), D("20.00")]) == [D("0.50"), D("1.00")]
    # 1.00 over 1:2 -> raw 33.33 / 66.67 cents -> largest remainder gets the cent
    assert allocate(D("1.00"), [D("1"), D("2")]) == [D("0.33"), D("0.67")]


def test_allocate_edge_cases():
    assert allocate(D("5.00"), []) == []
    assert allocate(D("0.07"), [D(0), D(0)]) == [D("0.07"), D("0.00")]
    assert allocate(D("-0.10"), [D(1), D(1), D(1)]) == [D("-0.03"), D("-0.03"), D("-0.04")]
    assert sum(allocate(D("-0.10"), [D(1), D(1), D(1)])) == D("-0.10")


# --------------------------------------------------------------------------- properties
money_minor = st.integers(min_value=-(10**12), max_value=10**12)


@given(money_minor, st.sampled_from(["EUR", "JPY", "BHD", "USD"]))
def test_minor_round_trip(minor, currency):
    amount = from_minor(minor, currency)
    assert to_minor(amount, currency) == minor
    assert from_minor(to_minor(amount, currency), currency) == amount


@given(st.decimals(min_value=D("-1000000"), max_value=D("1000000"), places=2, allow_nan=False, allow_infinity=False))
def test_decimal_round_trip(amount):
    assert from_minor(to_minor(amount)) == amount


@given(
    total_minor=st.integers(min_value=-1_000_000, max_value=1_000_000),
    weights=st.lists(
        st.decimals(min_value=D("0"), max_value=D("10000"), places=3, allow_nan=False, allow_infinity=False),
        min_size=1,
        max_size=25,
    ),
)
def test_allocate_sums_exactly_and_each_part_is_within_a_cent(total_minor, weights):
    total = from_minor(total_minor)
    parts = allocate(total, weights)
    assert len(parts) == len(weights)
    assert sum(parts, D(0)) == total
    assert all(p == round_money(p) for p in parts)
    wsum = sum(weights, D(0))
    if wsum:
        for part, w in zip(parts, weights, strict=True):
            exact = total * w / wsum
            assert abs(part - exact) < D("0.01")


@given(
    st.decimals(min_value=D("0"), max_value=D("100000"), places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([D("0.05"), D("0.10"), D("0.20"), D("0.50"), D("1")]),
)
def test_round_to_step_is_a_multiple_within_half_a_step(value, step):
    r = round_to_step(value, step)
    assert (r / step) == (r / step).to_integral_value()
    assert abs(r - value) <= step / 2
