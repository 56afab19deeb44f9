"""What the ERP takes: day totals per store and business day, and the journal of events
(GET /v1/stores/{code}/day-totals in api.py; `storedesk-hub export` in cli.py).

All figures are integers of minor units in the store's currency. Business days are the
store's local calendar days (computed at ingest), so a sale at 23:30 UTC in Paris counts
for the next day. SUM over BIGINT is NUMERIC on PostgreSQL: every sum goes through int().

Stores only: a warehouse (locations/) has no till, sales or business day to total, so the
exports leave warehouses out by default and day totals refuse one by name. The journal of a
warehouse (its ERP stock posts, station "ERP") is given only when asked for by name: the ERP
sent those itself, and booking them again from the journal would count them twice.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..customers import loyalty as loyalty_figures
from ..errors import Unprocessable
from ..gift_cards.reports import csv_rows as gift_card_rows
from ..gift_cards.reports import day_figures as gift_card_figures
from ..locations.kinds import STORE, WAREHOUSE
from ..models import events, stores
from ..promotions.reports import csv_fields as promotion_csv
from ..promotions.reports import day_figures as promotion_figures
from ..returns import events as returns
from ..sales.models import sale_payments, sale_taxes, sales
from ..shifts.service import day_totals as shift_day_totals

CASH = "cash"
DAY_TOTALS_CSV = (
    "store",
    "date",
    "currency",
    "figure",
    "code",
    "rate",
    "count",
    "net_minor",
    "tax_minor",
    "gross_minor",
    "amount_minor",
)
JOURNAL_CSV = (
    "business_date",
    "store",
    "station",
    "occurred_at",
    "event_id",
    "kind",
    "doc_ref",
    "received_at",
    "payload_sha256",
    "payload",
)


def _i(value) -> int:
    return int(value or 0)


def day_totals(conn: Connection, store: str, day: date) -> dict | None:
    """Sales count, gross, net, tax by rate, tenders (net of change), discounts (and by promotion), rounding,
    voided lines and returns for one store and business day.

    Returns count on the business day of the return (its "at" in the store's zone), made at
    this store whatever store sold the goods: returns_count, returns_minor (the exact refund
    value, sum of the returns' total_minor) and, when the day has returns, "refunds": {kind:
    minor} what went out per refund tender (amount handed over; cash includes its rounding, so
    sum(refunds) == returns_minor + the refunds' cash rounding). "refunds" is left out on a day
    without returns, so the figures of such a day are unchanged."""
    s = conn.execute(select(stores.c.code, stores.c.currency, stores.c.kind).where(stores.c.code == store)).first()
    if s is None:
        return None
    if s.kind == WAREHOUSE:
        raise Unprocessable(warehouse_has_no_totals(store))
    mine = (sales.c.store == store) & (sales.c.business_date == day)
    head = conn.execute(
        select(
            func.count().label("n"),
            func.sum(sales.c.total_minor).label("gross"),
            func.sum(sales.c.discount_minor).label("discount"),
            func.sum(sales.c.rounding_minor).label("rounding"),
            func.sum(sales.c.change_minor).label("change"),
            func.sum(sales.c.voided_lines).label("voided"),
        ).where(mine)
    ).one()
    taxes = [
        {"code": r.code, "rate": r.rate, "net_minor": _i(r.net), "tax_minor": _i(r.tax), "gross_minor": _i(r.gross)}
        for r in conn.execute(
            select(
                sale_taxes.c.code,
                sale_taxes.c.rate,
                func.sum(sale_taxes.c.net_minor).label("net"),
                func.sum(sale_taxes.c.tax_minor).label("tax"),
                func.sum(sale_taxes.c.gross_minor).label("gross"),
            )
            .join(sales, sales.c.sale_id == sale_taxes.c.sale_id)
            .where(mine)
            .group_by(sale_taxes.c.code, sale_taxes.c.rate)
            .order_by(sale_taxes.c.code, sale_taxes.c.rate)
        )
    ]
    change = _i(head.change)
    returned = returns.day_figures(conn, store, day)
    tenders = []
    for r in conn.execute(
        select(sale_payments.c.kind, func.count().label("n"), func.sum(sale_payments.c.amount_minor).label("amount"))
        .join(sales, sales.c.sale_id == sale_payments.c.sale_id)
        .where(mine)
        .group_by(sale_payments.c.kind)
        .order_by(sale_payments.c.kind)
    ):
        given = _i(r.amount)
        back = change if r.kind == CASH else 0  # change only ever comes from cash
        tenders.append(
            {
                "kind": r.kind,
                "count": _i(r.n),
                "tendered_minor": given,
                "change_minor": back,
                "amount_minor": given - back,
            }
        )
    return {
        "store": store,
        "date": day.isoformat(),
        "currency": s.currency,
        "sales_count": _i(head.n),
        "gross_minor": _i(head.gross),
        "net_minor": sum(t["net_minor"] for t in taxes),
        "tax_minor": sum(t["tax_minor"] for t in taxes),
        "taxes": taxes,
        "tenders": tenders,
        "discount_minor": _i(head.discount),
        "promotions": promotion_figures(conn, store, day),  # the discounts by promotion (issue 18)
        "rounding_minor": _i(head.rounding),
        "change_minor": change,
        "voided_lines": _i(head.voided),
        "returns_count": returned["count"],
        "returns_minor": returned["total_minor"],
        "shifts": shift_day_totals(conn, store, day),
        "refunds": returned["refunds"] if returned["count"] else {},
        **gift_card_figures(conn, store, day),  # sold apart from sales, redeemed; absent without any (issue 18)
        **loyalty_figures.day_figures(conn, store, day),  # points issued and redeemed; absent without any
        **loyalty_figures.return_day_figures(conn, store, day),  # points returns moved; absent without any
    }


def day_totals_rows(t: dict) -> list[dict]:
    """One day's totals in long CSV form: one row per figure (sales, each tax rate, each tender...)."""
    base = {"store": t["store"], "date": t["date"], "currency": t["currency"]}
    blank = dict.fromkeys(DAY_TOTALS_CSV, "")
    rows = [
        {
            **blank,
            **base,
            "figure": "sales",
            "count": t["sales_count"],
            "net_minor": t["net_minor"],
            "tax_minor": t["tax_minor"],
            "gross_minor": t["gross_minor"],
        }
    ]
    rows += [
        {
            **blank,
            **base,
            "figure": "tax",
            "code": x["code"],
            "rate": x["rate"],
            "net_minor": x["net_minor"],
            "tax_minor": x["tax_minor"],
            "gross_minor": x["gross_minor"],
        }
        for x in t["taxes"]
    ]
    rows += [
        {**blank, **base, "figure": "tender", "code": x["kind"], "count": x["count"], "amount_minor": x["amount_minor"]}
        for x in t["tenders"]
    ]
    rows += [
        {**blank, **base, "figure": "discount", "amount_minor": t["discount_minor"]},
        *({**blank, **base, "figure": "promotion", **promotion_csv(x)} for x in t.get("promotions", [])),
        {**blank, **base, "figure": "rounding", "amount_minor": t["rounding_minor"]},
        {**blank, **base, "figure": "returns", "count": t["returns_count"], "amount_minor": t["returns_minor"]},
        *gift_card_rows(t, {**blank, **base}),
        *loyalty_figures.csv_rows(t, {**blank, **base}),
        *loyalty_figures.return_csv_rows(t, {**blank, **base}),
    ]
    rows += [
        {**blank, **base, "figure": "refund", "code": kind, "amount_minor": amount}
        for kind, amount in sorted(t.get("refunds", {}).items())
    ]
    rows += [
        {
            **blank,
            **base,
            "figure": "z_reports",
            "count": t["shifts"]["count"],
            "gross_minor": t["shifts"]["gross_minor"],
        },
        {**blank, **base, "figure": "cash_difference", "amount_minor": t["shifts"]["cash_difference_minor"]},
    ]
    return rows


def journal(conn: Connection, day: date, store: str | None = None) -> list[dict]:
    """Every accepted event of the business day, in the order things happened (then by
    station and arrival): what the ERP books, each with the payload the station sent."""
    q = select(events).where(events.c.business_date == day, events.c.status == "accepted")
    if store is not None:
        q = q.where(events.c.store == store)
    q = q.order_by(
        events.c.store, events.c.occurred_at, events.c.station, events.c.received_at, events.c.kind, events.c.id
    )
    return [
        {
            "business_date": r.business_date.isoformat(),
            "store": r.store,
            "station": r.station,
            "occurred_at": r.occurred_at,
            "event_id": r.id,
            "kind": r.kind,
            "doc_ref": r.doc_ref or "",
            "received_at": r.received_at,
            "payload_sha256": r.payload_sha256,
            "payload": r.payload,
        }
        for r in conn.execute(q)
    ]


def warehouse_has_no_totals(code: str) -> str:
    return f"{code} is a warehouse: it has no sales or tills, so no day totals (ask for stores only)"


def store_codes(conn: Connection) -> list[str]:
    """The stores' codes, warehouses left out (they have no sales to export)."""
    return _codes(conn, STORE)


def warehouse_codes(conn: Connection) -> list[str]:
    return _codes(conn, WAREHOUSE)


def _codes(conn: Connection, kind: str) -> list[str]:
    return [r.code for r in conn.execute(select(stores.c.code).where(stores.c.kind == kind).order_by(stores.c.code))]


def to_csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def journal_json(rows: list[dict]) -> list[dict]:
    """JSON export: the payload as an object, not a string inside a string."""
    return [{**r, "payload": json.loads(r["payload"])} for r in rows]


def to_json(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
