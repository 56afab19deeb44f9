"""The "return" event at the hub (issue 5): a return consuming its grant (counted once), an
offline over-return accepted and flagged to the store (table, feed, GET flags), an unknown
sale flagged, bad payloads rejected with their reasons, refunds in the lookup, and returns in
the day totals (API, in-process figures and the CSV export).

The sale (payloads.BASKET, PAR01-T1-000001, 2026-03-14 10:00 UTC): line 1 Apples 1 x 249 (B 5.5 %),
line 2 Brioche 2 x 529 = 1058 (B), line 3 Cola 1 x 319 (A 20 %), line 4 Puzzle 1 x 1619 (C 0 %).
Returning one brioche refunds 529: B 5.5 %, tax 529 * 5.5 / 105.5 = 27.58 -> 28, net 501.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import uuid
from datetime import date

import pytest
from tests.helpers.hubs import hub_command

from storedesk.hub import db
from storedesk.hub.reports import exports

from .payloads import BASKET, event, sale
from .test_returns_support import COLA3, ask, return_event, return_payload, returned, returns_shop

REF = "PAR01-T1-000001"


@pytest.fixture
def shop(admin, client):
    return returns_shop(admin, client, [("card", 1000, "CARD-1"), ("cash", 3000, "")])


def test_a_return_consumes_its_grant_and_is_counted_once(shop, admin):
    t2 = shop["t2"]
    gid = uuid.uuid4().hex
    assert ask(t2, REF, [(2, "1")], gid).status_code == 200
    assert returned(t2, REF)[2] == "1"
    ev = return_event(shop["sale"], [(2, "1")], station="T2", grant_id=gid, payments=[("card", 529, 0, "CARD-1")])
    assert ev["payload"]["offline"] is False
    assert t2.send(ev) == [{"id": ev["id"], "status": "accepted", "reason": ""}]
    assert returned(t2, REF) == {1: "0", 2: "1", 3: "0", 4: "0"}  # the return's line, not also the grant
    assert admin.rows("SELECT status, return_id FROM return_grants WHERE grant_id = :g", g=gid) == [
        ("consumed", ev["payload"]["return_id"])
    ]
    got = t2.get(f"/v1/returns/sales/{REF}").json()
    assert got["refunded"] == {"cash": 0, "card": 529, "store_credit": 0, "online": 0}
    assert got["returns"] == ["PAR01-T2-R000001"]
    # the rest of the line, once more, then nothing
    assert ask(shop["t1"], REF, [(2, "1")]).status_code == 200
    r = ask(shop["t1"], REF, [(2, "1")])
    assert r.status_code == 409 and r.json()["detail"].startswith("Line 2 (Test Brioche): nothing left")
    # nothing flagged, and a repeat of the event is a duplicate that changes nothing
    assert admin.scalar("SELECT count(*) FROM return_flags") == 0
    assert t2.send(ev)[0]["status"] == "duplicate"
    assert admin.scalar("SELECT count(*) FROM returns") == 1
    # the event row carries the return's time, business day and number (the ERP journal)
    assert admin.rows("SELECT occurred_at, doc_ref FROM events WHERE id = :i", i=ev["id"]) == [
        ("2026-03-14T15:00:00.000000+00:00", "PAR01-T2-R000001")
    ]
    with db.read_conn(admin.engine) as conn:
        journal = exports.journal(conn, date(2026, 3, 14), "PAR01")
    assert [j["kind"] for j in journal] == ["sale", "return"]


def test_stored_rows(shop, admin):
    ev = return_event(
        shop["sale"],
        [(2, "1"), (3, "1")],
        station="T1",
        number=4,
        payments=[("card", 848, 0, "CARD-1")],
        condition="damaged",
    )
    assert shop["t1"].send(ev)[0]["status"] == "accepted"
    p = ev["payload"]
    assert admin.rows(
        "SELECT return_no, store, station, kind, original_ref, original_sale_id, offline, "
        "net_minor, tax_minor, total_minor, rounding_minor FROM returns"
    ) == [
        (
            "PAR01-T1-R000004",
            "PAR01",
            "T1",
            "receipt",
            REF,
            shop["sale"]["sale_id"],
            True,
            p["net_minor"],
            p["tax_minor"],
            848,
            0,
        )
    ]
    assert admin.rows(
        "SELECT line, original_line, sku, quantity_milli, refund_minor, tax_code, tax_rate, condition "
        "FROM return_lines ORDER BY line"
    ) == [(1, 2, "SKU0000002", 1000, 529, "B", "5.5", "damaged"), (2, 3, "SKU0000005", 1000, 319, "A", "20", "damaged")]
    assert admin.rows("SELECT code, rate, net_minor, tax_minor, gross_minor FROM return_taxes ORDER BY position") == [
        ("A", "20", 266, 53, 319),
        ("B", "5.5", 501, 28, 529),
    ]
    assert admin.rows("SELECT kind, amount_minor, rounding_minor, reference FROM return_payments") == [
        ("card", 848, 0, "CARD-1")
    ]


def _feed_kinds(c, kind):
    return [i["data"] for i in c.feed()["items"] if i["kind"] == kind]


def test_offline_over_return_is_accepted_flagged_and_fed_to_the_store(admin, client):
    """T1 sold 3 colas. T2, online, returns 2 with a grant. T1, offline meanwhile, returns 2 of
    its own sale as it knew it: 4 of 3. Accepted (the money already went), flagged, fed."""
    admin.store("PAR01")
    admin.store("NYC01", currency="USD", timezone="America/New_York")
    t1, t2 = client(admin.station("PAR01", "T1")), client(admin.station("PAR01", "T2"))
    n1 = client(admin.station("NYC01", "N1"))
    fiscal = sale(3, [COLA3], [("cash", 1000, "")])
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    ref = fiscal["receipt_no"]
    gid = uuid.uuid4().hex
    assert ask(t2, ref, [(1, "2")], gid).status_code == 200
    assert t2.send(return_event(fiscal, [(1, "2")], station="T2", grant_id=gid))[0]["status"] == "accepted"
    assert admin.scalar("SELECT count(*) FROM return_flags") == 0

    offline = return_event(fiscal, [(1, "2")], station="T1", number=1)
    assert offline["payload"]["offline"] is True and offline["payload"]["grant_id"] == ""
    assert t1.send(offline)[0]["status"] == "accepted"
    assert returned(t1, ref) == {1: "4"}
    detail = "Line 1 (Test Cola x6): 4 returned of 3 sold; over by 1"
    (flag,) = admin.rows("SELECT flag_id, return_no, original_ref, detail, store, station FROM return_flags")
    assert flag[1:] == ("PAR01-T1-R000001", ref, detail, "PAR01", "T1")
    for station in (t1, t2):  # every station of the return's store, the returning one included
        (item,) = _feed_kinds(station, "return_flag")
        assert {k: item[k] for k in ("flag_id", "return_no", "original_ref", "detail")} == {
            "flag_id": flag[0],
            "return_no": "PAR01-T1-R000001",
            "original_ref": ref,
            "detail": detail,
        }
        assert item["at"]
    assert _feed_kinds(n1, "return_flag") == []
    for reader in (t2, client(admin.erp())):
        r = reader.get("/v1/returns/flags", params={"store": "PAR01"})
        assert r.status_code == 200, r.text
        assert [(f["flag_id"], f["detail"]) for f in r.json()["flags"]] == [(flag[0], detail)]
    assert n1.get("/v1/returns/flags", params={"store": "PAR01"}).status_code == 403
    assert n1.get("/v1/returns/flags", params={"store": "NYC01"}).json()["flags"] == []
    # and nothing more can be granted
    r = ask(t2, ref, [(1, "1")])
    assert r.status_code == 409 and "nothing left to return" in r.json()["detail"]


def test_an_expired_grant_is_not_an_arbitration(shop, admin):
    """A return naming an expired grant is accepted; had it gone over the sale, it would be flagged."""
    t2 = shop["t2"]
    gid = uuid.uuid4().hex
    assert ask(t2, REF, [(3, "1")], gid).status_code == 200
    with admin.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE return_grants SET expires_at = '2026-01-01T00:00:00.000000+00:00'"))
    assert ask(shop["t1"], REF, [(3, "1")]).status_code == 200  # the lapsed grant no longer held it
    ev = return_event(shop["sale"], [(3, "1")], station="T2", grant_id=gid)
    assert t2.send(ev)[0]["status"] == "accepted"
    assert admin.rows("SELECT grant_consumed FROM returns") == [(False,)]
    ev2 = return_event(shop["sale"], [(3, "1")], station="T1", offline=True)  # the other grant's holder, offline
    assert shop["t1"].send(ev2)[0]["status"] == "accepted"
    assert admin.rows("SELECT return_no, detail FROM return_flags") == [
        ("PAR01-T1-R000001", "Line 3 (Test Cola x6): 2 returned of 1 sold; over by 1")
    ]


def test_a_return_of_a_sale_the_hub_does_not_know_is_accepted_and_flagged(shop, admin):
    ghost = sale(77, BASKET, store="PAR01", station="T9")
    ev = return_event(ghost, [(1, "1")], station="T1")
    assert shop["t1"].send(ev)[0]["status"] == "accepted"
    assert admin.rows("SELECT detail FROM return_flags") == [
        ("Sale PAR01-T9-000077 is unknown at the hub: the return could not be checked against it",)
    ]
    assert [d["return_no"] for d in _feed_kinds(shop["t2"], "return_flag")] == ["PAR01-T1-R000001"]


def test_no_receipt_returns_are_stored_not_arbitrated(shop, admin):
    p = return_payload(shop["sale"], [(4, "1")], kind="no_receipt", payments=[("store_credit", 1619, 0, "SC-NR-1")])
    p["lines"][0]["original_line"] = 0
    p["approver"] = "max"
    assert shop["t1"].send(event("return", p))[0]["status"] == "accepted"
    assert admin.rows("SELECT kind, original_ref, original_sale_id FROM returns") == [("no_receipt", "", "")]
    assert returned(shop["t1"], REF)[4] == "0"
    assert admin.scalar("SELECT count(*) FROM return_flags") == 0


# --- good return payloads broken one way each: the hub must reject each with the reason
def _break_lines_vs_total(p):
    p["lines"][0]["refund_minor"] += 1


def _break_payments_vs_total(p):
    p["payments"][0]["amount_minor"] -= 1


def _break_currency(p):
    p["currency"] = "USD"


def _break_kind(p):
    p["kind"] = "gift"


def _break_float_quantity(p):
    p["lines"][0]["quantity"] = 1.0


def _break_comma_quantity(p):
    p["lines"][0]["quantity"] = "1,5"


def _break_zero_quantity(p):
    p["lines"][0]["quantity"] = "0"


def _break_float_money(p):
    p["total_minor"] = 529.0


def _break_card_rounding(p):
    p["payments"][0] = {"kind": "card", "amount_minor": 530, "rounding_minor": 1, "reference": "X"}
    p["rounding_minor"] = 1


def _break_credit_without_code(p):
    p["payments"][0] = {"kind": "store_credit", "amount_minor": 529, "rounding_minor": 0, "reference": ""}


def _break_tax_row(p):
    p["taxes"][0]["code"] = "A"


def _break_tax_split(p):
    p["taxes"][0]["tax_minor"] += 1
    p["taxes"][0]["net_minor"] -= 1


def _break_tax_gross(p):
    p["taxes"][0]["gross_minor"] += 1
    p["taxes"][0]["net_minor"] += 1


def _break_missing_field(p):
    del p["lines"][0]["condition"]


def _break_condition(p):
    p["lines"][0]["condition"] = "lost"


def _break_payment_kind(p):
    p["payments"][0]["kind"] = "cheque"


def _break_sale_id(p):
    p["original_sale_id"] = uuid.uuid4().hex


def _break_no_lines(p):
    p["lines"] = []


def _break_offline_type(p):
    p["offline"] = "yes"


def _break_grant_id(p):
    p["grant_id"] = "not-a-uuid"


def _break_no_ref(p):
    p["original_ref"] = ""


def _break_same_sold_line_twice(p):
    p["lines"].append(dict(p["lines"][0], line=2))


def _mutations():
    """Each change with the reason the hub gives; the test's id is the change's name."""
    table = [
        (_break_lines_vs_total, "line refunds add up to 530, total_minor is 529"),
        (_break_payments_vs_total, "payments add up to 528 (amount - rounding), total_minor is 529"),
        (_break_currency, "return.currency 'USD' is not the store's currency EUR"),
        (_break_kind, "return.kind must be one of receipt, no_receipt, web_order, got 'gift'"),
        (_break_float_quantity, "lines[1].quantity: 1.0 is not a decimal string"),
        (_break_comma_quantity, "lines[1].quantity: '1,5' is not a decimal string"),
        (_break_zero_quantity, "lines[1].quantity must be more than zero"),
        (_break_float_money, "return.total_minor must be an integer of minor units, got 529.0"),
        (_break_card_rounding, "payments[1]: only cash refunds are rounded, card has rounding 1"),
        (_break_credit_without_code, "payments[1].reference must be the voucher code"),
        (_break_tax_row, "lines at tax A 5.5 % refund 0, the tax row says 529 gross"),
        (_break_tax_split, "taxes add up to net 500 and tax 29, the return says net_minor 501 and tax_minor 28"),
        (_break_tax_gross, "taxes add up to 530 gross, total_minor is 529"),
        (_break_missing_field, "lines[1]: missing condition"),
        (_break_condition, "lines[1].condition must be one of restock, damaged, got 'lost'"),
        (_break_payment_kind, "payments[1].kind must be one of cash, card, store_credit, online, exchange"),
        (_break_sale_id, f"receipt {REF} is sale "),
        (_break_no_lines, "return.lines must not be empty"),
        (_break_offline_type, "return.offline must be true or false"),
        (_break_grant_id, "return.grant_id must be empty (offline) or a uuid"),
        (_break_no_ref, "return.original_ref must name the receipt of a receipt return"),
        (_break_same_sold_line_twice, "lines[2].original_line 2 appears twice"),
    ]
    return [pytest.param(c, r, id=c.__name__.removeprefix("_break_").replace("_", "-")) for c, r in table]


@pytest.mark.parametrize("change, reason", _mutations())
def test_bad_return_payloads_are_rejected_with_the_reason(shop, admin, change, reason):
    p = return_payload(shop["sale"], [(2, "1")])
    assert p["total_minor"] == 529
    bad = copy.deepcopy(p)
    change(bad)
    (res,) = shop["t1"].send(event("return", bad))
    assert res["status"] == "rejected" and reason in res["reason"], res
    assert admin.scalar("SELECT count(*) FROM returns") == 0
    assert admin.scalar("SELECT count(*) FROM vouchers") == 0
    assert admin.scalar("SELECT count(*) FROM return_flags") == 0


def test_rejections_of_the_envelope_and_of_repeated_documents(shop, admin):
    t1 = shop["t1"]
    p = return_payload(shop["sale"], [(2, "1")])
    other = return_payload(shop["sale"], [(2, "1")], store="NYC01", station="N1", currency="USD")
    (res,) = t1.send(event("return", other))  # names another store: rejected alone, with the reason
    assert res["status"] == "rejected" and res["reason"] == "payload names NYC01/N1, the token is PAR01/T1", res
    first = event("return", p)
    assert t1.send(first)[0]["status"] == "accepted"
    again = dict(p, return_id=uuid.uuid4().hex)  # a new id for the same return number
    (res,) = t1.send(event("return", again))
    assert res["status"] == "rejected"
    assert res["reason"] == f"return number PAR01-T1-R000001 was already received in event {first['id']}"
    (res,) = t1.send(event("return", dict(p, return_no="PAR01-T1-R000002")))  # same return id
    assert res["status"] == "rejected" and "was already received in event" in res["reason"]
    assert admin.scalar("SELECT count(*) FROM returns") == 1


def test_day_totals_with_returns_and_refunds(shop, admin):
    """Day 14 in Paris: the sale (3245) and two returns; one return at 23:30 UTC is Paris' 15th.
    R1 15:00Z brioche 529 to card; R2 16:00Z cola 319 + apples 249 = 568: 300 cash (rounded
    from 298: +2) and 270 store credit (exact 270); R3 23:30Z puzzle 1619 cash, day 15."""
    t1 = shop["t1"]
    r1 = return_event(shop["sale"], [(2, "1")], number=1, payments=[("card", 529, 0, "CARD-1")])
    r2 = return_event(
        shop["sale"],
        [(3, "1"), (1, "1")],
        number=2,
        at="2026-03-14T16:00:00.000000+00:00",
        payments=[("cash", 300, 2, ""), ("store_credit", 270, 0, "SC-DAY-1")],
    )
    r3 = return_event(shop["sale"], [(4, "1")], number=3, at="2026-03-14T23:30:00.000000+00:00")
    assert [x["status"] for x in t1.send(r1, r2, r3)] == ["accepted"] * 3
    got = t1.get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-14"}).json()
    assert (got["sales_count"], got["gross_minor"], got["returns_count"], got["returns_minor"]) == (1, 3245, 2, 1097)
    day15 = shop["erp"].get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-15"}).json()
    assert (day15["sales_count"], day15["returns_count"], day15["returns_minor"]) == (0, 1, 1619)
    with db.read_conn(admin.engine) as conn:
        t = exports.day_totals(conn, "PAR01", date(2026, 3, 14))
        quiet = exports.day_totals(conn, "PAR01", date(2026, 3, 13))
    assert t["refunds"] == {"card": 529, "cash": 300, "store_credit": 270}
    assert sum(t["refunds"].values()) == t["returns_minor"] + 2  # the cash rounding
    assert quiet["refunds"] == {} and (quiet["returns_count"], quiet["returns_minor"]) == (0, 0)
    # NYC01 had none
    n = shop["n1"].get("/v1/stores/NYC01/day-totals", params={"date": "2026-03-14"}).json()
    assert (n["returns_count"], n["returns_minor"]) == (0, 0)

    r = hub_command(
        "export", "day-totals", "--date", "2026-03-14", "--format", "csv", "--store", "PAR01", "--db", admin.db_url
    )
    assert r.returncode == 0, r.stderr
    rows = [
        (x["figure"], x["code"], x["count"], x["amount_minor"])
        for x in csv.DictReader(io.StringIO(r.stdout))
        if x["figure"] in ("returns", "refund")
    ]
    assert rows == [
        ("returns", "", "2", "1097"),
        ("refund", "card", "", "529"),
        ("refund", "cash", "", "300"),
        ("refund", "store_credit", "", "270"),
    ]
    r = hub_command(
        "export", "day-totals", "--date", "2026-03-14", "--format", "json", "--store", "PAR01", "--db", admin.db_url
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["refunds"] == {"card": 529, "cash": 300, "store_credit": 270}
    # the lookup's refunded: exact values (cash 300 - 2 rounding)
    assert t1.get(f"/v1/returns/sales/{REF}").json()["refunded"] == {
        "cash": 298 + 1619,
        "card": 529,
        "store_credit": 270,
        "online": 0,
    }


def test_a_granted_return_pushed_over_by_an_offline_one_is_flagged(shop, admin):
    """T2 holds a grant for both brioches; meanwhile T1, offline, returns one of them and syncs
    (1 of 2: fine). Then T2's granted return lands: 3 of 2. Flagged on T2's return: never silent."""
    t1, t2 = shop["t1"], shop["t2"]
    gid = uuid.uuid4().hex
    assert ask(t2, REF, [(2, "2")], gid).status_code == 200
    assert t1.send(return_event(shop["sale"], [(2, "1")], station="T1"))[0]["status"] == "accepted"
    assert admin.scalar("SELECT count(*) FROM return_flags") == 0
    assert returned(t1, REF)[2] == "3"  # 1 returned + 2 held
    assert t2.send(return_event(shop["sale"], [(2, "2")], station="T2", grant_id=gid))[0]["status"] == "accepted"
    assert admin.rows("SELECT return_no, detail FROM return_flags") == [
        ("PAR01-T2-R000001", "Line 2 (Test Brioche): 3 returned of 2 sold; over by 1")
    ]
    assert admin.rows("SELECT grant_consumed FROM returns WHERE station = 'T2'") == [(True,)]


def test_a_web_order_return_of_an_order_the_hub_does_not_know_is_kept_and_flagged(shop, admin):
    """original_ref is the order number; an order the hub does not hold as collected (paid
    online) cannot be checked: the return is stored, counted in the day, and flagged.
    Returns of real collected orders: tests/e2e/test_click_and_collect_returns.py."""
    p = return_payload(shop["sale"], [(3, "1")], kind="web_order", payments=[("card", 319, 0, "WEB-PAY")])
    p["original_ref"] = "W000042"
    assert shop["t1"].send(event("return", p))[0]["status"] == "accepted"
    assert admin.rows("SELECT kind, original_ref FROM returns") == [("web_order", "W000042")]
    assert returned(shop["t1"], REF)[3] == "0"
    assert admin.scalar("SELECT count(*) FROM return_flags") == 1
    got = shop["t1"].get("/v1/stores/PAR01/day-totals", params={"date": "2026-03-14"}).json()
    assert (got["returns_count"], got["returns_minor"]) == (1, 319)
