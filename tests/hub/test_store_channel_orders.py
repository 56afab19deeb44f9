"""The endless aisle at the hub (issue 17), on SQLite and PostgreSQL: a store's till orders for its
customer with its station token (channel store:<code>, paid_in_store): delivered (ship rules: another
store or a warehouse), collected here or at another store; a retry is the same order; what no
location can promise is refused and nothing is made; another store's channel and a channel token
paying in store are refused; the till cancels its own order before picking, not after; and the day
totals count the till's sale once (the order adds nothing)."""

from __future__ import annotations

import uuid

import pytest

from storedesk.hub import db
from storedesk.hub.locations.service import add_warehouse

from . import payloads
from .test_availability_api import _products, snapshot
from .test_orders_support import ANA, AT
from .test_ship_orders import ADDRESS

FR = {"Accept-Language": "fr-FR,fr;q=0.9"}
SKUS = ("A", "B", "C", "Z")


@pytest.fixture
def aisle(api):
    """PAR (the till's store, Paris), VER (~18 km), LYO (~392 km) and the warehouse WH1 (Lille)."""
    api.store("PAR", "48.8566", "2.3522")
    api.store("VER", "48.8049", "2.1204")
    api.store("LYO", "45.7640", "4.8357")
    with db.write_tx(api.admin.engine) as conn:
        add_warehouse(conn, "WH1", "North DC", "Europe/Paris", "50.6292", "3.0573")
    api.erp = api.admin.erp()
    _products(api, *SKUS)
    api.till = api.station("PAR", "T1")
    return api


def till_body(fulfilment, lines, sale_ref="basket-1", order_id=None, station="T1", **extra) -> dict:
    """What the till posts: `lines` are (sku, quantity, unit price in minor units)."""
    where = {"delivery": {**ADDRESS}} if fulfilment == "ship" else {}
    return {
        "order_id": order_id or uuid.uuid4().hex,
        "channel": "store:PAR",
        "payment": "paid_in_store",
        "paid_in_store": {"station": station, "sale_ref": sale_ref},
        "currency": "EUR",
        "customer": {**ANA},
        "fulfilment": fulfilment,
        "lines": [{"sku": sku, "quantity": str(q), "unit_price_minor": p} for sku, q, p in lines],
        **where,
        **extra,
    }


def post(api, body, token=None, headers=None):
    return api.http.post("/v1/orders", headers={**api.h(token or api.till), **(headers or {})}, json=body)


def place(api, body, status=201):
    r = post(api, body)
    assert r.status_code == status, r.text
    return r.json()


def cancel(api, ref, body, token=None, headers=None):
    return api.http.post(f"/v1/orders/{ref}/cancel", headers={**api.h(token or api.till), **(headers or {})}, json=body)


def count_orders(api) -> int:
    return api.admin.scalar("SELECT COUNT(*) FROM orders")


def test_the_till_orders_a_delivery_routed_by_the_ship_rules(aisle):
    api = aisle
    api.stock("VER", A=1)
    assert snapshot(api, lines={"A": "5"}).status_code == 200
    sent = till_body("ship", [("A", 1, 1250)], sale_ref="basket-7")
    o = place(api, sent)
    # the order is the station's: its id, the store's channel, paid in the till's sale
    assert (o["order_id"], o["channel"], o["payment"]) == (sent["order_id"], "store:PAR", "paid_in_store")
    assert (o["fulfilment"], o["status"], o["store"]) == ("ship", "routed", "VER")  # nearest with stock
    assert o["total_minor"] == o["paid_minor"] == 1250
    assert o["paid_in_store"] == {"store": "PAR", "station": "T1", "sale_ref": "basket-7"}
    assert o["destinations"] == [{"line": 1, "sku": "A", "quantity": "1", "store": "VER", "number": o["number"]}]
    first = o["history"][0]
    assert (first["to"], first["by"]) == ("created", "station PAR/T1")
    assert first["reason"] == "ordered at the till PAR/T1 (sale basket-7)"
    assert o["routing"][-1]["rule"] == "nearest location"
    # VER's desk gets it as already paid (nothing to take there), saying which till's sale paid it
    item = next(d for k, d in api.feed("VER") if k == "order" and d["order_id"] == o["order_id"])
    assert (item["payment"], item["paid_minor"], item["channel"]) == ("paid_online", 1250, "store:PAR")
    assert item["paid_in_store"] == o["paid_in_store"] and item["delivery"]["city"] == "Paris"
    assert not [d for _, d in api.feed("PAR") if d["order_id"] == o["order_id"]]
    # VER's one A is now reserved: the next delivery leaves from the warehouse
    o2 = place(api, till_body("ship", [("A", 2, 1250)], sale_ref="basket-8"))
    assert o2["store"] == "WH1" and o2["destinations"][0]["store"] == "WH1"
    assert "WH1 is the nearest location with every line" in o2["routing"][-1]["reason"]
    # the till's station reads its own orders; another store's station does not
    assert api.get(o["order_id"], token=api.till)["number"] == o["number"]
    lyo = api.http.get(f"/v1/orders/{o['order_id']}", headers=api.h(api.station("LYO", "L1")))
    assert lyo.status_code == 403


def test_the_till_orders_for_collection_here_and_at_another_store(aisle):
    api = aisle
    api.stock("PAR", B=3)
    api.stock("LYO", C=2)
    here = place(api, till_body("pickup", [("B", 1, 400)], pickup_store="PAR"))
    assert (here["store"], here["pickup_store"], here["status"]) == ("PAR", "PAR", "routed")
    assert here["destinations"] == [{"line": 1, "sku": "B", "quantity": "1", "store": "PAR", "number": here["number"]}]
    there = place(api, till_body("pickup", [("C", 2, 900)], pickup_store="LYO"))
    assert (there["store"], there["pickup_store"]) == ("LYO", "LYO")
    assert there["routing"][-1]["reason"] == "the chosen store LYO has every line after reservations and safety stock"
    item = next(d for k, d in api.feed("LYO") if k == "order" and d["order_id"] == there["order_id"])
    assert item["payment"] == "paid_online" and item["paid_minor"] == item["total_minor"] == 1800
    # a chosen store without it: as for a web order, the nearest store that has it (PAR's 2 left)
    moved = place(api, till_body("pickup", [("B", 2, 400)], pickup_store="LYO"))
    assert moved["store"] == "PAR" and "the chosen store LYO lacks B" in moved["routing"][-1]["reason"]


def test_what_no_location_can_promise_is_refused_and_nothing_is_made(aisle):
    api = aisle
    api.stock("PAR", A=1)
    before = count_orders(api)
    r = post(api, till_body("pickup", [("Z", 1, 100)], pickup_store="PAR"))
    assert r.status_code == 409
    assert r.json()["detail"] == "No store can promise every line of this order for collection now: nothing was ordered"
    r = post(api, till_body("ship", [("A", 1, 100), ("Z", 1, 100)]), headers=FR)
    assert r.status_code == 409
    assert r.json()["detail"] == (
        "Aucun magasin ni entrepôt ne peut garantir toutes les lignes de cette livraison pour le moment : "
        "rien n'a été commandé"
    )
    assert count_orders(api) == before and not api.feed("PAR")


def test_a_retry_is_the_same_order_and_the_same_id_with_another_body_is_refused(aisle):
    api = aisle
    api.stock("PAR", B=5)
    body = till_body("pickup", [("B", 1, 400)], pickup_store="PAR")
    first = place(api, body)
    again = place(api, body, status=200)
    assert again["number"] == first["number"] and again["order_id"] == body["order_id"]
    assert again["destinations"] == first["destinations"]
    changed = {**body, "lines": [{"sku": "B", "quantity": "2", "unit_price_minor": 400}]}
    r = post(api, changed)
    assert r.status_code == 409 and "already used for another order" in r.json()["detail"]
    assert count_orders(api) == 1
    # the station's id may not take the id of a channel's order
    web = api.order("PAR", [("B", 1, 400)])
    r = post(api, till_body("pickup", [("B", 1, 400)], pickup_store="PAR", order_id=web["order_id"]))
    assert r.status_code == 409 and f"already the id of order {web['number']}" in r.json()["detail"]


def test_another_store_channel_and_a_channel_paying_in_store_are_refused(aisle):
    api = aisle
    api.stock("PAR", B=5)
    body = till_body("pickup", [("B", 1, 400)], pickup_store="PAR")
    r = post(api, {**body, "channel": "store:LYO"})
    assert r.status_code == 403 and "orders for the channel store:PAR" in r.json()["detail"]
    r = post(api, till_body("pickup", [("B", 1, 400)], pickup_store="PAR", station="T9"))
    assert r.status_code == 403 and "this token's station T1" in r.json()["detail"]
    for bad in ({"payment": "paid_online"}, {"idempotency_key": "k1"}, {"order_id": "W000001"}):
        assert post(api, {**body, **bad}).status_code == 422
    # a web shop may not say its order was paid at a till
    web = {k: v for k, v in body.items() if k not in ("order_id", "channel")} | {"idempotency_key": "web-1"}
    r = post(api, web, token=api.channel_token)
    assert r.status_code == 403 and "only a store's till" in r.json()["detail"]
    r = post(api, {**web, "payment": "paid_online"}, token=api.channel_token)
    assert r.status_code == 403  # still carries paid_in_store
    assert count_orders(api) == 0
    # nor may a channel token be named like a store's channel
    with pytest.raises(ValueError, match="'store:' names the orders of a store's tills"):
        api.admin.channel("store:PAR")


def test_the_till_cancels_its_own_order_before_picking_not_after(aisle):
    api = aisle
    api.stock("LYO", C=4)
    o = place(api, till_body("pickup", [("C", 1, 900)], pickup_store="LYO", sale_ref="basket-9"))
    # another sale, another store's station, a web shop: refused
    r = cancel(api, o["order_id"], {"sale_ref": "basket-10"}, headers=FR)
    assert (
        r.status_code == 403 and r.json()["detail"] == f"La commande {o['number']} n'a pas été passée par cette vente"
    )
    assert cancel(api, o["order_id"], {"sale_ref": "basket-9"}, token=api.station("LYO", "L1")).status_code == 403
    assert cancel(api, o["order_id"], {}, token=api.channel_token).status_code == 403
    assert cancel(api, o["order_id"], {}).status_code == 422  # no sale_ref
    assert cancel(api, "W999999", {"sale_ref": "basket-9"}).status_code == 404
    r = cancel(api, o["number"], {"sale_ref": "basket-9"})
    assert r.status_code == 200, r.text
    done = r.json()
    assert done["status"] == "cancelled" and done["total_minor"] == 0
    last = done["history"][-1]
    assert (last["to"], last["by"]) == ("cancelled", "station PAR/T1")
    assert last["reason"] == "the sale basket-9 at the till PAR/T1 did not complete"
    assert cancel(api, o["order_id"], {"sale_ref": "basket-9"}).json()["status"] == "cancelled"  # a retry
    status = [d for k, d in api.feed("LYO", "L1") if k == "order_status" and d["order_id"] == o["order_id"]]
    assert [s["status"] for s in status] == ["cancelled"]
    # once LYO picked one, it is too late
    o2 = place(api, till_body("pickup", [("C", 2, 900)], pickup_store="LYO", sale_ref="basket-11"))
    res = api.pickup("LYO", o2["order_id"], "picking", [{"line": 1, "picked": "1"}], station="L1")
    assert res["status"] == "accepted", res
    r = cancel(api, o2["order_id"], {"sale_ref": "basket-11", "reason": "sale failed"})
    assert r.status_code == 409
    assert r.json()["detail"] == f"Order {o2['number']} is already being prepared: it can no longer be cancelled"
    assert api.get(o2["order_id"], token=api.till)["status"] == "picking"


def test_day_totals_count_the_till_sale_once(aisle):
    """The customer pays at PAR's till for goods LYO hands over: PAR's day counts the sale once,
    the order adds nothing, and LYO's day (which handed the goods over) has no sale."""
    api = aisle
    api.stock("LYO", C=2)
    line = payloads.Line("C", "Product C", "2", 900, "A", "20")
    fiscal = payloads.sale(1, (line,), store="PAR", station="T1")
    o = place(api, till_body("pickup", [("C", 2, 900)], pickup_store="LYO", sale_ref=fiscal["sale_id"]))
    res = api.events("PAR", "T1", payloads.event("sale", fiscal))
    assert res[0]["status"] == "accepted", res
    assert o["total_minor"] == fiscal["total_minor"] == 1800
    collected = api.pickup("LYO", o["order_id"], "collected", [{"line": 1, "picked": "2", "collected": "2"}])
    assert collected["status"] == "accepted", collected
    assert api.get(o["order_id"], token=api.till)["status"] == "collected"

    def totals(store):
        r = api.http.get(f"/v1/stores/{store}/day-totals", headers=api.h(api.erp), params={"date": AT[:10]})
        assert r.status_code == 200, r.text
        return r.json()

    par, lyo = totals("PAR"), totals("LYO")
    assert (par["sales_count"], par["gross_minor"], par["tax_minor"]) == (1, 1800, 300)
    assert par["tenders"] == [
        {"kind": "cash", "count": 1, "tendered_minor": 1800, "change_minor": 0, "amount_minor": 1800}
    ]
    assert (lyo["sales_count"], lyo["gross_minor"], lyo["tenders"]) == (0, 0, [])
