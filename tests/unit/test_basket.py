"""Basket pricing: discounts, tax table, both tax modes; any basket adds up to the cent."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storedesk.domain.basket import Basket, BasketLine, Discount, check_quantity, price_basket
from storedesk.domain.errors import BasketError, InvalidAmount, InvalidQuantity

RATES = {"A": D("20"), "B": D("5.5"), "C": D("0")}


def line(pid: int, price: str, qty: str = "1", code: str = "A", **kw) -> BasketLine:
    return BasketLine(pid, f"SKU{pid}", f"Product {pid}", D(price), D(qty), code, RATES[code], **kw)


# --------------------------------------------------------------------------- worked examples
def test_single_line_inclusive():
    b = Basket()
    b.add(line(1, "10.00"))
    t = b.totals()
    assert (t.subtotal, t.discount_total, t.net, t.tax, t.total) == (
        D("10.00"),
        D("0"),
        D("8.33"),
        D("1.67"),
        D("10.00"),
    )
    assert t.lines[0].gross == D("10.00") and t.lines[0].tax == D("1.67")
    assert t.item_count == D("1")


def test_mixed_rates_inclusive_by_hand():
    b = Basket()
    b.add(line(1, "2.99", "3", "A"))  # 8.97 at 20 %
    b.add(line(2, "1.45", "2", "B"))  # 2.90 at 5.5 %
    b.add(line(3, "4.50", "1", "C"))  # 4.50 at 0 %
    t = b.totals()
    assert t.total == D("16.37")
    rows = {r.code: (r.net, r.tax, r.gross) for r in t.taxes}
    # 8.97*20/120 = 1.495 -> 1.50 ; 2.90*5.5/105.5 = 0.15118 -> 0.15
    assert rows == {
        "A": (D("7.47"), D("1.50"), D("8.97")),
        "B": (D("2.75"), D("0.15"), D("2.90")),
        "C": (D("4.50"), D("0.00"), D("4.50")),
    }
    assert t.tax == D("1.65") and t.net == D("14.72")
    assert t.item_count == D("6")


def test_exclusive_prices_add_tax_on_top():
    b = Basket(prices_include_tax=False)
    b.add(line(1, "10.00", "1", "B"))  # 10.00 + 0.55
    b.add(line(2, "3.00", "2", "A"))  # 6.00 + 1.20
    t = b.totals()
    assert t.net == D("16.00") and t.tax == D("1.75") and t.total == D("17.75")
    grosses = [p.gross for p in t.lines]
    assert grosses == [D("10.55"), D("7.20")]


def test_weighed_quantity_rounds_the_extended_price_half_up():
    b = Basket()
    b.add(line(1, "3.99", "0.355", "B"))  # 1.41645 -> 1.42
    assert b.totals().total == D("1.42")


def test_basket_discount_5_percent_allocated_across_lines():
    b = Basket()
    b.add(line(1, "10.00", "1", "A"))
    b.add(line(2, "20.00", "1", "B"))
    b.add(line(3, "3.33", "1", "A"))
    b.discount = Discount("pct", D("5"))
    t = b.totals()
    # base 33.33 -> 5 % = 1.6665 -> 1.67 ; shares of 1.67 by 10 : 20 : 3.33
    # raw cents 50.105, 100.21, 16.685 -> floors 50, 100, 16 (166) -> +1 to 3.33 line (.685)
    shares = [p.basket_discount for p in t.lines]
    assert shares == [D("0.50"), D("1.00"), D("0.17")]
    assert t.discount_total == D("1.67")
    assert t.total == D("31.66")
    amounts = [p.amount for p in t.lines]
    assert amounts == [D("9.50"), D("19.00"), D("3.16")]
    # A: 9.50 + 3.16 = 12.66 -> tax 2.11 ; B: 19.00 -> tax 0.99
    rows = {r.code: r.tax for r in t.taxes}
    assert rows == {"A": D("2.11"), "B": D("0.99")}


def test_line_discount_pct_and_amount():
    b = Basket()
    a = b.add(line(1, "18.90", "1", "A", discount=Discount("pct", D("10"))))  # 1.89 off
    c = b.add(line(2, "4.00", "2", "A", discount=Discount("amount", D("1.50"))))
    t = b.totals()
    by_id = {p.line.line_id: p for p in t.lines}
    assert by_id[a.line_id].line_discount == D("1.89") and by_id[a.line_id].amount == D("17.01")
    assert by_id[c.line_id].line_discount == D("1.50") and by_id[c.line_id].amount == D("6.50")
    assert t.subtotal == D("26.90") and t.discount_total == D("3.39") and t.total == D("23.51")


def test_amount_discount_is_capped_at_the_line():
    b = Basket()
    b.add(line(1, "2.00", "1", "A", discount=Discount("amount", D("5.00"))))
    t = b.totals()
    assert t.lines[0].line_discount == D("2.00") and t.total == D("0.00")


def test_price_override_is_used():
    b = Basket()
    b.add(line(1, "10.00", "2", "A", price_override=D("7.50")))
    assert b.totals().total == D("15.00")


def test_voided_lines_are_kept_but_not_priced():
    b = Basket()
    keep = b.add(line(1, "1.00"))
    gone = b.add(line(2, "5.00"))
    b.void_line(gone.line_id)
    assert len(b.lines) == 2 and b.active_lines == [keep]
    assert b.totals().total == D("1.00")
    with pytest.raises(BasketError):
        b.line(gone.line_id)
    with pytest.raises(BasketError):
        b.set_quantity("nope", D(1))


def test_same_product_merges_unless_modified():
    b = Basket()
    first = b.add(line(1, "1.00"))
    b.add(line(1, "1.00", "2"))
    assert len(b.lines) == 1 and first.quantity == D("3")
    first.discount = Discount("pct", D("10"))
    b.add(line(1, "1.00"))
    assert len(b.lines) == 2
    b.add(line(9, "2.49", "1", "B", embedded_price=True))
    b.add(line(9, "2.49", "1", "B", embedded_price=True))
    assert len(b.lines) == 4  # weighed labels never merge


def test_empty_basket_totals_are_zero():
    t = Basket().totals()
    assert (t.total, t.tax, t.net, t.taxes, t.lines) == (D(0), D(0), D(0), [], [])
    assert Basket().is_empty


@pytest.mark.parametrize("q", [D("0"), D("-1"), D("10000"), D("1.0001"), D("NaN"), D("Infinity")])
def test_bad_quantities_refused(q):
    with pytest.raises(InvalidQuantity):
        check_quantity(q)
    with pytest.raises(InvalidQuantity):
        Basket().add(line(1, "1.00", str(q)))


def test_merge_beyond_max_quantity_is_refused_and_keeps_the_line():
    b = Basket()
    first = b.add(line(1, "1.00", "9999"))
    with pytest.raises(InvalidQuantity):
        b.add(line(1, "1.00", "1"))
    assert first.quantity == D("9999")


@pytest.mark.parametrize(
    "kind, value",
    [("pct", "-1"), ("pct", "100.01"), ("amount", "-0.01"), ("bogus", "1"), ("pct", "NaN"), ("amount", "1e30")],
)
def test_bad_discounts_refused(kind, value):
    with pytest.raises(InvalidAmount):
        Discount(kind, D(value))


def test_discount_percent_of_base():
    assert Discount("pct", D("5")).percent_of(D("100")) == D("5")
    assert Discount("amount", D("5")).percent_of(D("10")) == D("50")
    assert Discount("amount", D("5")).percent_of(D("0")) == D("100")


def test_dict_round_trip_through_json_keeps_everything():
    b = Basket(prices_include_tax=False)
    b.add(line(1, "2.99", "3", "A", discount=Discount("pct", D("12.5"))))
    b.add(line(2, "1.45", "0.725", "B", price_override=D("1.20")))
    v = b.add(line(3, "9.99", "1", "C"))
    b.void_line(v.line_id)
    b.discount = Discount("amount", D("0.99"))
    b.overrides.append({"action": "price_override", "user": "ana", "approver": "max", "at": "x", "detail": ""})
    back = Basket.from_dict(json.loads(json.dumps(b.to_dict())))
    assert back == b
    assert back.totals() == b.totals()


# --------------------------------------------------------------------------- properties
prices = st.integers(min_value=1, max_value=99999).map(lambda c: D(c).scaleb(-2))
counted = st.integers(min_value=1, max_value=20).map(D)
weighed = st.integers(min_value=1, max_value=5000).map(lambda m: D(m).scaleb(-3))
discounts = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=10000).map(lambda v: Discount("pct", D(v).scaleb(-2))),
    st.integers(min_value=0, max_value=200000).map(lambda v: Discount("amount", D(v).scaleb(-2))),
)


@st.composite
def baskets(draw):
    b = Basket(prices_include_tax=draw(st.booleans()))
    for i in range(draw(st.integers(min_value=0, max_value=12))):
        code = draw(st.sampled_from(["A", "B", "C"]))
        qty = draw(st.one_of(counted, weighed))
        override = draw(st.one_of(st.none(), prices))
        ln = line(i + 1, str(draw(prices)), str(qty), code, discount=draw(discounts), price_override=override)
        b.add(ln, merge=False)
        if draw(st.integers(min_value=0, max_value=9)) == 0:
            ln.voided = True
    b.discount = draw(discounts)
    return b


@settings(max_examples=300, deadline=None)
@given(baskets())
def test_any_basket_adds_up(b):
    t = price_basket(b)
    cent = D("0.01")
    gross_lines = sum((p.gross for p in t.lines), D(0))
    assert gross_lines == t.total == sum((r.gross for r in t.taxes), D(0))
    assert t.net + t.tax == t.total
    for r in t.taxes:
        assert r.net + r.tax == r.gross
        lines_of_rate = [p for p in t.lines if p.line.tax_code == r.code]
        assert sum((p.tax for p in lines_of_rate), D(0)) == r.tax
    assert sum((p.line_discount + p.basket_discount for p in t.lines), D(0)) == t.discount_total
    assert t.subtotal - t.discount_total == sum((p.amount for p in t.lines), D(0))
    for p in t.lines:
        assert p.amount >= 0 and p.tax >= 0
        assert p.extended - p.line_discount - p.basket_discount == p.amount
        for v in (p.extended, p.line_discount, p.basket_discount, p.amount, p.tax, p.gross):
            assert v == v.quantize(cent)
    assert t.total >= 0
    assert len(t.lines) == len(b.active_lines)


@settings(max_examples=150, deadline=None)
@given(baskets())
def test_dict_round_trip_gives_equal_totals(b):
    back = Basket.from_dict(json.loads(json.dumps(b.to_dict())))
    assert back.totals() == b.totals()
    assert back.to_dict() == b.to_dict()


def test_a_scan_after_a_tax_rate_change_starts_its_own_line():
    """A dated rate from the hub may switch while a basket is open: the unit scanned before keeps
    its rate, the unit scanned after is taxed at the new one, on a line of its own."""
    b = Basket()
    b.add(line(1, "2.40"))
    b.add(replace(line(1, "2.40"), tax_rate=D("30")))
    assert [(ln.quantity, ln.tax_rate) for ln in b.lines] == [(D("1"), RATES["A"]), (D("1"), D("30"))]
