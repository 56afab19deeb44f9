"""The hub's ingest of sales vs customers and gift cards (issue 18 review): points never go to a
customer the hub does not know or has erased, a sale synced after its customer's erasure brings
no card back (and erasing again clears what an older hub let in), a gift card code known in
another currency leaves the card alone but keeps the sale (the refusal recorded where a manager
sees it), and a discounted gift card line is refused."""

from __future__ import annotations

import csv
import io
import json
import uuid

from storedesk.hub.cli import main as hub_cli

from .conftest import paris_and_lyon
from .payloads import COLA, Line, event, sale
from .test_customers_loyalty_hub import create, points, redeem, sold_to
from .test_gift_cards_hub import card_sale

DAY = "2026-03-14"  # payloads.AT's business day in Paris and New York


def _late_sale(ada: dict, number: int) -> dict:
    """A sale made offline for Ada, earning 40 points and paid 20 with points she redeemed first."""
    fiscal = sold_to(ada, number, 40)
    total = fiscal["total_minor"]
    fiscal["payments"] = [
        {"kind": "cash", "amount_minor": total - 20, "reference": ""},
        {"kind": "points", "amount_minor": 20, "reference": ada["card"]},
    ]
    fiscal["change_minor"] = 0
    fiscal["customer"]["points_redeemed"] = 20
    return fiscal


def _stored(admin, sale_id: str) -> dict:
    return json.loads(
        admin.scalar(
            "SELECT e.payload FROM events e JOIN sales s ON s.event_id = e.id WHERE s.sale_id = :sid", sid=sale_id
        )
    )


def test_a_sale_synced_after_the_erasure_credits_nothing_and_brings_no_card_back(admin, client):
    t1, _, _ = paris_and_lyon(admin, client)
    ada = create(t1).json()
    assert t1.send(event("sale", sold_to(ada, 1, 50)))[0]["status"] == "accepted"
    assert redeem(t1, ada["id"], 20).status_code == 200  # the till takes 20 points, then goes offline
    late = event("sale", _late_sale(ada, 2))
    assert hub_cli(["customer", "erase", ada["id"], "--db", admin.db_url]) == 0
    assert t1.send(late)[0]["status"] == "accepted"  # the fiscal document is kept
    sid = late["payload"]["sale_id"]
    assert admin.scalar("SELECT count(*) FROM sales WHERE sale_id = :sid", sid=sid) == 1
    # no card stored, no points credited; the points it was paid with stay recorded
    assert admin.rows(
        "SELECT customer_id, card, points_earned, points_redeemed FROM sale_customers WHERE sale_id = :sid", sid=sid
    ) == [(ada["id"], None, 0, 20)]
    assert admin.scalar("SELECT count(*) FROM loyalty_ledger WHERE sale_id = :sid", sid=sid) == 0
    assert admin.scalar("SELECT sum(points) FROM loyalty_ledger") == 30  # 50 earned - 20 redeemed, as before
    assert admin.rows("SELECT reference FROM sale_payments WHERE sale_id = :sid AND kind = 'points'", sid=sid) == [
        ("",)
    ]
    stored = _stored(admin, sid)
    assert stored["customer"] == {**late["payload"]["customer"], "card": ""}
    assert [p["reference"] for p in stored["payments"]] == ["", ""]
    assert not [p for (p,) in admin.rows("SELECT payload FROM events") if ada["card"] in p]
    # the hash is still that of what the station sent: its repeat is recognised, changing nothing
    assert t1.send(late)[0]["status"] == "duplicate"
    assert admin.scalar("SELECT count(*) FROM loyalty_ledger") == 2
    assert t1.get(f"/v1/customers/{ada['id']}").status_code == 404


def test_points_of_a_customer_the_hub_never_knew_are_not_credited_and_logged(admin, client, hub):
    t1, _, _ = paris_and_lyon(admin, client)
    ghost = {"id": uuid.uuid4().hex, "card": "LOY0000000000"}
    fiscal = sold_to(ghost, 1, 999)
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"  # the sale is kept
    assert admin.scalar("SELECT count(*) FROM sales") == 1
    assert admin.scalar("SELECT count(*) FROM loyalty_ledger") == 0
    assert admin.scalar("SELECT count(*) FROM sale_customers") == 0
    warned = [ln for ln in hub.log().splitlines() if ghost["id"] in ln]
    assert warned and fiscal["sale_id"] in warned[0] and "WARNING" in warned[0], hub.log()[-2000:]
    # a customer the hub knows still earns, in the same way
    ada = create(t1).json()
    assert t1.send(event("sale", sold_to(ada, 2, 12)))[0]["status"] == "accepted"
    assert points(t1, ada["id"]) == 12


def test_erasing_again_clears_a_card_that_a_late_sale_brought_back(admin, client):
    """A hub older than the ingest check stored a late sale's card after the erasure: a second
    erasure clears it (the card on the sale's own row, its points payment, its stored event)."""
    t1, _, _ = paris_and_lyon(admin, client)
    ada = create(t1).json()
    assert t1.send(event("sale", sold_to(ada, 1, 50)))[0]["status"] == "accepted"
    assert redeem(t1, ada["id"], 20).status_code == 200
    late = event("sale", _late_sale(ada, 2))
    assert hub_cli(["customer", "erase", ada["id"], "--db", admin.db_url]) == 0
    assert t1.send(late)[0]["status"] == "accepted"
    sid = late["payload"]["sale_id"]
    # what the older hub kept: the card on the sale, in its points payment and in its event
    with admin.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE sale_customers SET card = :c WHERE sale_id = :s"), {"c": ada["card"], "s": sid})
        conn.execute(
            text("UPDATE sale_payments SET reference = :c WHERE sale_id = :s AND kind = 'points'"),
            {"c": ada["card"], "s": sid},
        )
        conn.execute(
            text("UPDATE events SET payload = :p WHERE id = :i"),
            {"p": json.dumps(late["payload"], sort_keys=True, separators=(",", ":")), "i": late["id"]},
        )
    assert hub_cli(["customer", "erase", ada["id"], "--db", admin.db_url]) == 0
    assert admin.rows("SELECT card FROM sale_customers") == [(None,), (None,)]
    assert admin.rows("SELECT reference FROM sale_payments WHERE kind = 'points'") == [("",)]
    assert not [p for (p,) in admin.rows("SELECT payload FROM events") if ada["card"] in p]
    stored = _stored(admin, sid)
    assert stored["customer"]["card"] == "" and [p["reference"] for p in stored["payments"]] == ["", ""]
    assert t1.send(late)[0]["status"] == "duplicate"


def test_a_gift_card_code_of_another_currency_keeps_the_sale_and_records_the_refusal(admin, client, hub, capsys):
    admin.store("PAR01")
    admin.store("NYC01", currency="USD", timezone="America/New_York")
    t1 = client(admin.station("PAR01", "T1"))
    n1 = client(admin.station("NYC01", "N1"))
    code = "GC-X"
    assert (
        n1.send(event("sale", card_sale(1, code=code, store="NYC01", station="N1", currency="USD")))[0]["status"]
        == "accepted"
    )
    # Paris sells the same code (a typo, or a card brought from New York) with a cola, paid cash
    paris = sale(1, (Line("GIFTCARD", "Gift card", "1", 3000, "GC", "0"), COLA))
    paris["lines"][0]["gift_card"] = code
    ev = event("sale", paris)
    got = t1.send(ev)[0]
    assert got["status"] == "accepted", got
    assert t1.send(ev)[0]["status"] == "duplicate"
    day = t1.get("/v1/stores/PAR01/day-totals", params={"date": DAY}).json()
    assert (day["sales_count"], day["gross_minor"]) == (1, 3319)  # the Paris sale is in its day
    card = n1.get(f"/v1/gift-cards/{code}").json()
    assert (card["currency"], card["balance_minor"], card["loaded_minor"], card["store"]) == (
        "USD",
        5000,
        5000,
        "NYC01",
    )
    assert admin.scalar("SELECT count(*) FROM gift_card_ops") == 1  # only New York's load
    assert admin.rows("SELECT code, store, ref, currency, amount_minor FROM gift_card_exceptions") == [
        (code, "PAR01", "PAR01-T1-000001", "EUR", 3000)
    ]
    warned = [ln for ln in hub.log().splitlines() if "GC-X" in ln]
    assert warned and "WARNING" in warned[0] and paris["sale_id"] in warned[0], hub.log()[-2000:]
    # the manager sees it in the gift card export, apart from the liability
    assert hub_cli(["export", "gift-cards", "--db", admin.db_url]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["code"], r["currency"], r["balance_minor"], r["status"]) for r in rows] == [
        (code, "USD", "5000", "active"),
        ("total", "USD", "5000", ""),
        (code, "EUR", "", "load_refused"),
    ]
    assert (rows[2]["amount_minor"], rows[2]["receipt_no"]) == ("3000", "PAR01-T1-000001")
    assert "is in USD" in rows[2]["reason"]
    assert hub_cli(["export", "gift-cards", "--format", "json", "--db", admin.db_url]) == 0
    refused = json.loads(capsys.readouterr().out)["refused_loads"]
    assert [(r["code"], r["amount"], r["store"], r["receipt_no"]) for r in refused] == [
        (code, "30.00", "PAR01", "PAR01-T1-000001")
    ]


def test_a_discounted_gift_card_line_is_refused(admin, client):
    admin.store("PAR01")
    t1 = client(admin.station("PAR01", "T1"))
    discounted = sale(1, (Line("GIFTCARD", "Gift card", "1", 5000, "GC", "0", discount_minor=500),))
    discounted["lines"][0]["gift_card"] = "GC-CHEAP"
    (res,) = t1.send(event("sale", discounted))
    assert res["status"] == "rejected" and "GC-CHEAP cannot be discounted" in res["reason"]
    # a line whose amount is not its price (a discount not declared as one) is refused too
    underpriced = card_sale(2, code="GC-UNDER")
    underpriced["lines"][0]["unit_price_minor"] = 6000
    (res,) = t1.send(event("sale", underpriced))
    assert res["status"] == "rejected" and "GC-UNDER cannot be discounted" in res["reason"]
    assert admin.scalar("SELECT count(*) FROM gift_cards") == 0
    assert t1.send(event("sale", card_sale(3, code="GC-FULL")))[0]["status"] == "accepted"  # at its price: fine
