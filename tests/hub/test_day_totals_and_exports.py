"""Day totals per store and business day (API and `storedesk-hub export`), worked out by hand.

PAR01 (Europe/Paris, EUR; CET = UTC+1 in March 2026):
  S4 2026-03-13T23:30Z -> Paris 14th 00:30 -> day 14. 1 x Brioche 529 - 29 discount = 500, B 5.5 %:
     tax 500*5.5/105.5 = 26.07 -> 26, net 474. Card 500.
  S1 2026-03-14T10:00Z -> day 14. The station's receipt: 3245 (A 319/53, B 1307/68, C 1619/0).
     Cash 5000, change 1755.
  S2 2026-03-14T22:59Z -> Paris 23:59 -> day 14. 3 x Cola 319 = 957, A 20 %: tax 957*20/120 = 159.5 -> 160,
     net 797. Card 500, cash due 457 rounded to 0.05 -> 455 (rounding -2), cash 460, change 5.
  S3 2026-03-14T23:30Z -> Paris 15th 00:30 -> day 15. Puzzle 1619, C 0 %. Cash 2000, change 381.
  Day 14: 3 sales, gross 500 + 3245 + 957 = 4702.
     A 20 %: gross 319 + 957 = 1276, tax 53 + 160 = 213, net 1063
     B 5.5 %: gross 1307 + 500 = 1807, tax 68 + 26 = 94, net 1713
     C 0 %: gross 1619, tax 0, net 1619          net 4395 + tax 307 = 4702
     card: 2 payments, 1000; cash: 2 payments, 5460 tendered - 1760 change = 3700
     tenders 4700 = gross 4702 + rounding -2; discounts 29.
NYC01 (America/New_York, USD; EDT = UTC-4 since March 8th):
  N1 2026-03-15T03:00Z -> New York 14th 23:00 -> day 14: Cola 319 at 20 %, card 319.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json

from tests.helpers.hubs import hub_command

from .payloads import APPLES, BASKET, BRIOCHE2, COLA, PUZZLE, Line, event, sale, sale_movements

BRIOCHE_DISC = Line(BRIOCHE2.sku, BRIOCHE2.name, "1", 529, "B", "5.5", discount_minor=29)
COLA3 = Line(COLA.sku, COLA.name, "3", 319, "A", "20")

NO_SHIFTS = {
    "count": 0,
    "sales_count": 0,
    "gross_minor": 0,
    "cash_expected_minor": 0,
    "cash_counted_minor": 0,
    "cash_difference_minor": 0,
}
NO_VOIDS_RETURNS_OR_SHIFTS = {  # none of these days has any
    "promotions": [],
    "voided_lines": 0,
    "returns_count": 0,
    "returns_minor": 0,
    "refunds": {},
    "shifts": NO_SHIFTS,
}
DAY14_PAR = {
    "store": "PAR01",
    "date": "2026-03-14",
    "currency": "EUR",
    "sales_count": 3,
    "gross_minor": 4702,
    "net_minor": 4395,
    "tax_minor": 307,
    "taxes": [
        {"code": "A", "rate": "20", "net_minor": 1063, "tax_minor": 213, "gross_minor": 1276},
        {"code": "B", "rate": "5.5", "net_minor": 1713, "tax_minor": 94, "gross_minor": 1807},
        {"code": "C", "rate": "0", "net_minor": 1619, "tax_minor": 0, "gross_minor": 1619},
    ],
    "tenders": [
        {"kind": "card", "count": 2, "tendered_minor": 1000, "change_minor": 0, "amount_minor": 1000},
        {"kind": "cash", "count": 2, "tendered_minor": 5460, "change_minor": 1760, "amount_minor": 3700},
    ],
    "discount_minor": 29,
    "rounding_minor": -2,
    "change_minor": 1760,
    **NO_VOIDS_RETURNS_OR_SHIFTS,
}


def one_sale_day(store: str, date: str, currency: str, tax: dict, tender: dict) -> dict:
    """A day of one sale at one VAT rate, paid with one tender, with no discount or rounding: the
    day's gross, net and tax are that rate's, its change that tender's."""
    return {
        "store": store,
        "date": date,
        "currency": currency,
        "sales_count": 1,
        "gross_minor": tax["gross_minor"],
        "net_minor": tax["net_minor"],
        "tax_minor": tax["tax_minor"],
        "taxes": [tax],
        "tenders": [tender],
        "discount_minor": 0,
        "rounding_minor": 0,
        "change_minor": tender["change_minor"],
        **NO_VOIDS_RETURNS_OR_SHIFTS,
    }


# the single-sale days: S3 (a Puzzle at C 0 %, the same as in S1), N1 (a Cola at A 20 %)
PUZZLE_AT_C = {"code": "C", "rate": "0", "net_minor": 1619, "tax_minor": 0, "gross_minor": 1619}
COLA_AT_A = {"code": "A", "rate": "20", "net_minor": 266, "tax_minor": 53, "gross_minor": 319}
CASH_2000 = {"kind": "cash", "count": 1, "tendered_minor": 2000, "change_minor": 381, "amount_minor": 1619}
CARD_319 = {"kind": "card", "count": 1, "tendered_minor": 319, "change_minor": 0, "amount_minor": 319}
DAY15_PAR = one_sale_day("PAR01", "2026-03-15", "EUR", PUZZLE_AT_C, CASH_2000)
DAY14_NYC = one_sale_day("NYC01", "2026-03-14", "USD", COLA_AT_A, CARD_319)


def setup_sales(admin, client):
    admin.store("PAR01", timezone="Europe/Paris")
    admin.store("NYC01", currency="USD", timezone="America/New_York")
    t1 = client(admin.station("PAR01", "T1"))
    n1 = client(admin.station("NYC01", "N1"))
    s4 = sale(4, [BRIOCHE_DISC], [("card", 500, "A4")], at="2026-03-13T23:30:00.000000+00:00")
    s1 = sale(1, BASKET, [("cash", 5000, "")], at="2026-03-14T10:00:00.000000+00:00")
    s2 = sale(
        2, [COLA3], [("card", 500, "A2"), ("cash", 460, "")], rounding_minor=-2, at="2026-03-14T22:59:00.000000+00:00"
    )
    s3 = sale(3, [PUZZLE], [("cash", 2000, "")], at="2026-03-14T23:30:00.000000+00:00")
    assert (
        s4["total_minor"],
        s4["taxes"][0]["tax_minor"],
        s2["total_minor"],
        s2["taxes"][0]["tax_minor"],
        s2["change_minor"],
    ) == (500, 26, 957, 160, 5)
    # sent out of order, each with its stock movements, plus one rejected sale that must not count
    broken = sale(9, [APPLES], [("cash", 249, "")], at="2026-03-14T12:00:00.000000+00:00")
    broken["lines"][0]["gross_minor"] = 250
    events = [
        event("sale", s1),
        event("stock_movements", sale_movements(s1)),
        event("sale", s3),
        event("sale", s2),
        event("stock_movements", sale_movements(s2)),
        event("sale", s4),
        event("sale", broken),
    ]
    assert [r["status"] for r in t1.send(*events)] == ["accepted"] * 6 + ["rejected"]
    n = sale(
        1,
        [COLA],
        [("card", 319, "X")],
        store="NYC01",
        station="N1",
        currency="USD",
        at="2026-03-15T03:00:00.000000+00:00",
    )
    assert n1.send(event("sale", n))[0]["status"] == "accepted"
    return t1, n1, events


def test_day_totals_by_store_business_day(admin, client):
    t1, n1, _ = setup_sales(admin, client)
    erp = client(admin.erp())

    def totals(c, store, day):
        r = c.get(f"/v1/stores/{store}/day-totals", params={"date": day})
        assert r.status_code == 200, r.text
        return r.json()

    assert totals(t1, "PAR01", "2026-03-14") == DAY14_PAR
    assert totals(erp, "PAR01", "2026-03-14") == DAY14_PAR
    assert totals(t1, "PAR01", "2026-03-15") == DAY15_PAR
    empty = totals(t1, "PAR01", "2026-03-13")
    assert (empty["sales_count"], empty["gross_minor"], empty["taxes"], empty["tenders"]) == (0, 0, [], [])
    assert totals(n1, "NYC01", "2026-03-14") == DAY14_NYC
    assert totals(erp, "NYC01", "2026-03-15")["sales_count"] == 0
    # the invariants an ERP relies on
    d = DAY14_PAR
    assert d["net_minor"] + d["tax_minor"] == d["gross_minor"]
    assert sum(t["amount_minor"] for t in d["tenders"]) == d["gross_minor"] + d["rounding_minor"]


def test_export_day_totals_csv_and_json(admin, client, tmp_path):
    setup_sales(admin, client)
    r = hub_command("export", "day-totals", "--date", "2026-03-14", "--format", "json", "--db", admin.db_url)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == [DAY14_NYC, DAY14_PAR]  # every store, by code

    out = tmp_path / "totals.csv"
    r = hub_command(
        "export",
        "day-totals",
        "--date",
        "2026-03-14",
        "--format",
        "csv",
        "--store",
        "PAR01",
        "--out",
        str(out),
        "--db",
        admin.db_url,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout == "" and "wrote" in r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert {row["store"] for row in rows} == {"PAR01"} and {row["currency"] for row in rows} == {"EUR"}
    got = [
        (
            row["figure"],
            row["code"],
            row["rate"],
            row["count"],
            row["net_minor"],
            row["tax_minor"],
            row["gross_minor"],
            row["amount_minor"],
        )
        for row in rows
    ]
    assert got == [
        ("sales", "", "", "3", "4395", "307", "4702", ""),
        ("tax", "A", "20", "", "1063", "213", "1276", ""),
        ("tax", "B", "5.5", "", "1713", "94", "1807", ""),
        ("tax", "C", "0", "", "1619", "0", "1619", ""),
        ("tender", "card", "", "2", "", "", "", "1000"),
        ("tender", "cash", "", "2", "", "", "", "3700"),
        ("discount", "", "", "", "", "", "", "29"),
        ("rounding", "", "", "", "", "", "", "-2"),
        ("returns", "", "", "0", "", "", "", "0"),
        ("z_reports", "", "", "0", "", "", "0", ""),
        ("cash_difference", "", "", "", "", "", "", "0"),
    ]


def test_export_journal_csv_and_json(admin, client):
    _, _, events = setup_sales(admin, client)
    s1, m1, s3, s2, m2, s4, _broken = events
    r = hub_command(
        "export", "journal", "--date", "2026-03-14", "--format", "json", "--store", "PAR01", "--db", admin.db_url
    )
    assert r.returncode == 0, r.stderr
    journal = json.loads(r.stdout)
    # accepted events of the Paris business day, in the order things happened (not arrival order);
    # the rejected sale and S3 (day 15) are not in it
    assert [(j["event_id"], j["kind"], j["doc_ref"]) for j in journal] == [
        (s4["id"], "sale", "PAR01-T1-000004"),
        (s1["id"], "sale", "PAR01-T1-000001"),
        (m1["id"], "stock_movements", "PAR01-T1-000001"),
        (s2["id"], "sale", "PAR01-T1-000002"),
        (m2["id"], "stock_movements", "PAR01-T1-000002"),
    ]
    assert journal[0]["occurred_at"] == "2026-03-13T23:30:00.000000+00:00"
    assert {j["business_date"] for j in journal} == {"2026-03-14"}
    for j, ev in zip(journal, (s4, s1, m1, s2, m2), strict=True):
        assert j["payload"] == ev["payload"]  # exactly what the station sent
        canonical = json.dumps(ev["payload"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert j["payload_sha256"] == hashlib.sha256(f"{ev['kind']}\n{canonical}".encode()).hexdigest()

    r = hub_command("export", "journal", "--date", "2026-03-14", "--db", admin.db_url)  # csv is the default
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    # every store, by code: NYC01's sale (New York's 14th) first, then PAR01's
    assert [row["event_id"] for row in rows] == [_nyc_event_id(admin)] + [j["event_id"] for j in journal]
    assert json.loads(rows[2]["payload"]) == s1["payload"]
    assert rows[0]["store"] == "NYC01" and rows[0]["business_date"] == "2026-03-14"


def _nyc_event_id(admin) -> str:
    return admin.scalar("SELECT id FROM events WHERE store = 'NYC01'")


def test_export_refuses_unknown_store_and_bad_date(admin):
    admin.store("PAR01")
    r = hub_command("export", "journal", "--date", "2026-03-14", "--store", "NOPE", "--db", admin.db_url)
    assert r.returncode == 1 and "unknown store NOPE" in r.stderr and r.stdout == ""
    r = hub_command("export", "day-totals", "--date", "14.03.2026", "--db", admin.db_url)
    assert r.returncode == 1 and "is not a date" in r.stderr
    r = hub_command("export", "day-totals", "--date", "2026-03-14", "--format", "xml", "--db", admin.db_url)
    assert r.returncode == 2 and "invalid choice" in r.stderr
