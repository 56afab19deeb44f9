"""Warehouses and GET /v1/availability on SQLite and PostgreSQL (issue 17): a warehouse added by the
CLI and stocked by the ERP (snapshots, movements), available to promise = on hand - reserved -
safety stock, distances and order with `near`, the fulfilment filter, strict parameters, who may
ask; and the on-hand balances always equal the ledger's sum."""

from __future__ import annotations

import random
import uuid

import pytest

from storedesk.hub import db
from storedesk.hub.availability.render import qty_text
from storedesk.hub.cli import main as hub_main
from storedesk.hub.stock import ledger
from storedesk.hub.values import milli_text

from .payloads import product
from .test_orders_support import AT

PARIS = ("48.8566", "2.3522")
LYON = ("45.7640", "4.8357")
LILLE = ("50.6292", "3.0573")


def _products(api, *skus: str) -> None:
    r = api.http.put("/v1/products", headers=api.h(api.erp), json={"products": [product(s) for s in skus]})
    assert r.status_code == 200, r.text


@pytest.fixture
def chain(api, capsys):
    """PAR (Paris, safety stock 1), LYO (Lyon) and the warehouse WH1 near Lille, added by the CLI."""
    api.erp = api.admin.erp()
    api.store("PAR", *PARIS, safety="1")
    api.store("LYO", *LYON)
    url = api.admin.db_url
    argv = ["add-warehouse", "WH1", "--name", "North DC", "--timezone", "Europe/Paris", "--db", url]
    assert hub_main([*argv, "--lat", LILLE[0], "--lon", LILLE[1]]) == 0
    assert "warehouse WH1 (North DC, Europe/Paris, 50.6292, 3.0573) added" in capsys.readouterr().out
    _products(api, "A", "B")
    return api


def snapshot(api, location="WH1", lines=None, complete=False, sid=None, token=None):
    body = {
        "snapshots": [
            {
                "id": sid or uuid.uuid4().hex,
                "location": location,
                "at": AT,
                "complete": complete,
                "lines": [{"sku": s, "quantity": q} for s, q in (lines or {}).items()],
            }
        ]
    }
    return api.http.put("/v1/stock/snapshots", headers=api.h(token or api.erp), json=body)


def avail(api, *skus, token=None, **params):
    query = [("sku", s) for s in skus] + list(params.items())
    return api.http.get("/v1/availability", headers=api.h(token or api.channel_token), params=query)


def wh_on_hand(api, sku):
    r = api.http.get("/v1/stock", headers=api.h(api.erp), params={"sku": sku})
    assert r.status_code == 200, r.text
    return {s["store"]: (s["kind"], s["on_hand"]) for s in r.json()["stores"]}


def test_a_warehouse_is_added_and_stocked_by_an_erp_snapshot(chain, capsys):
    api = chain
    assert api.admin.rows("SELECT code, kind, currency FROM stores ORDER BY code") == [
        ("LYO", "store", "EUR"),
        ("PAR", "store", "EUR"),
        ("WH1", "warehouse", "EUR"),
    ]
    first = uuid.uuid4().hex
    r = snapshot(api, lines={"A": "40", "B": "2.5"}, sid=first)
    assert r.status_code == 200, r.text
    assert r.json()["snapshots"] == [{"id": first, "location": "WH1", "status": "applied", "movements": 2}]
    assert wh_on_hand(api, "A")["WH1"] == ("warehouse", "40")
    # the same snapshot again changes nothing; the same id with other counts is refused
    assert snapshot(api, lines={"A": "40", "B": "2.5"}, sid=first).json()["applied"] == 0
    again = snapshot(api, lines={"A": "41"}, sid=first)
    assert again.status_code == 409 and "already received with other content" in again.json()["detail"]
    # a new count: one movement of the difference; complete=true brings unlisted B to zero
    r = snapshot(api, lines={"A": "37"}, complete=True)
    assert r.json()["snapshots"][0]["movements"] == 2
    assert wh_on_hand(api, "A")["WH1"] == ("warehouse", "37") and wh_on_hand(api, "B")["WH1"][1] == "0"
    assert api.admin.rows("SELECT quantity_milli, reason, station FROM stock_movements WHERE sku = 'A' ORDER BY at, id")
    moves = sorted(api.admin.rows("SELECT quantity_milli FROM stock_movements WHERE sku = 'A' AND store = 'WH1'"))
    assert moves == [(-3000,), (40000,)]
    # a store's stock is its stations': the ERP may not post it; nor may a channel post a snapshot
    refused = snapshot(api, location="PAR", lines={"A": "5"})
    assert refused.status_code == 422 and "PAR is a store" in refused.json()["detail"]
    assert snapshot(api, location="NOPE", lines={"A": "5"}).status_code == 422
    assert snapshot(api, lines={"A": "5"}, token=api.channel_token).status_code == 403
    bad = snapshot(api, lines={"A": "-1"})
    assert bad.status_code == 422 and wh_on_hand(api, "A")["WH1"][1] == "37"
    # a warehouse has no station
    capsys.readouterr()
    assert hub_main(["add-station", "--store", "WH1", "--station", "T1", "--db", api.admin.db_url]) == 1
    assert "WH1 is a warehouse: it has no stations" in capsys.readouterr().err
    assert api.admin.scalar("SELECT count(*) FROM tokens WHERE store = 'WH1'") == 0
    assert ledger_agrees(api)


def test_erp_movements_follow_the_ledger_rules(chain):
    api = chain
    ids = [uuid.uuid4().hex for _ in range(3)]
    moves = [
        {"id": ids[0], "sku": "A", "quantity": "12", "reason": "receiving", "doc_ref": "ASN-1", "at": AT},
        {"id": ids[1], "sku": "A", "quantity": "-2", "reason": "shipment", "doc_ref": "DO-7", "at": AT},
    ]
    post = lambda ms, token=None: api.http.post(  # noqa: E731
        "/v1/stock/movements", headers=api.h(token or api.erp), json={"location": "WH1", "movements": ms}
    )
    r = post(moves)
    assert r.status_code == 200 and r.json() == {"received": 2, "recorded": 2, "unchanged": 0}, r.text
    assert wh_on_hand(api, "A")["WH1"][1] == "10"
    more = [*moves, {"id": ids[2], "sku": "B", "quantity": "1.5", "reason": "receiving", "doc_ref": "", "at": AT}]
    assert post(more).json() == {"received": 3, "recorded": 1, "unchanged": 2}  # a set union, as for stations
    changed = [{**moves[0], "quantity": "13"}]
    r = post(changed)
    assert r.status_code == 409 and ids[0] in r.json()["detail"]
    assert post([{**moves[0], "id": uuid.uuid4().hex, "quantity": "0"}]).status_code == 422
    twice = post([moves[0], moves[0]])  # an id twice in one request
    assert twice.status_code == 422 and f"movements[2].id {ids[0]} appears twice" in twice.text
    assert post(moves, token=api.station("PAR")).status_code == 403
    assert wh_on_hand(api, "A")["WH1"][1] == "10" and wh_on_hand(api, "B")["WH1"][1] == "1.5"
    assert ledger_agrees(api)


def test_availability_subtracts_reservations_and_safety_stock(chain):
    api = chain
    api.stock("PAR", A=10, B=1)  # safety 1: B has nothing to promise at PAR
    api.stock("LYO", A=4)
    snapshot(api, lines={"A": "100", "B": "7"})
    order = api.order("PAR", [("A", 3, 500)])
    assert order["store"] == "PAR"
    r = avail(api, "A", "B")
    assert r.status_code == 200, r.text
    a, b = r.json()["skus"]
    assert a["sku"] == "A" and a["known_product"] is True
    assert a["locations"] == [
        {"location": "LYO", "available": "4", "on_hand": "4", "reserved": "0", "safety_stock": "0"},
        {"location": "PAR", "available": "6", "on_hand": "10", "reserved": "3", "safety_stock": "1"},
        {"location": "WH1", "available": "100", "on_hand": "100", "reserved": "0", "safety_stock": "0"},
    ]
    assert a["available"] == "110"
    assert [x["location"] for x in b["locations"]] == ["WH1"] and b["available"] == "7"
    assert r.json()["locations"]["WH1"] == {"name": "North DC", "kind": "warehouse", "lat": LILLE[0], "lon": LILLE[1]}
    # collected orders free their reservation
    assert api.pickup("PAR", order["order_id"], "collected")["status"] == "accepted"
    par = [x for x in avail(api, "A").json()["skus"][0]["locations"] if x["location"] == "PAR"]
    assert par and par[0]["reserved"] == "0"


def test_near_gives_distances_nearest_first(chain):
    api = chain
    api.stock("PAR", A=5)
    api.stock("LYO", A=5)
    snapshot(api, lines={"A": "5"})
    body = avail(api, "A", near=",".join(PARIS)).json()
    assert [x["location"] for x in body["skus"][0]["locations"]] == ["PAR", "WH1", "LYO"]
    km = {code: float(facts["distance_km"]) for code, facts in body["locations"].items()}
    assert km["PAR"] == 0.0 and 200 < km["WH1"] < 210 and 390 < km["LYO"] < 395
    assert body["near"] == {"lat": PARIS[0], "lon": PARIS[1]}
    from_lyon = avail(api, "A", near=" 45.7640, 4.8357").json()
    assert [x["location"] for x in from_lyon["skus"][0]["locations"]] == ["LYO", "PAR", "WH1"]
    assert "distance_km" not in avail(api, "A").json()["locations"]["PAR"]


def test_fulfilment_pickup_lists_stores_only(chain):
    api = chain
    api.stock("PAR", A=5)
    snapshot(api, lines={"A": "5"})
    where = lambda **kw: [x["location"] for x in avail(api, "A", **kw).json()["skus"][0]["locations"]]  # noqa: E731
    assert where(fulfilment="pickup") == ["PAR"]
    assert where(fulfilment="ship") == ["PAR", "WH1"] == where()
    assert avail(api, "A", fulfilment="ship").json()["fulfilment"] == "ship"


@pytest.mark.parametrize(
    "params, says",
    [
        ({"near": "48.8566"}, "give LAT,LON"),
        ({"near": "91,2"}, "latitude 91 is outside -90..90"),
        ({"near": "48.85,east"}, "longitude 'east' is not a decimal number"),
        ({"near": "1e3,2"}, "is not a decimal number"),
        ({"fulfilment": "deliver"}, "use pickup or ship"),
        ({"fulfillment": "ship"}, "unknown parameter fulfillment"),
    ],
)
def test_malformed_parameters_are_refused(chain, params, says):
    r = avail(chain, "A", **params)
    assert r.status_code == 422 and says in r.json()["detail"], r.text


def test_at_most_100_skus_and_unknown_skus_have_nothing(chain):
    api = chain
    snapshot(api, lines={"A": "3"})
    skus = [f"X{i:03d}" for i in range(100)]
    ok = avail(api, *skus[:99], "A")
    assert ok.status_code == 200
    body = ok.json()
    assert len(body["skus"]) == 100
    unknown = body["skus"][0]
    assert unknown == {"sku": "X000", "known_product": False, "available": "0", "locations": []}
    assert body["skus"][-1]["available"] == "3"
    r = avail(api, *skus, "A")
    assert r.status_code == 422 and "at most 100 SKUs per call, 101 were given" in r.json()["detail"]
    assert avail(api).status_code == 422
    assert avail(api, "A", "A").json()["skus"][0]["sku"] == "A" and len(avail(api, "A", "A").json()["skus"]) == 1
    assert avail(api, "x" * 65).status_code == 422


def test_who_may_ask(chain):
    api = chain
    snapshot(api, lines={"A": "3"})
    for token in (api.channel_token, api.erp, api.station("PAR")):
        r = avail(api, "A", token=token)
        assert r.status_code == 200 and r.json()["skus"][0]["available"] == "3"
    assert api.http.get("/v1/availability", params={"sku": "A"}).status_code == 401


def ledger_agrees(api) -> bool:
    with db.read_conn(api.admin.engine) as conn:
        drift = ledger.balance_drift(conn)
    assert drift == []
    return True


def test_balances_equal_the_ledger_after_a_mix_of_movements(chain):
    """Property-style: random station batches (with repeats of held movements and a clash that
    sends the batch down the one-by-one path), ERP movements and snapshots; after each round the
    balance of every (sku, location) is the ledger's sum and its count."""
    api = chain
    rng = random.Random(17)
    sent: list[dict] = []
    for _ in range(6):
        batch = []
        for _ in range(rng.randint(1, 4)):
            moves = [
                {
                    "id": uuid.uuid4().hex,
                    "sku": rng.choice("ABC"),
                    "quantity": str(rng.choice([-3, -1, 1, 2, 5]) * rng.choice([1, 0.5])),
                    "reason": "sale",
                    "doc_ref": "",
                    "at": AT,
                }
                for _ in range(rng.randint(1, 5))
            ]
            if sent and rng.random() < 0.5:
                moves.append(rng.choice(sent))  # already held: skipped
            if rng.random() < 0.2:
                moves.append({**moves[0], "id": moves[0]["id"]})  # twice in one event: rejected alone
            sent += moves
            batch.append(
                {
                    "id": uuid.uuid4().hex,
                    "kind": "stock_movements",
                    "created_at": AT,
                    "payload": {"store": "LYO", "station": "BO", "movements": moves},
                }
            )
        if rng.random() < 0.5:
            batch.append(dict(batch[0]))  # a repeat of an event in the same batch
        api.events("LYO", "BO", *batch)
        erp = [
            {"id": uuid.uuid4().hex, "sku": rng.choice("AB"), "quantity": str(rng.randint(-5, 9) or 1)}
            | {"reason": "receiving", "doc_ref": "", "at": AT}
            for _ in range(rng.randint(1, 4))
        ]
        headers = api.h(api.erp)
        assert (
            api.http.post(
                "/v1/stock/movements", headers=headers, json={"location": "WH1", "movements": erp}
            ).status_code
            == 200
        )
        snapshot(api, lines={"A": str(rng.randint(0, 50))}, complete=rng.random() < 0.3)
        assert ledger_agrees(api)
    held = api.admin.scalar("SELECT count(*) FROM stock_balances")
    assert held >= 4  # A, B, C at LYO and something at WH1


def test_quantity_text_matches_the_wire_form():
    for milli in [0, 1, -1, 10, 250, -250, 999, 1000, -1000, 1500, 123456789, -7, 2_000_000]:
        assert qty_text(milli) == milli_text(milli)


def test_h0013_fills_the_balances_from_the_ledger(hub_db_url):
    """A database at h0012 with stock: after the upgrade every store is a store, and the balances
    are the ledger's sums and counts."""
    from alembic import command
    from sqlalchemy import text

    engine = db.make_engine(hub_db_url)
    try:
        cfg = db._alembic_config()
        with db.write_tx(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "h0012")
        with db.write_tx(engine) as conn:
            run = lambda sql, **kw: conn.execute(text(sql), kw)  # noqa: E731
            for code in ("S1", "S2"):
                run(f"INSERT INTO stores VALUES ('{code}', '{code}', 'EUR', 'Europe/Paris', NULL, NULL, '{AT}')")
                run(
                    "INSERT INTO events (id, kind, store, station, payload, payload_sha256, status, reason, "
                    f"received_at) VALUES ('e{code}', 'stock_movements', '{code}', 'T1', '{{}}', 'h', 'accepted', "
                    f"'', '{AT}')"
                )
            for i, (store, sku, q) in enumerate(
                [("S1", "A", 5000), ("S1", "A", -1500), ("S2", "A", 2), ("S1", "B", 7)]
            ):
                run(
                    "INSERT INTO stock_movements VALUES (:id, :ev, :store, 'T1', :sku, :q, 'sale', '', :at)",
                    id=f"m{i}",
                    ev=f"e{store}",
                    store=store,
                    sku=sku,
                    q=q,
                    at=AT,
                )
        db.migrate(engine)
        with db.read_conn(engine) as conn:
            assert ledger.balance_drift(conn) == []
            rows = conn.execute(text("SELECT sku, store, on_hand_milli, movements FROM stock_balances ORDER BY 1, 2"))
            assert [tuple(r) for r in rows] == [("A", "S1", 3500, 2), ("A", "S2", 2, 1), ("B", "S1", 7, 1)]
            assert [r[0] for r in conn.execute(text("SELECT DISTINCT kind FROM stores"))] == ["store"]
    finally:
        engine.dispose()
