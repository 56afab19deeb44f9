"""The "return" event (registered in handlers.HANDLERS), over-return flags and the day's figures.

Offline returns are accepted (goods and money already moved) and flagged when they exceed the
sale; the rules are in the package docstring (hub/returns/__init__.py).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from .. import db, ownership
from ..feed import add_items
from ..models import events
from ..times import business_date, utc_text
from ..validation import (
    UUID_HEX,
    Invalid,
    StoreFacts,
    _fields,
    _instant,
    _int,
    _list,
    _obj,
    _owner,
    _quantity,
    _rate,
    _text,
    tax_rows,
)
from ..values import milli_text
from . import vouchers
from .grants import (
    ACTIVE,
    CASH,
    CONDITIONS,
    CONSUMED,
    KINDS,
    LINE_FIELDS,
    PAYMENT_FIELDS,
    PAYMENT_KINDS,
    RECEIPT,
    RETURN_FIELDS,
    STORE_CREDIT,
    WEB_ORDER,
    _label,
    _sale_by_ref,
    returned_by_returns,
)
from .models import return_flags, return_grants, return_lines, return_payments, return_taxes, returns


@dataclass
class ReturnRows:
    ret: dict
    lines: list[dict]
    taxes: list[dict]
    payments: list[dict]


def validate(payload, store: StoreFacts, station: str) -> ReturnRows:
    """Check a station's return document (its journal entry) and turn it into rows, or raise
    Invalid with the reason. Sums: total == sum(line refunds) == sum(tax gross);
    net + tax == total; sum(payment amount - rounding) == total; only cash is rounded."""
    p = _obj(payload, "payload")
    ret = _return_row(p, store, station)
    lines = _line_rows(p, ret["return_id"], ret["kind"])
    taxes = _tax_rows(p, ret["return_id"])
    payments = _payment_rows(p, ret["return_id"])
    _check_sums(ret, lines, taxes, payments)
    return ReturnRows(ret, lines, taxes, payments)


def _return_row(p: dict, store: StoreFacts, station: str) -> dict:
    """The return's own fields (not its lines, taxes and payments), checked, as a `returns` row."""
    where = "return"
    _fields(p, RETURN_FIELDS, where)
    if p["type"] != "return":
        raise Invalid(f"return.type must be 'return', got {p['type']!r}")
    _owner(p, store, station)
    rid = p["return_id"]
    if not isinstance(rid, str) or not UUID_HEX.match(rid):
        raise Invalid("return.return_id must be a uuid in lowercase hex (32 characters)")
    return_no = _text(p, "return_no", where, 64)
    at = _instant(p, "at", where)
    user = _text(p, "user", where, 64)
    approver = _text(p, "approver", where, 64, allow_empty=True)
    if p["currency"] != store.currency:
        raise Invalid(f"return.currency {p['currency']!r} is not the store's currency {store.currency}")
    kind = p["kind"]
    if kind not in KINDS:
        raise Invalid(f"return.kind must be one of {', '.join(KINDS)}, got {kind!r}")
    original_ref = _text(p, "original_ref", where, 64, allow_empty=True)
    if kind in (RECEIPT, WEB_ORDER) and not original_ref.strip():
        raise Invalid(
            f"return.original_ref must name the {'receipt' if kind == RECEIPT else 'order'} of a {kind} return"
        )
    original_sale_id = _text(p, "original_sale_id", where, 32, allow_empty=True)
    if original_sale_id and not UUID_HEX.match(original_sale_id):
        raise Invalid("return.original_sale_id must be empty or a uuid in lowercase hex")
    original_store = _text(p, "original_store", where, 32, allow_empty=True)
    grant_id = _text(p, "grant_id", where, 32, allow_empty=True)
    if grant_id and not UUID_HEX.match(grant_id):
        raise Invalid("return.grant_id must be empty (offline) or a uuid in lowercase hex")
    if not isinstance(p["offline"], bool):
        raise Invalid("return.offline must be true or false")
    reason = _text(p, "reason", where, 200, allow_empty=True)
    net, tax, total = (_int(p, k, where) for k in ("net_minor", "tax_minor", "total_minor"))
    if total < 0:
        raise Invalid(f"return.total_minor must be at least 0, got {total}")
    rounding = _int(p, "rounding_minor", where)
    if net + tax != total:
        raise Invalid(f"return: net {net} + tax {tax} != total {total}")
    return {
        "return_id": rid,
        "return_no": return_no,
        "store": store.code,
        "station": station,
        "user_name": user,
        "approver": approver,
        "at": utc_text(at),
        "business_date": business_date(at, store.tz),
        "currency": store.currency,
        "kind": kind,
        "original_ref": original_ref,
        "original_sale_id": original_sale_id,
        "original_store": original_store,
        "grant_id": grant_id,
        "grant_consumed": False,
        "offline": p["offline"],
        "reason": reason,
        "net_minor": net,
        "tax_minor": tax,
        "total_minor": total,
        "rounding_minor": rounding,
    }


def _line_rows(p: dict, rid: str, kind: str) -> list[dict]:
    """The `return_lines` rows: line numbers unique, and one return line per sold line of a sale or order."""
    lines: list[dict] = []
    numbers: set[int] = set()
    originals: set[int] = set()
    for i, raw in enumerate(_list(p, "lines", "return", non_empty=True), start=1):
        w = f"lines[{i}]"
        ln = _obj(raw, w)
        _fields(ln, LINE_FIELDS, w)
        number = _int(ln, "line", w, 1)
        if number in numbers:
            raise Invalid(f"{w}.line {number} appears twice")
        numbers.add(number)
        original = _int(ln, "original_line", w, 1 if kind in (RECEIPT, WEB_ORDER) else 0)
        if kind in (RECEIPT, WEB_ORDER):
            if original in originals:
                raise Invalid(f"{w}.original_line {original} appears twice; one return line per sold line")
            originals.add(original)
        qty = _quantity(ln, "quantity", w)
        if qty <= 0:
            raise Invalid(f"{w}.quantity must be more than zero")
        condition = ln["condition"]
        if condition not in CONDITIONS:
            raise Invalid(f"{w}.condition must be one of {', '.join(CONDITIONS)}, got {condition!r}")
        lines.append(
            {
                "return_id": rid,
                "line": number,
                "original_line": original,
                "sku": _text(ln, "sku", w, 64),
                "name": _text(ln, "name", w, 200, allow_empty=True),
                "quantity_milli": qty,
                "refund_minor": _int(ln, "refund_minor", w, 0),
                "tax_code": _text(ln, "tax_code", w, 16),
                "tax_rate": _rate(ln, "tax_rate", w),
                "condition": condition,
            }
        )
    return lines


def _tax_rows(p: dict, rid: str) -> list[dict]:
    """The `return_taxes` rows: net + tax == gross, one row per (code, rate)."""
    return tax_rows(p, "return", {"return_id": rid}, one_per_rate=True)


def _payment_rows(p: dict, rid: str) -> list[dict]:
    """The `return_payments` rows: only cash rounded; a store_credit refund names its voucher code."""
    payments: list[dict] = []
    for i, raw in enumerate(_list(p, "payments", "return"), start=1):
        w = f"payments[{i}]"
        pay = _obj(raw, w)
        _fields(pay, PAYMENT_FIELDS, w)
        pkind = pay["kind"]
        if pkind not in PAYMENT_KINDS:
            raise Invalid(f"{w}.kind must be one of {', '.join(PAYMENT_KINDS)}, got {pkind!r}")
        row = {
            "return_id": rid,
            "position": i,
            "kind": pkind,
            "amount_minor": _int(pay, "amount_minor", w, 0),
            "rounding_minor": _int(pay, "rounding_minor", w),
            "reference": _text(pay, "reference", w, 128, allow_empty=True),
        }
        if row["rounding_minor"] and pkind != CASH:
            raise Invalid(f"{w}: only cash refunds are rounded, {pkind} has rounding {row['rounding_minor']}")
        if pkind == STORE_CREDIT:
            code = row["reference"]
            if not code.strip() or len(code) > 64:
                raise Invalid(f"{w}.reference must be the voucher code (1-64 characters) of a store_credit refund")
            if row["amount_minor"] <= 0:
                raise Invalid(f"{w}.amount_minor of a store_credit refund must be more than zero")
        payments.append(row)
    return payments


def _check_sums(ret: dict, lines: list[dict], taxes: list[dict], payments: list[dict]) -> None:
    """The lines, the tax table and the payments each add up to the return's total, rate by rate."""
    net, tax, total, rounding = ret["net_minor"], ret["tax_minor"], ret["total_minor"], ret["rounding_minor"]
    lines_total = sum(r["refund_minor"] for r in lines)
    if lines_total != total:
        raise Invalid(f"line refunds add up to {lines_total}, total_minor is {total}")
    taxes_total = sum(t["gross_minor"] for t in taxes)
    if taxes_total != total:
        raise Invalid(f"taxes add up to {taxes_total} gross, total_minor is {total}")
    t_net, t_tax = sum(t["net_minor"] for t in taxes), sum(t["tax_minor"] for t in taxes)
    if (t_net, t_tax) != (net, tax):
        raise Invalid(
            f"taxes add up to net {t_net} and tax {t_tax}, the return says net_minor {net} and tax_minor {tax}"
        )
    by_rate: dict[tuple[str, str], int] = defaultdict(int)
    for row in lines:
        by_rate[(row["tax_code"], row["tax_rate"])] += row["refund_minor"]
    table = {(t["code"], t["rate"]): t["gross_minor"] for t in taxes}
    for key in sorted(set(table) | set(by_rate)):
        if table.get(key, 0) != by_rate.get(key, 0):
            raise Invalid(
                f"lines at tax {key[0]} {key[1]} % refund {by_rate.get(key, 0)}, "
                f"the tax row says {table.get(key, 0)} gross"
            )
    paid = sum(r["amount_minor"] - r["rounding_minor"] for r in payments)
    if paid != total:
        raise Invalid(f"payments add up to {paid} (amount - rounding), total_minor is {total}")
    if sum(r["rounding_minor"] for r in payments) != rounding:
        raise Invalid(
            f"payments' rounding adds up to {sum(r['rounding_minor'] for r in payments)}, rounding_minor is {rounding}"
        )


def apply_return(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    """The "return" event kind (handlers.py): store the return, consume its grant, issue its
    vouchers, and flag an over-return. Raises Invalid to reject the event (nothing is kept)."""
    r = validate(payload, store, station)
    ret = r.ret
    mine = (returns.c.store == store.code) & (returns.c.station == station)  # numbers are per station
    hit = conn.execute(
        select(returns.c.return_id, returns.c.return_no, returns.c.event_id, returns.c.store, returns.c.station).where(
            (returns.c.return_id == ret["return_id"]) | (mine & (returns.c.return_no == ret["return_no"]))
        )
    ).first()
    if hit is not None:
        what = f"return {ret['return_id']}" if hit.return_id == ret["return_id"] else f"return number {hit.return_no}"
        if not ownership.belongs(store.code, station, hit.store, hit.station):  # name none of its data
            raise Invalid(
                f"{what} was already received from {ownership.elsewhere(store.code, hit.store)}; send it under a new id"
            )
        raise Invalid(f"{what} was already received in event {hit.event_id}")

    sale = None
    if ret["kind"] in (RECEIPT, WEB_ORDER):
        sale = _sale_by_ref(conn, ret["original_ref"], lock=True)
        if sale is not None and sale.kind != ret["kind"]:
            sale = None  # a receipt number given as an order, or the other way round: flagged below
        if sale is not None and ret["original_sale_id"] and ret["original_sale_id"] != sale.id:
            what = "sale" if sale.kind == RECEIPT else "order"
            raise Invalid(
                f"{'receipt' if sale.kind == RECEIPT else 'web order'} {ret['original_ref']} is {what} "
                f"{sale.id} at the hub, "
                f"not {ret['original_sale_id']}"
            )

    if ret["grant_id"]:
        g = conn.execute(
            select(return_grants).where(return_grants.c.grant_id == ret["grant_id"]).with_for_update()
        ).first()
        if g is not None and not ownership.belongs(store.code, station, g.store, g.station):
            raise ownership.NotOwned(
                f"return.grant_id {g.grant_id} is a grant of "
                f"{ownership.elsewhere(store.code, g.store)}; the token is {store.code}/{station}"
            )
        if g is not None and g.status == ACTIVE and sale is not None and g.sale_id == sale.id:
            # An expired grant no longer counted; it is closed all the same, by this return.
            ret["grant_consumed"] = g.expires_at > now
            conn.execute(
                update(return_grants)
                .where(return_grants.c.grant_id == g.grant_id)
                .values(status=CONSUMED, closed_at=now, return_id=ret["return_id"])
            )

    conn.execute(returns.insert().values(event_id=event_id, **ret))
    db.insert_many(conn, return_lines, r.lines)
    db.insert_many(conn, return_taxes, r.taxes)
    db.insert_many(conn, return_payments, r.payments)
    conn.execute(
        update(events)
        .where(events.c.id == event_id)
        .values(occurred_at=ret["at"], business_date=ret["business_date"], doc_ref=ret["return_no"])
    )

    credit: dict[str, int] = defaultdict(int)
    for pay in r.payments:
        if pay["kind"] == STORE_CREDIT:
            credit[pay["reference"]] += pay["amount_minor"]
    for code, amount in credit.items():
        try:
            vouchers.issue(conn, code, store.currency, amount, store.code, ret["return_id"], now)
        except ValueError as exc:
            raise Invalid(str(exc)) from None

    if ret["kind"] in (RECEIPT, WEB_ORDER):
        problems = _over_returns(conn, ret, r.lines, sale)
        if problems:
            _flag(conn, ret, "; ".join(problems), now)


def _over_returns(conn: Connection, ret: dict, lines: list[dict], sale) -> list[str]:
    """What is wrong with a receipt return once it is stored: lines returned beyond the sale."""
    ref = ret["original_ref"]
    if sale is None:
        return [f"Sale {ref} is unknown at the hub: the return could not be checked against it"]
    sold = {ln.line: ln for ln in sale.lines}
    done = returned_by_returns(conn, ref, sale.kind)
    out = []
    for row in sorted(lines, key=lambda x: x["original_line"]):
        ln = sold.get(row["original_line"])
        if ln is None:
            out.append(f"Line {row['original_line']} ({row['name'] or row['sku']}) is not on sale {ref}")
            continue
        total, qty = done.get(ln.line, 0), int(ln.quantity_milli)
        if total > qty:
            out.append(
                f"{_label(ln)}: {milli_text(total)} returned of {milli_text(qty)} sold; "
                f"over by {milli_text(total - qty)}"
            )
    return out


def _flag(conn: Connection, ret: dict, detail: str, now: str) -> None:
    flag_id = uuid.uuid4().hex
    conn.execute(
        return_flags.insert().values(
            flag_id=flag_id,
            return_id=ret["return_id"],
            store=ret["store"],
            station=ret["station"],
            return_no=ret["return_no"],
            original_ref=ret["original_ref"],
            detail=detail,
            at=now,
        )
    )
    add_items(
        conn,
        [
            (
                ret["store"],
                None,
                "return_flag",
                {
                    "flag_id": flag_id,
                    "return_no": ret["return_no"],
                    "original_ref": ret["original_ref"],
                    "detail": detail,
                    "at": now,
                },
            )
        ],
        now,
    )


# --------------------------------------------------------------------------- flags, day figures
def flags(conn: Connection, store: str) -> list[dict]:
    """A store's over-return flags, oldest first."""
    return [
        {
            "flag_id": f.flag_id,
            "return_no": f.return_no,
            "original_ref": f.original_ref,
            "detail": f.detail,
            "at": f.at,
            "store": f.store,
            "station": f.station,
            "return_id": f.return_id,
        }
        for f in conn.execute(
            select(return_flags)
            .where(return_flags.c.store == store)
            .order_by(return_flags.c.at, return_flags.c.flag_id)
        )
    ]


def day_figures(conn: Connection, store: str, day: date) -> dict:
    """Returns of a store's business day: count, exact refund value, and what went out per kind
    (amount handed over, so cash includes its rounding)."""
    mine = (returns.c.store == store) & (returns.c.business_date == day)
    head = conn.execute(
        select(func.count().label("n"), func.sum(returns.c.total_minor).label("total")).where(mine)
    ).one()
    refunds = {
        r.kind: int(r.amount or 0)
        for r in conn.execute(
            select(return_payments.c.kind, func.sum(return_payments.c.amount_minor).label("amount"))
            .join(returns, returns.c.return_id == return_payments.c.return_id)
            .where(mine)
            .group_by(return_payments.c.kind)
            .order_by(return_payments.c.kind)
        )
    }
    return {"count": int(head.n or 0), "total_minor": int(head.total or 0), "refunds": refunds}
