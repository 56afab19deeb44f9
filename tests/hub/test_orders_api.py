"""POST/GET /v1/orders and cancellation on SQLite and PostgreSQL: routing from the ledger with
reservations and safety stock, needs transfer, idempotency keys, 422 messages, who may read,
feed items; and one run over real HTTP against a `storedesk-hub serve` process."""

from __future__ import annotations

import pytest

from .conftest import Client
from .test_orders_support import order_body

LINES = [("SKU-A", 2, 1250), ("SKU-B", 1, 399)]


def setup_three(api):
    api.store("PAR", "48.8566", "2.3522")
    api.store("VER", "48.8049", "2.1204")
    api.store("LYO", "45.7640", "4.8357")


def test_chosen_store_when_it_has_stock_then_nearest_then_transfer(api):
    setup_three(api)
    api.stock("PAR", **{"SKU-A": 2, "SKU-B": 1})
    api.stock("VER", **{"SKU-A": 2, "SKU-B": 5})
    api.stock("LYO", **{"SKU-A": 9, "SKU-B": 9})
    first = api.order("PAR", LINES)
    assert (first["status"], first["store"], first["pickup_store"]) == ("routed", "PAR", "PAR")
    assert first["number"] == "W000001" and len(first["order_id"]) == 32 and len(first["pickup_code"]) == 6
    assert first["total_minor"] == 2899 and first["paid_minor"] == 2899 and first["currency"] == "EUR"
    assert first["routing"][0]["rule"] == "chosen store"
    # PAR's stock is now reserved by the first order: the nearest store that can (VER, not LYO)
    second = api.order("PAR", LINES)
    assert second["store"] == "VER" and second["number"] == "W000002"
    assert (
        "the chosen store PAR lacks SKU-A 0 available of 2 (on hand 2, reserved 2, safety 0)"
        in second["routing"][0]["reason"]
    )
    assert "VER is the nearest store that has every line, 17.9 km away" in second["routing"][0]["reason"]
    third = api.order("PAR", LINES)
    assert third["store"] == "LYO"
    fourth = api.order("PAR", [("SKU-A", 20, 100)])
    assert (fourth["status"], fourth["store"]) == ("needs_transfer", None)
    assert "no other store has every line" in fourth["routing"][0]["reason"]
    assert [h["to"] for h in fourth["history"]] == ["created", "needs_transfer"]
    assert fourth["history"][0]["by"] == "channel webshop" and fourth["history"][1]["by"] == "hub"
    # the routed orders are feed items of their stores only
    par = api.feed("PAR")
    assert [(k, d["number"]) for k, d in par] == [("order", "W000001")]
    data = par[0][1]
    assert data["lines"] == [
        {"line": 1, "sku": "SKU-A", "name": "SKU-A", "quantity": "2", "ordered": "2", "unit_price_minor": 1250},
        {"line": 2, "sku": "SKU-B", "name": "SKU-B", "quantity": "1", "ordered": "1", "unit_price_minor": 399},
    ]
    assert data["customer"] == {"name": "Ana Silva", "email": "ana@example.com", "phone": "+33 6 12 34 56 78"}
    assert (data["status"], data["version"], data["payment"], data["store"]) == ("routed", 2, "paid_online", "PAR")
    assert [d["number"] for _, d in api.feed("VER")] == ["W000002"]


def test_safety_stock_and_collected_orders_free_the_reservation(api):
    api.store("PAR", "48.8566", "2.3522", safety="1")
    api.stock("PAR", **{"SKU-A": 3})
    o = api.order("PAR", [("SKU-A", 2, 100)])
    assert o["store"] == "PAR"
    assert api.order("PAR", [("SKU-A", 1, 100)])["status"] == "needs_transfer"  # 3 - 2 reserved - 1 safety
    assert api.pickup("PAR", o["order_id"], "collected")["status"] == "accepted"
    # collected: no longer reserved; the hub's on-hand falls when the station's sale movements arrive
    assert api.order("PAR", [("SKU-A", 2, 100)])["store"] == "PAR"


def test_idempotency_key_per_channel(api):
    api.store("PAR", "48.8566", "2.3522")
    api.stock("PAR", **{"SKU-A": 5})
    first = api.post_order("PAR", [("SKU-A", 1, 100)], key="web-1")
    assert first.status_code == 201 and first.headers["location"] == f"/v1/orders/{first.json()['order_id']}"
    again = api.post_order("PAR", [("SKU-A", 1, 100)], key="web-1")
    assert again.status_code == 200 and again.json()["order_id"] == first.json()["order_id"]
    other = api.post_order("PAR", [("SKU-A", 2, 100)], key="web-1")
    assert other.status_code == 409 and "already used for another order (W000001" in other.json()["detail"]
    # the header works too, and another channel's key space is its own
    by_header = api.http.post(
        "/v1/orders",
        headers={**api.h(api.channel_token), "Idempotency-Key": "web-2"},
        json={
            "pickup_store": "PAR",
            "payment": "pay_at_pickup",
            "customer": {"name": "Bo", "phone": "0612345678"},
            "lines": [{"sku": "SKU-A", "quantity": "1", "unit_price_minor": 100}],
        },
    )
    assert by_header.status_code == 201 and by_header.json()["paid_minor"] == 0
    shop2 = api.admin.channel("marketplace")
    assert api.post_order("PAR", [("SKU-A", 2, 100)], key="web-1", token=shop2).status_code == 201
    assert api.admin.scalar("SELECT count(*) FROM orders") == 3


@pytest.mark.parametrize(
    "change,says",
    [
        (lambda b: b.pop("lines"), "lines must be a non-empty list"),
        (lambda b: b["lines"][0].update(quantity=1.5), "lines[1].quantity: 1.5 is not a decimal string"),
        (lambda b: b["lines"][0].update(quantity="0.0001"), "more than 3 decimals"),
        (lambda b: b["lines"][0].update(quantity="0"), "lines[1].quantity must be more than zero"),
        (lambda b: b["lines"][0].update(unit_price_minor=12.5), "unit_price_minor must be a whole number"),
        (lambda b: b.update(payment="cash"), "payment must be one of paid_online, pay_at_pickup"),
        (lambda b: b.update(pickup_store="NOPE"), "pickup_store 'NOPE' is not a store of this hub"),
        (lambda b: b.update(currency="USD"), "currency USD is not the currency of store PAR (EUR)"),
        (lambda b: b["customer"].update(email="", phone=""), "customer needs an email or a phone"),
        (lambda b: b["customer"].update(email="not-an-email"), "is not an email address"),
        (lambda b: b.update(idempotency_key=""), "idempotency_key is required"),
        (lambda b: b.update(colour="red"), "unknown field(s): colour"),
    ],
)
def test_bad_orders_get_a_clear_422_and_change_nothing(api, change, says):
    api.store("PAR", "48.8566", "2.3522")
    body = order_body("PAR", [("SKU-A", 1, 100)], key="k", customer={"name": "Ana", "email": "ana@example.com"})
    change(body)
    r = api.http.post("/v1/orders", headers=api.h(api.channel_token), json=body)
    assert r.status_code == 422 and says in r.json()["detail"], r.text
    assert api.admin.scalar("SELECT count(*) FROM orders") == 0


def test_who_may_read_an_order(api):
    setup_three(api)
    api.stock("VER", **{"SKU-A": 5})
    o = api.order("PAR", [("SKU-A", 1, 100)])
    assert o["store"] == "VER"
    oid = o["order_id"]
    assert api.http.get(f"/v1/orders/{oid}").status_code == 401
    assert api.http.get(f"/v1/orders/{oid}", headers=api.h("nonsense")).status_code == 401
    assert api.get(oid)["number"] == o["number"]  # the channel that placed it
    assert api.get(o["number"], token=api.station("VER"))["order_id"] == oid  # its store, by number
    assert api.get(oid, token=api.admin.erp())["status"] == "routed"
    for token in (api.station("PAR"), api.admin.channel("other-shop")):  # the chosen store is not the routed one
        r = api.http.get(f"/v1/orders/{oid}", headers=api.h(token))
        assert r.status_code == 403 and "may not read order" in r.json()["detail"]
    assert api.http.get("/v1/orders/" + "0" * 32, headers=api.h(api.channel_token)).status_code == 404
    assert api.http.get("/v1/orders/W999999", headers=api.h(api.channel_token)).status_code == 404
    # stations and the ERP cannot place orders
    r = api.post_order("VER", [("SKU-A", 1, 100)], token=api.station("VER"))
    assert r.status_code == 403 and "channel token" in r.json()["detail"]


def test_customer_cancels_online(api):
    api.store("PAR", "48.8566", "2.3522")
    api.stock("PAR", **{"SKU-A": 1})
    o = api.order("PAR", [("SKU-A", 1, 100)])
    assert api.pickup("PAR", o["order_id"], "accepted")["status"] == "accepted"
    r = api.http.post(
        f"/v1/orders/{o['order_id']}/cancel", headers=api.h(api.channel_token), json={"reason": "changed my mind"}
    )
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    assert r.json()["lines"][0]["cancelled"] == "1" and r.json()["total_minor"] == 0
    status = [d for k, d in api.feed("PAR", "P2") if k == "order_status"][-1]
    assert (status["status"], status["by"], status["reason"]) == ("cancelled", "channel webshop", "changed my mind")
    assert status["version"] == r.json()["version"]
    # cancelled frees the stock; cancelling again is refused
    assert api.order("PAR", [("SKU-A", 1, 100)])["store"] == "PAR"
    again = api.http.post(f"/v1/orders/{o['order_id']}/cancel", headers=api.h(api.channel_token), json={})
    assert again.status_code == 409 and "cannot become cancelled" in again.json()["detail"]
    other = api.http.post(f"/v1/orders/{o['order_id']}/cancel", headers=api.h(api.admin.channel("x")), json={})
    assert other.status_code == 403


def test_batch_of_orders_one_transaction(api):
    api.store("PAR", "48.8566", "2.3522")
    api.stock("PAR", **{"SKU-A": 2})
    good = order_body("PAR", [("SKU-A", 1, 100)], key="b1", customer={"name": "Ana", "email": "ana@example.com"})
    r = api.http.post(
        "/v1/orders/batch",
        headers=api.h(api.channel_token),
        json={
            "orders": [
                good,
                {**good, "idempotency_key": "b2"},
                {**good, "payment": "x"},
                good,
                {**good, "idempotency_key": "b3"},
            ]
        },
    )
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert [x["status"] for x in res] == [201, 201, 422, 200, 201]
    assert res[0]["order"]["order_id"] == res[3]["order"]["order_id"]
    assert "orders[3]: payment must be one of" in res[2]["detail"]
    assert [x["order"]["status"] for x in res if "order" in x] == ["routed", "routed", "routed", "needs_transfer"]


def test_over_real_http(admin, hub):
    """A `storedesk-hub serve` process: a channel posts, the store's station reads it in its feed."""
    admin.store("PAR", lat="48.8566", lon="2.3522")
    web = Client(hub.url, admin.channel("webshop"))
    station = Client(hub.url, admin.station("PAR", "P1"))
    r = web.post(
        "/v1/orders",
        json={
            "idempotency_key": "http-1",
            "pickup_store": "PAR",
            "payment": "pay_at_pickup",
            "customer": {"name": "Ana", "email": "ana@example.com"},
            "lines": [{"sku": "SKU-A", "quantity": "1", "unit_price_minor": 100}],
        },
    )
    assert r.status_code == 201 and r.json()["status"] == "needs_transfer"  # no stock anywhere
    assert web.post("/v1/orders", json={"idempotency_key": "http-1"}).status_code == 422
    assert station.get(f"/v1/orders/{r.json()['order_id']}").status_code == 403  # not routed to PAR
    assert station.feed()["items"] == []
    assert hub.alive()


def test_a_batch_routes_exactly_like_one_order_at_a_time(tmp_path):
    """create_many reads stores, ledger sums and reservations once per batch: same decisions as
    create (one transaction per order), order by order, on two identical hubs."""
    import random
    import uuid as _uuid

    from storedesk.hub import db, ingest
    from storedesk.hub.admin import add_store
    from storedesk.hub.orders import service

    rng = random.Random(7)
    stores = [(f"S{i}", f"{48.5 + rng.random():.4f}", f"{2 + rng.random():.4f}") for i in range(8)]
    stock = {code: {f"K{k}": rng.randint(0, 4) for k in range(6)} for code, _, _ in stores}
    bodies = [
        {
            "idempotency_key": f"k{i}",
            "pickup_store": rng.choice(stores)[0],
            "payment": "paid_online",
            "customer": {"name": "C", "email": "c@example.com"},
            "lines": [
                {"sku": f"K{rng.randrange(6)}", "quantity": str(rng.randint(1, 3)), "unit_price_minor": 10}
                for _ in range(rng.randint(1, 3))
            ],
        }
        for i in range(60)
    ]
    decisions = []
    for name, batched in (("one", False), ("batch", True)):
        engine = db.open_hub(f"sqlite:///{tmp_path / name}.db")
        with db.write_tx(engine) as conn:
            for code, lat, lon in stores:
                add_store(conn, code, code, "EUR", "Europe/Paris", lat, lon)
        for code, skus in stock.items():
            moves = [
                {
                    "id": _uuid.uuid4().hex,
                    "sku": s,
                    "quantity": str(q),
                    "reason": "receiving",
                    "doc_ref": "",
                    "at": "2026-03-14T10:00:00+00:00",
                }
                for s, q in skus.items()
                if q
            ]
            ingest.ingest(
                engine,
                code,
                "BO",
                [
                    ingest.EventIn(
                        _uuid.uuid4().hex, "stock_movements", {"store": code, "station": "BO", "movements": moves}
                    )
                ],
            )
        if batched:
            results = service.create_many(engine, "web", bodies[:25]) + service.create_many(engine, "web", bodies[25:])
        else:
            results = [service.create(engine, "web", b) for b in bodies]
        decisions.append([(v["number"], v["status"], v["store"], v["routing"][0]["reason"]) for _, v in results])
        engine.dispose()
    assert decisions[0] == decisions[1]
    assert {d[1] for d in decisions[0]} == {"routed", "needs_transfer"}
