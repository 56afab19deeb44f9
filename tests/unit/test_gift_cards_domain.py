"""Gift cards in the domain (issue 18): the card's code and the amount a clerk types are checked
(the store's limits), the code is printed masked, a card line is never discounted, bears no VAT
under its own tax code and is sold once per sale and never paid with a gift card; a product's
kind and the feed's "kind" are read strictly."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from storedesk.domain.basket import Basket, BasketLine, Discount, price_basket
from storedesk.domain.catalog_rows import product_kind
from storedesk.domain.errors import BasketError, InvalidAmount, PaymentError
from storedesk.domain.gift_cards import TAX_CODE, card_line, check_sale, mask, parse_code, parse_load
from storedesk.domain.tenders import GIFT_CARD, POINTS, TakenTender, Tender
from storedesk.sync.feed_items import BadItem
from storedesk.sync.feed_items import product as feed_product


def goods(price: str = "10.00") -> BasketLine:
    return BasketLine(1, "SKU1", "Mug", D(price), D(1), "A", D(20))


def test_codes_amounts_and_the_mask():
    assert parse_code("  gc-2026-0001 ") == "GC-2026-0001"
    for bad in ("", "12345", "X" * 33, "GC 2026", "GC_2026_01", "ÉCOLE-123"):
        with pytest.raises(BasketError):
            parse_code(bad)
    assert parse_load("25.5", "EUR") == D("25.50")
    for bad in ("0", "-5", "500.01", "abc", "1.234"):
        with pytest.raises(InvalidAmount):
            parse_load(bad, "EUR")
    assert parse_load("500", "EUR") == D("500")
    assert mask("GC-2026-0001") == "********0001" and mask("ABC") == "ABC"


def test_a_card_line_is_untaxed_undiscounted_and_sold_once():
    basket = Basket("EUR", True)
    basket.add(goods())
    card = basket.add(card_line(basket, 9, "GIFTCARD", "Gift card", "GC-2026-0001", D("50.00")), merge=False)
    assert (card.tax_code, card.tax_rate, card.quantity, card.promotable) == (TAX_CODE, D(0), D(1), False)
    basket.discount = Discount("pct", D(10))  # the basket discount never touches the card
    totals = price_basket(basket)
    priced = {p.line.sku: p for p in totals.lines}
    assert priced["GIFTCARD"].amount == D("50.00") and priced["GIFTCARD"].tax == 0
    assert priced["SKU1"].amount == D("9.00")
    assert totals.total == D("59.00")
    assert [(t.code, t.tax) for t in totals.taxes if t.code == TAX_CODE] == [(TAX_CODE, D(0))]
    with pytest.raises(BasketError, match="already on this sale"):
        card_line(basket, 9, "GIFTCARD", "Gift card", "GC-2026-0001", D("5"))
    for bad in (D("0"), D("-1"), D("500.01"), D("1.005")):  # the service checks the amount too, not only the dialog
        with pytest.raises(InvalidAmount):
            card_line(basket, 9, "GIFTCARD", "Gift card", "GC-2026-0002", bad)
    check_sale(basket, ["cash", "card", "voucher"])
    with pytest.raises(PaymentError, match="cannot be paid with a gift card"):
        check_sale(basket, ["cash", "gift_card"])
    with pytest.raises(PaymentError, match="cannot be paid with loyalty points"):  # points never become a card
        check_sale(basket, ["points", "cash"])
    card.discount = Discount("pct", D(20))  # a basket stored before the service refused it: refused at completion
    with pytest.raises(BasketError, match="loads exactly its amount"):
        check_sale(basket, ["cash"])
    card.discount, card.price_override = None, D("9000.00")
    with pytest.raises(BasketError, match="loads exactly its amount"):
        check_sale(basket, ["cash"])


def test_no_card_line_once_a_card_paid_and_no_card_twice_at_completion():
    basket = Basket("EUR", True)
    basket.add(goods())
    basket.take(TakenTender(Tender(GIFT_CARD, D("5.00"), "GC-2026-0009"), "r1"))
    with pytest.raises(PaymentError, match="cannot be paid with a gift card"):
        card_line(basket, 9, "GIFTCARD", "Gift card", "GC-2026-0001", D("5"))
    points = Basket("EUR", True)
    points.add(goods())
    points.take(TakenTender(Tender(POINTS, D("1.00"), "LOY0000000001"), "r2"))
    with pytest.raises(PaymentError, match="cannot be paid with loyalty points"):
        card_line(points, 9, "GIFTCARD", "Gift card", "GC-2026-0001", D("5"))
    twice = Basket("EUR", True)
    for _ in range(2):  # two lines of one card (a basket stored before the check): refused when paid
        twice.add(BasketLine(9, "GIFTCARD", "Gift card", D(5), D(1), TAX_CODE, D(0), gift_card="GC-X-000001"), False)
    with pytest.raises(BasketError, match="two lines"):
        check_sale(twice, ["cash"])


def test_a_products_kind_from_a_file_and_the_feed():
    assert product_kind("Gift_Card") == "gift_card" and product_kind("goods") == "goods"
    with pytest.raises(ValueError, match="not one of goods, gift_card"):
        product_kind("voucher")
    item = {"sku": "G1", "name": "Gift", "price_minor": 0, "currency": "EUR", "tax_code": "C", "tax_rate": "0"}
    assert "kind" not in feed_product(item, "EUR", {"C": D(0)}, {})  # an older hub: the station keeps its kind
    assert feed_product({**item, "kind": "gift_card"}, "EUR", {"C": D(0)}, {})["kind"] == "gift_card"
    for bad in ("voucher", 1, None):
        with pytest.raises(BadItem):
            feed_product({**item, "kind": bad}, "EUR", {"C": D(0)}, {})
