"""A gift card line loads exactly its amount (issue 18 review): the clerk's line discount and price
override are refused on it, and a points payment cannot buy it; nothing changes on a refusal."""

from decimal import Decimal as D

import pytest

from storedesk.adapters.demo_catalog import GIFT_CARD
from storedesk.domain.basket import Discount
from storedesk.domain.errors import BasketError, PaymentError
from storedesk.domain.tenders import CASH, POINTS, TakenTender, Tender
from storedesk.services import basket, sale


def _card_sale(station):
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    view = basket.add_gift_card(station.uow, ana, view.basket_id, GIFT_CARD.sku, "GC-RULE-0001", D("50"))
    return ana, view


def test_no_discount_and_no_other_price_on_a_gift_card_line(station):
    ana, view = _card_sale(station)
    line_id = view.basket.lines[0].line_id
    max_ = station.user("max")
    with pytest.raises(BasketError, match="loads exactly its amount"):
        basket.discount_line(station.uow, max_, view.basket_id, line_id, Discount("pct", D(20)))
    with pytest.raises(BasketError, match="loads exactly its amount"):
        basket.override_price(station.uow, max_, view.basket_id, line_id, "9000.00")
    after = basket.current(station.uow, ana)
    card = after.basket.lines[0]
    assert (card.discount, card.price_override, after.totals.total) == (None, None, D("50.00"))
    result = sale.complete_sale(station.uow, ana, view.basket_id, [Tender(CASH, D("50.00"))])
    assert result.total == D("50.00")


def test_loyalty_points_never_buy_a_gift_card(station):
    ana, view = _card_sale(station)
    with station.uow.write() as tx:  # points taken on the sale (as the payment dialog keeps them)
        stored = tx.baskets.get(view.basket_id).basket
        stored.taken.append(TakenTender(Tender(POINTS, D("5.00"), "LOY0000000001"), "r1"))
        tx.baskets.save(view.basket_id, stored, "2026-12-07T10:00:00Z")
    with pytest.raises(PaymentError, match="cannot be paid with loyalty points"):
        sale.complete_sale(station.uow, ana, view.basket_id, [Tender(CASH, D("45.00"))])
    with station.uow.read() as tx:
        assert tx.baskets.get(view.basket_id).status == "open"
