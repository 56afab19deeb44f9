"""A gift card taken at the hub is used up by the sale it paid (issue 18): a real station sells a
cola paid with a card it took at the real hub, syncs, and the hub marks the redemption used by that
sale; giving it back after is refused, the clerk told why, and the card keeps what it paid."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal as D

import pytest
from tests.helpers.stations import synced

from storedesk.domain.errors import DomainError
from storedesk.services import gift_cards, sale

from .test_gift_cards_e2e import CODE, cola_basket, sell_card


def hub_rows(hub, sql: str) -> list[tuple]:
    path = hub.db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_a_card_taken_for_a_synced_sale_is_used_up_and_never_given_back(hub, make_station):
    t1 = make_station(hub, "T1")
    sell_card(t1, CODE, D("30.00"))
    synced(t1)
    view = cola_basket(t1)
    total = view.totals.total
    taken = gift_cards.redeem_for_basket(t1.uow, t1.ana, view.basket_id, CODE, total)
    paid = sale.complete_sale(t1.uow, t1.ana, view.basket_id, [])
    synced(t1)

    stored = [json.loads(p) for (p,) in hub_rows(hub, "SELECT payload FROM events WHERE kind = 'sale'")]
    sent = next(s for s in stored if s["receipt_no"] == paid.receipt_no)
    assert sent["payments"] == [
        {
            "kind": "gift_card",
            "amount_minor": int(total * 100),
            "reference": CODE,
            "redemption_id": taken.redemption_id,
        }
    ]
    assert hub_rows(hub, "SELECT kind, redemption_id, receipt_no FROM redemptions_consumed") == [
        ("gift_card", taken.redemption_id, paid.receipt_no)
    ]
    assert hub_rows(hub, "SELECT count(*) FROM sale_payment_mismatches") == [(0,)]
    # the sale is done: a late give-back (a retried Del, a replayed request) is refused, plainly
    with pytest.raises(DomainError) as refused:
        gift_cards.cancel(t1.uow, taken.redemption_id)
    assert f"already used by sale {paid.receipt_no}" in refused.value.message
    assert gift_cards.balance(t1.uow, CODE).balance == D("30.00") - total
