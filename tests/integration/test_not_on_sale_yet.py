"""A product whose tax code the hub dated for a later day (services/tax_rates.py introduce) is not
sold before that day by any path: not at the counter's scan (tests/integration/test_future_tax_code.py),
not at a web order's handover at the pickup desk, and it cannot come back as a no-receipt return
(it was never sold). Each refusal says from which day, and changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D

import pytest
from tests.integration.test_future_tax_code import gtin, product
from tests.integration.test_pickup import at, desk, outbox, picked_ready, q, receive, reserved  # noqa: F401

from storedesk.domain import pickup as dp
from storedesk.domain.returns import ReturnError
from storedesk.domain.tenders import Tender
from storedesk.i18n.formats import fmt_date
from storedesk.services.context import config
from storedesk.services.pickup import handover, queues
from storedesk.services.returns import no_receipt
from storedesk.services.returns.no_receipt import NoReceiptItem


def dated_ahead(st) -> tuple[str, str]:
    """Code N (7 %) from the store's day after tomorrow, with its product NEW1 at 3.00, and the
    Brioche's code B dated 6 % from that day too. Returns (the day, the instant just after it begins)."""
    tz = config(st.uow).tz
    day = datetime.now(tz).date() + timedelta(days=2)
    begins = datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC) + timedelta(seconds=1)
    receive(st, {"code": "N", "rate": "7", "label": "VAT 7 %", "valid_from": day.isoformat()}, kind="tax_rate")
    receive(st, {"code": "B", "rate": "6", "label": "VAT 6 %", "valid_from": day.isoformat()}, kind="tax_rate")
    receive(st, product("NEW1", "N", "7", gtin(1)), kind="product")
    return day.isoformat(), begins.isoformat(timespec="microseconds")


def test_a_web_order_is_not_handed_over_before_its_products_tax_day(desk):  # noqa: F811
    day, begins = dated_ahead(desk)
    lines = [("NEW1", "Item NEW1", "1", 300), ("SKU0000002", "Test Brioche", "1", 529)]
    oid = picked_ready(desk, payment="pay_at_pickup", lines=lines)
    held = reserved(desk, 2)
    with pytest.raises(dp.PickupError) as refused:
        handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[Tender("cash", D("10.00"))], now=at(3))
    assert str(refused.value) == (
        f"Item NEW1 is not on sale before {fmt_date(date.fromisoformat(day))}, the day its tax rate starts; "
        "nothing was handed over"
    )
    # nothing changed: still ready, still set aside, no sale, no status sent
    assert queues.order(desk.uow, oid).status == "ready" and reserved(desk, 2) == held
    assert desk.count("sales") == 0 and outbox(desk, "pickup_status")[-1]["status"] == "ready"

    # the store's day begins: handed over and paid here, each line at the rate now in force
    res = handover.hand_over(desk.uow, desk.ana, oid, code="K7P2QX", tenders=[Tender("cash", D("10.00"))], now=begins)
    assert res.status == "collected" and res.total == D("8.29")
    rates = q(desk, "SELECT sku, tax_code, tax_rate FROM sale_lines WHERE sale_id = ? ORDER BY sku", res.sale_id)
    assert rates == [("NEW1", "N", "7"), ("SKU0000002", "B", "6")]


def test_a_product_not_on_sale_yet_cannot_come_back_without_a_receipt(desk):  # noqa: F811
    day, begins = dated_ahead(desk)
    items = [NoReceiptItem("NEW1", D(1))]
    shown = fmt_date(date.fromisoformat(day))  # in the store's format
    message = f"Item NEW1 is not on sale before {shown}, the day its tax rate starts; it cannot be returned"
    with pytest.raises(ReturnError) as refused:
        no_receipt.no_receipt_preview(desk.uow, items)
    assert str(refused.value) == message
    before = desk.counts()
    with pytest.raises(ReturnError, match="not on sale before"):
        no_receipt.complete_no_receipt_return(desk.uow, desk.ana, items, "gift", approver=("max", "9876"))
    assert desk.counts() == before
    # from its day it is an item like any other: priced at today's price
    assert no_receipt.no_receipt_preview(desk.uow, items, now=begins).preview.total == D("3.00")
