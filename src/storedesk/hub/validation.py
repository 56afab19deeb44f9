"""Validate station event payloads into rows, or say exactly what is wrong (pure Python).

The hub re-checks what the station promises (DESIGN rule 1 and the tenders invariant):
money is integers, quantities are decimal strings, and a sale adds up — line gross and tax
gross both sum to the total, each tax rate's lines sum to that rate's row, and
payments - change == total + rounding. A payload that fails is rejected with the reason.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from ..sync.wire import SALE_FIELDS, SALE_LINE_FIELDS
from .times import business_date, parse_instant, utc_text
from .values import is_int, milli_text, quantity_milli, tax_rate_text

UUID_HEX = re.compile(r"^[0-9a-f]{32}$")
TAX_FIELDS = ("code", "rate", "net_minor", "tax_minor", "gross_minor")
PAYMENT_FIELDS = ("kind", "amount_minor", "reference")
MOVEMENT_FIELDS = ("id", "sku", "quantity", "reason", "doc_ref", "at")
CASH = "cash"


class Invalid(ValueError):
    """The payload does not validate; str() is the reason sent back to the station."""


@dataclass(frozen=True)
class StoreFacts:
    code: str
    currency: str
    tz: ZoneInfo


@dataclass
class SaleRows:
    sale: dict
    lines: list[dict]
    taxes: list[dict]
    payments: list[dict]
    occurred_at: str
    business_date: date
    doc_ref: str


@dataclass
class MovementRows:
    movements: list[dict] = field(default_factory=list)
    occurred_at: str | None = None
    business_date: date | None = None
    doc_ref: str | None = None


# --------------------------------------------------------------------------- field helpers
def _obj(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise Invalid(f"{where} must be an object")
    return value


def _fields(obj: dict, names: tuple[str, ...], where: str) -> None:
    """Every named field must be there. Unknown extra fields are tolerated (the whole payload
    is stored), so a newer station adding a field is not rejected by an older hub."""
    missing = [n for n in names if n not in obj]
    if missing:
        raise Invalid(f"{where}: missing {', '.join(missing)}")


def _text(obj: dict, key: str, where: str, max_len: int, allow_empty: bool = False) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise Invalid(f"{where}.{key} must be a string")
    if not allow_empty and not value.strip():
        raise Invalid(f"{where}.{key} must not be empty")
    if len(value) > max_len:
        raise Invalid(f"{where}.{key} is longer than {max_len} characters")
    if "\x00" in value:
        raise Invalid(f"{where}.{key} contains a NUL character")
    return value


def _int(obj: dict, key: str, where: str, minimum: int | None = None) -> int:
    value = obj[key]
    if not is_int(value):
        raise Invalid(f"{where}.{key} must be an integer of minor units, got {value!r}")
    if minimum is not None and value < minimum:
        raise Invalid(f"{where}.{key} must be at least {minimum}, got {value}")
    return value


def _list(obj: dict, key: str, where: str, non_empty: bool = False) -> list:
    value = obj[key]
    if not isinstance(value, list):
        raise Invalid(f"{where}.{key} must be a list")
    if non_empty and not value:
        raise Invalid(f"{where}.{key} must not be empty")
    return value


def _instant(obj: dict, key: str, where: str):
    try:
        return parse_instant(obj[key])
    except ValueError as exc:
        raise Invalid(f"{where}.{key}: {exc}") from None


def _uuid(obj: dict, key: str, where: str) -> str:
    value = obj[key]
    if not isinstance(value, str) or not UUID_HEX.match(value):
        raise Invalid(f"{where}.{key} must be a uuid in lowercase hex (32 characters)")
    return value


def _quantity(obj: dict, key: str, where: str) -> int:
    try:
        return quantity_milli(obj[key])
    except ValueError as exc:
        raise Invalid(f"{where}.{key}: {exc}") from None


def _rate(obj: dict, key: str, where: str) -> str:
    try:
        return tax_rate_text(obj[key])
    except ValueError as exc:
        raise Invalid(f"{where}.{key}: {exc}") from None


def _owner(payload: dict, store: StoreFacts, station: str) -> None:
    """The payload's store and station are the token's: the rule lives in ownership.py."""
    from .ownership import party  # ownership.py imports Invalid from here

    party(payload, store.code, station)


# --------------------------------------------------------------------------- sale
def sale(payload, store: StoreFacts, station: str) -> SaleRows:
    p = _obj(payload, "payload")
    _fields(p, SALE_FIELDS, "sale")
    if p["type"] != "sale":
        raise Invalid(f"sale.type must be 'sale', got {p['type']!r}")
    _owner(p, store, station)
    sale_id = _uuid(p, "sale_id", "sale")
    receipt_no = _text(p, "receipt_no", "sale", 64)
    user = _text(p, "user", "sale", 64)
    at = _instant(p, "at", "sale")
    currency = p["currency"]
    if currency != store.currency:
        raise Invalid(f"sale.currency {currency!r} is not the store's currency {store.currency}")
    if not isinstance(p["prices_include_tax"], bool):
        raise Invalid("sale.prices_include_tax must be true or false")
    total = _int(p, "total_minor", "sale", 0)
    rounding = _int(p, "rounding_minor", "sale")
    change = _int(p, "change_minor", "sale", 0)
    discount = _int(p, "discount_minor", "sale", 0)
    voided = _int(p, "voided_lines", "sale", 0)
    overrides = _list(p, "overrides", "sale")

    lines = _sale_line_rows(p, sale_id)
    taxes = _sale_tax_rows(p, sale_id)
    payments = _sale_payment_rows(p, sale_id)
    _check_sale_sums(lines, taxes, payments, total=total, rounding=rounding, change=change, discount=discount)

    at_utc = utc_text(at)
    day = business_date(at, store.tz)
    row = {
        "sale_id": sale_id,
        "receipt_no": receipt_no,
        "store": store.code,
        "station": station,
        "user_name": user,
        "at": at_utc,
        "business_date": day,
        "currency": currency,
        "prices_include_tax": p["prices_include_tax"],
        "total_minor": total,
        "rounding_minor": rounding,
        "change_minor": change,
        "discount_minor": discount,
        "voided_lines": voided,
        "overrides": json.dumps(overrides, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
    }
    return SaleRows(row, lines, taxes, payments, at_utc, day, receipt_no)


def _sale_line_rows(p: dict, sale_id: str) -> list[dict]:
    """The `sale_lines` rows, each line number once, each quantity more than zero."""
    lines: list[dict] = []
    seen_lines: set[int] = set()
    for i, raw in enumerate(_list(p, "lines", "sale", non_empty=True), start=1):
        where = f"lines[{i}]"
        ln = _obj(raw, where)
        _fields(ln, SALE_LINE_FIELDS, where)
        number = _int(ln, "line", where, 1)
        if number in seen_lines:
            raise Invalid(f"{where}.line {number} appears twice")
        seen_lines.add(number)
        qty = _quantity(ln, "quantity", where)
        if qty <= 0:
            raise Invalid(f"{where}.quantity must be more than zero")
        lines.append(
            {
                "sale_id": sale_id,
                "line": number,
                "sku": _text(ln, "sku", where, 64),
                "name": _text(ln, "name", where, 200, True),
                "quantity_milli": qty,
                "unit_price_minor": _int(ln, "unit_price_minor", where, 0),
                "discount_minor": _int(ln, "discount_minor", where, 0),
                "tax_code": _text(ln, "tax_code", where, 16),
                "tax_rate": _rate(ln, "tax_rate", where),
                "tax_minor": _int(ln, "tax_minor", where),
                "gross_minor": _int(ln, "gross_minor", where),
            }
        )
    return lines


def _sale_tax_rows(p: dict, sale_id: str) -> list[dict]:
    """The `sale_taxes` rows, each with net + tax == gross."""
    return tax_rows(p, "sale", {"sale_id": sale_id})


def tax_rows(p: dict, doc: str, owner: dict, one_per_rate: bool = False) -> list[dict]:
    """A document's tax rows (`owner` names the document: {"sale_id": ...}), each with net + tax
    == gross; with `one_per_rate`, a (code, rate) may appear once only."""
    taxes: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for i, raw in enumerate(_list(p, "taxes", doc), start=1):
        where = f"taxes[{i}]"
        t = _obj(raw, where)
        _fields(t, TAX_FIELDS, where)
        code, rate = _text(t, "code", where, 16), _rate(t, "rate", where)
        net, tax, gross = (_int(t, k, where) for k in ("net_minor", "tax_minor", "gross_minor"))
        if net + tax != gross:
            raise Invalid(f"{where}: net {net} + tax {tax} != gross {gross}")
        if one_per_rate and (code, rate) in seen:
            raise Invalid(f"tax {code} at {rate} % appears twice in taxes")
        seen.add((code, rate))
        row = {"position": i, "code": code, "rate": rate, "net_minor": net, "tax_minor": tax, "gross_minor": gross}
        taxes.append({**owner, **row})
    return taxes


def _sale_payment_rows(p: dict, sale_id: str) -> list[dict]:
    """The `sale_payments` rows."""
    payments = []
    for i, raw in enumerate(_list(p, "payments", "sale"), start=1):
        where = f"payments[{i}]"
        pay = _obj(raw, where)
        _fields(pay, PAYMENT_FIELDS, where)
        payments.append(
            {
                "sale_id": sale_id,
                "position": i,
                "kind": _text(pay, "kind", where, 32),
                "amount_minor": _int(pay, "amount_minor", where, 1),
                "reference": _text(pay, "reference", where, 128, True),
            }
        )
    return payments


def _check_sale_sums(
    lines: list[dict], taxes: list[dict], payments: list[dict], *, total: int, rounding: int, change: int, discount: int
) -> None:
    """The sums that make a sale a sale: lines and taxes add up to the total, rate by rate; the
    payments less the change pay the total and its rounding; change comes out of cash."""
    lines_gross = sum(r["gross_minor"] for r in lines)
    if lines_gross != total:
        raise Invalid(f"lines add up to {lines_gross}, total_minor is {total}")
    taxes_gross = sum(r["gross_minor"] for r in taxes)
    if taxes_gross != total:
        raise Invalid(f"taxes add up to {taxes_gross} gross, total_minor is {total}")
    table = {}
    for r in taxes:
        key = (r["code"], r["rate"])
        if key in table:
            raise Invalid(f"tax {key[0]} at {key[1]} % appears twice in taxes")
        table[key] = (r["gross_minor"], r["tax_minor"])
    by_rate: dict[tuple[str, str], list[int]] = {}
    for row in lines:
        acc = by_rate.setdefault((row["tax_code"], row["tax_rate"]), [0, 0])
        acc[0] += row["gross_minor"]
        acc[1] += row["tax_minor"]
    for key in sorted(set(table) | set(by_rate)):
        want = table.get(key, (0, 0))
        got = tuple(by_rate.get(key, (0, 0)))
        if got != want:
            raise Invalid(
                f"lines at tax {key[0]} {key[1]} % add up to gross {got[0]} / tax {got[1]}, "
                f"the tax row says {want[0]} / {want[1]}"
            )
    paid = sum(r["amount_minor"] for r in payments)
    if paid - change != total + rounding:
        raise Invalid(f"payments {paid} - change {change} != total {total} + rounding {rounding}")
    if change and change > sum(r["amount_minor"] for r in payments if r["kind"] == CASH):
        raise Invalid(f"change {change} is more than the cash handed over")
    line_discounts = sum(r["discount_minor"] for r in lines)
    if line_discounts != discount:
        raise Invalid(f"line discounts add up to {line_discounts}, discount_minor is {discount}")


# --------------------------------------------------------------------------- stock movements
def stock_movements(payload, store: StoreFacts, station: str) -> MovementRows:
    p = _obj(payload, "payload")
    _fields(p, ("store", "station", "movements"), "stock_movements")
    _owner(p, store, station)
    out = MovementRows()
    seen = set()
    for i, raw in enumerate(_list(p, "movements", "stock_movements", non_empty=True), start=1):
        where = f"movements[{i}]"
        m = _obj(raw, where)
        _fields(m, MOVEMENT_FIELDS, where)
        mid = _uuid(m, "id", where)
        if mid in seen:
            raise Invalid(f"{where}.id {mid} appears twice")
        seen.add(mid)
        qty = _quantity(m, "quantity", where)
        if qty == 0:
            raise Invalid(f"{where}.quantity must not be zero")
        at = _instant(m, "at", where)
        out.movements.append(
            {
                "id": mid,
                "store": store.code,
                "station": station,
                "sku": _text(m, "sku", where, 64),
                "quantity_milli": qty,
                "reason": _text(m, "reason", where, 32),
                "doc_ref": _text(m, "doc_ref", where, 64, True),
                "at": utc_text(at),
            }
        )
        if out.occurred_at is None:  # the event's time, day and document: its first movement's
            out.occurred_at, out.business_date = utc_text(at), business_date(at, store.tz)
            out.doc_ref = m["doc_ref"] or None
    return out


def movement_feed_data(row: dict) -> dict:
    """A stored movement as the feed's "stock_movement" item (wire.py)."""
    return {
        "id": row["id"],
        "store": row["store"],
        "station": row["station"],
        "sku": row["sku"],
        "quantity": milli_text(row["quantity_milli"]),
        "reason": row["reason"],
        "doc_ref": row["doc_ref"],
        "at": row["at"],
    }


# --------------------------------------------------------------------------- shift close
SHIFT_FIELDS = (
    "store",
    "station",
    "currency",
    "shift_id",
    "shift_no",
    "z_no",
    "business_date",
    "closed_at",
    "sales_count",
    "gross_minor",
    "net_minor",
    "tax_minor",
    "taxes",
    "tenders",
    "cash_expected_minor",
    "cash_counted_minor",
    "cash_difference_minor",
)


@dataclass
class ShiftRows:
    shift: dict
    occurred_at: str
    business_date: date
    doc_ref: str


def shift_close(payload, store: StoreFacts, station: str) -> ShiftRows:
    """A station's Z totals: kept for the ERP beside the sales they summarise."""
    p = _obj(payload, "payload")
    _fields(p, SHIFT_FIELDS, "shift_close")
    _owner(p, store, station)
    if p["currency"] != store.currency:
        raise Invalid(f"shift_close.currency {p['currency']!r} is not the store's {store.currency}")
    closed = _instant(p, "closed_at", "shift_close")
    try:
        day = date.fromisoformat(_text(p, "business_date", "shift_close", 10))
    except ValueError:
        raise Invalid("shift_close.business_date must be YYYY-MM-DD") from None
    where = "shift_close"
    figures = {
        k: _int(p, k, where)
        for k in (
            "sales_count",
            "gross_minor",
            "net_minor",
            "tax_minor",
            "cash_expected_minor",
            "cash_counted_minor",
            "cash_difference_minor",
        )
    }
    if figures["net_minor"] + figures["tax_minor"] != figures["gross_minor"]:
        raise Invalid("shift_close: net + tax must equal gross")
    if figures["cash_counted_minor"] - figures["cash_expected_minor"] != figures["cash_difference_minor"]:
        raise Invalid("shift_close: counted - expected cash must equal the difference")
    taxes = _list(p, "taxes", where)
    if sum(_int(_obj(t, "taxes[]"), "gross_minor", "taxes[]") for t in taxes) != figures["gross_minor"]:
        raise Invalid("shift_close: the taxes' gross must add up to gross_minor")
    _list(p, "tenders", where)
    z_no = _int(p, "z_no", where, minimum=1)
    return ShiftRows(
        shift={
            "store": store.code,
            "station": station,
            "shift_id": _uuid(p, "shift_id", where),
            "z_no": z_no,
            "business_date": day,
            "closed_at": utc_text(closed),
            "sales_count": figures["sales_count"],
            "gross_minor": figures["gross_minor"],
            "cash_expected_minor": figures["cash_expected_minor"],
            "cash_counted_minor": figures["cash_counted_minor"],
            "cash_difference_minor": figures["cash_difference_minor"],
        },
        occurred_at=utc_text(closed),
        business_date=day,
        doc_ref=f"Z{z_no}",
    )
