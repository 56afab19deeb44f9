"""Station events as the station builds them (services/sale.py): the sale payload is the
station's `fiscal` dict with the same field names, the second event is stock_movements.

Money is integer minor units; quantities and rates are decimal strings. Tax is worked out
like the station does it: once per rate on the summed lines (half up), then spread over the
lines by largest remainder, taxes listed by rate, highest first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from storedesk.sync.wire import SALE_FIELDS, SALE_LINE_FIELDS

AT = "2026-03-14T10:00:00.000000+00:00"


@dataclass(frozen=True)
class Line:
    sku: str
    name: str
    quantity: str  # decimal string, as str(Decimal) on the station
    unit_price_minor: int
    tax_code: str
    tax_rate: str
    discount_minor: int = 0


# The station's worked example (tests/integration: pinned catalog), one receipt:
APPLES = Line("SKU0000001", "Test Apples 1 kg", "1", 249, "B", "5.5")
BRIOCHE2 = Line("SKU0000002", "Test Brioche", "2", 529, "B", "5.5")
COLA = Line("SKU0000005", "Test Cola x6", "1", 319, "A", "20")
PUZZLE = Line("SKU0000008", "Test Puzzle Book", "1", 1619, "C", "0")
BASKET = (APPLES, BRIOCHE2, COLA, PUZZLE)  # total 3245; A 319/53, B 1307/68, C 1619/0


def new_id() -> str:
    return uuid.uuid4().hex


def product(sku: str, price: int = 100, **fields) -> dict:
    """A catalog entry as the ERP sends it (PUT /v1/products); `fields` replace or add to the defaults."""
    return {
        "sku": sku,
        "name": f"Product {sku}",
        "barcodes": [],
        "price_minor": price,
        "currency": "EUR",
        "tax_code": "A",
        "tax_rate": "20",
        "category": "Misc",
        "active": True,
        **fields,
    }


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _spread(total: int, weights: list[int]) -> list[int]:
    """Largest remainder, like domain.money.allocate (equal shares when all weights are 0)."""
    if not weights:
        return []
    if sum(weights) == 0:
        weights = [1] * len(weights)
    base = sum(weights)
    exact = [Decimal(total) * w / base for w in weights]
    shares = [int(e.to_integral_value(rounding=ROUND_FLOOR)) for e in exact]
    left = total - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order[:left]:
        shares[i] += 1
    return shares


def sale(
    number: int = 1,
    lines=BASKET,
    payments=None,
    *,
    store: str = "PAR01",
    station: str = "T1",
    at: str = AT,
    currency: str = "EUR",
    prices_include_tax: bool = True,
    user: str = "ana",
    rounding_minor: int = 0,
    overrides=(),
    voided_lines: int = 0,
    sale_id: str | None = None,
) -> dict:
    """The station's `fiscal` dict. `payments`: [(kind, amount_minor, reference)]; default: exact cash."""
    amounts = [_round(Decimal(ln.quantity) * ln.unit_price_minor) - ln.discount_minor for ln in lines]
    groups: dict[tuple[str, str], list[int]] = {}
    for i, ln in enumerate(lines):
        groups.setdefault((ln.tax_code, ln.tax_rate), []).append(i)
    line_tax = [0] * len(lines)
    taxes = []
    for (code, rate), idx in sorted(groups.items(), key=lambda kv: (-Decimal(kv[0][1]), kv[0][0])):
        summed = sum(amounts[i] for i in idx)
        r = Decimal(rate)
        if prices_include_tax:
            tax = _round(summed * r / (100 + r))
            net, gross = summed - tax, summed
        else:
            tax = _round(summed * r / 100)
            net, gross = summed, summed + tax
        for i, share in zip(idx, _spread(tax, [abs(amounts[i]) for i in idx]), strict=True):
            line_tax[i] = share
        taxes.append({"code": code, "rate": rate, "net_minor": net, "tax_minor": tax, "gross_minor": gross})
    wire_lines = [
        {
            "line": no,
            "sku": ln.sku,
            "name": ln.name,
            "quantity": ln.quantity,
            "unit_price_minor": ln.unit_price_minor,
            "discount_minor": ln.discount_minor,
            "tax_code": ln.tax_code,
            "tax_rate": ln.tax_rate,
            "tax_minor": line_tax[no - 1],
            "gross_minor": amounts[no - 1] if prices_include_tax else amounts[no - 1] + line_tax[no - 1],
        }
        for no, ln in enumerate(lines, start=1)
    ]
    total = sum(t["gross_minor"] for t in taxes)
    if payments is None:
        payments = [("cash", total + rounding_minor, "")] if total + rounding_minor else []
    paid = sum(a for _, a, _ in payments)
    fiscal = {
        "type": "sale",
        "receipt_no": f"{store}-{station}-{number:06d}",
        "sale_id": sale_id or new_id(),
        "at": at,
        "store": store,
        "station": station,
        "user": user,
        "currency": currency,
        "prices_include_tax": prices_include_tax,
        "lines": wire_lines,
        "taxes": taxes,
        "payments": [{"kind": k, "amount_minor": a, "reference": ref} for k, a, ref in payments],
        "total_minor": total,
        "rounding_minor": rounding_minor,
        "change_minor": paid - total - rounding_minor,
        "discount_minor": sum(ln.discount_minor for ln in lines),
        "voided_lines": voided_lines,
        "overrides": list(overrides),
    }
    assert tuple(fiscal) == SALE_FIELDS and all(tuple(ln) == SALE_LINE_FIELDS for ln in wire_lines)
    return fiscal


def movements(
    items, *, store: str = "PAR01", station: str = "T1", reason: str = "sale", doc_ref: str = "", at: str = AT
) -> dict:
    """A stock_movements payload; `items`: [(sku, quantity string)] or [(sku, quantity, id)]."""
    out = []
    for item in items:
        sku, qty = item[0], item[1]
        out.append(
            {
                "id": item[2] if len(item) > 2 else new_id(),
                "sku": sku,
                "quantity": qty,
                "reason": reason,
                "doc_ref": doc_ref,
                "at": at,
            }
        )
    return {"store": store, "station": station, "movements": out}


def sale_movements(fiscal: dict) -> dict:
    """The stock_movements event that goes with a sale: minus each line's quantity."""
    return movements(
        [(ln["sku"], "-" + ln["quantity"]) for ln in fiscal["lines"]],
        store=fiscal["store"],
        station=fiscal["station"],
        reason="sale",
        doc_ref=fiscal["receipt_no"],
        at=fiscal["at"],
    )


def event(kind: str, payload, event_id: str | None = None, created_at: str = AT) -> dict:
    return {"id": event_id or new_id(), "kind": kind, "created_at": created_at, "payload": payload}


def sale_event(*args, event_id: str | None = None, **kw) -> dict:
    return event("sale", sale(*args, **kw), event_id)


def stock_event(items, event_id: str | None = None, **kw) -> dict:
    return event("stock_movements", movements(items, **kw), event_id)
