"""The contract with the real station: a sale completed by services/sale.py on a real station
file, its two outbox events sent as they are, accepted by a real hub and adding up there."""

from __future__ import annotations

import json
from decimal import Decimal

from storedesk.domain.basket import Discount
from storedesk.domain.tenders import Tender
from storedesk.services import basket
from storedesk.services import sale as sale_service
from storedesk.sync.wire import SALE_FIELDS, SALE_LINE_FIELDS

from .payloads import sale as mirror_sale


def outbox(station) -> list[dict]:
    con = station.raw()
    try:
        rows = con.execute("SELECT id, kind, payload, created_at FROM outbox ORDER BY seq").fetchall()
    finally:
        con.close()
    return [{"id": i, "kind": k, "created_at": c, "payload": json.loads(p)} for i, k, p, c in rows]


def test_a_real_station_sale_is_accepted_and_adds_up(pinned, admin, client):
    admin.store("PAR01", timezone="Europe/Paris")  # the demo station's store
    t1 = client(admin.station("PAR01", "T1"))
    ana = pinned.user("ana")
    view = basket.current(pinned.uow, ana)
    for pid in (1, 2, 2, 5, 8):
        view = basket.add_scan(pinned.uow, ana, view.basket_id, pinned.barcode(pid))
    done = sale_service.complete_sale(pinned.uow, ana, view.basket_id, [Tender("cash", Decimal("50"))])
    events = outbox(pinned)
    assert [e["kind"] for e in events] == ["sale", "stock_movements"]
    fiscal = events[0]["payload"]
    # the station's dict has exactly the fields wire.py names, and tests/hub/payloads.py mirrors it
    assert set(fiscal) == set(SALE_FIELDS) and all(set(ln) == set(SALE_LINE_FIELDS) for ln in fiscal["lines"])
    mirror = mirror_sale(1, payments=[("cash", 5000, "")], at=fiscal["at"], sale_id=fiscal["sale_id"])
    assert {k: v for k, v in fiscal.items() if k != "receipt_no"} == {
        k: v for k, v in mirror.items() if k != "receipt_no"
    }

    results = t1.send(*events)
    assert [r["status"] for r in results] == ["accepted", "accepted"], results
    assert [(r["id"], r["status"]) for r in t1.send(*events)] == [(e["id"], "duplicate") for e in events]
    day = admin.scalar("SELECT business_date FROM sales")
    totals = t1.get("/v1/stores/PAR01/day-totals", params={"date": str(day)}).json()
    assert totals["sales_count"] == 1
    assert totals["gross_minor"] == int(done.total * 100) == 3245
    assert [(t["rate"], t["tax_minor"], t["gross_minor"]) for t in totals["taxes"]] == [
        ("20", 53, 319),
        ("5.5", 68, 1307),
        ("0", 0, 1619),
    ]
    assert totals["tenders"] == [
        {"kind": "cash", "count": 1, "tendered_minor": 5000, "change_minor": 1755, "amount_minor": 3245}
    ]
    assert admin.scalar("SELECT receipt_no FROM sales") == done.receipt_no
    assert admin.rows("SELECT sku, quantity_milli FROM stock_movements ORDER BY sku") == [
        ("SKU0000001", -1000),
        ("SKU0000002", -2000),
        ("SKU0000005", -1000),
        ("SKU0000008", -1000),
    ]


def test_real_station_discounts_voids_splits_and_cash_rounding(pinned, admin, client):
    """Line and basket discounts, a voided line, card + cash, and a 0.05 cash step: whatever the
    station's arithmetic produces, the hub's cross-checks accept, and the day adds up."""
    admin.store("PAR01", timezone="Europe/Paris")
    t1 = client(admin.station("PAR01", "T1"))
    pinned.set_setting("cash_step", "0.05")
    boss = pinned.user("max")  # a manager: discounts need no approval
    view = basket.current(pinned.uow, boss)
    for pid in (1, 2, 5, 8, 5):
        view = basket.add_scan(pinned.uow, boss, view.basket_id, pinned.barcode(pid))
    lines = view.basket.lines
    view = basket.discount_line(pinned.uow, boss, view.basket_id, lines[1].line_id, Discount("pct", Decimal("15")))
    view = basket.void_line(pinned.uow, boss, view.basket_id, lines[0].line_id)
    view = basket.discount_basket(pinned.uow, boss, view.basket_id, Discount("amount", Decimal("1.37")))
    sale_service.complete_sale(
        pinned.uow, boss, view.basket_id, [Tender("card", Decimal("10.00"), "AUTH9"), Tender("cash", Decimal("20"))]
    )
    view = basket.current(pinned.uow, boss)
    view = basket.add_scan(pinned.uow, boss, view.basket_id, pinned.barcode(5))  # 3.19 -> 3.20 in cash
    sale_service.complete_sale(pinned.uow, boss, view.basket_id, [Tender("cash", Decimal("5"))])

    events = outbox(pinned)
    sales = [e["payload"] for e in events if e["kind"] == "sale"]
    assert [
        (p["total_minor"], p["discount_minor"], p["voided_lines"], p["rounding_minor"], p["change_minor"])
        for p in sales
    ] == [(2570, 216, 1, 0, 430), (319, 0, 0, 1, 180)]
    assert all(r["status"] == "accepted" for r in t1.send(*events)), "the hub refused a real station sale"
    day = str(admin.scalar("SELECT business_date FROM sales ORDER BY receipt_no LIMIT 1"))
    totals = t1.get("/v1/stores/PAR01/day-totals", params={"date": day}).json()
    assert (
        totals["sales_count"],
        totals["gross_minor"],
        totals["discount_minor"],
        totals["rounding_minor"],
        totals["voided_lines"],
    ) == (2, 2889, 216, 1, 1)
    assert {t["kind"]: t["amount_minor"] for t in totals["tenders"]} == {"card": 1000, "cash": 1890}
    assert sum(t["amount_minor"] for t in totals["tenders"]) == totals["gross_minor"] + totals["rounding_minor"]
    assert totals["net_minor"] + totals["tax_minor"] == totals["gross_minor"]
