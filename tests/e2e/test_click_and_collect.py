"""Click-and-collect end to end with real processes: a hub (uvicorn) on 127.0.0.1, a channel
(the web shop) posting orders over HTTP, and a station on its own SQLite file syncing with it.

    web shop --POST /v1/orders--> hub --feed "order"--> station: accept, pick by scanning, ready
    station --pickup_status "ready"--> hub (notifies the customer)
    customer shows the code --> station hands over --pickup_status "collected" + stock_movements--> hub

Checked at the hub: the order is "collected", and stock at the store went down exactly once
(one movement per line, the station's), for an order paid online and one paid at pickup (then
through the sale). A third order is cancelled by the customer online while it waits on the
shelf: the desk's handover stops with the hub's answer, and its items go back on the shelf.
"""

from __future__ import annotations

import sqlite3
import uuid
from decimal import Decimal as D

import pytest
import requests
from tests.e2e.conftest import hub_cli

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain import pickup as dp
from storedesk.domain.tenders import Tender
from storedesk.services import sync
from storedesk.services.pickup import handover, hub_check, picking, queues, shelf, slips

SKUS = {1: "SKU0000001", 2: "SKU0000002", 3: "SKU0000003"}


def post_order(hub, token, key, payment, lines):
    body = {
        "idempotency_key": key,
        "pickup_store": "PAR01",
        "payment": payment,
        "currency": "EUR",
        "customer": {"name": "Ana Lopez", "email": "ana.lopez@example.com", "phone": "+33 6 12 34 56 78"},
        "lines": [{"sku": SKUS[pid], "quantity": str(q), "unit_price_minor": price} for pid, q, price in lines],
    }
    r = requests.post(f"{hub.url}/v1/orders", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert r.status_code == 201, r.text
    return r.json()


def hub_order(hub, token, order_id):
    r = requests.get(f"{hub.url}/v1/orders/{order_id}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def hub_on_hand(hub, sku) -> D:
    found = hub.get("/v1/stock", sku=sku)
    return next(D(s["on_hand"]) for s in found["stores"] if s["store"] == "PAR01")


def receive_stock(st, quantities: dict[int, int]) -> None:
    """A delivery at the station: stock movements and their outbox event in one transaction."""
    now = "2026-11-27T07:00:00.000000+00:00"
    rows = [(uuid.uuid4().hex, pid, q * 1000, "receiving", "DEL-1", "T1", now) for pid, q in quantities.items()]
    with st.uow.write() as tx:
        tx.stock.add_movements(rows)
        tx.outbox.add(
            uuid.uuid4().hex,
            "stock_movements",
            {
                "store": "PAR01",
                "station": "T1",
                "movements": [
                    {
                        "id": r[0],
                        "sku": SKUS[r[1]],
                        "quantity": str(r[2] // 1000),
                        "reason": "receiving",
                        "doc_ref": "DEL-1",
                        "at": now,
                    }
                    for r in rows
                ],
            },
            now,
        )


def synced(st):
    report = sync.sync_once(st.uow, st.client())
    assert report.error is None and report.rejected == 0 and report.quarantined == 0, report
    return report


def collected_at_hub(hub, channel, st, order_id) -> list[str]:
    """The station synced, the hub holds the order as collected, with no conflict: what each line collected."""
    synced(st)
    at_hub = hub_order(hub, channel, order_id)
    assert at_hub["status"] == "collected" and at_hub["conflict"] is None
    return [ln["collected"] for ln in at_hub["lines"]]


def pick_all(st, order_id):
    view = queues.order(st.uow, order_id)
    for ln in view.lines:
        for _ in range(int(ln.quantity)):
            view = picking.pick(st.uow, st.ana, order_id, gtin_for(ln.product_id))
    return view


def station_moves(st, doc_refs) -> list:
    con = sqlite3.connect(st.data_dir / "storedesk.db")
    try:
        marks = ",".join("?" * len(doc_refs))
        return sorted(
            tuple(r)
            for r in con.execute(
                f"SELECT product_id, quantity_milli, reason FROM stock_movements WHERE doc_ref IN ({marks})", doc_refs
            )
        )
    finally:
        con.close()


def test_web_order_picked_ready_and_collected_with_the_code(hub, make_station):
    channel = hub_cli(hub.db_url, "add-channel", "webshop")
    st = make_station(hub, "T1")
    with st.uow.read() as tx:
        demo_on_hand = tx.stock.on_hand_milli(1)  # the demo store's opening stock, never sent to the hub
    receive_stock(st, {1: 10, 2: 10, 3: 10})
    synced(st)
    assert hub_on_hand(hub, SKUS[1]) == 10

    # ---- 1. paid online, collected with the pickup code ----------------------------------
    placed = post_order(hub, channel, "web-1", "paid_online", [(1, 2, 249), (2, 1, 529)])
    oid, number, code = placed["order_id"], placed["number"], placed["pickup_code"]
    assert placed["status"] == "routed" and placed["store"] == "PAR01"
    synced(st)
    new = queues.queue(st.uow, "new")
    assert [(r.order_id, r.number, r.customer) for r in new] == [(oid, number, "Ana Lopez")]
    assert [r.number for r in queues.search(st.uow, "ana lopez")] == [number]

    picking.accept(st.uow, st.ana, oid)
    with pytest.raises(dp.WrongItem):
        picking.pick(st.uow, st.ana, oid, gtin_for(3))  # not on the order
    view = pick_all(st, oid)
    assert all(ln.done for ln in view.lines)
    path = slips.print_pick_list(st.uow, st.data_dir, oid)
    assert path.exists()
    picking.mark_ready(st.uow, st.ana, oid)
    synced(st)
    at_hub = hub_order(hub, channel, oid)
    assert at_hub["status"] == "ready" and at_hub["ready_at"]

    with pytest.raises(dp.PickupError, match="does not match"):
        handover.hand_over(st.uow, st.ana, oid, code="999999" if code != "999999" else "111111")
    assert hub_check.check_with_hub(st.uow, oid) is None  # online: nothing against it
    res = handover.hand_over(st.uow, st.ana, oid, code=code)
    assert res.status == "collected"
    assert collected_at_hub(hub, channel, st, oid) == ["2", "1"]
    # stock went down exactly once: the station's one "pickup" movement per line
    assert station_moves(st, [number]) == [(1, -2000, "pickup"), (2, -1000, "pickup")]
    assert (hub_on_hand(hub, SKUS[1]), hub_on_hand(hub, SKUS[2])) == (8, 9)
    synced(st)  # the hub's feed brings nothing back that moves stock again
    assert (hub_on_hand(hub, SKUS[1]), hub_on_hand(hub, SKUS[2])) == (8, 9)
    assert station_moves(st, [number]) == [(1, -2000, "pickup"), (2, -1000, "pickup")]

    # ---- 2. pay at pickup: the payment goes through the sale ----------------------------
    placed = post_order(hub, channel, "web-2", "pay_at_pickup", [(3, 2, 1000)])
    oid2, number2, code2 = placed["order_id"], placed["number"], placed["pickup_code"]
    synced(st)
    picking.accept(st.uow, st.ana, oid2)
    pick_all(st, oid2)
    picking.mark_ready(st.uow, st.ana, oid2)
    total = handover.handover_total(st.uow, oid2)
    res = handover.hand_over(st.uow, st.ana, oid2, code=code2, tenders=[Tender("card", total, "AUTH 7")])
    assert res.receipt_no == "PAR01-T1-000001" and res.total == D("20.00")
    synced(st)
    at_hub = hub_order(hub, channel, oid2)
    assert at_hub["status"] == "collected" and at_hub["paid_minor"] == 2000
    assert station_moves(st, [number2, res.receipt_no]) == [(3, -2000, "sale")]
    assert hub_on_hand(hub, SKUS[3]) == 8

    # ---- 3. cancelled online while it waits on the shelf --------------------------------
    placed = post_order(hub, channel, "web-3", "paid_online", [(1, 1, 249)])
    oid3 = placed["order_id"]
    synced(st)
    picking.accept(st.uow, st.ana, oid3)
    pick_all(st, oid3)
    picking.mark_ready(st.uow, st.ana, oid3)
    synced(st)
    r = requests.post(
        f"{hub.url}/v1/orders/{oid3}/cancel",
        json={"reason": "changed my mind"},
        headers={"Authorization": f"Bearer {channel}"},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    # the clerk has not synced since: the desk asks the hub before handing over
    stop = hub_check.check_with_hub(st.uow, oid3)
    assert stop and "cancelled" in str(stop) and "do not hand it over" in str(stop)
    with pytest.raises(dp.OrderCancelled):
        handover.hand_over(st.uow, st.ana, oid3, code=placed["pickup_code"])
    assert [r.order_id for r in queues.queue(st.uow, "return")] == [oid3]
    shelf.return_to_shelf(st.uow, st.ana, oid3)
    synced(st)  # the feed's cancellation arrives too: already known, nothing changes
    assert queues.order(st.uow, oid3).status == "cancelled"
    assert hub_order(hub, channel, oid3)["status"] == "cancelled"
    assert hub_on_hand(hub, SKUS[1]) == 8  # nothing left the store for the cancelled order
    with st.uow.read() as tx:
        assert tx.pickup.reserved_milli(1) == 0 and tx.stock.on_hand_milli(1) == demo_on_hand + 8000


def test_a_damaged_line_is_rejected_the_hub_cancels_it_and_the_rest_is_collected(hub, make_station):
    channel = hub_cli(hub.db_url, "add-channel", "webshop")
    st = make_station(hub, "T1")
    receive_stock(st, {1: 5, 2: 5})
    synced(st)
    placed = post_order(hub, channel, "web-9", "paid_online", [(1, 1, 249), (2, 2, 529)])
    oid, number = placed["order_id"], placed["number"]
    synced(st)
    picking.accept(st.uow, st.ana, oid)
    picking.pick(st.uow, st.ana, oid, gtin_for(2))
    view = picking.reject(st.uow, st.ana, oid, 1, None, "damaged")  # the only apple is bruised: written off
    assert "written off" in str(view.message)
    picking.pick(st.uow, st.ana, oid, gtin_for(2))
    synced(st)  # the hub hears the rejection; no other store: it cancels that line, sends version+1
    at_hub = hub_order(hub, channel, oid)
    assert [(ln["rejected"], ln["reason"], ln["cancelled"]) for ln in at_hub["lines"]][0] == ("1", "damaged", "1")
    assert at_hub["total_minor"] == 1058
    synced(st)
    view = queues.order(st.uow, oid)
    assert view.order.total_minor == 1058 and view.status == "picking"
    picking.mark_ready(st.uow, st.ana, oid)
    res = handover.hand_over(st.uow, st.ana, oid, code=placed["pickup_code"])
    assert res.status == "partially_collected"  # the customer got what could be supplied
    assert collected_at_hub(hub, channel, st, oid) == ["0", "2"]
    assert station_moves(st, [number]) == [(1, -1000, "damaged"), (2, -2000, "pickup")]
    assert (hub_on_hand(hub, SKUS[1]), hub_on_hand(hub, SKUS[2])) == (4, 3)
