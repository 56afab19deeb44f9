"""Returns and loyalty points at the hub (issue 18): a return is not a way to keep what was not paid
for. The sale (payloads.BASKET, total 3245: lines 249, 2 x 529, 319, 1619) is made for a customer;
its return takes back the points it earned and gives back the points it was paid with, in
proportion to the goods that came back (whole points, rounded down; exactly all once every line is
back), in the return's ingest, once, whatever the number of returns and repeats."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from storedesk.hub import db
from storedesk.hub.reports import exports

from .payloads import BASKET, event, sale
from .test_customers_loyalty_hub import create, points, redeem
from .test_returns_support import return_event

REF = "PAR01-T1-000001"


@pytest.fixture
def shop(admin, client):
    admin.store("PAR01")
    t1, t2 = client(admin.station("PAR01", "T1")), client(admin.station("PAR01", "T2"))
    r = create(t1)
    assert r.status_code == 200, r.text
    return {"t1": t1, "t2": t2, "ada": r.json()}


def _sell(c, customer: dict, *, earned: int, redeemed: int = 0, payments=None, number: int = 1) -> dict:
    fiscal = sale(number, BASKET, payments)
    fiscal["customer"] = {
        "id": customer["id"],
        "card": customer["card"],
        "points_earned": earned,
        "points_redeemed": redeemed,
    }
    assert c.send(event("sale", fiscal))[0]["status"] == "accepted"
    return fiscal


def _ledger(admin, sale_id: str) -> list:
    return admin.rows(
        "SELECT kind, points, value_minor FROM loyalty_ledger WHERE sale_id = :s ORDER BY at, op_id", s=sale_id
    )


def test_earned_points_are_taken_back_in_proportion_once_and_never_more_than_earned(shop, admin):
    t1, t2, ada = shop["t1"], shop["t2"], shop["ada"]
    sold = _sell(t1, ada, earned=32)
    assert points(t1, ada["id"]) == 32
    # one brioche of two (529 of 3245) at another station: floor(32 * 529 / 3245) = 5
    ev = return_event(sold, [(2, "1")], station="T2", offline=False, payments=[("cash", 529, 0, "")])
    assert t2.send(ev)[0]["status"] == "accepted"
    assert t2.send(ev)[0]["status"] == "duplicate"  # sent twice: taken back once
    assert points(t1, ada["id"]) == 27
    rid = ev["payload"]["return_id"]
    assert admin.rows("SELECT op_id, points, ref FROM loyalty_ledger WHERE kind = 'reverse'") == [
        ("r" + rid, -5, "PAR01-T2-R000001")
    ]
    # the apples (249): the floor of the running share, (529 + 249) / 3245 -> floor(7.67) = 7 in all: 2 more
    ev = return_event(sold, [(1, "1")], station="T2", number=2, offline=False)
    assert t2.send(ev)[0]["status"] == "accepted"
    assert points(t1, ada["id"]) == 25
    # everything else: exactly what was earned in all, not a point more
    ev = return_event(sold, [(2, "1"), (3, "1"), (4, "1")], station="T1", number=1, offline=False)
    assert t1.send(ev)[0]["status"] == "accepted"
    assert points(t1, ada["id"]) == 0
    assert sorted(_ledger(admin, sold["sale_id"])) == [
        ("earn", 32, 0),
        ("reverse", -25, 0),
        ("reverse", -5, 0),
        ("reverse", -2, 0),
    ]
    # an over-return sent offline (flagged) takes nothing more
    ev = return_event(sold, [(4, "1")], station="T2", number=3, offline=True)
    assert t2.send(ev)[0]["status"] == "accepted"
    assert admin.scalar("SELECT count(*) FROM return_flags") == 1
    assert points(t1, ada["id"]) == 0


def test_points_already_spent_leave_a_negative_balance_that_refuses_redeeming(shop, admin):
    t1, ada = shop["t1"], shop["ada"]
    sold = _sell(t1, ada, earned=100)
    assert redeem(t1, ada["id"], 90).status_code == 200  # spent before the goods came back
    ev = return_event(sold, [(1, "1"), (2, "2"), (3, "1"), (4, "1")], offline=False)
    assert t1.send(ev)[0]["status"] == "accepted"
    assert points(t1, ada["id"]) == -90  # the whole reversal is recorded: 10 - 100
    assert admin.rows("SELECT points FROM loyalty_ledger WHERE kind = 'reverse'") == [(-100,)]
    r = redeem(t1, ada["id"], 1)
    assert r.status_code == 409 and "-90" in r.json()["detail"]
    _sell(t1, ada, earned=95, number=2)  # new sales bring it back above zero
    assert points(t1, ada["id"]) == 5
    assert redeem(t1, ada["id"], 5).status_code == 200


def test_points_paid_with_go_back_to_the_card_not_in_money(shop, admin):
    t1, t2, ada = shop["t1"], shop["t2"], shop["ada"]
    _sell(t1, ada, earned=200, number=9)
    assert redeem(t1, ada["id"], 100).status_code == 200
    # paid 2245 in cash and 1000 in points (100 points); earned 22 on the cash part
    sold = _sell(t1, ada, earned=22, redeemed=100, payments=[("cash", 2245, ""), ("points", 1000, ada["card"])])
    assert points(t1, ada["id"]) == 122
    # the puzzle book (1619 of 3245): floor(1000 * 1619 / 3245) = 498 paid in points, 1121 in cash
    ev = return_event(sold, [(4, "1")], station="T2", offline=False, payments=[("cash", 1121, 0, "")])
    ev["payload"] |= {"points_back_minor": 498, "points_card": ada["card"]}
    assert t2.send(ev)[0]["status"] == "accepted"
    assert t2.send(ev)[0]["status"] == "duplicate"
    # 49 points back (floor(100 * 1619 / 3245)), 10 earned taken back (floor(22 * 1619 / 3245))
    assert points(t1, ada["id"]) == 122 + 49 - 10
    # the rest: all 100 points back and all 22 taken back, in all
    ev = return_event(sold, [(1, "1"), (2, "2"), (3, "1")], station="T2", number=2, offline=False)
    ev["payload"]["payments"][0]["amount_minor"] -= 502
    ev["payload"] |= {"points_back_minor": 502, "points_card": ada["card"]}
    assert t2.send(ev)[0]["status"] == "accepted"
    assert points(t1, ada["id"]) == 200 - 100 + 100
    rows = _ledger(admin, sold["sale_id"])
    assert sorted(r for r in rows if r[0] == "give_back") == [("give_back", 49, -498), ("give_back", 51, -502)]
    assert sum(r[1] for r in rows if r[0] == "reverse") == -22
    got = t2.get(f"/v1/returns/sales/{REF}").json()
    assert got["refunded"]["cash"] == 3245 - 1000  # money out: only what was paid in money
    assert got["customer"] == {"id": ada["id"], "card": ada["card"], "points_earned": 22, "points_redeemed": 100}
    # the day totals: the points the returns moved, apart from the money
    with db.read_conn(admin.engine) as conn:
        day = exports.day_totals(conn, "PAR01", date(2026, 3, 14))
        assert day is not None
        rows = [r for r in exports.day_totals_rows(day) if r["figure"].startswith("points_")]
    assert day["loyalty_returns"] == {
        "points_taken_back": {"count": 2, "points": 22, "value_minor": 0},
        "points_given_back": {"count": 2, "points": 100, "value_minor": 1000},
    }
    assert [(r["figure"], r["count"], r["amount_minor"]) for r in rows][-2:] == [
        ("points_taken_back", 22, 0),
        ("points_given_back", 100, 1000),
    ]


def test_points_back_must_add_up_with_the_payments(shop, admin):
    t1, ada = shop["t1"], shop["ada"]
    sold = _sell(t1, ada, earned=0, redeemed=100, payments=[("cash", 2245, ""), ("points", 1000, ada["card"])])
    ev = return_event(sold, [(4, "1")], offline=False, payments=[("cash", 1121, 0, "")])
    r = t1.send(ev)[0]
    assert r["status"] == "rejected" and "payments add up to 1121" in r["reason"]
    assert admin.scalar("SELECT count(*) FROM returns") == 0
    ev = return_event(sold, [(4, "1")], offline=False, payments=[("cash", 1121, 0, "")], return_id=uuid.uuid4().hex)
    ev["payload"]["points_back_minor"] = 498
    assert t1.send(ev)[0]["status"] == "accepted"
