"""Promotions from the hub to the counter and back (issue 18), with a real hub process over HTTP and
real stations on their own SQLite files:

- PUT /v1/promotions at the hub -> the station syncs -> its promotions in force are the hub's
  document (source "hub", same version); a second PUT replaces it; a refused PUT changes nothing,
  at the hub or at the station.
- A "promotions" item the station cannot use is quarantined with the reason, the rest of the page
  still applied, and the promotions in force stay as they were.
- A basket rung up at the station is priced with the hub's promotions, the sale goes to the hub,
  and the hub's day totals show the discount by promotion.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import requests
from tests.helpers.stations import query, synced

from storedesk.domain.tenders import Tender
from storedesk.services import basket, sale


def put(hub, document: dict) -> requests.Response:
    return requests.put(
        f"{hub.url}/v1/promotions",
        json=document,
        headers={"Authorization": f"Bearer {hub.erp_token}"},
        timeout=10,
        verify=hub.verify,
    )


def in_force(st):
    with st.uow.read() as tx:
        return tx.promotions.current()


def a_product(st) -> tuple[str, str, int]:
    """(barcode, SKU, price in minor units) of an active product sold by the piece at tax code A."""
    [(code, sku, price)] = query(
        st,
        "SELECT b.code, p.sku, p.price_minor FROM barcodes b JOIN products p ON p.id = b.product_id "
        "WHERE p.tax_code = 'A' AND p.active = 1 AND p.plu IS NULL ORDER BY p.id LIMIT 1",
    )
    return code, sku, price


def ten_off(sku: str, pid: str = "TEN-OFF") -> dict:
    return {"promotions": [{"id": pid, "kind": "percent_off", "skus": [sku], "percent": "10"}]}


def test_put_reaches_the_station_a_second_replaces_it_a_refused_one_changes_nothing(hub, make_station):
    t1 = make_station(hub, "T1")
    _, sku, _ = a_product(t1)
    first = put(hub, ten_off(sku))
    assert first.status_code == 200, first.text
    synced(t1)
    held = in_force(t1)
    assert held is not None and held.source == "hub" and held.version == first.json()["version"]
    assert json.loads(held.document) == ten_off(sku)

    second = put(hub, ten_off(sku, "OTHER-TEN"))
    synced(t1)
    held = in_force(t1)
    assert held.version == second.json()["version"] != first.json()["version"]
    assert json.loads(held.document)["promotions"][0]["id"] == "OTHER-TEN"

    refused = put(hub, {"promotions": [{"id": "BAD", "kind": "percent_off", "skus": [sku], "percent": "150"}]})
    assert refused.status_code == 422
    assert "Promotion BAD: percent must be more than 0 and at most 100" in refused.json()["detail"]
    synced(t1)
    assert in_force(t1) == held
    assert hub.get("/v1/promotions")["version"] == held.version
    assert query(t1, "SELECT COUNT(*) FROM feed_quarantine") == [(0,)]


def test_an_item_the_station_cannot_use_is_quarantined_and_the_old_promotions_stay(hub, make_station):
    """A document the hub's check let through but the station refuses (say, an older hub, or a
    store whose currency changed): the station keeps what it had and says why."""
    from storedesk.adapters.promotions_repo import document_version
    from storedesk.hub import db
    from storedesk.hub.feed import add_items
    from storedesk.hub.times import utcnow_text

    t1 = make_station(hub, "T1")
    _, sku, _ = a_product(t1)
    good = put(hub, ten_off(sku)).json()["version"]
    synced(t1)

    bad_text = json.dumps({"promotions": [{"id": "YEN", "kind": "amount_off", "skus": [sku], "amount": "0.001"}]})
    tampered = json.dumps(ten_off(sku, "CHANGED"))
    engine = db.open_hub(hub.db_url)
    try:
        with db.write_tx(engine, feed=True) as conn:
            add_items(
                conn,
                [
                    (None, None, "promotions", {"version": document_version(bad_text), "document": bad_text}),
                    (None, None, "promotions", {"version": good, "document": tampered}),
                ],
                utcnow_text(),
            )
    finally:
        engine.dispose()
    synced(t1)

    assert in_force(t1).version == good
    reasons = [r for (r,) in query(t1, "SELECT reason FROM feed_quarantine WHERE kind = 'promotions' ORDER BY id")]
    assert len(reasons) == 2
    assert "Promotion YEN: amount has more decimals than EUR allows" in reasons[0]
    assert "is not version" in reasons[1]


def test_a_basket_priced_with_the_hubs_promotions_shows_in_the_hubs_day_totals(hub, make_station):
    t1 = make_station(hub, "T1")
    code, sku, price = a_product(t1)
    assert put(hub, ten_off(sku)).status_code == 200
    synced(t1)

    v = basket.current(t1.uow, t1.ana)
    v = basket.add_scan(t1.uow, t1.ana, v.basket_id, code)
    v = basket.add_scan(t1.uow, t1.ana, v.basket_id, code)
    off = int((Decimal(2 * price) / 10).to_integral_value(ROUND_HALF_UP))
    assert v.totals.total == (Decimal(2 * price - off) / 100)
    done = sale.complete_sale(t1.uow, t1.ana, v.basket_id, [Tender("cash", v.totals.total)])
    assert query(
        t1, "SELECT promotion_id, amount_minor FROM sale_line_promotions WHERE sale_id = ?", (done.sale_id,)
    ) == [("TEN-OFF", off)]
    synced(t1)

    today = datetime.now(ZoneInfo("Europe/Paris")).date().isoformat()
    totals = hub.get("/v1/stores/PAR01/day-totals", date=today)
    assert totals["sales_count"] == 1 and totals["discount_minor"] == off
    assert totals["promotions"] == [{"id": "TEN-OFF", "lines": 1, "amount_minor": off}]
