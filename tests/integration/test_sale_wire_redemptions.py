"""The sale event names, in each payment taken at the hub, the redemption that took it (issue 18):
the hub then marks that redemption used by the sale and never gives it back after
(hub/sales/paid_at_hub.py). The basket's taken tenders come first in the payments, in the order
taken; a card or cash taken names nothing, nor does the final payment.

On the pinned catalog (tests/conftest.py): product 5 Test Cola x6 3.19; ana is a clerk."""

from __future__ import annotations

import json
import sqlite3
import uuid
from decimal import Decimal as D

from storedesk.domain.tenders import Tender
from storedesk.services import basket, sale


def sent_payments(st, receipt_no: str) -> list[dict]:
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    try:
        for (payload,) in con.execute("SELECT payload FROM outbox WHERE kind = 'sale'"):
            wire = json.loads(payload)
            if wire["receipt_no"] == receipt_no:
                return wire["payments"]
    finally:
        con.close()
    raise AssertionError(f"no sale event {receipt_no}")


def test_each_payment_taken_at_the_hub_names_its_redemption(pinned):
    st = pinned
    ana = st.user("ana")
    bid = basket.current(st.uow, ana).basket_id
    basket.add_scan(st.uow, ana, bid, st.barcode(5))  # 3.19
    card_id, points_id = uuid.uuid4().hex, uuid.uuid4().hex
    basket.take_tender(st.uow, ana, bid, Tender("card", D("1.00"), "A1"))
    basket.take_tender(st.uow, ana, bid, Tender("gift_card", D("1.00"), "GC-0000-0009"), card_id)
    basket.take_tender(st.uow, ana, bid, Tender("points", D("0.50"), "LOY0000000001"), points_id)
    done = sale.complete_sale(st.uow, ana, bid, [Tender("cash", D("0.70"))])
    assert sent_payments(st, done.receipt_no) == [
        {"kind": "card", "amount_minor": 100, "reference": "A1"},
        {"kind": "gift_card", "amount_minor": 100, "reference": "GC-0000-0009", "redemption_id": card_id},
        {"kind": "points", "amount_minor": 50, "reference": "LOY0000000001", "redemption_id": points_id},
        {"kind": "cash", "amount_minor": 70, "reference": ""},
    ]
