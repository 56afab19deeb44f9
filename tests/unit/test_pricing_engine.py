"""The pricing engine by example: each kind of promotion, the conditions, and how they combine."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from storedesk.domain.pricing import PricedLine, Promotion, PromotionIndex, price
from storedesk.domain.pricing.engine import allocate

AT = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


def line(line_id: str, sku: str, qty: str, unit: int, category: str | None = None) -> PricedLine:
    return PricedLine(line_id, sku, category, Decimal(qty), unit)


def run(lines, promos, **kw):
    kw.setdefault("store", "S1")
    return price(lines, promos, at=AT, **kw)


def test_percent_off_a_category():
    promo = Promotion("FOOD-10", "percent_off", categories=frozenset({"Dairy"}), percent=Decimal(10))
    result = run([line("a", "MILK", "3", 199, "Dairy"), line("b", "COLA", "1", 150, "Drinks")], [promo])
    assert result.line("a").discount == 60  # 597 * 10% = 59.7 -> 60
    assert result.line("a").promotions == (("FOOD-10", 60),)
    assert result.line("b").discount == 0
    assert (result.gross_total, result.discount_total, result.total) == (747, 60, 687)


def test_amount_off_each_unit_never_below_zero():
    promo = Promotion("OFF-2", "amount_off", skus=frozenset({"PEN"}), amount=200)
    result = run([line("a", "PEN", "3", 150), line("b", "BOOK", "1", 900)], [promo])
    assert result.line("a").discount == 450 and result.line("a").amount == 0


def test_buy_x_get_y_gives_the_cheapest_units_first():
    promo = Promotion("3-FOR-2", "buy_x_get_y", skus=frozenset({"A", "B"}), buy=2, get=1, percent=Decimal(100))
    lines = [line("a", "A", "2", 300), line("b", "B", "4", 100)]  # 6 units: 2 free, the two cheapest (B)
    result = run(lines, [promo])
    assert result.line("b").discount == 200 and result.line("a").discount == 0
    half = Promotion("HALF", "buy_x_get_y", skus=frozenset({"A"}), buy=1, get=1, percent=Decimal(50))
    assert run([line("a", "A", "3", 301)], [half]).discount_total == 151  # one unit half off, rounded half up


def test_buy_x_get_y_counts_whole_units_only():
    promo = Promotion("2-FOR-1", "buy_x_get_y", skus=frozenset({"CHEESE"}), buy=1, get=1, percent=Decimal(100))
    assert run([line("a", "CHEESE", "1.750", 1000)], [promo]).discount_total == 0


def test_mix_match_any_three_for_a_price_spread_to_the_cent():
    promo = Promotion("MIX-3", "mix_match", skus=frozenset({"S1", "S2", "S3"}), quantity=3, price=700)
    lines = [line("a", "S1", "1", 300), line("b", "S2", "1", 300), line("c", "S3", "1", 301), line("d", "S1", "1", 5)]
    result = run(lines, [promo])
    # the three dearest units are grouped: 901 for 700 -> 201 off, split 67/67/67 (the larger share to c)
    assert result.discount_total == 201
    assert [result.line(x).discount for x in "abcd"] == [67, 67, 67, 0]
    assert run(lines[:2], [promo]).discount_total == 0  # two units are not a group


def test_threshold_amount_and_percent():
    spend = Promotion("SPEND-20", "threshold", min_total=2000, amount=200)
    lines = [line("a", "X", "1", 1000), line("b", "Y", "1", 1001)]
    result = run(lines, [spend])
    assert result.discount_total == 200 and [p.discount for p in result.lines] == [100, 100]
    assert run(lines[:1], [spend]).discount_total == 0
    pct = Promotion("SPEND-5PC", "threshold", min_total=0, percent=Decimal(5))
    assert run(lines, [pct]).discount_total == 100  # 5% of 20.01 = 1.0005 -> 1.00


def test_price_list_for_a_customer_group():
    staff = Promotion("STAFF", "price_list", prices={"COFFEE": 150}, customer_groups=frozenset({"staff"}))
    lines = [line("a", "COFFEE", "2", 250)]
    assert run(lines, [staff], customer_group="staff").line("a").discount == 200
    assert run(lines, [staff]).discount_total == 0
    dearer = Promotion("ODD", "price_list", prices={"COFFEE": 400})
    assert run(lines, [dearer]).discount_total == 0  # a price list never raises a price


def test_a_coupon_gates_any_kind():
    promo = Promotion("XMAS", "percent_off", skus=frozenset({"A"}), percent=Decimal(20), coupon="XMAS26")
    lines = [line("a", "A", "1", 1000)]
    assert run(lines, [promo]).discount_total == 0
    assert run(lines, [promo], coupons=["XMAS26"]).discount_total == 200


def test_window_and_stores():
    promo = Promotion(
        "WEEK",
        "percent_off",
        skus=frozenset({"A"}),
        percent=Decimal(10),
        valid_from=AT - timedelta(days=1),
        valid_to=AT + timedelta(days=1),
        stores=frozenset({"S1"}),
    )
    lines = [line("a", "A", "1", 1000)]
    assert run(lines, [promo]).discount_total == 100
    assert run(lines, [promo], store="S2").discount_total == 0
    assert price(lines, [promo], at=AT + timedelta(days=1), store="S1").discount_total == 0  # valid_to excluded
    assert price(lines, [promo], at=AT - timedelta(days=1), store="S1").discount_total == 100


def test_combinable_promotions_stack_in_priority_order():
    ten = Promotion("TEN", "percent_off", skus=frozenset({"A"}), percent=Decimal(10), priority=2)
    off = Promotion("OFF", "amount_off", skus=frozenset({"A"}), amount=100, priority=1)
    spend = Promotion("SPEND", "threshold", min_total=800, amount=50, priority=1)
    result = run([line("a", "A", "1", 1000)], [spend, off, ten])
    # 10% of 10.00, then 1.00 off 9.00, then the threshold on the 8.00 left
    assert result.line("a").promotions == (("TEN", 100), ("OFF", 100), ("SPEND", 50))


def test_the_customer_gets_the_best_of_the_exclusive_ones_or_the_combinable_ones_together():
    lines = [line("a", "A", "1", 1000)]
    ten = Promotion("TEN", "percent_off", skus=frozenset({"A"}), percent=Decimal(10))
    five = Promotion("FIVE", "amount_off", skus=frozenset({"A"}), amount=50)
    big = Promotion("BIG", "percent_off", skus=frozenset({"A"}), percent=Decimal(12), stacking="exclusive")
    bigger = Promotion("BIGGER", "percent_off", skus=frozenset({"A"}), percent=Decimal(20), stacking="exclusive")
    together = run(lines, [ten, five, big])
    assert together.applied == ("FIVE", "TEN")  # 0.50 off, then 10% of 9.50: 1.45 together beats 1.20
    assert together.discount_total == 145
    assert run(lines, [ten, five, big, bigger]).applied == ("BIGGER",)  # 2.00 alone beats 1.45


def test_ties_go_to_the_higher_priority_then_the_smaller_id():
    lines = [line("a", "A", "1", 1000)]
    x = Promotion("X", "amount_off", skus=frozenset({"A"}), amount=100, stacking="exclusive")
    y = Promotion("Y", "amount_off", skus=frozenset({"A"}), amount=100, stacking="exclusive")
    assert run(lines, [y, x]).applied == ("X",)
    y_first = Promotion("Y", "amount_off", skus=frozenset({"A"}), amount=100, stacking="exclusive", priority=5)
    assert run(lines, [x, y_first]).applied == ("Y",)


def test_a_return_line_in_the_basket_is_never_discounted():
    promo = Promotion("TEN", "percent_off", skus=frozenset({"A"}), percent=Decimal(10))
    result = run([line("r", "A", "-1", 1000)], [promo])
    assert result.line("r").discount == 0 and result.total == -1000


def test_largest_remainder_allocation():
    assert allocate(1, [(0, 100), (1, 100), (2, 100)]) == {0: 1}
    assert allocate(100, [(0, 100), (1, 100), (2, 100)]) == {0: 34, 1: 33, 2: 33}
    assert allocate(100, [(0, 1), (1, 1), (2, 1)]) == {0: 1, 1: 1, 2: 1}  # never more than the lines
    assert allocate(10, [(0, 3), (1, 3)]) == {0: 3, 1: 3}  # never more than a line's weight
    assert sum(allocate(997, [(0, 333), (1, 500), (2, 1000)]).values()) == 997


def test_the_index_reads_only_the_promotions_of_the_basket():
    promos = [Promotion(f"P{n}", "amount_off", skus=frozenset({f"SKU{n}"}), amount=10) for n in range(1000)]
    promos.append(Promotion("DAIRY", "percent_off", categories=frozenset({"Dairy"}), percent=Decimal(5)))
    promos.append(Promotion("ALL", "threshold", min_total=0, amount=1))
    index = PromotionIndex(promos)
    scopes = index.scopes([line("a", "SKU7", "1", 100, "Dairy"), line("b", "SKU9", "1", 100)])
    assert scopes == {"P7": [0], "DAIRY": [0], "P9": [1], "ALL": [0, 1]}
    assert run([line("a", "SKU7", "1", 100, "Dairy")], index).applied == ("DAIRY", "P7", "ALL")


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError):
        PromotionIndex([Promotion("X", "threshold", min_total=0, amount=1)] * 2)
    with pytest.raises(ValueError):
        run([line("a", "A", "1", 1), line("a", "B", "1", 1)], [])
