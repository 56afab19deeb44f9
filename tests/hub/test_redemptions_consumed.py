"""A tender taken at the hub is used up by the sale it paid (issue 18, h0021): a real hub over HTTP,
on SQLite and PostgreSQL.

- a sale whose payment names its redemption (voucher, gift card, points) marks it used; the
  redemption cannot be given back after (409 naming the sale) and the balance stays taken;
- a payment its redemption does not back (unknown, of another amount, another station's, given
  back, used by another sale) keeps the sale and is recorded as a mismatch a manager lists
  (`storedesk-hub export payment-mismatches`);
- an older station's payment without a redemption id is accepted as before."""

from __future__ import annotations

import json
import threading
import uuid

import pytest

from storedesk.hub.cli import main as hub_cli

from .conftest import Client, paris_and_lyon
from .payloads import BASKET, event, sale
from .test_customers_loyalty_hub import create, points, sold_to
from .test_customers_loyalty_hub import redeem as redeem_points
from .test_gift_cards_hub import CARD, card_sale
from .test_gift_cards_hub import balance as card_balance
from .test_gift_cards_hub import redeem as redeem_card
from .test_returns_support import return_event


def paid_by(number: int, kind: str, amount: int, reference: str, redemption_id: str | None) -> dict:
    """Sale `number` (the worked basket, 32.45) paid `amount` by `kind` under `redemption_id`, the
    rest in cash; without a redemption id, as an older station sends it."""
    fiscal = sale(number)
    rest = fiscal["total_minor"] - amount
    payment = {"kind": kind, "amount_minor": amount, "reference": reference}
    if redemption_id is not None:
        payment["redemption_id"] = redemption_id
    fiscal["payments"] = [payment] + ([{"kind": "cash", "amount_minor": rest, "reference": ""}] if rest else [])
    return fiscal


def cancel(c, path: str, rid: str):
    return c.post(f"/v1/{path}/redemptions/{rid}/cancel", json={})


def consumed(admin) -> list[tuple]:
    return admin.rows("SELECT kind, redemption_id, receipt_no, position, amount_minor FROM redemptions_consumed")


def mismatches(admin) -> list[tuple]:
    return admin.rows(
        "SELECT receipt_no, position, kind, redemption_id, amount_minor, reason FROM sale_payment_mismatches "
        "ORDER BY receipt_no, position"
    )


@pytest.fixture
def card(admin, client):
    """PAR01's tills T1 and T2 and a card of 50.00 sold at T1."""
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    assert t1.send(event("sale", card_sale(1)))[0]["status"] == "accepted"
    return {"t1": t1, "t2": client(admin.station("PAR01", "T2"))}


def test_a_gift_card_redemption_used_by_its_sale_is_never_given_back(card, admin):
    t1 = card["t1"]
    rid = uuid.uuid4().hex
    assert redeem_card(t1, 2000, rid).status_code == 200
    fiscal = paid_by(2, "gift_card", 2000, CARD, rid)
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    assert consumed(admin) == [("gift_card", rid, fiscal["receipt_no"], 1, 2000)]
    for _ in range(2):  # refused, and a repeat refused the same way
        r = cancel(t1, "gift-cards", rid)
        assert r.status_code == 409, r.text
        assert f"already used by sale {fiscal['receipt_no']}" in r.json()["detail"]
    assert card_balance(t1) == 3000  # the card paid once
    assert mismatches(admin) == []


def test_a_points_redemption_used_by_its_sale_is_never_given_back(admin, client):
    t1, t2, l1 = paris_and_lyon(admin, client)
    ada = create(t1).json()
    assert t1.send(event("sale", sold_to(ada, 1, 100)))[0]["status"] == "accepted"
    rid = uuid.uuid4().hex
    assert redeem_points(t1, ada["id"], 60, rid).status_code == 200
    fiscal = paid_by(2, "points", 60, ada["card"], rid)
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    r = cancel(t1, "customers", rid)
    assert r.status_code == 409 and fiscal["receipt_no"] in r.json()["detail"], r.text
    assert points(t1, ada["id"]) == 40
    assert consumed(admin) == [("points", rid, fiscal["receipt_no"], 1, 60)]


def test_a_voucher_redemption_used_by_its_sale_is_never_given_back(admin, client):
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    bought = sale(1, BASKET, [("cash", 5000, "")])
    assert t1.send(event("sale", bought))[0]["status"] == "accepted"
    code = "SC-TEST-0042"
    ret = return_event(bought, [(2, "1")], payments=[("store_credit", 529, 0, code)])
    assert t1.send(ret)[0]["status"] == "accepted"
    rid = uuid.uuid4().hex
    body = {"redemption_id": rid, "amount_minor": 500, "ref": "basket"}
    assert t1.post(f"/v1/vouchers/{code}/redeem", json=body).status_code == 200
    fiscal = paid_by(2, "voucher", 500, code, rid)
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    r = cancel(t1, "vouchers", rid)
    assert r.status_code == 409 and fiscal["receipt_no"] in r.json()["detail"], r.text
    assert t1.get(f"/v1/vouchers/{code}").json()["balance_minor"] == 29


def test_payments_their_redemption_does_not_back_keep_the_sale_and_are_listed(admin, client, capsys):
    t1, t2, l1 = paris_and_lyon(admin, client)
    ada = create(t1).json()
    assert t1.send(event("sale", sold_to(ada, 1, 500)))[0]["status"] == "accepted"
    unknown = uuid.uuid4().hex
    taken = uuid.uuid4().hex
    assert redeem_points(t1, ada["id"], 60, taken).status_code == 200
    given_back = uuid.uuid4().hex
    assert redeem_points(t1, ada["id"], 10, given_back).status_code == 200
    assert cancel(t1, "customers", given_back).status_code == 200
    elsewhere = uuid.uuid4().hex
    assert redeem_points(t2, ada["id"], 20, elsewhere).status_code == 200
    sales = [
        paid_by(2, "points", 999, ada["card"], unknown),  # no such redemption
        paid_by(3, "points", 80, ada["card"], taken),  # it took 60, the payment says 80
        paid_by(4, "points", 10, ada["card"], given_back),
        paid_by(5, "points", 20, ada["card"], elsewhere),  # T2's redemption, in T1's sale
        paid_by(6, "points", 60, ada["card"], taken),  # already used by sale 3
    ]
    got = t1.send(*[event("sale", f) for f in sales])
    assert [g["status"] for g in got] == ["accepted"] * 5  # the customer paid: every sale is kept
    rows = mismatches(admin)
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        (f["receipt_no"], 1, "points", f["payments"][0]["redemption_id"], f["payments"][0]["amount_minor"])
        for f in sales
    ]
    reasons = [r[5] for r in rows]
    assert f"no points redemption {unknown} is known" == reasons[0]
    assert "the payment is 80" in reasons[1] and "took 60" in reasons[1]
    assert "given back" in reasons[2]
    assert "another station" in reasons[3]
    assert f"already used by sale {sales[1]['receipt_no']}" in reasons[4]
    # what was taken stays taken: 500 - 60; the given-back 10 is back; T2's 20 is still its own
    assert consumed(admin) == [("points", taken, sales[1]["receipt_no"], 1, 80)]
    assert cancel(t1, "customers", taken).status_code == 409
    assert cancel(t2, "customers", elsewhere).status_code == 200
    assert points(t1, ada["id"]) == 440
    assert hub_cli(["export", "payment-mismatches", "--format", "json", "--db", admin.db_url]) == 0
    listed = json.loads(capsys.readouterr().out)["payment_mismatches"]
    assert [(m["receipt_no"], m["redemption_id"], m["reason"]) for m in listed] == [(r[0], r[3], r[5]) for r in rows]
    assert hub_cli(["export", "payment-mismatches", "--db", admin.db_url]) == 0
    csv = capsys.readouterr().out.splitlines()
    assert csv[0].startswith("store,station,receipt_no,position,kind,redemption_id") and len(csv) == 6


def test_an_older_stations_payment_without_redemption_id_is_accepted_as_before(card, admin):
    t1 = card["t1"]
    rid = uuid.uuid4().hex
    assert redeem_card(t1, 2000, rid).status_code == 200
    assert t1.send(event("sale", paid_by(2, "gift_card", 2000, CARD, None)))[0]["status"] == "accepted"
    assert consumed(admin) == [] and mismatches(admin) == []
    assert cancel(t1, "gift-cards", rid).status_code == 200  # nothing names it: given back as before
    assert card_balance(t1) == 5000


def test_a_malformed_redemption_id_is_refused_with_the_reason(card):
    r = card["t1"].send(event("sale", paid_by(2, "gift_card", 2000, CARD, "not-a-uuid")))[0]
    assert r["status"] == "rejected" and "redemption_id" in r["reason"], r


def test_a_sale_and_a_give_back_at_once_never_both_win(card, admin, start_hub):
    """Six redemptions of 5.00, each named by a sale sent to one hub process while the station
    asks another to give it back: either the sale used it (the give-back refused) or it was given
    back first (the sale kept, the mismatch recorded); the card pays exactly what was used."""
    hubs = [start_hub(admin.db_url), start_hub(admin.db_url)]
    token = admin.station("PAR01", "T1")  # a new token of T1 (the fixture's is revoked)
    t1 = Client(hubs[0].url, token)
    rids = [uuid.uuid4().hex for _ in range(6)]
    for rid in rids:
        assert redeem_card(t1, 500, rid).status_code == 200
    answers: dict[tuple[str, str], object] = {}
    lock = threading.Lock()
    barrier = threading.Barrier(12)

    def go(i: int) -> None:
        rid, what = rids[i // 2], ("sale", "cancel")[i % 2]
        c = Client(hubs[i % 2].url, token)
        barrier.wait()
        if what == "sale":
            got: object = c.send(event("sale", paid_by(2 + i // 2, "gift_card", 500, CARD, rid)))[0]["status"]
        else:
            got = cancel(c, "gift-cards", rid).status_code
        with lock:
            answers[(rid, what)] = got

    threads = [threading.Thread(target=go, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    used = {r[1] for r in consumed(admin)}
    given_back = {r[3] for r in mismatches(admin)}
    for rid in rids:
        assert answers[(rid, "sale")] == "accepted"  # the sale is kept either way
        if answers[(rid, "cancel")] == 409:
            assert rid in used and rid not in given_back
        else:
            assert answers[(rid, "cancel")] == 200 and rid in given_back and rid not in used
    assert card_balance(t1) == 5000 - 500 * len(used)
