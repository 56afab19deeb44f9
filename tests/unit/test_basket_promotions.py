"""The counter's basket priced with the station's promotions (domain/basket.py + pricing/counter.py)."""

from datetime import UTC, datetime
from decimal import Decimal

from storedesk.domain.basket import Basket, BasketLine, Discount
from storedesk.domain.pricing import PromotionIndex, parse_promotions
from storedesk.domain.pricing.counter import BasketPricer

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
FILE = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["COLA"], "buy": 1, "get": 1, "percent": "100"},
        {"id": "DAIRY-10", "kind": "percent_off", "categories": ["Dairy"], "percent": "10"},
    ]
}


def _basket(clock=lambda: NOW) -> Basket:
    b = Basket("EUR", True)
    b.pricer = BasketPricer(PromotionIndex(parse_promotions(FILE)), "S1", clock)
    return b


def _line(sku: str, price: str, qty: str = "1", category: str = "", **kw) -> BasketLine:
    return BasketLine(
        1 if sku == "COLA" else 2, sku, sku, Decimal(price), Decimal(qty), "A", Decimal("20"), category=category, **kw
    )


def test_a_promotion_applies_while_its_condition_holds_and_leaves_when_it_no_longer_does():
    b = _basket()
    cola = b.add(_line("COLA", "1.50"))
    assert b.totals().total == Decimal("1.50")
    b.set_quantity(cola.line_id, Decimal(2))
    t = b.totals()
    assert t.total == Decimal("1.50") and t.lines[0].promotions == (("COLA-2-FOR-1", Decimal("1.50")),)
    b.set_quantity(cola.line_id, Decimal(1))  # ERPNext #17488: the discount leaves with the quantity
    t = b.totals()
    assert t.total == Decimal("1.50") and t.lines[0].promotions == () and t.discount_total == 0


def test_a_price_or_discount_the_clerk_set_stands_and_a_gift_card_is_never_discounted():
    b = _basket()
    yog = b.add(_line("YOG", "2.00", category="Dairy"))
    assert b.totals().lines[0].line_discount == Decimal("0.20")
    yog.price_override = Decimal("1.00")
    assert b.totals().lines[0].line_discount == 0 and b.totals().total == Decimal("1.00")
    yog.price_override = None
    b.add(_line("GIFT", "50.00", gift_card="GC-1"))
    b.discount = Discount("pct", Decimal("50"))
    t = b.totals()
    gift = next(p for p in t.lines if p.line.gift_card)
    assert gift.amount == Decimal("50.00") and gift.basket_discount == 0
    assert t.total == Decimal("50.00") + Decimal("0.90")


def test_the_customer_and_coupons_survive_storage_and_the_pricer_does_not():
    b = _basket()
    b.coupons.append("WELCOME")
    from storedesk.domain.basket import BasketCustomer

    b.customer = BasketCustomer("c1", "L000123", "Ana", "staff")
    again = Basket.from_dict(b.to_dict())
    assert again.customer == b.customer and again.coupons == ["WELCOME"] and again.pricer is None
