"""Gift cards at the hub (issue 18): activated by the sale that sold them (once, at ingest),
reloaded by another sale, redeemed as a tender atomically (never below zero, even when two
stations over two hub processes redeem at once; a card with too little is refused WITH its
balance), a redemption given back once, and the outstanding liability exported."""

from __future__ import annotations

import csv
import io
import json
import threading
import uuid
from collections import Counter

import pytest

from storedesk.hub.cli import main as hub_main

from .conftest import Client
from .payloads import COLA, Line, event, product, sale

CARD = "GC-0000-0001"
GIFT = Line("GIFTCARD", "Gift card", "1", 5000, "GC", "0")


def card_sale(number: int, code: str = CARD, amount: int = 5000, **kw) -> dict:
    """A sale of one gift card of `amount` (the station's wire line with "gift_card")."""
    fiscal = sale(number, (Line("GIFTCARD", "Gift card", "1", amount, "GC", "0"),), **kw)
    fiscal["lines"][0]["gift_card"] = code
    return fiscal


def redeem(c, amount, redemption_id=None, code=CARD, ref="basket-1"):
    return c.post(
        f"/v1/gift-cards/{code}/redeem",
        json={"redemption_id": redemption_id or uuid.uuid4().hex, "amount_minor": amount, "ref": ref},
    )


def balance(c, code=CARD) -> int:
    r = c.get(f"/v1/gift-cards/{code}")
    assert r.status_code == 200, r.text
    return r.json()["balance_minor"]


@pytest.fixture
def sold(admin, client):
    admin.store("PAR01")
    admin.store("LYO01")
    admin.store("NYC01", currency="USD", timezone="America/New_York")
    t1 = client(admin.station("PAR01", "T1"))
    ev = event("sale", card_sale(1))
    assert t1.send(ev)[0]["status"] == "accepted"
    return {"t1": t1, "l1": client(admin.station("LYO01", "L1")), "n1": client(admin.station("NYC01", "N1")), "ev": ev}


def test_a_sale_activates_the_card_once_and_another_reloads_it(sold, admin):
    t1, l1 = sold["t1"], sold["l1"]
    got = l1.get(f"/v1/gift-cards/{CARD}").json()
    assert (got["balance_minor"], got["loaded_minor"], got["currency"], got["store"], got["station"]) == (
        5000,
        5000,
        "EUR",
        "PAR01",
        "T1",
    )
    assert t1.send(sold["ev"])[0]["status"] == "duplicate"  # the same event again loads nothing
    assert balance(t1) == 5000
    assert l1.send(event("sale", card_sale(1, amount=2500, store="LYO01", station="L1")))[0]["status"] == "accepted"
    assert balance(t1) == 7500
    assert admin.scalar("SELECT count(*) FROM gift_card_ops WHERE kind = 'load'") == 2
    assert l1.get("/v1/gift-cards/GC-NEVER-SOLD").status_code == 404


def test_a_sale_without_gift_cards_and_refused_gift_card_lines(sold, admin):
    t1 = sold["t1"]
    assert t1.send(event("sale", sale(2, (COLA,))))[0]["status"] == "accepted"  # an old station's sale
    taxed = sale(3, (Line("GIFTCARD", "Gift card", "1", 5000, "A", "20"),))
    taxed["lines"][0]["gift_card"] = "GC-TAXED"
    (res,) = t1.send(event("sale", taxed))
    assert res["status"] == "rejected" and "must bear no tax" in res["reason"]
    twice = sale(4, (GIFT, GIFT))
    for ln in twice["lines"]:
        ln["gift_card"] = "GC-TWICE"
    (res,) = t1.send(event("sale", twice))
    assert res["status"] == "rejected" and "GC-TWICE appears twice" in res["reason"]
    # a card of euros cannot be loaded by a sale in dollars: the card is left alone, the sale kept and
    # the refusal recorded (tests/hub/test_ingest_customer_gift_fixes.py)
    (res,) = sold["n1"].send(event("sale", card_sale(1, store="NYC01", station="N1", currency="USD")))
    assert res["status"] == "accepted"
    assert admin.scalar("SELECT reason FROM gift_card_exceptions") == f"gift card {CARD} is in EUR, the sale in USD"
    assert balance(t1) == 5000
    assert admin.scalar("SELECT count(*) FROM gift_cards") == 1


def test_redeem_refusals_with_the_balance_idempotency_and_cancel(sold):
    t1, l1 = sold["t1"], sold["l1"]
    rid = uuid.uuid4().hex
    r = redeem(l1, 2000, rid)
    assert (r.status_code, r.json()["balance_minor"]) == (200, 3000)
    assert redeem(l1, 2000, rid).json() == r.json()  # a repeat: the first answer, nothing taken twice
    assert balance(t1) == 3000
    assert redeem(l1, 2500, rid).status_code == 409  # the same id for another body
    short = redeem(t1, 4000)
    assert (short.status_code, short.json()) == (409, {"detail": f"Gift card {CARD} has 30.00 left"})
    assert redeem(t1, 3000).status_code == 200
    empty = redeem(t1, 1)  # Odoo #135393: a card with nothing left is never accepted
    assert (empty.status_code, empty.json()) == (409, {"detail": f"Gift card {CARD} has 0.00 left"})
    assert redeem(t1, 100, code="GC-NOPE").status_code == 404
    assert redeem(sold["n1"], 100).status_code == 409  # another currency
    for bad in (0, -5, 1.5, "100"):
        assert redeem(t1, bad).status_code == 422, bad
    c = l1.post(f"/v1/gift-cards/redemptions/{rid}/cancel", json={})
    assert (c.status_code, c.json()["balance_minor"]) == (200, 2000)
    again = l1.post(f"/v1/gift-cards/redemptions/{rid}/cancel", json={})
    assert (again.status_code, again.json()["balance_minor"]) == (200, 2000)  # given back once
    assert t1.post(f"/v1/gift-cards/redemptions/{rid}/cancel", json={}).status_code == 403
    assert balance(t1) == 2000


def test_two_stations_redeem_at_once_never_below_zero(sold, admin, start_hub):
    """Eight redemptions of 1000 from two stores over two hub processes: 5000 pays five of them."""
    hubs = [start_hub(admin.db_url), start_hub(admin.db_url)]
    tokens = [admin.station("PAR01", "T2"), admin.station("LYO01", "L2")]
    codes, lock = [], threading.Lock()
    barrier = threading.Barrier(8)

    def go(i):
        c = Client(hubs[i % 2].url, tokens[i % 2])
        barrier.wait()
        r = redeem(c, 1000)
        with lock:
            codes.append(r.status_code)

    threads = [threading.Thread(target=go, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert Counter(codes) == Counter({200: 5, 409: 3})
    assert balance(sold["t1"]) == 0
    assert int(admin.scalar("SELECT sum(amount_minor) FROM gift_card_ops WHERE kind = 'redeem'")) == 5000


def test_export_gift_cards_lists_the_liability(sold, admin, tmp_path, capsys):
    t1 = sold["t1"]
    assert t1.send(event("sale", card_sale(2, code="GC-0000-0002", amount=1234)))[0]["status"] == "accepted"
    assert t1.send(event("sale", card_sale(3, code="GC-SPENT", amount=100)))[0]["status"] == "accepted"
    assert redeem(t1, 100, code="GC-SPENT").status_code == 200
    assert redeem(t1, 1000).status_code == 200
    assert hub_main(["export", "gift-cards", "--db", admin.db_url]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["code"], r["currency"], r["balance_minor"], r["balance"], r["activated_store"]) for r in rows] == [
        (CARD, "EUR", "4000", "40.00", "PAR01"),
        ("GC-0000-0002", "EUR", "1234", "12.34", "PAR01"),
        ("total", "EUR", "5234", "52.34", ""),
    ]
    out = tmp_path / "cards.json"
    assert hub_main(["export", "gift-cards", "--format", "json", "--out", str(out), "--db", admin.db_url]) == 0
    data = json.loads(out.read_text())
    assert [c["code"] for c in data["gift_cards"]] == [CARD, "GC-0000-0002"]
    assert data["totals"] == [{"currency": "EUR", "balance_minor": 5234, "balance": "52.34"}]
    assert hub_main(["export", "day-totals", "--db", admin.db_url]) != 0  # day totals still need their day


def test_a_product_of_kind_gift_card_in_the_catalog_and_the_feed(admin, client):
    """PUT /v1/products takes an optional "kind"; the feed item carries it when set, an item
    without it is goods (a station keeps what it has); another kind is refused and nothing is kept."""
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    erp = client(admin.erp())
    r = erp.put("/v1/products", json={"products": [product("GIFT50", 0, kind="gift_card"), product("MUGS")]})
    assert r.status_code == 200, r.text
    assert dict(admin.rows("SELECT sku, kind FROM products ORDER BY sku")) == {"GIFT50": "gift_card", "MUGS": None}
    page = t1.feed()
    kinds = [(i["data"]["sku"], i["data"].get("kind", "(none)")) for i in page["items"] if i["kind"] == "product"]
    assert kinds == [("GIFT50", "gift_card"), ("MUGS", "(none)")]
    # a later change without "kind" keeps it
    erp.put("/v1/products", json={"products": [product("GIFT50", 1)]})
    assert admin.scalar("SELECT kind FROM products WHERE sku = 'GIFT50'") == "gift_card"
    r = erp.put("/v1/products", json={"products": [product("BAD", kind="voucher")]})
    assert r.status_code == 422 and "not one of goods, gift_card" in r.text
    assert admin.scalar("SELECT count(*) FROM products WHERE sku = 'BAD'") == 0
