"""Helpers of the returns tests (no tests here): the station's "return" journal entry, built
like services/returns/complete.py builds it, from a sale payload of payloads.py.

Refunds are proportional to the line's gross (half up), tax is extracted per rate from the
refunded gross (prices include tax), payments default to exact cash.
"""

from __future__ import annotations

import uuid
from decimal import ROUND_HALF_UP, Decimal

from .payloads import AT, BASKET, COLA, Line, event, sale

RETURN_AT = "2026-03-14T15:00:00.000000+00:00"
COLA3 = Line(COLA.sku, COLA.name, "3", 319, "A", "20")  # 957, one line of 3


def returns_shop(admin, client, tenders) -> dict:
    """PAR01 (T1 sold the basket, paid with `tenders`; T2 is another till), NYC01 another store,
    and the ERP: the clients by name, and "sale" the sale's payload."""
    admin.store("PAR01")
    admin.store("NYC01", currency="USD", timezone="America/New_York")
    t1, t2 = client(admin.station("PAR01", "T1")), client(admin.station("PAR01", "T2"))
    n1 = client(admin.station("NYC01", "N1"))
    fiscal = sale(1, BASKET, tenders)
    assert t1.send(event("sale", fiscal))[0]["status"] == "accepted"
    return {"t1": t1, "t2": t2, "n1": n1, "sale": fiscal, "erp": client(admin.erp())}


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def return_payload(
    sale: dict | None,
    lines,
    *,
    number: int = 1,
    store: str = "PAR01",
    station: str = "T1",
    kind: str = "receipt",
    grant_id: str = "",
    offline: bool | None = None,
    payments=None,
    at: str = RETURN_AT,
    return_id: str | None = None,
    currency: str = "EUR",
    reason: str = "changed_mind",
    condition: str = "restock",
) -> dict:
    """`lines`: [(sold line number, quantity string)] of `sale`; `payments`: [(kind, amount,
    rounding, reference)], default exact cash."""
    wire, groups = [], {}
    for no, (line, qty) in enumerate(lines, start=1):
        sl = sale["lines"][line - 1]
        refund = _round(Decimal(sl["gross_minor"]) * Decimal(qty) / Decimal(sl["quantity"]))
        wire.append(
            {
                "line": no,
                "original_line": line,
                "sku": sl["sku"],
                "name": sl["name"],
                "quantity": qty,
                "refund_minor": refund,
                "tax_code": sl["tax_code"],
                "tax_rate": sl["tax_rate"],
                "condition": condition,
            }
        )
        key = (sl["tax_code"], sl["tax_rate"])
        groups[key] = groups.get(key, 0) + refund
    taxes = []
    for (code, rate), gross in sorted(groups.items(), key=lambda kv: (-Decimal(kv[0][1]), kv[0][0])):
        r = Decimal(rate)
        tax = _round(gross * r / (100 + r))
        taxes.append({"code": code, "rate": rate, "net_minor": gross - tax, "tax_minor": tax, "gross_minor": gross})
    total = sum(w["refund_minor"] for w in wire)
    if payments is None:
        payments = [("cash", total, 0, "")]
    return {
        "type": "return",
        "return_id": return_id or uuid.uuid4().hex,
        "return_no": f"{store}-{station}-R{number:06d}",
        "at": at,
        "store": store,
        "station": station,
        "user": "ana",
        "approver": "",
        "currency": currency,
        "kind": kind,
        "original_ref": sale["receipt_no"] if sale and kind == "receipt" else "",
        "original_sale_id": sale["sale_id"] if sale and kind == "receipt" else "",
        "original_store": sale["store"] if sale else store,
        "grant_id": grant_id,
        "offline": (not grant_id) if offline is None else offline,
        "reason": reason,
        "net_minor": sum(t["net_minor"] for t in taxes),
        "tax_minor": sum(t["tax_minor"] for t in taxes),
        "total_minor": total,
        "rounding_minor": sum(p[2] for p in payments),
        "lines": wire,
        "taxes": taxes,
        "payments": [
            {"kind": k, "amount_minor": a, "rounding_minor": rd, "reference": ref} for k, a, rd, ref in payments
        ],
        "overrides": [],
    }


def return_event(*args, event_id: str | None = None, **kw) -> dict:
    return event("return", return_payload(*args, **kw), event_id, created_at=AT)


def ask(c, ref: str, lines, grant_id: str | None = None):
    """POST a grant; `lines`: [(line, quantity string)]. Returns the response."""
    return c.post(
        "/v1/returns/grants",
        json={
            "grant_id": grant_id or uuid.uuid4().hex,
            "ref": ref,
            "lines": [{"line": ln, "quantity": q} for ln, q in lines],
        },
    )


def returned(c, ref: str) -> dict[int, str]:
    r = c.get(f"/v1/returns/sales/{ref}")
    assert r.status_code == 200, r.text
    return {ln["line"]: ln["returned"] for ln in r.json()["lines"]}
