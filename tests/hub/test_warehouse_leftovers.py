"""Warehouses where stores were assumed (issue 17 leftovers), on SQLite and PostgreSQL: exports
and day totals list stores only; an ASN for a warehouse is refused; --ship-capacity at add-store
and add-warehouse; ship capacity counts the orders routed to a location now, not every decision
ever made for it; the station's "where else" marks warehouses; GET /v1/availability's `limit`
and its locations kept between calls (a change made by the CLI is seen on the next call)."""

from __future__ import annotations

import json

import pytest

from storedesk.hub.cli import main as hub_main
from storedesk.services.stock import where

from . import test_availability_api as availability_tests
from .test_availability_api import LILLE, avail, snapshot
from .test_orders_support import AT
from .test_ship_orders import ship, stores

DAY = AT[:10]


@pytest.fixture
def chain(api, capsys):
    """test_availability_api's chain: PAR, LYO and the warehouse WH1 (added by the CLI)."""
    return availability_tests.chain.__wrapped__(api, capsys)


def export(api, capsys, *extra: str) -> tuple[int, str, str]:
    code = hub_main(["export", *extra, "--date", DAY, "--format", "json", "--db", api.admin.db_url])
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- 1: exports, stores only
def test_day_totals_and_the_journal_leave_warehouses_out(chain, capsys):
    api = chain
    assert snapshot(api, lines={"A": "5"}).status_code == 200  # WH1's journal: one ERP snapshot that day
    code, out, _ = export(api, capsys, "day-totals")
    assert code == 0 and [t["store"] for t in json.loads(out)] == ["LYO", "PAR"]
    code, out, err = export(api, capsys, "day-totals", "--store", "WH1")
    assert code == 1 and out == ""
    assert "WH1 is a warehouse: it has no sales or tills, so no day totals" in err
    # the journal: stores only by default (the ERP sent WH1's posts itself); WH1's when named
    code, out, _ = export(api, capsys, "journal")
    assert code == 0 and all(r["store"] != "WH1" for r in json.loads(out))
    code, out, _ = export(api, capsys, "journal", "--store", "WH1")
    assert code == 0 and [(r["store"], r["station"], r["kind"]) for r in json.loads(out)] == [
        ("WH1", "ERP", "erp_stock_snapshot")
    ]
    assert export(api, capsys, "journal", "--store", "NOPE")[0] == 1
    r = api.http.get("/v1/stores/WH1/day-totals", headers=api.h(api.erp), params={"date": DAY})
    assert r.status_code == 422 and "WH1 is a warehouse" in r.json()["detail"], r.text
    assert api.http.get("/v1/stores/PAR/day-totals", headers=api.h(api.erp), params={"date": DAY}).status_code == 200


# --------------------------------------------------------------------------- 2: no ASN for a warehouse
def test_an_asn_for_a_warehouse_is_refused_and_points_to_movements(chain):
    api = chain
    notice = {"number": "ASN-1", "supplier": "Acme", "expected_at": AT, "lines": [{"sku": "A", "quantity": "3"}]}
    r = api.http.put("/v1/asns", headers=api.h(api.erp), json={"asns": [{**notice, "store": "WH1"}]})
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert "WH1 is a warehouse: no station receives its ASNs" in detail
    assert "POST /v1/stock/movements" in detail and "PUT /v1/stock/snapshots" in detail
    # all or nothing: a store's notice in the same request is not kept either
    both = [{**notice, "store": "PAR"}, {**notice, "store": "WH1"}]
    assert api.http.put("/v1/asns", headers=api.h(api.erp), json={"asns": both}).status_code == 422
    assert api.admin.scalar("SELECT COUNT(*) FROM asns") == 0
    ok = api.http.put("/v1/asns", headers=api.h(api.erp), json={"asns": [{**notice, "store": "PAR"}]})
    assert ok.status_code == 200 and ok.json()["created"] == 1


# --------------------------------------------------------------------------- 3: --ship-capacity
def test_add_store_and_add_warehouse_take_a_ship_capacity(admin, capsys):
    url = admin.db_url
    base = ["--timezone", "Europe/Paris", "--lat", "48.85", "--lon", "2.35", "--db", url]
    assert hub_main(["add-store", "PAR", "--name", "Paris", "--currency", "EUR", *base, "--ship-capacity", "3"]) == 0
    assert capsys.readouterr().out.strip() == "store PAR (Paris, EUR, Europe/Paris) added, ship capacity 3 orders a day"
    assert hub_main(["add-warehouse", "WH1", "--name", "DC", *base, "--ship-capacity", "0"]) == 0
    assert "added, ship capacity 0 orders a day" in capsys.readouterr().out
    assert hub_main(["add-warehouse", "WH2", "--name", "DC2", *base]) == 0
    assert capsys.readouterr().out.strip().endswith("2.35) added")
    held = dict(admin.rows("SELECT store, ship_capacity FROM pickup_stores ORDER BY store"))
    assert held == {"PAR": 3, "WH1": 0}
    # a bad capacity refuses the whole command: the location is not added
    assert hub_main(["add-warehouse", "WH3", "--name", "DC3", *base, "--ship-capacity", "-1"]) == 1
    assert "ship capacity '-1'" in capsys.readouterr().err
    assert admin.scalar("SELECT COUNT(*) FROM stores WHERE code = 'WH3'") == 0


# --------------------------------------------------------------------------- 4: capacity counts current routing
def test_an_order_rerouted_away_frees_the_first_locations_capacity(api):
    stores(api, par={"A": 9}, ver={"A": 9}, capacity={"PAR": 1})
    first = ship(api, [("A", 1, 100)])
    assert first["store"] == "PAR"
    r = api.pickup("PAR", first["order_id"], "rejected", [{"line": 1, "rejected": "1", "reason": "damaged"}])
    assert r["status"] == "accepted", r
    assert api.get(first["order_id"])["store"] == "VER"  # re-routed away from PAR
    second = ship(api, [("A", 1, 100)])
    assert second["store"] == "PAR", second["routing"][-1]["reason"]  # PAR's one place is free again
    third = ship(api, [("A", 1, 100)])
    assert third["store"] == "VER"
    assert "skipped, ship capacity reached today: PAR (1 a day)" in third["routing"][-1]["reason"]


# --------------------------------------------------------------------------- 1: the station's "where else"
def test_where_else_lists_stores_first_and_marks_warehouses(chain):
    api = chain
    api.stock("PAR", A=5)
    api.stock("LYO", A=2)
    assert snapshot(api, lines={"A": "7"}).status_code == 200
    r = api.http.get("/v1/stock", headers=api.h(api.station("PAR")), params={"sku": "A"})
    assert r.status_code == 200, r.text
    found = [(s.store, str(s.on_hand), s.this_store, s.warehouse) for s in where.listed(r.json(), "PAR")]
    assert found == [("PAR", "5", True, False), ("LYO", "2", False, False), ("WH1", "7", False, True)]


# --------------------------------------------------------------------------- 5: availability
def test_limit_keeps_the_nearest_locations_and_the_total(chain):
    api = chain
    api.stock("PAR", A=5)
    api.stock("LYO", A=3)
    assert snapshot(api, lines={"A": "10"}).status_code == 200
    body = avail(api, "A", near=",".join(LILLE), limit="2").json()
    sku = body["skus"][0]
    assert [x["location"] for x in sku["locations"]] == ["WH1", "PAR"]
    assert sku["available"] == "17"  # the total over every location, LYO's 3 included
    assert sorted(body["locations"]) == ["PAR", "WH1"]
    for bad in ("0", "1001", "two", "1.5", "-3", "２"):
        r = avail(api, "A", limit=bad)
        assert r.status_code == 422 and "limit" in r.json()["detail"], (bad, r.text)


def test_a_location_added_or_changed_by_the_cli_is_seen_on_the_next_call(chain, capsys):
    api = chain
    api.stock("PAR", A=5)
    before = avail(api, "A").json()  # the app now keeps the locations
    assert [x["location"] for x in before["skus"][0]["locations"]] == ["PAR"]
    url = api.admin.db_url
    args = ["--name", "Nice", "--currency", "EUR", "--timezone", "Europe/Paris", "--lat", "43.7", "--lon", "7.26"]
    assert hub_main(["add-store", "NIC", *args, "--db", url]) == 0
    api.stock("NIC", A=4)
    body = avail(api, "A").json()
    assert [x["location"] for x in body["skus"][0]["locations"]] == ["NIC", "PAR"]
    assert body["locations"]["NIC"] == {"name": "Nice", "kind": "store", "lat": "43.7", "lon": "7.26"}
    assert hub_main(["pickup-settings", "NIC", "--safety-stock", "3", "--db", url]) == 0
    nic = avail(api, "A").json()["skus"][0]["locations"][0]
    assert (nic["location"], nic["available"], nic["safety_stock"]) == ("NIC", "1", "3")
    assert hub_main(["pickup-settings", "NIC", "--lat", "50.6", "--lon", "3.0", "--db", url]) == 0
    near_lille = avail(api, "A", near=",".join(LILLE)).json()
    assert [x["location"] for x in near_lille["skus"][0]["locations"]] == ["NIC", "PAR"]
    assert float(near_lille["locations"]["NIC"]["distance_km"]) < 10
    capsys.readouterr()
