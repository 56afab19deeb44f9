"""Return grants, the hub's arbitration (issue 5): the lookup of a sale of any store, grants
within and over what is left, partial returns over several visits that never exceed the sale,
idempotent grants, release, expiry, and the same receipt returned at once from two stations
(threads against one hub, and two hub processes on one database): at most what was sold.

The sale (payloads.BASKET, PAR01-T1-000001): line 1 Apples 1 x 249, line 2 Brioche 2 x 529 =
1058, line 3 Cola 1 x 319, line 4 Puzzle 1 x 1619; paid 5000 cash, change 1755.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text
from tests.helpers.threads import run_together

from .conftest import Client
from .payloads import sale
from .test_returns_support import COLA3, ask, return_event, returned, returns_shop

REF = "PAR01-T1-000001"


@pytest.fixture
def shop(admin, client):
    return returns_shop(admin, client, [("cash", 5000, "")])


def test_lookup_of_a_sale_from_any_store(shop):
    r = shop["n1"].get(f"/v1/returns/sales/{REF}")  # another store of the chain
    assert r.status_code == 200, r.text
    got = r.json()
    assert {
        k: got[k]
        for k in ("ref", "sale_id", "store", "station", "at", "currency", "prices_include_tax", "change_minor")
    } == {
        "ref": REF,
        "sale_id": shop["sale"]["sale_id"],
        "store": "PAR01",
        "station": "T1",
        "at": "2026-03-14T10:00:00.000000+00:00",
        "currency": "EUR",
        "prices_include_tax": True,
        "change_minor": 1755,
    }
    assert [
        (
            ln["line"],
            ln["sku"],
            ln["name"],
            ln["quantity"],
            ln["gross_minor"],
            ln["tax_code"],
            ln["tax_rate"],
            ln["returned"],
        )
        for ln in got["lines"]
    ] == [
        (1, "SKU0000001", "Test Apples 1 kg", "1", 249, "B", "5.5", "0"),
        (2, "SKU0000002", "Test Brioche", "2", 1058, "B", "5.5", "0"),
        (3, "SKU0000005", "Test Cola x6", "1", 319, "A", "20", "0"),
        (4, "SKU0000008", "Test Puzzle Book", "1", 1619, "C", "0", "0"),
    ]
    assert "category" not in got["lines"][0]
    assert got["payments"] == [{"kind": "cash", "amount_minor": 5000, "reference": ""}]
    assert got["refunded"] == {"cash": 0, "card": 0, "store_credit": 0, "online": 0}


def test_lookup_unknown_receipt_and_tokens(shop):
    r = shop["t1"].get("/v1/returns/sales/PAR01-T1-000999")
    assert r.status_code == 404 and "PAR01-T1-000999" in r.json()["detail"]
    assert shop["erp"].get(f"/v1/returns/sales/{REF}").status_code == 403
    assert Client(shop["t1"].base, None).get(f"/v1/returns/sales/{REF}").status_code == 401


def test_grant_within_and_over(shop):
    t2 = shop["t2"]
    gid = uuid.uuid4().hex
    r = ask(t2, REF, [(2, "1"), (3, "1")], gid)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["grant_id"], body["status"]) == (gid, "granted")
    assert [(ln["line"], ln["returned_before"]) for ln in body["lines"]] == [(2, "0"), (3, "0")]
    assert returned(t2, REF) == {1: "0", 2: "1", 3: "1", 4: "0"}  # active grants count

    r = ask(shop["t1"], REF, [(1, "1"), (2, "2")])
    assert r.status_code == 409
    assert r.json()["detail"] == "Line 2 (Test Brioche): only 1 left to return, 2 asked"
    r = ask(shop["t1"], REF, [(3, "1")])
    assert r.status_code == 409 and r.json()["detail"].startswith("Line 3 (Test Cola x6): nothing left to return")
    assert returned(t2, REF) == {1: "0", 2: "1", 3: "1", 4: "0"}  # nothing stored by the refusals
    assert shop["n1"].get(f"/v1/returns/sales/{REF}").json()["lines"][1]["returned"] == "1"


def test_grant_refusals(shop):
    t1 = shop["t1"]
    r = ask(t1, "PAR01-T1-000404", [(1, "1")])
    assert r.status_code == 404 and "PAR01-T1-000404" in r.json()["detail"]
    r = ask(t1, REF, [(9, "1")])
    assert r.status_code == 422 and "no line 9" in r.json()["detail"]
    for bad in ([(1, "0")], [(1, "-1")], [(1, "1.0001")], [(1, "abc")], [(1, "1"), (1, "1")], []):
        assert ask(t1, REF, bad).status_code == 422, bad
    r = t1.post(
        "/v1/returns/grants", json={"grant_id": uuid.uuid4().hex, "ref": REF, "lines": [{"line": 1, "quantity": 1.0}]}
    )
    assert r.status_code == 422  # a float is not a quantity
    r = t1.post("/v1/returns/grants", json={"grant_id": "XYZ", "ref": REF, "lines": [{"line": 1, "quantity": "1"}]})
    assert r.status_code == 422
    assert ask(shop["erp"], REF, [(1, "1")]).status_code == 403
    assert returned(t1, REF) == {1: "0", 2: "0", 3: "0", 4: "0"}


def test_partial_grants_over_several_visits_never_exceed_the_sale(admin, client):
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    weighed = sale(7, [replace(COLA3, quantity="2.5")], [("cash", 798, "")])  # 2.5 x 319 = 797.5 -> 798
    assert t1.send({"id": uuid.uuid4().hex, "kind": "sale", "payload": weighed})[0]["status"] == "accepted"
    ref = weighed["receipt_no"]
    asked = ["0.5", "1", "0.25", "0.5", "0.5", "0.25"]
    granted = []
    for q in asked:
        r = ask(t1, ref, [(1, q)])
        if r.status_code == 200:
            granted.append(q)
        else:
            assert r.status_code == 409, r.text
    assert granted == ["0.5", "1", "0.25", "0.5", "0.25"]  # the 5th (0.5) found only 0.25 left
    assert returned(t1, ref) == {1: "2.5"}
    r = ask(t1, ref, [(1, "0.001")])
    assert r.status_code == 409 and "nothing left to return" in r.json()["detail"]


def test_idempotent_grant(shop):
    t2 = shop["t2"]
    gid = uuid.uuid4().hex
    first = ask(t2, REF, [(2, "1")], gid)
    assert first.status_code == 200
    again = ask(t2, REF, [(2, "1")], gid)
    assert (again.status_code, again.json()) == (200, first.json())
    assert returned(t2, REF)[2] == "1"  # held once
    other = ask(t2, REF, [(2, "2")], gid)
    assert other.status_code == 409 and "already used for another request" in other.json()["detail"]
    # the same id from another store is not a repeat either
    assert ask(shop["n1"], REF, [(2, "1")], gid).status_code == 409


def test_release(shop, admin):
    t1, t2 = shop["t1"], shop["t2"]
    gid = uuid.uuid4().hex
    assert ask(t2, REF, [(2, "2")], gid).status_code == 200
    assert ask(t1, REF, [(2, "1")]).status_code == 409
    assert shop["n1"].session.delete(f"{shop['n1'].base}/v1/returns/grants/{gid}").status_code == 403
    r = t2.session.delete(f"{t2.base}/v1/returns/grants/{gid}")
    assert (r.status_code, r.json()) == (200, {"grant_id": gid, "status": "released"})
    assert returned(t1, REF)[2] == "0"
    assert ask(t1, REF, [(2, "2")]).status_code == 200
    # a repeat of the release says the same; an unknown grant is 404
    assert t2.session.delete(f"{t2.base}/v1/returns/grants/{gid}").status_code == 200
    assert t2.session.delete(f"{t2.base}/v1/returns/grants/{uuid.uuid4().hex}").status_code == 404
    assert t2.session.delete(f"{t2.base}/v1/returns/grants/not-a-grant").status_code == 404
    assert admin.scalar("SELECT status FROM return_grants WHERE grant_id = :g", g=gid) == "released"


def test_a_consumed_grant_cannot_be_released(shop):
    t2 = shop["t2"]
    gid = uuid.uuid4().hex
    assert ask(t2, REF, [(2, "1")], gid).status_code == 200
    ev = return_event(shop["sale"], [(2, "1")], station="T2", grant_id=gid)
    assert t2.send(ev)[0]["status"] == "accepted"
    r = t2.session.delete(f"{t2.base}/v1/returns/grants/{gid}")
    assert r.status_code == 409 and "already used by return" in r.json()["detail"]


def test_expired_grants_no_longer_count(shop, admin):
    t1, t2 = shop["t1"], shop["t2"]
    gid = uuid.uuid4().hex
    r = ask(t2, REF, [(2, "2")], gid)
    assert r.status_code == 200
    created, expires = admin.rows("SELECT created_at, expires_at FROM return_grants WHERE grant_id = :g", g=gid)[0]
    assert r.json()["expires_at"] == expires
    assert datetime.fromisoformat(expires) - datetime.fromisoformat(created) == timedelta(hours=24)
    assert ask(t1, REF, [(2, "1")]).status_code == 409
    with admin.engine.begin() as conn:  # a day has passed
        conn.execute(
            text("UPDATE return_grants SET expires_at = '2026-01-01T00:00:00.000000+00:00' WHERE grant_id = :g"),
            {"g": gid},
        )
    assert returned(t1, REF)[2] == "0"
    assert ask(t1, REF, [(2, "2")]).status_code == 200


def test_same_receipt_from_two_stations_at_once_one_hub(admin, hub):
    admin.store("PAR01")
    tokens = [admin.station("PAR01", "T1"), admin.station("PAR01", "T2")]
    t1 = Client(hub.url, tokens[0])
    fiscal = sale(3, [COLA3], [("cash", 957, "")])
    assert t1.send({"id": uuid.uuid4().hex, "kind": "sale", "payload": fiscal})[0]["status"] == "accepted"
    ref = fiscal["receipt_no"]
    barrier = threading.Barrier(2)
    codes, lock = [], threading.Lock()

    def till(token):  # both tills ask for the full 3 at the same moment
        c = Client(hub.url, token)
        barrier.wait()
        r = ask(c, ref, [(1, "3")])
        with lock:
            codes.append(r.status_code)

    run_together(till, [(tok,) for tok in tokens])
    assert Counter(codes) == Counter({200: 1, 409: 1})
    assert returned(t1, ref) == {1: "3"}


@pytest.mark.parametrize("processes", [1, 2], ids=["one-hub", "two-hubs"])
def test_same_line_asked_by_many_at_once_is_granted_at_most_what_was_sold(admin, start_hub, processes):
    """Eight requests for 1 unit of a line of 3, from two stations, over one or two hub
    processes on one database: exactly 3 granted; then eight for the full 3 after a release."""
    admin.store("PAR01")
    tokens = {"T1": admin.station("PAR01", "T1"), "T2": admin.station("PAR01", "T2")}
    hubs = [start_hub(admin.db_url) for _ in range(processes)]
    t1 = Client(hubs[0].url, tokens["T1"])
    fiscal = sale(5, [COLA3], [("cash", 957, "")])
    assert t1.send({"id": uuid.uuid4().hex, "kind": "sale", "payload": fiscal})[0]["status"] == "accepted"
    ref = fiscal["receipt_no"]

    results: list[tuple[int, dict]] = []
    barrier = threading.Barrier(8)
    lock = threading.Lock()

    def go(i, lines):
        c = Client(hubs[i % processes].url, tokens["T1" if i % 2 else "T2"])
        barrier.wait()
        r = ask(c, ref, lines)
        with lock:
            results.append((r.status_code, r.json()))

    run_together(go, [(i, [(1, "1")]) for i in range(8)])
    assert Counter(code for code, _ in results) == Counter({200: 3, 409: 5}), results
    assert sorted(b["lines"][0]["returned_before"] for code, b in results if code == 200) == ["0", "1", "2"]
    assert returned(t1, ref) == {1: "3"}
    assert int(admin.scalar("SELECT sum(quantity_milli) FROM return_grant_lines")) == 3000

    # release them all, then eight ask for the whole line at once: exactly one gets it
    for gid, st in admin.rows("SELECT grant_id, station FROM return_grants"):
        c = Client(hubs[0].url, tokens[st])
        assert c.session.delete(f"{c.base}/v1/returns/grants/{gid}").status_code == 200
    results.clear()
    barrier = threading.Barrier(8)
    run_together(go, [(i, [(1, "3")]) for i in range(8)])
    assert Counter(code for code, _ in results) == Counter({200: 1, 409: 7}), results
    assert returned(t1, ref) == {1: "3"}
    assert all(h.alive() for h in hubs)


def test_postgresql_a_grant_waits_for_the_sale_row(admin, hub_db_url):
    """The arbiter on PostgreSQL is the sale row's lock: while another transaction holds it
    (another hub process granting or applying a return of this sale), a grant waits, then
    sees what that transaction committed."""
    if not hub_db_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: there is no row lock to wait for")
    from storedesk.hub import ingest
    from storedesk.hub.errors import HubError
    from storedesk.hub.returns import grants

    admin.store("PAR01")
    fiscal = sale(8, [COLA3], [("cash", 957, "")])
    ev = ingest.EventIn(uuid.uuid4().hex, "sale", fiscal)
    assert ingest.ingest(admin.engine, "PAR01", "T1", [ev])[0].status == "accepted"
    ref = fiscal["receipt_no"]
    first = uuid.uuid4().hex
    conn_a = admin.engine.connect()
    tx = conn_a.begin()
    conn_a.execute(text("SELECT sale_id FROM sales WHERE receipt_no = :r FOR UPDATE"), {"r": ref})
    # A grants 2 of 3 in its open transaction, the way grants.grant writes a grant
    done = {}

    def other():
        try:
            done["answer"] = grants.grant(admin.engine, "PAR01", "T2", uuid.uuid4().hex, ref, [(1, 2000)])
        except HubError as exc:
            done["refused"] = exc.detail

    b = threading.Thread(target=other)
    b.start()
    time.sleep(0.5)
    assert b.is_alive(), "the grant should wait for the sale row"
    conn_a.execute(
        text(
            "INSERT INTO return_grants (grant_id, store, station, sale_id, ref, status, request_sha256, "
            "answer, created_at, expires_at) VALUES (:g, 'PAR01', 'T1', :s, :r, 'active', '', '{}', "
            "'2026-01-01T00:00:00.000000+00:00', '2999-01-01T00:00:00.000000+00:00')"
        ),
        {"g": first, "s": fiscal["sale_id"], "r": ref},
    )
    conn_a.execute(
        text("INSERT INTO return_grant_lines (grant_id, line, quantity_milli) VALUES (:g, 1, 2000)"), {"g": first}
    )
    tx.commit()
    conn_a.close()
    b.join(30)
    assert done == {"refused": "Line 1 (Test Cola x6): only 1 left to return, 2 asked"}
