"""Store-credit vouchers (issue 5): issued by a return's store_credit payment, read and
redeemed at any station of the chain (same currency), never below zero even when two
stations redeem at once, idempotent by redemption id, and given back by a cancellation.

The sale (payloads.BASKET, PAR01-T1-000001); the return of one brioche is 529, all to store
credit under the code SC-TEST-0001.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter

import pytest

from .conftest import Client
from .payloads import BASKET, event, sale
from .test_returns_support import return_event

CODE = "SC-TEST-0001"


@pytest.fixture
def credit(admin, client):
    admin.store("PAR01")
    admin.store("LYO01")
    admin.store("NYC01", currency="USD", timezone="America/New_York")
    t1 = client(admin.station("PAR01", "T1"))
    fiscal = sale(1, BASKET, [("cash", 5000, "")])
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    ret = return_event(fiscal, [(2, "1")], payments=[("store_credit", 529, 0, CODE)])
    assert t1.send(ret)[0]["status"] == "accepted"
    return {
        "t1": t1,
        "l1": client(admin.station("LYO01", "L1")),
        "n1": client(admin.station("NYC01", "N1")),
        "erp": client(admin.erp()),
        "return": ret,
        "sale": fiscal,
    }


def redeem(c, amount, redemption_id=None, code=CODE, ref="LYO01-L1-000001"):
    return c.post(
        f"/v1/vouchers/{code}/redeem",
        json={"redemption_id": redemption_id or uuid.uuid4().hex, "amount_minor": amount, "ref": ref},
    )


def cancel(c, redemption_id):
    # No body is needed, but the hub's BodyGuard answers 415 to a POST that is not JSON: send {}.
    return c.post(f"/v1/vouchers/redemptions/{redemption_id}/cancel", json={})


def balance(c, code=CODE) -> int:
    r = c.get(f"/v1/vouchers/{code}")
    assert r.status_code == 200, r.text
    return r.json()["balance_minor"]


def test_issued_by_a_return_and_read_anywhere(credit, admin):
    for reader in (credit["t1"], credit["l1"], credit["erp"]):
        r = reader.get(f"/v1/vouchers/{CODE}")
        assert r.status_code == 200, r.text
        got = r.json()
        assert {k: got[k] for k in ("code", "currency", "balance_minor", "issued_minor", "status")} == {
            "code": CODE,
            "currency": "EUR",
            "balance_minor": 529,
            "issued_minor": 529,
            "status": "active",
        }
    assert admin.rows("SELECT return_id FROM vouchers") == [(credit["return"]["payload"]["return_id"],)]
    r = credit["t1"].get("/v1/vouchers/SC-NOPE")
    assert r.status_code == 404 and "SC-NOPE" in r.json()["detail"]
    # the same event again issues nothing more
    assert credit["t1"].send(credit["return"])[0]["status"] == "duplicate"
    assert admin.scalar("SELECT count(*) FROM vouchers") == 1


def test_a_code_already_issued_by_another_return_is_refused(credit, admin):
    again = return_event(credit["sale"], [(3, "1")], number=2, payments=[("store_credit", 319, 0, CODE)])
    (res,) = credit["t1"].send(again)
    assert res["status"] == "rejected" and f"voucher code {CODE} was already issued by another return" in res["reason"]
    assert balance(credit["t1"]) == 529
    assert admin.scalar("SELECT count(*) FROM returns") == 1


def test_redeem_insufficient_idempotent_and_cancel(credit):
    l1, t1 = credit["l1"], credit["t1"]
    rid = uuid.uuid4().hex
    r = redeem(l1, 200, rid)  # another store of the chain, same currency
    assert r.status_code == 200, r.text
    assert (r.json()["redemption_id"], r.json()["balance_minor"]) == (rid, 329)
    again = redeem(l1, 200, rid)
    assert (again.status_code, again.json()) == (200, r.json())
    assert balance(t1) == 329
    other = redeem(l1, 250, rid)
    assert other.status_code == 409 and "already used for another redemption" in other.json()["detail"]

    short = redeem(t1, 400)
    assert (short.status_code, short.json()) == (409, {"detail": f"Voucher {CODE} has 3.29 left"})
    assert balance(t1) == 329

    assert redeem(t1, 329).status_code == 200
    got = t1.get(f"/v1/vouchers/{CODE}").json()
    assert (got["balance_minor"], got["status"]) == (0, "spent")
    assert redeem(t1, 1).status_code == 409

    c = cancel(l1, rid)
    assert c.status_code == 200, c.text
    assert (c.json()["status"], c.json()["balance_minor"]) == ("cancelled", 200)
    c2 = cancel(l1, rid)  # given back once only
    assert (c2.status_code, c2.json()["balance_minor"]) == (200, 200)
    assert balance(t1) == 200
    assert cancel(t1, rid).status_code == 403  # another store's redemption
    assert cancel(l1, uuid.uuid4().hex).status_code == 404


def test_redeem_refusals(credit):
    t1 = credit["t1"]
    r = redeem(credit["n1"], 100)
    assert r.status_code == 409 and r.json()["detail"] == f"Voucher {CODE} is in EUR; this store takes USD"
    assert redeem(t1, 100, code="SC-NOPE").status_code == 404
    for bad in (0, -5, 1.5, "100"):
        assert redeem(t1, bad).status_code == 422, bad
    r = t1.post(f"/v1/vouchers/{CODE}/redeem", json={"redemption_id": "nope", "amount_minor": 1, "ref": ""})
    assert r.status_code == 422
    assert redeem(credit["erp"], 100).status_code == 403
    assert balance(t1) == 529


def test_two_stations_redeem_at_once_never_below_zero(credit, admin, start_hub):
    """Six redemptions of 100 from two stores over two hub processes: 529 pays five of them."""
    hubs = [start_hub(admin.db_url), start_hub(admin.db_url)]
    tokens = [admin.station("PAR01", "T2"), admin.station("LYO01", "L2")]
    codes, lock = [], threading.Lock()
    barrier = threading.Barrier(6)

    def go(i):
        c = Client(hubs[i % 2].url, tokens[i % 2])
        barrier.wait()
        r = redeem(c, 100)
        with lock:
            codes.append(r.status_code)

    threads = [threading.Thread(target=go, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert Counter(codes) == Counter({200: 5, 409: 1})
    assert balance(credit["t1"]) == 29
    assert int(admin.scalar("SELECT sum(amount_minor) FROM voucher_redemptions")) == 500
