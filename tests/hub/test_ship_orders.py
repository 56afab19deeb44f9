"""Ship-from-store at the hub (issue 17), on SQLite and PostgreSQL: routing by stock after
reservations, distance from the delivery address and daily capacity; split orders; packed and
shipped with parcels and tracking; the reservation ending at shipped; refusals."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from storedesk.hub.orders import routing

from .test_orders_support import AT, order_body

# PAR is nearest to the customer (Paris), VER next (~18 km), LYO far (~392 km).
PARIS = {"lat": "48.8566", "lon": "2.3522"}
ADDRESS = {
    "name": "Ana Silva",
    "line1": "1 rue de Rivoli",
    "postcode": "75001",
    "city": "Paris",
    "country": "FR",
    **PARIS,
}
PARCEL = {"number": 1, "weight_g": 1200}
SHIPPED_PARCEL = {**PARCEL, "carrier": "manual", "tracking": "TRK-0001"}


def ship_body(lines, **extra) -> dict:
    body = order_body(None, lines, **extra)
    del body["pickup_store"]
    return {"fulfilment": "ship", "currency": "EUR", "delivery": {**ADDRESS}, **body}


def ship(api, lines, status=201, **extra):
    r = api.http.post("/v1/orders", headers=api.h(api.channel_token), json=ship_body(lines, **extra))
    assert r.status_code == status, r.text
    return r.json()


def stores(api, par=None, ver=None, lyo=None, capacity=None):
    api.store("PAR", "48.8566", "2.3522")
    api.store("VER", "48.8049", "2.1204")
    api.store("LYO", "45.7640", "4.8357")
    for code, stock in (("PAR", par), ("VER", ver), ("LYO", lyo)):
        if stock:
            api.stock(code, **stock)
    for code, cap in (capacity or {}).items():
        from storedesk.hub import db
        from storedesk.hub.orders.settings import set_settings

        with db.write_tx(api.admin.engine) as conn:
            set_settings(conn, code, ship_capacity=str(cap))


def test_ship_order_goes_to_b_because_a_stock_is_reserved(api):
    stores(api, par={"A": 2}, ver={"A": 5})
    pickup = api.order("PAR", [("A", 2, 500)])  # reserves PAR's two
    assert pickup["store"] == "PAR"
    o = ship(api, [("A", 1, 500)])
    assert (o["fulfilment"], o["status"], o["store"], o["pickup_store"]) == ("ship", "routed", "VER", None)
    assert o["delivery"]["city"] == "Paris" and o["delivery"]["lat"] == "48.8566"
    decision = o["routing"][-1]
    assert (decision["rule"], decision["action"], decision["store"]) == ("nearest location", "route", "VER")
    assert "VER is the nearest location with every line" in decision["reason"]
    assert "km away from the delivery address" in decision["reason"]
    assert [h["to"] for h in o["history"]] == ["created", "routed"]
    assert decision["reason"] == o["history"][-1]["reason"]
    # VER's desk gets the order with its fulfilment and address; PAR gets nothing of it
    (kind, item), *_ = [(k, d) for k, d in api.feed("VER") if d["order_id"] == o["order_id"]]
    assert kind == "order" and item["fulfilment"] == "ship" and item["delivery"]["postcode"] == "75001"
    assert all(d["order_id"] != o["order_id"] for _, d in api.feed("PAR"))
    pickup_item = next(d for k, d in api.feed("PAR") if k == "order")
    assert pickup_item["fulfilment"] == "pickup" and pickup_item["delivery"] is None


def test_capacity_full_sends_the_next_order_to_the_next_location(api):
    stores(api, par={"A": 9}, ver={"A": 9}, capacity={"PAR": 1})
    first = ship(api, [("A", 1, 100)])
    second = ship(api, [("A", 1, 100)])
    assert (first["store"], second["store"]) == ("PAR", "VER")
    assert "skipped, ship capacity reached today: PAR (1 a day)" in second["routing"][-1]["reason"]
    # pickup orders do not use ship capacity
    assert api.order("PAR", [("A", 1, 100)])["store"] == "PAR"


def test_capacity_zero_and_bad_values(admin):
    from storedesk.hub import db
    from storedesk.hub.admin import AdminError
    from storedesk.hub.orders.settings import set_settings

    admin.store("PAR")
    with db.write_tx(admin.engine) as conn:
        assert set_settings(conn, "PAR", ship_capacity="0")["ship_capacity"] == 0
        assert set_settings(conn, "PAR", hold_days=5)["ship_capacity"] == 0  # kept when not given
        assert set_settings(conn, "PAR", ship_capacity="none")["ship_capacity"] is None
        for bad in ("-1", "lots", "100001"):
            with pytest.raises(AdminError, match="ship capacity"):
                set_settings(conn, "PAR", ship_capacity=bad)


def test_split_when_allowed_then_each_part_ships(api):
    stores(api, par={"A": 2}, ver={"B": 3})
    o = ship(api, [("A", 2, 500), ("B", 1, 300)], allow_split=True)
    assert o["status"] == "split" and o["store"] is None and o["allow_split"] is True
    parts = o["parts"]
    assert [(p["number"], p["store"], p["status"]) for p in parts] == [
        (o["number"] + "-1", "PAR", "routed"),
        (o["number"] + "-2", "VER", "routed"),
    ]
    assert [p["lines"] for p in parts] == [
        [{"line": 1, "sku": "A", "quantity": "2"}],
        [{"line": 2, "sku": "B", "quantity": "1"}],
    ]
    assert o["routing"][-1]["action"] == "split"
    assert "split into 2 shipments: part 1 from PAR (A 2" in o["routing"][-1]["reason"]
    assert [h["to"] for h in o["history"]] == ["created", "split"]
    part1 = api.get(parts[0]["order_id"])
    assert part1["parent"] == {"order_id": o["order_id"], "number": o["number"]}
    assert part1["total_minor"] == 1000 and part1["fulfilment"] == "ship"
    assert "part 1 of " + o["number"] in part1["history"][-1]["reason"]
    # each store's desk gets its own part
    assert [d["number"] for k, d in api.feed("VER") if k == "order"] == [o["number"] + "-2"]
    # the parts reserve their stock: PAR's two A are no longer available
    assert ship(api, [("A", 1, 500)])["status"] == "needs_transfer"
    for store, part in (("PAR", parts[0]), ("VER", parts[1])):
        r = api.pickup(store, part["order_id"], "shipped", parcels=[SHIPPED_PARCEL])
        assert r["status"] == "accepted", r
        if store == "PAR":
            assert api.get(o["order_id"])["status"] == "split"  # one part still open
    parent = api.get(o["order_id"])
    assert parent["status"] == "shipped"
    assert [(p["status"], p["parcels"][0]["tracking"]) for p in parent["parts"]] == [
        ("shipped", "TRK-0001"),
        ("shipped", "TRK-0001"),
    ]
    assert [ln["shipped"] for ln in parent["lines"]] == ["2", "1"]
    assert "every part is final" in parent["history"][-1]["reason"]


def test_cancelling_a_split_order_cancels_its_open_parts(api):
    stores(api, par={"A": 2}, ver={"B": 3})
    o = ship(api, [("A", 2, 500), ("B", 1, 300)], allow_split=True)
    p1, p2 = o["parts"]
    assert api.pickup("PAR", p1["order_id"], "shipped", parcels=[SHIPPED_PARCEL])["status"] == "accepted"
    r = api.http.post(f"/v1/orders/{o['order_id']}/cancel", headers=api.h(api.channel_token), json={})
    assert r.status_code == 200, r.text
    got = r.json()
    assert [p["status"] for p in got["parts"]] == ["shipped", "cancelled"]
    assert got["status"] == "shipped"  # some part left: the parent is shipped, the rest cancelled
    assert [(ln["shipped"], ln["cancelled"]) for ln in got["lines"]] == [("2", "0"), ("0", "1")]
    assert got["total_minor"] == 1000
    assert [d["status"] for k, d in api.feed("VER") if k == "order_status"] == ["cancelled"]


def test_no_split_allowed_waits_for_a_transfer(api):
    stores(api, par={"A": 2}, ver={"B": 3})
    o = ship(api, [("A", 2, 500), ("B", 1, 300)])
    assert o["status"] == "needs_transfer" and o["store"] is None and o["parts"] == []
    reason = o["routing"][-1]["reason"]
    assert "no location has every line" in reason and "splitting is not allowed" in reason
    assert o["history"][-1]["reason"] == reason


def test_packed_and_shipped_with_parcels_end_the_reservation(api):
    stores(api, par={"A": 3})
    o = ship(api, [("A", 2, 500)])
    oid = o["order_id"]
    assert o["store"] == "PAR"
    assert api.pickup("PAR", oid, "accepted")["status"] == "accepted"
    assert api.pickup("PAR", oid, "picking", [{"line": 1, "picked": "2"}])["status"] == "accepted"
    r = api.pickup("PAR", oid, "packed", parcels=[PARCEL, {"number": 2, "weight_g": 300}])
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert got["status"] == "packed"
    assert [(p["number"], p["weight_g"], p["tracking"]) for p in got["parcels"]] == [(1, 1200, None), (2, 300, None)]
    # still reserved while packed: PAR has 1 left for others
    assert ship(api, [("A", 2, 100)])["status"] == "needs_transfer"
    parcels = [SHIPPED_PARCEL, {"number": 2, "weight_g": 300, "carrier": "manual", "tracking": "TRK-0002"}]
    at = "2026-03-14T12:00:00+00:00"
    assert api.pickup("PAR", oid, "shipped", parcels=parcels, at=at)["status"] == "accepted"
    got = api.get(oid)
    assert got["status"] == "shipped" and [ln["shipped"] for ln in got["lines"]] == ["2"]
    assert [(p["carrier"], p["tracking"]) for p in got["parcels"]] == [("manual", "TRK-0001"), ("manual", "TRK-0002")]
    assert got["parcels"][0]["shipped_at"] == "2026-03-14T12:00:00.000000+00:00"
    assert got["parcels"][0]["packed_at"] == "2026-03-14T10:00:00.000000+00:00"
    assert [h["to"] for h in got["history"]] == ["created", "routed", "accepted", "picking", "packed", "shipped"]
    # the customer is told once, with the tracking numbers
    told = api.admin.scalar("SELECT body FROM notifications WHERE order_id = :o AND kind = 'shipped'", o=oid)
    assert "TRK-0001" in told and "TRK-0002" in told
    # the station's "ship" movement: the ledger holds it now, counted once (no reservation left)
    move = {"id": uuid.uuid4().hex, "sku": "A", "quantity": "-2", "reason": "ship", "doc_ref": o["number"], "at": AT}
    ev = {"id": uuid.uuid4().hex, "kind": "stock_movements", "created_at": AT}
    ev["payload"] = {"store": "PAR", "station": "P1", "movements": [move]}
    assert api.events("PAR", "P1", ev)[0]["status"] == "accepted"
    assert api.admin.scalar("SELECT SUM(quantity_milli) FROM stock_movements WHERE store = 'PAR'") == 1000
    assert ship(api, [("A", 1, 100)])["store"] == "PAR"  # 3 - 2 shipped = 1, nothing reserved twice
    # shipped is final: nothing more from the store
    r = api.pickup("PAR", oid, "packed", parcels=[PARCEL])
    assert r["status"] == "accepted" and api.get(oid)["status"] == "shipped"  # late news, kept in the history
    assert "late packed" in api.get(oid)["history"][-1]["reason"]


@pytest.mark.parametrize(
    "status, kw, why",
    [
        ("packed", {}, "needs its parcels"),
        ("shipped", {"parcels": [PARCEL]}, "carrier and tracking"),
        ("shipped", {"parcels": [SHIPPED_PARCEL, SHIPPED_PARCEL]}, "appears twice"),
        ("picking", {"parcels": [PARCEL]}, "parcels come with status packed or shipped"),
        ("packed", {"parcels": [{"number": 1, "weight_g": 0}]}, "weight_g"),
        ("collected", {}, "a ship order cannot become collected"),
        ("ready", {}, "a ship order cannot become ready"),
    ],
)
def test_refused_ship_events(api, status, kw, why):
    stores(api, par={"A": 3})
    oid = ship(api, [("A", 1, 100)])["order_id"]
    r = api.pickup("PAR", oid, status, **kw)
    assert r["status"] == "rejected" and why in r["reason"], r
    assert api.get(oid)["status"] == "routed"


def test_a_pickup_order_cannot_be_packed_or_shipped(api):
    stores(api, par={"A": 3})
    oid = api.order("PAR", [("A", 1, 100)])["order_id"]
    for status, parcels in (("shipped", [SHIPPED_PARCEL]), ("packed", [PARCEL])):
        r = api.pickup("PAR", oid, status, parcels=parcels)
        assert r["status"] == "rejected" and f"a pickup order cannot become {status}" in r["reason"], r
    assert api.get(oid)["status"] == "routed"


def test_a_rejected_ship_line_reroutes_the_order(api):
    stores(api, par={"A": 3}, lyo={"A": 3})
    o = ship(api, [("A", 1, 100)])
    assert o["store"] == "PAR"
    r = api.pickup("PAR", o["order_id"], "rejected", [{"line": 1, "rejected": "1", "reason": "damaged"}])
    assert r["status"] == "accepted", r
    got = api.get(o["order_id"])
    assert (got["status"], got["store"]) == ("routed", "LYO")
    assert [x["action"] for x in got["routing"]] == ["route", "rejected", "route"]
    assert "re-routed from PAR" in got["history"][-1]["reason"]


def test_shipped_after_an_online_cancellation_is_kept_and_flagged(api):
    stores(api, par={"A": 3})
    oid = ship(api, [("A", 1, 100)])["order_id"]
    r = api.http.post(f"/v1/orders/{oid}/cancel", headers=api.h(api.channel_token), json={})
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    assert api.pickup("PAR", oid, "shipped", parcels=[SHIPPED_PARCEL])["status"] == "accepted"
    got = api.get(oid)
    assert got["status"] == "shipped" and got["conflict"].startswith("shipped_after_cancel")


@pytest.mark.parametrize(
    "change, why",
    [
        ({"pickup_store": "PAR"}, "a ship order has no pickup_store"),
        ({"currency": None}, "needs its currency"),
        ({"currency": "GBP"}, "no location of this hub sells in it"),
        ({"payment": "pay_at_pickup"}, "paid online"),
        ({"delivery": None}, "needs delivery"),
        ({"delivery": {**ADDRESS, "floor": "2"}}, "unknown field(s) floor"),
        ({"delivery": {**ADDRESS, "country": "France"}}, "ISO 3166"),
        ({"delivery": {**ADDRESS, "postcode": "75001!"}}, "delivery.postcode"),
        ({"delivery": {k: v for k, v in ADDRESS.items() if k != "lon"}}, "both lat and lon"),
        ({"delivery": {**ADDRESS, "lat": "91"}}, "between -90 and 90"),
        ({"delivery": {**ADDRESS, "city": " "}}, "delivery.city"),
        ({"allow_split": "yes"}, "allow_split must be true or false"),
        ({"fulfilment": "drone"}, "fulfilment must be one of pickup, ship"),
    ],
)
def test_bad_ship_bodies_are_refused(api, change, why):
    stores(api, par={"A": 3})
    body = {k: v for k, v in {**ship_body([("A", 1, 100)]), **change}.items() if v is not None}
    r = api.http.post("/v1/orders", headers=api.h(api.channel_token), json=body)
    assert r.status_code == 422 and why in r.json()["detail"], r.text
    assert api.admin.scalar("SELECT COUNT(*) FROM orders") == 0


def test_a_pickup_body_with_delivery_is_refused(api):
    stores(api, par={"A": 3})
    r = api.post_order("PAR", [("A", 1, 100)], delivery=ADDRESS)
    assert r.status_code == 422 and "for ship orders only" in r.json()["detail"]


def test_numbers_as_degrees_are_kept_as_decimal_text(api):
    stores(api, par={"A": 3})
    o = ship(api, [("A", 1, 100)], delivery={**ADDRESS, "lat": 48.8566, "lon": 10})
    assert (o["delivery"]["lat"], o["delivery"]["lon"]) == ("48.8566", "10")


# --------------------------------------------------------------------------- pure routing
def cand(code, cap=None, used=0, **on_hand):
    return routing.Candidate(
        code, Decimal("48.8"), Decimal("2.3"), {k: v * 1000 for k, v in on_hand.items()}, {}, 0, cap, used
    )


def test_plan_split_prefers_fewest_parts_and_shares_a_line():
    need = routing.Need({"A": 3000, "B": 1000}, None, allow_split=True)
    # X has A wholly and B: one location, no split needed
    assert routing.plan_split(need, [cand("X", A=3, B=1)]) is None
    parts = routing.plan_split(need, [cand("X", A=1), cand("Y", A=2, B=1), cand("Z", A=3)])
    assert parts == (("Y", {"A": 2000, "B": 1000}), ("X", {"A": 1000}))
    assert routing.plan_split(need, [cand("X", A=1), cand("Y", B=1)]) is None  # not enough A anywhere


def test_ship_rules_skip_a_full_location():
    need = routing.Need({"A": 1000}, None, origin=(Decimal("48.8"), Decimal("2.3")))
    d = routing.route(need, [cand("X", cap=2, used=2, A=5), cand("Y", cap=2, used=1, A=5)], routing.SHIP_RULES)
    assert (d.action, d.store) == ("route", "Y") and "X (2 a day)" in d.reason


def test_a_batch_counts_its_ship_orders_reservations(api):
    stores(api, par={"A": 2}, ver={"A": 5})
    body = {"orders": [ship_body([("A", 2, 100)]), order_body("PAR", [("A", 1, 100)])]}
    r = api.http.post("/v1/orders/batch", headers=api.h(api.channel_token), json=body)
    assert r.status_code == 200, r.text
    first, second = (x["order"] for x in r.json()["results"])
    assert (first["fulfilment"], first["store"]) == ("ship", "PAR")
    assert (second["fulfilment"], second["store"]) == ("pickup", "VER")  # PAR's two are reserved by the ship order


def test_h0014_keeps_the_orders_already_held(hub_db_url):
    from alembic import command
    from sqlalchemy import text

    from storedesk.hub import db

    engine = db.make_engine(hub_db_url)

    def upgrade(rev):
        cfg = db._alembic_config()
        with db.write_tx(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, rev)

    try:
        upgrade("h0013")
        oid = "a" * 32
        with db.write_tx(engine) as conn:
            conn.execute(
                text(
                    "INSERT INTO stores (code, name, currency, timezone, created_at) "
                    "VALUES ('PAR', 'Paris', 'EUR', 'Europe/Paris', :t)"
                ),
                {"t": AT},
            )
            conn.execute(
                text(
                    "INSERT INTO orders (id, no, number, channel, idempotency_key, request_sha256, pickup_store, "
                    "store, status, version, currency, payment, total_minor, paid_minor, customer_name, "
                    "customer_email, customer_phone, pickup_code, created_at, updated_at) VALUES (:i, 1, "
                    "'W000001', 'web', 'k', 'h', 'PAR', 'PAR', 'routed', 2, 'EUR', 'paid_online', 100, 100, "
                    "'Ana', 'ana@example.com', '', '004217', :t, :t)"
                ),
                {"i": oid, "t": AT},
            )
            conn.execute(
                text(
                    "INSERT INTO order_lines (order_id, line, sku, name, quantity_milli, unit_price_minor, "
                    "picked_milli, rejected_milli, collected_milli, cancelled_milli) "
                    "VALUES (:i, 1, 'A', 'A', 1000, 100, 0, 0, 0, 0)"
                ),
                {"i": oid},
            )
        upgrade("head")
        with engine.connect() as conn:
            got = conn.execute(text("SELECT number, no, pickup_store, fulfilment, allow_split FROM orders")).all()
            assert [tuple(r) for r in got] == [("W000001", 1, "PAR", "pickup", False)]
            assert conn.execute(text("SELECT COUNT(*) FROM order_lines WHERE order_id = :i"), {"i": oid}).scalar() == 1
    finally:
        engine.dispose()


def test_packed_again_replaces_the_parcels_before_shipping(api):
    """A weight typed wrong: the station re-packs (F11 on a packed order) and sends packed again."""
    stores(api, par={"A": 3})
    oid = ship(api, [("A", 2, 500)])["order_id"]
    assert api.pickup("PAR", oid, "packed", parcels=[PARCEL])["status"] == "accepted"
    again = [{"number": 1, "weight_g": 800}, {"number": 2, "weight_g": 450}]
    r = api.pickup("PAR", oid, "packed", parcels=again, at="2026-03-14T11:00:00+00:00")
    assert r["status"] == "accepted", r
    got = api.get(oid)
    assert got["status"] == "packed"
    assert [(p["number"], p["weight_g"]) for p in got["parcels"]] == [(1, 800), (2, 450)]
    assert [h["to"] for h in got["history"]][-2:] == ["packed", "packed"]
    assert "late" not in (got["history"][-1]["reason"] or "")
    shipped = [{**p, "carrier": "manual", "tracking": f"TRK-{p['number']}"} for p in again]
    assert api.pickup("PAR", oid, "shipped", parcels=shipped)["status"] == "accepted"
    assert [(p["weight_g"], p["tracking"]) for p in api.get(oid)["parcels"]] == [(800, "TRK-1"), (450, "TRK-2")]
