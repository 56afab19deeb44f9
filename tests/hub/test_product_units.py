"""Product units at the hub (issue 13), on SQLite and PostgreSQL: PUT /v1/products takes an
optional "unit" ("pc" | "kg" | "l" | "m"), refuses any other with 422, keeps a unit an import
leaves out, and the feed brings it to a station, whose counter then follows it. A web order
counts a product's pieces whole (POST /v1/orders refuses 1.5 pieces with 422)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.errors import InvalidQuantity
from storedesk.services import basket, sync

from .payloads import product


def units(admin) -> dict:
    return dict(admin.rows("SELECT sku, unit FROM products ORDER BY sku"))


def feed_units(page: dict) -> list[tuple[str, str | None]]:
    return [(i["data"]["sku"], i["data"].get("unit", "(none)")) for i in page["items"] if i["kind"] == "product"]


def test_catalog_import_with_and_without_unit(admin, client):
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    erp = client(admin.erp())
    r = erp.put(
        "/v1/products",
        json={
            "products": [
                product("ROPE", unit="m"),
                product("FLOUR", unit="KG"),
                product("PENS", unit="pc"),
                product("MUGS"),
            ]
        },
    )
    assert r.status_code == 200, r.text
    assert units(admin) == {"FLOUR": "kg", "MUGS": None, "PENS": "pc", "ROPE": "m"}
    page = t1.feed()
    assert feed_units(page) == [("ROPE", "m"), ("FLOUR", "kg"), ("PENS", "pc"), ("MUGS", "(none)")]
    last = page["next"]

    # without "unit" a product keeps its unit; with one it changes (and is fed again)
    r = erp.put("/v1/products", json={"products": [product("ROPE"), product("FLOUR", unit="pc"), product("MUGS")]})
    assert r.json() == {"received": 3, "created": 0, "updated": 1, "unchanged": 2}
    assert units(admin) == {"FLOUR": "pc", "MUGS": None, "PENS": "pc", "ROPE": "m"}
    assert feed_units(t1.feed(after=last)) == [("FLOUR", "pc")]
    # a price change without the unit: the feed item still carries the unit kept
    last = t1.feed()["next"]
    erp.put("/v1/products", json={"products": [product("ROPE", 120)]})
    assert feed_units(t1.feed(after=last)) == [("ROPE", "m")]


def test_an_invalid_unit_is_refused_with_422_and_nothing_is_stored(admin, client):
    erp = client(admin.erp())
    for bad in ("g", "kilo", "", 1, ["kg"]):
        r = erp.put("/v1/products", json={"products": [product("OK1", unit="kg"), product("BAD", unit=bad)]})
        assert r.status_code == 422, (bad, r.text)
        if isinstance(bad, str):
            assert "not one of pc, kg, l, m" in r.text
    assert admin.scalar("SELECT count(*) FROM products") == 0
    assert admin.scalar("SELECT count(*) FROM feed_items") == 0
    doc = client().get("/openapi.json").json()
    assert "pc | kg | l | m" in doc["components"]["schemas"]["ProductIn"]["properties"]["unit"]["description"]


def test_the_feed_brings_the_unit_to_a_station(admin, hub, client, station):
    """The demo station (PAR01/T1) pulls the hub's catalog: Family Apples becomes weighed, then
    pieces again; Bananas, imported without a unit, stay weighed as the station had them."""
    admin.store("PAR01")
    sync.register(station.uow, hub.url, admin.station("PAR01", "T1"))
    erp = client(admin.erp())
    apples = product(
        "SKU0000001",
        249,
        name="Family Apples 2 kg",
        barcodes=[gtin_for(1)],
        tax_code="B",
        tax_rate="5.5",
        category="Fruit & Vegetables",
    )
    bananas = dict(apples, sku="PLU00001", name="Bananas (weighed)", barcodes=[gtin_for(2001)])
    assert erp.put("/v1/products", json={"products": [dict(apples, unit="kg"), bananas]}).status_code == 200
    report = sync.sync_once(station.uow)
    assert report.error is None and report.received == 2 and report.quarantined == 0
    ana = station.user("ana")
    view = basket.current(station.uow, ana)
    view = basket.add_scan(station.uow, ana, view.basket_id, "0.5*" + gtin_for(1))
    view = basket.add_scan(station.uow, ana, view.basket_id, "0.25*" + gtin_for(2001))
    assert [(ln.sku, ln.quantity) for ln in view.basket.lines] == [("SKU0000001", D("0.5")), ("PLU00001", D("0.25"))]

    assert erp.put("/v1/products", json={"products": [dict(apples, unit="pc")]}).status_code == 200
    assert sync.sync_once(station.uow).received == 1
    with pytest.raises(InvalidQuantity, match="^Family Apples 2 kg is sold by the piece: type a whole number$"):
        basket.add_scan(station.uow, ana, view.basket_id, "2.5*" + gtin_for(1))
    con = station.raw()
    try:
        assert con.execute(
            "SELECT sku, unit FROM products WHERE sku IN ('SKU0000001', 'PLU00001') ORDER BY sku"
        ).fetchall() == [("PLU00001", "kg"), ("SKU0000001", "pc")]
    finally:
        con.close()


def test_a_feed_item_with_an_unknown_unit_is_quarantined_with_its_reason(station):
    """An item from a hub that sent a unit this station does not know: quarantined, the rest applied."""
    from storedesk.sync.puller import pull

    class Feed:
        def get_feed(self, after, limit):
            base = {
                "barcodes": [],
                "price_minor": 100,
                "currency": "EUR",
                "tax_code": "A",
                "tax_rate": "20",
                "category": "",
                "active": True,
            }
            items = [
                {"cursor": "1", "kind": "product", "data": dict(base, sku="NEW1", name="Cable", unit="cm")},
                {"cursor": "2", "kind": "product", "data": dict(base, sku="NEW2", name="Rope", unit="m")},
            ]
            return {"items": items if after == "0" else [], "next": "2", "more": False}

    stats = pull(station.uow, Feed())
    assert (stats.applied, stats.quarantined) == (1, 1)
    [(_cursor, kind, reason, _at)] = sync.quarantined(station.uow)
    assert kind == "product" and "unit 'cm' is not one of pc, kg, l, m" in reason
    con = station.raw()
    try:
        assert con.execute("SELECT sku, unit FROM products WHERE sku LIKE 'NEW%'").fetchall() == [("NEW2", "m")]
    finally:
        con.close()


def test_a_web_order_counts_pieces_unless_the_unit_says_otherwise(api):
    api.store("PAR", "48.8566", "2.3522")
    api.stock("PAR", MUGS=9, FLOUR=9, ROPE=9, NEWS=9)
    r = api.http.put(
        "/v1/products",
        headers=api.h(api.admin.erp()),
        json={"products": [product("MUGS"), product("FLOUR", unit="kg"), product("ROPE", unit="m")]},
    )
    assert r.status_code == 200, r.text
    for lines, says in (
        ([("MUGS", "1.5", 100)], "lines[1].quantity 1.5: MUGS is sold by the piece: send a whole number"),
        (
            [("FLOUR", "1", 100), ("ROPE", "0.125", 100)],
            "lines[2].quantity 0.125: ROPE is sold in m: at most 2 decimals",
        ),
    ):
        r = api.post_order("PAR", lines)
        assert r.status_code == 422 and r.json()["detail"] == says, r.text
    assert api.admin.scalar("SELECT count(*) FROM orders") == 0
    o = api.order("PAR", [("MUGS", "2", 100), ("FLOUR", "1.5", 100), ("ROPE", "0.25", 100), ("NEWS", "0.5", 100)])
    assert [(ln["sku"], ln["quantity"]) for ln in o["lines"]] == [
        ("MUGS", "2"),
        ("FLOUR", "1.5"),
        ("ROPE", "0.25"),
        ("NEWS", "0.5"),
    ]  # NEWS: not in the catalog, as sent
