"""Tokens and scopes (401 / 403) and request limits (413 / 415 / 422) on a real hub process;
after every refusal nothing is stored and the hub keeps serving."""

from __future__ import annotations

import json

import pytest
import requests

from .payloads import event, sale, sale_event, stock_event

ENDPOINTS = [
    ("post", "/v1/events", {"json": {"events": [sale_event(1)]}}),
    ("get", "/v1/feed", {}),
    ("put", "/v1/products", {"json": {"products": []}}),
    ("get", "/v1/stock?sku=SKU1", {}),
    ("get", "/v1/stores/PAR01/day-totals?date=2026-03-14", {}),
]


def test_missing_or_wrong_token_is_401(admin, hub, client):
    admin.store("PAR01")
    good = admin.station("PAR01", "T1")
    for token in (None, "not-a-token", good + "x"):
        c = client(token)
        for method, path, kw in ENDPOINTS:
            r = getattr(c, method)(path, **kw)
            assert r.status_code == 401, (token, path, r.text)
            assert r.headers.get("www-authenticate") == "Bearer"
    # a malformed Authorization header is a 401 too
    r = requests.get(hub.url + "/v1/feed", headers={"Authorization": f"Basic {good}"}, timeout=10)
    assert r.status_code == 401
    assert admin.scalar("SELECT count(*) FROM events") == 0
    assert client(None).get("/v1/health").json()["status"] == "ok"  # health needs no token
    assert client(good).get("/v1/feed").status_code == 200


def test_a_new_station_token_revokes_the_old_one(admin, client):
    admin.store("PAR01")
    old = admin.station("PAR01", "T1")
    assert client(old).get("/v1/feed").status_code == 200
    new = admin.station("PAR01", "T1")
    assert client(old).get("/v1/feed").status_code == 401  # no cache: every process sees it at once
    assert client(new).get("/v1/feed").status_code == 200
    assert admin.scalar("SELECT count(*) FROM tokens WHERE revoked_at IS NOT NULL") == 1


def test_tokens_are_stored_as_sha256_only(admin):
    import hashlib

    admin.store("PAR01")
    token = admin.station("PAR01", "T1")
    erp = admin.erp()
    stored = {r[0] for r in admin.rows("SELECT token_sha256 FROM tokens")}
    assert stored == {hashlib.sha256(t.encode()).hexdigest() for t in (token, erp)}
    assert len(token) >= 43  # secrets.token_urlsafe(32)
    for t in (token, erp):
        assert admin.scalar("SELECT count(*) FROM tokens WHERE token_sha256 = :t OR name = :t", t=t) == 0


def test_scopes_403(admin, client):
    admin.store("PAR01")
    admin.store("LYO01")
    t1 = client(admin.station("PAR01", "T1"))
    l1 = client(admin.station("LYO01", "L1"))
    shop = client(admin.channel("webshop"))
    erp = client(admin.erp())

    # events naming another store, or another station of the same store: each is rejected alone,
    # with the reason, and the rest of its batch is applied (issue 12: a 403 for the whole batch
    # stopped the station's sync for good)
    for n, payload in ((2, sale(1, store="LYO01")), (3, sale(1, station="T2"))):
        own, other = t1.send(sale_event(n), event("sale", payload))
        assert (own["status"], other["status"]) == ("accepted", "rejected"), (own, other)
        assert other["reason"] == f"payload names {payload['store']}/{payload['station']}, the token is PAR01/T1"
    (res,) = t1.send(stock_event([("SKU1", "-1")], store="LYO01"))
    assert res["status"] == "rejected" and "the token is PAR01/T1" in res["reason"], res
    assert admin.rows("SELECT store, station, receipt_no FROM sales ORDER BY receipt_no") == [
        ("PAR01", "T1", "PAR01-T1-000002"),
        ("PAR01", "T1", "PAR01-T1-000003"),
    ]
    assert admin.scalar("SELECT count(*) FROM stock_movements") == 0
    assert admin.scalar("SELECT count(*) FROM events WHERE store <> 'PAR01' OR station <> 'T1'") == 0

    # day totals of another store
    assert l1.get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-14"}).status_code == 403
    assert t1.get("/v1/stores/LYO01/day-totals", params={"date": "2026-03-14"}).status_code == 403
    assert t1.get("/v1/stores/NOPE/day-totals", params={"date": "2026-03-14"}).status_code == 403  # no leak
    assert t1.get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-14"}).status_code == 200
    # a channel token only creates and reads orders: no station or ERP endpoint
    assert shop.post("/v1/events", json={"events": [sale_event(1)]}).status_code == 403
    assert shop.get("/v1/feed").status_code == 403
    assert shop.get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-14"}).status_code == 403
    assert shop.put("/v1/products", json={"products": [_product()]}).status_code == 403
    # the ERP reads every store and imports the catalog, but posts no station events
    assert erp.get("/v1/stores/LYO01/day-totals", params={"date": "2026-03-14"}).status_code == 200
    assert erp.get("/v1/stores/NOPE/day-totals", params={"date": "2026-03-14"}).status_code == 404
    assert erp.post("/v1/events", json={"events": [sale_event(1)]}).status_code == 403
    assert erp.get("/v1/feed").status_code == 403
    # stations do not import the catalog
    assert t1.put("/v1/products", json={"products": [_product()]}).status_code == 403
    assert admin.scalar("SELECT count(*) FROM products") == 0
    assert erp.put("/v1/products", json={"products": [_product()]}).status_code == 200
    assert admin.scalar("SELECT count(*) FROM events") == 5  # t1's, above; none from the channel or the ERP


def _product(sku="SKU1", price=249):
    return {
        "sku": sku,
        "name": "Apples",
        "barcodes": ["3000000000017"],
        "price_minor": price,
        "currency": "EUR",
        "tax_code": "B",
        "tax_rate": "5.5",
        "category": "Fruit",
        "active": True,
    }


def test_oversized_wrong_type_and_malformed_bodies(admin, hub, client):
    admin.store("PAR01")
    token = admin.station("PAR01", "T1")
    t1 = client(token)
    auth = {"Authorization": f"Bearer {token}"}

    # > 5 MB with a Content-Length: 413 before anything is parsed
    big = json.dumps({"events": [event("sale", {"blob": "x" * (6 * 1024 * 1024)})]}).encode()
    r = requests.post(
        hub.url + "/v1/events", data=big, headers={**auth, "Content-Type": "application/json"}, timeout=60
    )
    assert r.status_code == 413 and "body over" in r.json()["detail"]
    # > 5 MB sent chunked (no Content-Length): refused while reading
    chunks = (b"x" * (512 * 1024) for _ in range(12))
    r = requests.post(
        hub.url + "/v1/events", data=chunks, headers={**auth, "Content-Type": "application/json"}, timeout=60
    )
    assert r.status_code == 413
    # not JSON
    body = json.dumps({"events": [sale_event(1)]})
    for ctype in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {**auth, **({"Content-Type": ctype} if ctype else {})}
        r = requests.post(hub.url + "/v1/events", data=body.encode(), headers=headers, timeout=10)
        assert r.status_code == 415, (ctype, r.text)
    # malformed JSON, and envelopes that do not follow wire.py
    malformed = [
        b'{"events": [',
        b"[]",
        b"null",
        json.dumps({"events": []}).encode(),
        json.dumps({"events": [sale_event(i) for i in range(501)]}).encode(),
        json.dumps({"events": [dict(sale_event(1), id="not-a-uuid")]}).encode(),
        json.dumps({"events": [{"kind": "sale", "payload": {}}]}).encode(),
        json.dumps({"events": [dict(sale_event(1), kind="x" * 40)]}).encode(),
    ]
    for raw in malformed:
        r = requests.post(
            hub.url + "/v1/events", data=raw, headers={**auth, "Content-Type": "application/json"}, timeout=30
        )
        assert r.status_code == 422, (raw[:60], r.status_code, r.text[:200])
    assert admin.scalar("SELECT count(*) FROM events") == 0
    # bad query values
    assert t1.get("/v1/feed", params={"after": "abc"}).status_code == 422
    assert t1.get("/v1/feed", params={"limit": 1001}).status_code == 422
    assert t1.get("/v1/stores/PAR01/day-totals", params={"date": "14/03/2026"}).status_code == 422

    # and the hub still serves
    assert hub.alive()
    assert client(None).get("/v1/health").status_code == 200
    [res] = t1.send(sale_event(1))
    assert res["status"] == "accepted"
    assert admin.scalar("SELECT count(*) FROM events") == 1


@pytest.mark.parametrize("charset", ["application/json; charset=utf-8", "application/vnd.storedesk+json"])
def test_json_media_types_accepted(admin, hub, charset):
    admin.store("PAR01")
    token = admin.station("PAR01", "T1")
    body = json.dumps({"events": [sale_event(1)]}).encode()
    r = requests.post(
        hub.url + "/v1/events",
        data=body,
        timeout=10,
        headers={"Authorization": f"Bearer {token}", "Content-Type": charset},
    )
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted"
