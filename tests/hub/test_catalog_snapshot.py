"""GET /v1/catalog/snapshot (station token): the catalog as it stands, in pages by SKU, with the
scheduled prices of each page's products, the dated tax rates and the feed position; and GET
/v1/feed with `catalog_to`: the catalog items up to that position left out, everything else and
every later change sent (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storedesk.hub import db
from storedesk.hub.catalog import pending
from storedesk.hub.settings import tax

from . import payloads


def product(sku: str, price: int = 100, **extra) -> dict:
    """A catalog entry with no category (the snapshot then says "")."""
    return {k: v for k, v in payloads.product(sku, price, **extra).items() if k not in ("category", "active")}


def put(erp, *products: dict) -> None:
    r = erp.put("/v1/products", json={"products": list(products)})
    assert r.status_code == 200, r.text


def snapshot(till, after: str = "", limit: int = 2) -> dict:
    r = till.get("/v1/catalog/snapshot", params={"after": after, "limit": limit})
    assert r.status_code == 200, r.text
    return r.json()


def test_pages_by_sku_with_their_scheduled_prices_and_the_feed_position(admin, client):
    admin.store("PAR01")
    erp, till = client(admin.erp()), client(admin.station("PAR01", "T1"))
    put(erp, product("C3", unit="kg"), product("A1", barcodes=["4006381333931"]), product("B2", 250))
    with db.write_tx(admin.engine, feed=True) as conn:
        pending.schedule(conn, [pending.Scheduled("C3", "2099-01-01T00:00", 300, "EUR")], "t")
        tax.set_rate(conn, "A", "20", date(2099, 1, 1), None, datetime.now(UTC))
    top = admin.scalar("SELECT max(seq) FROM feed_items")

    first = snapshot(till)
    assert first["position"] == str(top)
    assert [p["sku"] for p in first["products"]] == ["A1", "B2"] and first["more"] and first["next"] == "B2"
    assert first["products"][0] == {**product("A1", barcodes=["4006381333931"]), "category": "", "active": True}
    assert first["pending_prices"] == []
    assert first["tax_rates"] == [{"code": "A", "valid_from": "2099-01-01", "rate": "20", "label": "VAT 20 %"}]
    second = snapshot(till, "B2")
    assert [p["sku"] for p in second["products"]] == ["C3"] and not second["more"] and second["next"] == "C3"
    assert second["products"][0]["unit"] == "kg"
    assert second["pending_prices"] == [
        {"sku": "C3", "price_minor": 300, "currency": "EUR", "valid_from": "2099-01-01T00:00"}
    ]
    assert snapshot(till, "C3")["products"] == []


def test_the_feed_leaves_out_the_snapshots_catalog_items_and_sends_the_rest_and_what_came_after(admin, client):
    admin.store("PAR01")
    erp, till = client(admin.erp()), client(admin.station("PAR01", "T1"))
    put(erp, product("A1"), product("B2"))
    with db.write_tx(admin.engine, feed=True) as conn:
        tax.set_rate(conn, "A", "20", date(2099, 1, 1), None, datetime.now(UTC))
    put(erp, product("C3"))
    at = int(snapshot(till, limit=10)["position"])
    put(erp, product("A1", 999))  # changed after the snapshot was taken

    r = till.get("/v1/feed", params={"after": "0", "limit": 100, "catalog_to": at})
    assert r.status_code == 200, r.text
    page = r.json()
    kinds = [(i["kind"], i["data"].get("sku") or i["data"].get("code")) for i in page["items"]]
    assert kinds == [("tax_rate", "A"), ("product", "A1")]
    assert page["items"][1]["data"]["price_minor"] == 999 and int(page["items"][1]["cursor"]) > at
    # A short page with nothing left moves the cursor past the snapshot's items
    short = till.get("/v1/feed", params={"after": "0", "limit": 100, "catalog_to": at + 1}).json()
    assert [i["kind"] for i in short["items"]] == ["tax_rate"] and short["next"] == str(at + 1)
    only_old = till.get("/v1/feed", params={"after": "0", "limit": 1, "catalog_to": at}).json()
    assert [i["kind"] for i in only_old["items"]] == ["tax_rate"] and only_old["more"]
    # Without catalog_to (a station on the feed) every item comes, as before
    assert len(till.feed()["items"]) == 5


def test_only_a_station_reads_the_snapshot(admin, client):
    admin.store("PAR01")
    assert client(admin.erp()).get("/v1/catalog/snapshot").status_code == 403
    assert client(None).get("/v1/catalog/snapshot").status_code == 401
    assert client(admin.station("PAR01", "T1")).get("/v1/catalog/snapshot", params={"limit": 0}).status_code == 422
