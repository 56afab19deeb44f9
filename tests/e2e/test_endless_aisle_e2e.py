"""The endless aisle end to end with real processes (issue 17's evidence): a hub (`storedesk-hub
serve`) on 127.0.0.1 with stores PAR01 and VER01 and a warehouse WH1 stocked by the ERP, and the
two stores' stations on their own SQLite files syncing with it over HTTP.

    PAR01's till (T1) sells its customer, in one cash sale: 1 x product 3, which no store has and
        the warehouse does, delivered home; 1 x product 2, collected at VER01 (3 on its shelf)
    hub: two orders of the channel store:PAR01, paid in store: the delivery routed to WH1, the
        pickup to VER01; the sale at PAR01 counted once
    VER01's desk (V1): the order arrives, is accepted, picked by scanning, ready, handed over
        with the pickup code; nothing to pay. The hub: collected; VER01's stock down once.
    the ERP (WH1 has no station): the delivery packed, then shipped with its tracking
        (POST /v1/orders/{id}/shipment); the hub writes WH1's "ship" movement itself, once.
"""

from __future__ import annotations

import uuid
from decimal import Decimal as D

import requests
from tests.helpers.stations import query

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.aisle import PICKUP, SHIP, LineOrder
from storedesk.domain.tenders import Tender
from storedesk.services import aisle, basket
from storedesk.services.pickup import handover, picking, queues

from . import test_ship_from_store_e2e as ship_e2e
from .conftest import hub_cli
from .test_ship_from_store_e2e import SKUS, Chain, hub_ledger, hub_on_hand, synced

chain = ship_e2e.chain  # the fixture: the hub with PAR01 and VER01, a station of each, stock synced

ZOE = {"name": "Zoé Martin", "phone": "+33 6 98 76 54 32", "email": "zoe.martin@example.com"}
HOME = {"line1": "8 rue Oberkampf", "postcode": "75011", "city": "Paris", "country": "FR"}
SKU3 = "SKU0000003"


def warehouse_with(chain: Chain, quantity: str) -> None:
    """WH1 (north of Paris), the hub knowing product 3, and the ERP's count of it there."""
    hub = chain.hub
    hub_cli(
        hub.db_url,
        *("add-warehouse", "WH1", "--name", "Entrepôt Nord", "--timezone", "Europe/Paris"),
        *("--lat", "49.0097", "--lon", "2.5479"),
    )
    ship_e2e.chain_catalog(chain, {3: SKU3})
    snapshot = {"id": uuid.uuid4().hex, "location": "WH1", "at": "2026-12-01T06:00:00+00:00"}
    r = requests.put(
        f"{hub.url}/v1/stock/snapshots",
        json={"snapshots": [snapshot | {"lines": [{"sku": SKU3, "quantity": quantity}]}]},
        headers={"Authorization": f"Bearer {hub.erp_token}"},
        timeout=10,
    )
    assert r.status_code == 200, r.text


def hub_order(chain: Chain, order_id: str) -> dict:
    return chain.hub.get(f"/v1/orders/{order_id}")


def test_a_till_sells_one_line_from_the_warehouse_and_one_collected_at_another_store(chain):
    warehouse_with(chain, "7")
    till, desk = chain.par, chain.ver
    offer = aisle.offer(till.uow, SKU3)
    assert offer.ship >= 1 and offer.pickup_at("PAR01") == 0 and offer.pickup_at("VER01") == 0
    assert aisle.offer(till.uow, SKUS[2]).pickup_at("VER01") == 3

    view = basket.current(till.uow, till.ana)
    view = aisle.add_order_line(
        till.uow, till.ana, view.basket_id, gtin_for(3), D(1), LineOrder(SHIP, dict(ZOE), delivery=dict(HOME))
    )
    view = aisle.add_order_line(
        till.uow, till.ana, view.basket_id, SKUS[2], D(1), LineOrder(PICKUP, dict(ZOE), pickup_store="VER01")
    )
    sold = aisle.complete(till.uow, till.ana, view.basket_id, [Tender("cash", view.totals.total)])
    rows = query(
        till,
        "SELECT l.sku, o.order_id, o.number FROM sale_line_orders o JOIN sale_lines l USING (sale_id, line_no) "
        "WHERE o.sale_id = ? ORDER BY l.line_no",
        (sold.sale_id,),
    )
    (_, home_id, home_no), (_, here_id, here_no) = rows
    assert [r[0] for r in rows] == [SKU3, SKUS[2]]
    synced(till)  # the sale reaches the hub once

    home = hub_order(chain, home_id)
    assert (home["number"], home["fulfilment"], home["store"], home["status"]) == (home_no, "ship", "WH1", "routed")
    assert (home["channel"], home["payment"]) == ("store:PAR01", "paid_in_store")
    assert "WH1 is the nearest location with every line" in home["routing"][-1]["reason"]
    [promised] = ship_e2e.web(chain, "GET", "/v1/availability", sku=SKU3, fulfilment="ship")["skus"]
    assert [(x["location"], x["available"], x["reserved"]) for x in promised["locations"]] == [("WH1", "6", "1")]
    at_ver = hub_order(chain, here_id)
    assert (at_ver["number"], at_ver["fulfilment"], at_ver["store"]) == (here_no, "pickup", "VER01")
    assert (at_ver["channel"], at_ver["payment"]) == ("store:PAR01", "paid_in_store")
    sales = query(till, "SELECT count(*) FROM outbox WHERE kind = 'sale' AND status = 'sent'")
    assert sales == [(1,)]
    # the till moved no stock for the ordered lines: what leaves, leaves where the order is fulfilled
    assert query(till, "SELECT count(*) FROM stock_movements WHERE doc_ref = ?", (sold.receipt_no,)) == [(0,)]

    # VER01's desk: the order arrives, is picked and handed over; nothing is left to pay
    synced(desk)
    assert [r.number for r in queues.queue(desk.uow, "new")] == [here_no]
    picking.accept(desk.uow, desk.ana, here_id)
    picking.pick(desk.uow, desk.ana, here_id, gtin_for(2))
    picking.mark_ready(desk.uow, desk.ana, here_id)
    assert handover.handover_total(desk.uow, here_id) == 0
    code = query(desk, "SELECT pickup_code FROM pickup_orders WHERE id = ?", (here_id,))[0][0]
    assert handover.hand_over(desk.uow, desk.ana, here_id, code=code).status == "collected"
    synced(desk)
    assert hub_order(chain, here_id)["status"] == "collected"
    on_hand = hub_on_hand(chain)
    assert (on_hand["VER01", SKUS[2]], on_hand["PAR01", SKUS[2]]) == (2, 0)  # left VER01 once, not PAR01
    synced(desk)
    synced(till)
    assert hub_on_hand(chain) == on_hand
    moves = query(desk, "SELECT product_id, quantity_milli, reason FROM stock_movements WHERE doc_ref = ?", (here_no,))
    assert moves == [(2, -1000, "pickup")]

    # WH1 has no station: the ERP reports the delivery packed, then shipped; WH1's stock leaves once
    erp = {"Authorization": f"Bearer {chain.hub.erp_token}"}
    url = f"{chain.hub.url}/v1/orders/{home_id}/shipment"
    parcel = {"number": 1, "weight_g": 800}
    packed = {"status": "packed", "at": "2026-12-01T10:00:00+01:00", "parcels": [parcel]}
    r = requests.post(url, json=packed, headers=erp, timeout=10)
    assert r.status_code == 200 and r.json()["status"] == "packed", r.text
    sent = {"status": "shipped", "at": "2026-12-01T15:00:00+01:00"}
    sent["parcels"] = [parcel | {"carrier": "manual", "tracking": "COLIS-0042"}]
    r = requests.post(url, json=sent, headers=erp, timeout=10)
    assert r.status_code == 200, r.text
    home = r.json()
    assert (home["status"], home["parcels"][0]["tracking"], home["lines"][0]["shipped"]) == (
        "shipped",
        "COLIS-0042",
        "1",
    )
    again = requests.post(url, json=sent, headers=erp, timeout=10)  # a retry changes nothing
    assert again.status_code == 200 and again.json()["version"] == home["version"]
    assert hub_ledger(chain, home_no) == [("WH1", "ERP", SKU3, -1000, "ship")]
    [promised] = ship_e2e.web(chain, "GET", "/v1/availability", sku=SKU3, fulfilment="ship")["skus"]
    assert [(x["location"], x["available"], x["reserved"]) for x in promised["locations"]] == [("WH1", "6", "0")]
