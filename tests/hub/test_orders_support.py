"""Shared helpers for the click-and-collect hub tests (no tests here): an in-process hub on the
parametrised database (SQLite and PostgreSQL) driven through FastAPI's TestClient, with stores,
tokens, stock from stations' movement events, orders and pickup_status events."""

from __future__ import annotations

import uuid

import pytest

AT = "2026-03-14T10:00:00.000000+00:00"
PARIS_LAT = "48.8566"
ANA = {"name": "Ana Silva", "email": "ana@example.com", "phone": "+33 6 12 34 56 78"}


def order_body(store, lines, key=None, payment="paid_online", customer=ANA, **extra) -> dict:
    """What a sales channel posts for one order (a new dict each time: tests change it);
    `lines` are (sku, quantity, unit price in minor units)."""
    return {
        "idempotency_key": key or uuid.uuid4().hex,
        "pickup_store": store,
        "payment": payment,
        "customer": {**customer},
        "lines": [{"sku": sku, "quantity": str(q), "unit_price_minor": price} for sku, q, price in lines],
        **extra,
    }


class Api:
    def __init__(self, admin, client):
        self.admin = admin
        self.http = client
        self.tokens: dict = {}
        self.channel_token = admin.channel("webshop")

    def h(self, token):
        return {"Authorization": f"Bearer {token}"}

    def store(self, code, lat=None, lon=None, safety=None, hold=None, reminder=None, currency="EUR"):
        self.admin.store(code, currency=currency, lat=lat, lon=lon)
        if safety is not None or hold is not None or reminder is not None:
            from storedesk.hub import db
            from storedesk.hub.orders.settings import set_settings

            with db.write_tx(self.admin.engine) as conn:
                set_settings(conn, code, safety, hold, reminder)
        return code

    def station(self, store, station="P1"):
        key = (store, station)
        if key not in self.tokens:
            self.tokens[key] = self.admin.station(store, station)
        return self.tokens[key]

    def events(self, store, station, *events):
        r = self.http.post("/v1/events", headers=self.h(self.station(store, station)), json={"events": list(events)})
        assert r.status_code in (200, 409), r.text
        return r.json()["results"]

    def stock(self, store, **skus):
        moves = [
            {"id": uuid.uuid4().hex, "sku": sku, "quantity": str(q), "reason": "receiving", "doc_ref": "seed", "at": AT}
            for sku, q in skus.items()
        ]
        res = self.events(
            store,
            "BO",
            {
                "id": uuid.uuid4().hex,
                "kind": "stock_movements",
                "created_at": AT,
                "payload": {"store": store, "station": "BO", "movements": moves},
            },
        )
        assert res[0]["status"] == "accepted", res

    def post_order(self, store, lines, token=None, **kw):
        body = order_body(store, lines, **kw)
        return self.http.post("/v1/orders", headers=self.h(token or self.channel_token), json=body)

    def order(self, store, lines, **kw):
        r = self.post_order(store, lines, **kw)
        assert r.status_code == 201, r.text
        return r.json()

    def get(self, ref, token=None):
        r = self.http.get(f"/v1/orders/{ref}", headers=self.h(token or self.channel_token))
        assert r.status_code == 200, r.text
        return r.json()

    def pickup(self, store, order_id, status, lines=None, station="P1", at=AT, user="ana", **extra):
        ev = {
            "id": uuid.uuid4().hex,
            "kind": "pickup_status",
            "created_at": at,
            "payload": {
                "store": store,
                "station": station,
                "order_id": order_id,
                "status": status,
                "at": at,
                "user": user,
                "lines": lines or [],
                "id_check": None,
                "receipt_no": None,
                **extra,
            },
        }
        return self.events(store, station, ev)[0]

    def feed(self, store, station="P1", kinds=("order", "order_status")):
        r = self.http.get("/v1/feed", headers=self.h(self.station(store, station)), params={"after": "0"})
        assert r.status_code == 200, r.text
        return [(i["kind"], i["data"]) for i in r.json()["items"] if i["kind"] in kinds]


@pytest.fixture
def api(admin):
    from fastapi.testclient import TestClient

    from storedesk.hub.app import create_app

    app = create_app(admin.db_url)
    with TestClient(app) as client:
        yield Api(admin, client)
