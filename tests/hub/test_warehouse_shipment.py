"""A warehouse's ship order packed and shipped by the ERP (issue 17), on SQLite and PostgreSQL: a
warehouse has no station, so the ERP reports it (POST /v1/orders/{id}/shipment) under the rules of
a station's packed/shipped; at shipped the hub writes the warehouse's "ship" movements itself
(the balance drops once, the reservation ends, availability shows it) and queues the customer's
"shipped" notification. Refused: a store's order, a station or channel token, an unknown order,
shipped without tracking, other parcels after shipped (the same report again changes nothing)."""

from __future__ import annotations

import pytest

from storedesk.hub import db
from storedesk.hub.locations.service import add_warehouse
from storedesk.hub.stock.ledger import balance_drift

from .test_availability_api import _products, avail, snapshot
from .test_ship_orders import PARCEL, SHIPPED_PARCEL, ship

AT_PACKED = "2026-03-14T11:00:00+01:00"
AT_SHIPPED = "2026-03-14T13:30:00+01:00"
SECOND = {"number": 2, "weight_g": 300, "carrier": "manual", "tracking": "TRK-0002"}


@pytest.fixture
def wh(api):
    """PAR (a store, Paris, with nothing of A) and the warehouse WH1 (Lille), stocked by an ERP snapshot."""
    api.store("PAR", "48.8566", "2.3522")
    with db.write_tx(api.admin.engine) as conn:
        add_warehouse(conn, "WH1", "North DC", "Europe/Paris", "50.6292", "3.0573")
    api.erp = api.admin.erp()
    _products(api, "A", "B")
    assert snapshot(api, lines={"A": "5", "B": "4"}).status_code == 200
    return api


def report(api, ref, status, parcels, at=AT_SHIPPED, token=None, **extra):
    body = {"status": status, "at": at, "parcels": parcels, **extra}
    return api.http.post(f"/v1/orders/{ref}/shipment", headers=api.h(token or api.erp), json=body)


def wh1(api, sku):
    """WH1's (on hand, reserved, available) of `sku` for shipping, as the web shop sees it."""
    r = avail(api, sku, fulfilment="ship")
    assert r.status_code == 200, r.text
    [line] = [x for x in r.json()["skus"][0]["locations"] if x["location"] == "WH1"]
    return line["on_hand"], line["reserved"], line["available"]


def test_the_erp_packs_and_ships_a_warehouse_order(wh):
    api = wh
    o = ship(api, [("A", 2, 500), ("B", 1, 300)])
    oid = o["order_id"]
    assert (o["store"], o["status"]) == ("WH1", "routed")
    assert wh1(api, "A") == ("5", "2", "3")

    r = report(api, oid, "packed", [PARCEL, {"number": 2, "weight_g": 300}], at=AT_PACKED)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["status"] == "packed" and [p["tracking"] for p in got["parcels"]] == [None, None]
    last = got["history"][-1]
    assert (last["to"], last["by"]) == ("packed", "erp WH1")
    assert wh1(api, "A") == ("5", "2", "3")  # still reserved while packed

    r = report(api, o["number"], "shipped", [SHIPPED_PARCEL, SECOND])
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["status"] == "shipped" and [ln["shipped"] for ln in got["lines"]] == ["2", "1"]
    assert [(p["carrier"], p["tracking"]) for p in got["parcels"]] == [("manual", "TRK-0001"), ("manual", "TRK-0002")]
    assert got["parcels"][0]["packed_at"] == "2026-03-14T10:00:00.000000+00:00"
    assert got["parcels"][0]["shipped_at"] == "2026-03-14T12:30:00.000000+00:00"
    assert [h["to"] for h in got["history"]] == ["created", "routed", "packed", "shipped"]
    assert api.get(oid)["status"] == "shipped"  # the channel reads it too

    # the hub wrote WH1's "ship" movements: one per line, negative, the order's number; once
    moves = api.admin.rows(
        "SELECT sku, quantity_milli, reason, doc_ref, station FROM stock_movements "
        "WHERE store = 'WH1' AND reason = 'ship' ORDER BY sku"
    )
    assert moves == [("A", -2000, "ship", o["number"], "ERP"), ("B", -1000, "ship", o["number"], "ERP")]
    assert wh1(api, "A") == ("3", "0", "3")  # on hand down by 2, the reservation ended: counted once
    assert wh1(api, "B") == ("3", "0", "3")
    with api.admin.engine.connect() as conn:
        assert balance_drift(conn) == []
    # the customer is told once, with the tracking numbers
    told = api.admin.rows("SELECT body FROM notifications WHERE order_id = :o AND kind = 'shipped'", o=oid)
    assert len(told) == 1 and "TRK-0001" in told[0][0] and "TRK-0002" in told[0][0]

    # the same report again: answered with the order, nothing changes
    version = got["version"]
    again = report(api, oid, "shipped", [SECOND, SHIPPED_PARCEL])
    assert again.status_code == 200, again.text
    assert again.json()["version"] == version and again.json()["status"] == "shipped"
    assert api.admin.scalar("SELECT COUNT(*) FROM stock_movements WHERE store = 'WH1' AND reason = 'ship'") == 2
    assert len(api.admin.rows("SELECT id FROM notifications WHERE order_id = :o AND kind = 'shipped'", o=oid)) == 1
    # other parcels, or packed, after shipped: refused, nothing changes
    r = report(api, oid, "shipped", [{**SHIPPED_PARCEL, "tracking": "TRK-9999"}])
    assert r.status_code == 409 and "already shipped with other parcels" in r.json()["detail"], r.text
    r = report(api, oid, "packed", [PARCEL])
    assert r.status_code == 409 and "already shipped" in r.json()["detail"], r.text
    assert api.get(oid)["version"] == version
    assert wh1(api, "A") == ("3", "0", "3")


def test_shipped_straight_from_routed_ships_everything(wh):
    api = wh
    o = ship(api, [("A", 1, 500)])
    r = report(api, o["order_id"], "shipped", [SHIPPED_PARCEL])
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "shipped" and r.json()["lines"][0]["shipped"] == "1"
    assert wh1(api, "A") == ("4", "0", "4")


def test_refusals(wh):
    api = wh
    api.stock("PAR", B=9)
    at_store = ship(api, [("B", 1, 300)])
    assert at_store["store"] == "PAR"
    o = ship(api, [("A", 1, 500)])
    assert o["store"] == "WH1"
    oid = o["order_id"]

    # a store's order: its station reports it
    r = report(api, at_store["order_id"], "shipped", [SHIPPED_PARCEL])
    assert r.status_code == 409 and "is not routed to a warehouse" in r.json()["detail"], r.text
    assert "store PAR, whose station reports it" in r.json()["detail"]
    # a station or a channel token
    for token in (api.station("PAR", "P1"), api.channel_token):
        r = report(api, oid, "shipped", [SHIPPED_PARCEL], token=token)
        assert r.status_code == 403 and "use the ERP token" in r.json()["detail"], r.text
    # an unknown order
    assert report(api, "W999999", "shipped", [SHIPPED_PARCEL]).status_code == 404
    assert report(api, "f" * 32, "shipped", [SHIPPED_PARCEL]).status_code == 404
    # bodies a station's pickup_status would be refused for
    for status, parcels, extra, why in (
        ("shipped", [PARCEL], {}, "carrier and tracking"),
        ("shipped", [], {}, "needs its parcels"),
        ("shipped", [SHIPPED_PARCEL, SHIPPED_PARCEL], {}, "appears twice"),
        ("packed", [{"number": 1, "weight_g": 0}], {}, "weight_g"),
        ("collected", [SHIPPED_PARCEL], {}, "status must be packed or shipped"),
        ("shipped", [SHIPPED_PARCEL], {"lines": []}, "unknown field(s) lines"),
    ):
        r = report(api, oid, status, parcels, **extra)
        assert r.status_code == 422 and why in r.json()["detail"], (why, r.text)
    r = report(api, oid, "shipped", [SHIPPED_PARCEL], at="2026-03-14T12:00:00")
    assert r.status_code == 422, r.text  # "at" needs its offset
    got = api.get(oid)
    assert (got["status"], got["version"]) == ("routed", o["version"])
    assert api.admin.scalar("SELECT COUNT(*) FROM stock_movements WHERE reason = 'ship'") == 0
    # cancelled online: packing is refused; shipping (a physical fact) is kept and flagged, as for a store
    r = api.http.post(f"/v1/orders/{oid}/cancel", headers=api.h(api.channel_token), json={})
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    r = report(api, oid, "packed", [PARCEL])
    assert r.status_code == 409 and "is cancelled: it can no longer be packed" in r.json()["detail"], r.text
    r = report(api, oid, "shipped", [SHIPPED_PARCEL])
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "shipped" and r.json()["conflict"].startswith("shipped_after_cancel")
    assert api.admin.scalar("SELECT SUM(quantity_milli) FROM stock_movements WHERE reason = 'ship'") == -1000
