"""GET /v1/feed, PUT /v1/products and GET /v1/stock on a real hub process (both backends)."""

from __future__ import annotations

from . import payloads
from .conftest import paris_and_lyon
from .payloads import AT, new_id, stock_event


def product(sku: str, price: int = 100, **kw) -> dict:
    """A catalog entry with a barcode made from its SKU."""
    return payloads.product(sku, price, **{"barcodes": [f"200{sku[-4:]:0>10}"], **kw})


def kinds(page: dict) -> list[str]:
    return [i["kind"] for i in page["items"]]


def test_stock_movements_reach_the_other_stations_of_the_store_only(admin, client):
    t1, t2, l1 = paris_and_lyon(admin, client)
    ids = [new_id(), new_id(), new_id()]
    ev = stock_event(
        [("SKU1", "-2", ids[0]), ("SKU2", "0.250", ids[1]), ("SKU1", "12", ids[2])],
        station="T1",
        reason="delivery",
        doc_ref="DN-77",
    )
    assert t1.send(ev)[0]["status"] == "accepted"

    page = t2.feed()
    assert kinds(page) == ["stock_movement"] * 3 and page["more"] is False
    assert [i["data"] for i in page["items"]] == [
        {
            "id": ids[0],
            "store": "PAR01",
            "station": "T1",
            "sku": "SKU1",
            "quantity": "-2",
            "reason": "delivery",
            "doc_ref": "DN-77",
            "at": AT,
        },
        {
            "id": ids[1],
            "store": "PAR01",
            "station": "T1",
            "sku": "SKU2",
            "quantity": "0.25",
            "reason": "delivery",
            "doc_ref": "DN-77",
            "at": AT,
        },
        {
            "id": ids[2],
            "store": "PAR01",
            "station": "T1",
            "sku": "SKU1",
            "quantity": "12",
            "reason": "delivery",
            "doc_ref": "DN-77",
            "at": AT,
        },
    ]
    assert page["next"] == page["items"][-1]["cursor"]
    assert t1.feed() == {"items": [], "next": "0", "more": False}  # not fed back to its origin
    assert l1.feed() == {"items": [], "next": "0", "more": False}  # nor to another store

    # T2's own movement goes to T1, not back to T2
    back = stock_event([("SKU1", "-1")], station="T2")
    assert t2.send(back)[0]["status"] == "accepted"
    assert [i["data"]["station"] for i in t1.feed()["items"]] == ["T2"]
    assert t2.feed(after=page["next"])["items"] == []
    # a repeat of T1's event adds nothing to anyone's feed
    assert t1.send(ev)[0]["status"] == "duplicate"
    assert len(t2.feed()["items"]) == 3 and len(t1.feed()["items"]) == 1


def test_catalog_import_feeds_every_station_with_cursor_paging(admin, client):
    admin.store("PAR01")
    admin.store("LYO01")
    stations = [
        client(admin.station("PAR01", "T1")),
        client(admin.station("PAR01", "T2")),
        client(admin.station("LYO01", "L1")),
    ]
    erp = client(admin.erp())
    r = erp.put("/v1/products", json={"products": [product(f"SKU{i}", 100 + i) for i in range(1, 6)]})
    assert r.status_code == 200
    assert r.json() == {"received": 5, "created": 5, "updated": 0, "unchanged": 0}
    for st in stations:
        pages, after = [], "0"
        while True:
            page = st.feed(after=after, limit=2)
            pages.append(page)
            after = page["next"]
            if not page["more"]:
                break
        assert [len(p["items"]) for p in pages] == [2, 2, 1]
        assert [p["more"] for p in pages] == [True, True, False]
        items = [i for p in pages for i in p["items"]]
        assert [i["data"]["sku"] for i in items] == ["SKU1", "SKU2", "SKU3", "SKU4", "SKU5"]
        assert items[0]["data"] == product("SKU1", 101)
        cursors = [int(i["cursor"]) for i in items]
        assert cursors == sorted(cursors) and len(set(cursors)) == 5
        assert st.feed(after=after) == {"items": [], "next": after, "more": False}

    # the same catalog again changes nothing and feeds nothing
    last = stations[0].feed()["next"]
    r = erp.put("/v1/products", json={"products": [product(f"SKU{i}", 100 + i) for i in range(1, 6)]})
    assert r.json() == {"received": 5, "created": 0, "updated": 0, "unchanged": 5}
    assert stations[0].feed(after=last)["items"] == []
    # a price change and a new product: two items, in order, for every store
    r = erp.put(
        "/v1/products",
        json={"products": [product("SKU3", 999), product("SKU6", 60, active=False), product("SKU4", 104)]},
    )
    assert r.json() == {"received": 3, "created": 1, "updated": 1, "unchanged": 1}
    for st in stations:
        fresh = st.feed(after=last)["items"]
        assert [(i["data"]["sku"], i["data"]["price_minor"], i["data"]["active"]) for i in fresh] == [
            ("SKU3", 999, True),
            ("SKU6", 60, False),
        ]
    assert admin.rows("SELECT sku, price_minor FROM products WHERE sku IN ('SKU3', 'SKU6') ORDER BY sku") == [
        ("SKU3", 999),
        ("SKU6", 60),
    ]


def test_catalog_import_is_all_or_nothing(admin, client):
    erp = client(admin.erp())
    bad = [
        [product("SKU1"), product("SKU2", price=1.5)],  # float money
        [product("SKU1"), product("SKU2", price="150")],  # a string is not an integer
        [product("SKU1"), product("SKU1")],  # the same SKU twice
        [product("SKU1", tax_rate="abc")],
        [product("SKU1", active="yes")],
        [product("SKU1", currency="euro")],
        [dict(product("SKU1"), colour="red")],
        [],
    ]
    for products in bad:
        r = erp.put("/v1/products", json={"products": products})
        assert r.status_code == 422, (products, r.text)
    assert admin.scalar("SELECT count(*) FROM products") == 0
    assert admin.scalar("SELECT count(*) FROM feed_items") == 0


def test_products_and_movements_share_one_ordered_feed(admin, client):
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    t2 = client(admin.station("PAR01", "T2"))
    erp = client(admin.erp())
    erp.put("/v1/products", json={"products": [product("SKU1")]})
    t1.send(stock_event([("SKU1", "-1")]))
    erp.put("/v1/products", json={"products": [product("SKU1", 120)]})
    page = t2.feed()
    assert kinds(page) == ["product", "stock_movement", "product"]
    assert [i["data"].get("price_minor") for i in page["items"]] == [100, None, 120]
    half = t2.feed(limit=1)
    assert kinds(half) == ["product"] and half["more"] is True
    rest = t2.feed(after=half["next"])
    assert kinds(rest) == ["stock_movement", "product"] and rest["more"] is False
    assert kinds(t1.feed()) == ["product", "product"]


def test_stock_on_hand_by_store_from_the_ledger(admin, client):
    admin.store("PAR01", lat="48.8566", lon="2.3522")
    admin.store("LYO01")
    admin.store("NIC01")
    t1 = client(admin.station("PAR01", "T1"))
    t2 = client(admin.station("PAR01", "T2"))
    l1 = client(admin.station("LYO01", "L1"))
    shop = client(admin.channel())
    erp = client(admin.erp())
    erp.put("/v1/products", json={"products": [product("SKU1"), product("SKU2")]})
    mid = new_id()
    t1.send(stock_event([("SKU1", "-2", mid), ("SKU2", "-1")]))
    t2.send(stock_event([("SKU1", "10.5")], station="T2", reason="delivery"))
    l1.send(stock_event([("SKU1", "-1.5")], store="LYO01", station="L1"))
    t1.send(stock_event([("SKU1", "-2", mid)]))  # the same movement again: counted once
    expected = {"PAR01": "8.5", "LYO01": "-1.5", "NIC01": "0"}
    for c in (t1, l1, shop, erp):  # "where else is it in stock": any valid token may ask
        r = c.get("/v1/stock", params={"sku": "SKU1"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["sku"] == "SKU1" and body["known_product"] is True
        assert {s["store"]: s["on_hand"] for s in body["stores"]} == expected
        assert [s["store"] for s in body["stores"]] == ["LYO01", "NIC01", "PAR01"]
    par = next(s for s in t1.get("/v1/stock", params={"sku": "SKU1"}).json()["stores"] if s["store"] == "PAR01")
    assert (par["movements"], par["lat"], par["lon"]) == (2, "48.8566", "2.3522")
    assert {s["store"]: s["on_hand"] for s in t1.get("/v1/stock", params={"sku": "SKU2"}).json()["stores"]} == {
        "PAR01": "-1",
        "LYO01": "0",
        "NIC01": "0",
    }
    # a SKU only the ledger knows is still answered; one nobody knows is 404
    t1.send(stock_event([("LOOSE-1", "3")]))
    loose = t1.get("/v1/stock", params={"sku": "LOOSE-1"}).json()
    assert loose["known_product"] is False and loose["stores"][2]["on_hand"] == "3"
    assert t1.get("/v1/stock", params={"sku": "NOPE"}).status_code == 404
    assert client(None).get("/v1/stock", params={"sku": "SKU1"}).status_code == 401
