"""Customers and loyalty at the hub (issue 18): the customer master over HTTP (search, create with
consent, clashes named, strict contact checks), points earned by a sale's ingest exactly once,
redemptions serialised (two stations at once cannot overspend), idempotent and given back once,
export and erase (fiscal documents kept, nothing personal left, never found again)."""

from __future__ import annotations

import json
import threading
import uuid

import pytest

from storedesk.hub.cli import main as hub_cli

from .conftest import paris_and_lyon
from .payloads import event, sale


def create(c, **body):
    body = {"name": "Ada Lovelace", "phone": "+33 6 12 34 56 78", "consent": True, **body}
    return c.post("/v1/customers", json=body)


@pytest.fixture
def shop(admin, client):
    t1, t2, l1 = paris_and_lyon(admin, client)
    r = create(t1)
    assert r.status_code == 200, r.text
    return {"t1": t1, "t2": t2, "l1": l1, "ada": r.json()}


def points(c, cid) -> int:
    r = c.get(f"/v1/customers/{cid}")
    assert r.status_code == 200, r.text
    return r.json()["points"]


def redeem(c, cid, n, rid=None, ref="basket-1"):
    body = {"redemption_id": rid or uuid.uuid4().hex, "points": n, "value_minor": n, "ref": ref}
    return c.post(f"/v1/customers/{cid}/redeem", json=body)


def sold_to(customer: dict, number: int, earned: int) -> dict:
    fiscal = sale(number, payments=[("cash", 5000, "")])
    fiscal["customer"] = {"id": customer["id"], "card": customer["card"], "points_earned": earned}
    return fiscal


def test_create_search_and_read(shop):
    t1, ada = shop["t1"], shop["ada"]
    assert ada["card"].startswith("LOY") and ada["phone"] == "+33612345678" and ada["consent"] is True
    assert ada["consent_at"] and ada["points"] == 0
    for q in ("ada", "Lovelace", "+33612345678", "06 12 34 56 78", ada["card"]):
        found = t1.get("/v1/customers", params={"q": q}).json()["customers"]
        assert [c["id"] for c in found] == [ada["id"]], q
    assert t1.get("/v1/customers", params={"card": ada["card"].lower()}).json()["customers"][0]["id"] == ada["id"]
    r = create(t1, name="Bob", phone="", email="bob@example.org", card="card-0042", consent=False)
    assert r.status_code == 200, r.text
    bob = r.json()
    assert (bob["card"], bob["email"], bob["consent"], bob["consent_at"]) == (
        "CARD-0042",
        "bob@example.org",
        False,
        None,
    )


def test_clashes_and_bad_details_are_refused_naming_what(shop, admin):
    t1 = shop["t1"]
    r = create(t1, name="Someone else", phone="+33612345678")
    assert r.status_code == 409 and "+33612345678" in r.json()["detail"]
    r = create(t1, name="Eve", phone="", card=shop["ada"]["card"])
    assert r.status_code == 409 and shop["ada"]["card"] in r.json()["detail"]
    for bad in ({"phone": "12ab"}, {"phone": "", "email": "not-an-email"}, {"phone": "", "email": ""}, {"name": " "}):
        r = create(t1, **bad)
        assert r.status_code == 422, (bad, r.text)
    r = t1.post("/v1/customers", json={"name": "No consent asked", "phone": "0611111111"})
    assert r.status_code == 422
    assert admin.scalar("SELECT count(*) FROM customers") == 1


def test_a_sale_credits_its_points_once(shop, admin):
    t1, ada = shop["t1"], shop["ada"]
    fiscal = sold_to(ada, 1, 32)
    ev = event("sale", fiscal)
    assert t1.send(ev)[0]["status"] == "accepted"
    assert t1.send(ev)[0]["status"] == "duplicate"  # the relay sent it again: credited once
    assert points(t1, ada["id"]) == 32
    assert admin.rows("SELECT customer_id, points_earned FROM sale_customers") == [(ada["id"], 32)]
    # a sale without a customer is as before
    assert t1.send(event("sale", sale(2, payments=[("cash", 5000, "")])))[0]["status"] == "accepted"
    assert points(t1, ada["id"]) == 32


def test_redeem_is_idempotent_refused_beyond_the_balance_and_given_back_once(shop):
    t1, t2, l1, ada = shop["t1"], shop["t2"], shop["l1"], shop["ada"]
    assert t1.send(event("sale", sold_to(ada, 1, 100)))[0]["status"] == "accepted"
    rid = uuid.uuid4().hex
    first = redeem(t2, ada["id"], 60, rid)
    assert first.status_code == 200 and first.json()["points_balance"] == 40
    assert redeem(t2, ada["id"], 60, rid).json() == first.json()  # a repeat: the first answer
    assert redeem(t2, ada["id"], 61, rid).status_code == 409  # same id, another body
    r = redeem(l1, ada["id"], 41)
    assert r.status_code == 409 and "40" in r.json()["detail"]
    assert t1.post(f"/v1/customers/redemptions/{rid}/cancel", json={}).status_code == 403  # not its station
    for _ in range(2):
        r = t2.post(f"/v1/customers/redemptions/{rid}/cancel", json={})
        assert r.status_code == 200 and r.json()["points_balance"] == 100
    assert points(t1, ada["id"]) == 100


def test_two_stations_redeeming_at_once_cannot_overspend(shop, admin):
    t1, l1, ada = shop["t1"], shop["l1"], shop["ada"]
    assert t1.send(event("sale", sold_to(ada, 1, 100)))[0]["status"] == "accepted"
    answers: list[int] = []
    lock = threading.Lock()

    def take(c):
        for _ in range(4):
            r = redeem(c, ada["id"], 30)
            with lock:
                answers.append(r.status_code)

    threads = [threading.Thread(target=take, args=(c,)) for c in (t1, l1, shop["t2"])]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert answers.count(200) == 3 and answers.count(409) == 9
    assert points(t1, ada["id"]) == 10
    assert admin.scalar("SELECT min(s) FROM (SELECT sum(points) AS s FROM loyalty_ledger GROUP BY customer_id) x") == 10


def test_export_and_erase(shop, admin, capsys):
    t1, ada = shop["t1"], shop["ada"]
    fiscal = sold_to(ada, 1, 50)
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    assert redeem(t1, ada["id"], 20).status_code == 200
    assert hub_cli(["customer", "export", "--card", ada["card"].lower(), "--db", admin.db_url]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["customer"]["name"] == "Ada Lovelace" and got["customer"]["points"] == 30
    assert got["customer"]["consent"] is True and got["customer"]["consent_at"]
    assert [r["kind"] for r in got["points_ledger"]] == ["earn", "redeem"]
    assert [s["receipt_no"] for s in got["sales"]] == ["PAR01-T1-000001"]
    assert hub_cli(["customer", "erase", ada["id"], "--db", admin.db_url]) == 0
    assert "1 sale(s) anonymised" in capsys.readouterr().out
    assert hub_cli(["customer", "export", "--card", ada["card"], "--db", admin.db_url]) == 1  # the card is gone
    erased = t1.feed()["items"]
    assert [i["data"] for i in erased if i["kind"] == "customer_erased"] == [{"id": ada["id"]}]
    assert t1.get(f"/v1/customers/{ada['id']}").status_code == 404
    for q in ("Ada", "+33612345678", ada["card"]):
        assert t1.get("/v1/customers", params={"q": q}).json()["customers"] == []
    row = admin.rows("SELECT name, phone, email, card, erased_at IS NOT NULL FROM customers")
    assert row == [("", None, None, None, True)]
    assert admin.rows("SELECT card FROM sale_customers") == [(None,)]
    payload = json.loads(admin.scalar("SELECT payload FROM events WHERE kind = 'sale'"))
    assert payload["customer"]["card"] == "" and payload["customer"]["id"] == ada["id"]
    assert admin.scalar("SELECT count(*) FROM sales") == 1  # the fiscal document stays
    assert admin.scalar("SELECT sum(points) FROM loyalty_ledger") == 30  # the ledger stays, without a name
    assert redeem(t1, ada["id"], 1).status_code == 404  # an erased customer redeems nothing
