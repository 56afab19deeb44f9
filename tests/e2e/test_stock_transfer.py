"""Real processes: a hub (uvicorn) and stations of two stores on their own SQLite files.

A transfer from Paris to Lyon goes out with its transfer-out movement, reaches Lyon through
the hub's feed, is received there by scanning with Lyon's own transfer-in movement; the hub's
stock view shows both; the two Paris stations converge; an ASN received on one Paris
station is closed on the other; "where else" answers online and says so offline.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from tests.conftest import copy_station_files
from tests.helpers.stations import on_hand, query, synced

from storedesk.adapters.db import open_database
from storedesk.adapters.uow import UnitOfWork
from storedesk.services import auth, sync
from storedesk.services.context import config
from storedesk.services.stock import adjust, receiving, transfer, where

from .conftest import hub_cli


class StoreStation:
    """A demo station of another store, registered at the hub."""

    def __init__(self, data_dir, hub, store, station, template):
        self.data_dir = data_dir
        copy_station_files(template, data_dir)  # what setup.init_demo makes for these codes
        self.db = open_database(data_dir)
        self.uow = UnitOfWork(self.db)
        token = hub_cli(hub.db_url, "add-station", "--store", store, "--station", station)
        sync.register(self.uow, hub.url, token)

    def close(self):
        self.uow.close()
        self.db.dispose()


@pytest.fixture
def lyon(hub, tmp_path, demo_templates):
    hub_cli(hub.db_url, "add-store", "LYO01", "--name", "Demo Lyon", "--currency", "EUR", "--timezone", "Europe/Paris")
    st = StoreStation(tmp_path / "station-lyon", hub, "LYO01", "L1", demo_templates("LYO01", "L1"))
    yield st
    st.close()


def test_transfer_between_two_stores_through_a_real_hub(hub, make_station, lyon):
    par = make_station(hub, "T1")
    par2 = make_station(hub, "T2")
    mx = auth.login(par.uow, "max", "9876")
    with par.uow.read() as tx:
        p = tx.catalog.by_id(7)
        code = tx.catalog.first_barcode(7)
    par_before, lyon_before = on_hand(par, 7), on_hand(lyon, 7)

    out = transfer.transfer_out(par.uow, mx, "LYO01", [(code, "3")], note="weekend promo")
    assert on_hand(par, 7) == par_before - 3000
    synced(par)
    assert query(par, "SELECT kind, status FROM outbox WHERE kind IN ('transfer', 'stock_movements')") == [
        ("stock_movements", "sent"),
        ("transfer", "sent"),
    ]

    # Lyon pulls the transfer: an expected delivery, received by scanning (one short)
    synced(lyon)
    [d] = receiving.deliveries(lyon.uow)
    assert (d.id, d.source, d.reference, d.expected) == (out.transfer_id, "transfer", out.doc_no, D(3))
    assert on_hand(lyon, 7) == lyon_before  # nothing moves before it is received
    ana = auth.login(lyon.uow, "ana", "1234")
    for _ in range(2):
        receiving.receive_scan(lyon.uow, ana, d.id, code)
    rec = receiving.post_receiving(lyon.uow, ana, d.id)
    assert rec.summary["short"] == 1
    assert on_hand(lyon, 7) == lyon_before + 2000
    assert query(lyon, "SELECT reason, quantity_milli FROM stock_movements WHERE doc_ref = ?", (rec.doc_no,)) == [
        ("transfer_in", 2000)
    ]
    synced(lyon)

    # the hub's stock view: movements sent by both stores (opening stock is local to each)
    view = {s["store"]: s["on_hand"] for s in hub.get("/v1/stock", sku=p.sku)["stores"]}
    assert view == {"PAR01": "-3", "LYO01": "2"}
    [tr] = hub.get("/v1/transfers", store="LYO01")["transfers"]
    assert (tr["status"], tr["received_station"]) == ("received", "L1")

    # "where else" from a Paris station, online
    cfg = where.hub_settings(par.uow)
    found = where.where_else(cfg, p.sku, "PAR01")
    assert [(s.store, s.on_hand, s.this_store) for s in found] == [("PAR01", D(-3), True), ("LYO01", D(2), False)]

    # the second Paris station converges with the first through the hub
    sam = auth.login(par2.uow, "sam", "5555")
    adjust.adjust(par2.uow, sam, code, "1", "damaged")
    synced(par2)
    synced(par)
    synced(par2)
    assert on_hand(par, 7) == on_hand(par2, 7) == par_before - 3000 - 1000
    ids = lambda st: set(query(st, "SELECT id FROM stock_movements WHERE product_id = 7 AND reason <> 'opening'"))  # noqa: E731
    assert ids(par) == ids(par2) and len(ids(par)) == 2  # the demo opening stock is local to each station


def test_asn_received_on_one_station_is_closed_on_the_other(hub, make_station):
    par = make_station(hub, "T1")
    par2 = make_station(hub, "T2")
    with par.uow.read() as tx:
        p1, p2 = tx.catalog.by_id(11), tx.catalog.by_id(12)
    import requests

    r = requests.put(
        f"{hub.url}/v1/asns",
        headers={"Authorization": f"Bearer {hub.erp_token}"},
        timeout=10,
        json={
            "asns": [
                {
                    "store": "PAR01",
                    "number": "ASN-100",
                    "supplier": "Acme",
                    "lines": [{"sku": p1.sku, "quantity": "6"}, {"sku": p2.sku, "quantity": "2"}],
                }
            ]
        },
    )
    assert r.status_code == 200, r.text
    synced(par)
    synced(par2)
    [d1], [d2] = receiving.deliveries(par.uow), receiving.deliveries(par2.uow)
    assert d1.id == d2.id and (d1.source, d1.reference, d1.expected) == ("asn", "ASN-100", D(8))
    before = on_hand(par, 11)
    ana = auth.login(par.uow, "ana", "1234")
    receiving.receive_scan(par.uow, ana, d1.id, p1.sku, "7")
    receiving.post_receiving(par.uow, ana, d1.id)
    synced(par)
    synced(par2)
    assert receiving.deliveries(par2.uow) == []
    assert receiving.delivery(par2.uow, d1.id).status == "closed_elsewhere"
    assert on_hand(par2, 11) == on_hand(par, 11) == before + 7000
    assert hub.get("/v1/asns", store="PAR01")["asns"][0]["status"] == "received"


def test_where_else_offline_says_so(hub_down, make_station):
    par = make_station(hub_down, "T1")
    cfg = where.hub_settings(par.uow)
    with pytest.raises(where.WhereElseError, match="Offline"):
        where.where_else(cfg, "SKU0000001", config(par.uow).store_code, timeout=1)
