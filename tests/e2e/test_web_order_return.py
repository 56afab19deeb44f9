"""A web order, paid online and collected in the store, comes back at the counter (issue 5):
looked up by its order number at the hub, granted like a receipt, refunded to the online
payment (settled by the ERP), never beyond what was collected.  Real hub process, real HTTP."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from tests.e2e.conftest import hub_cli
from tests.e2e.test_click_and_collect import SKUS, pick_all, post_order, receive_stock, synced

from storedesk.domain.returns import ReturnError
from storedesk.services.pickup import handover, picking
from storedesk.services.returns import complete, lookup
from storedesk.services.returns.planning import ReturnLineIn


def test_a_collected_web_order_is_returned_in_store(hub, make_station):
    channel = hub_cli(hub.db_url, "add-channel", "webshop")
    t1, t2 = make_station(hub, "T1"), make_station(hub, "T2")
    receive_stock(t1, {1: 10, 2: 10})
    synced(t1)
    placed = post_order(hub, channel, "web-r1", "paid_online", [(1, 2, 249), (2, 1, 529)])
    oid, number, code = placed["order_id"], placed["number"], placed["pickup_code"]
    synced(t1)
    picking.accept(t1.uow, t1.ana, oid)
    pick_all(t1, oid)
    picking.mark_ready(t1.uow, t1.ana, oid)
    handover.hand_over(t1.uow, t1.ana, oid, code=code)
    synced(t1)

    # at the other station, the customer brings one of the two apples back
    order = lookup.find_sale(t2.uow, number.lower())
    assert order.kind == "web_order" and order.online and order.ref == number
    assert [(ln.sku, ln.quantity, ln.gross) for ln in order.lines] == [(SKUS[1], 2, D("4.98")), (SKUS[2], 1, D("5.29"))]
    apples = next(ln for ln in order.lines if ln.sku == SKUS[1])
    r = complete.complete_return(t2.uow, t2.ana, order, [ReturnLineIn(apples.line_no, D(1))], "changed_mind")
    assert [(p.kind, p.amount, p.reference) for p in r.parts] == [("online", D("2.49"), number)]
    assert r.offline is False
    again = lookup.find_sale(t2.uow, number)
    assert next(ln for ln in again.lines if ln.sku == SKUS[1]).returned_quantity == 1
    with pytest.raises(ReturnError, match="only 1 left"):
        complete.complete_return(t2.uow, t2.ana, again, [ReturnLineIn(apples.line_no, D(2))], "faulty")
    synced(t2)
    totals = hub.get("/v1/stores/PAR01/day-totals", date=_today(t2))
    assert totals["returns_count"] == 1 and totals["refunds"] == {"online": 249}
    assert hub.get("/v1/returns/flags", token=hub.tokens["T2"], store="PAR01")["flags"] == []


def _today(st) -> str:
    from storedesk.services.context import config, utcnow

    return config(st.uow).local(utcnow()).date().isoformat()
