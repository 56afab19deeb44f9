"""The "return" event (registered in handlers.HANDLERS), over-return flags and the day's figures.

Offline returns are accepted (goods and money already moved) and flagged when they exceed the
sale; the rules are in the package docstring (hub/returns/__init__.py).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import Field, PlainValidator, model_validator
from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from .. import db, ownership
from ..customers import loyalty
from ..feed import add_items
from ..models import events
from ..times import business_date, utc_text
from ..validation import (
    UUID_HEX,
    Code,
    Count,
    Flag,
    Given,
    Instant,
    Invalid,
    Minor,
    Payload,
    StoreCurrency,
    StoreFacts,
    TaxRate,
    TaxRow,
    Uuid,
    exactly,
    field,
    field_at,
    minor,
    once,
    one_of,
    parse,
    quantity,
    rate_mismatch,
    tax_rows,
    taxes_add_up,
    text,
    whole,
)
from ..values import milli_text
from . import docs, vouchers
from .grants import (
    ACTIVE,
    CASH,
    CONDITIONS,
    CONSUMED,
    KINDS,
    PAYMENT_KINDS,
    RECEIPT,
    STORE_CREDIT,
    WEB_ORDER,
    line_label,
    returned_by_returns,
)
from .models import return_flags, return_grants, return_lines, return_payments, return_taxes, returns

Text64 = Annotated[str, text(64)]
Optional64 = Annotated[str, text(64, allow_empty=True)]


def _uuid_or_empty(message: str) -> PlainValidator:
    """An id that may be empty ("" offline, or no original sale): else a uuid in lowercase hex."""

    def check(value):
        if not isinstance(value, str) or (value and not UUID_HEX.match(value)):
            field(message)
        return value

    return PlainValidator(check)


class ReturnLine(Payload):
    line: Annotated[int, minor(1)]
    original_line: Count  # at least 1 for a receipt or web-order return: Return checks it
    sku: Text64
    name: Annotated[str, text(200, allow_empty=True)]
    quantity: Annotated[int, quantity("positive")]
    refund_minor: Count
    tax_code: Code
    tax_rate: TaxRate
    condition: Annotated[str, one_of(*CONDITIONS)]


class ReturnPayment(Payload):
    """Only cash is rounded; a store_credit refund names its voucher code."""

    kind: Annotated[str, one_of(*PAYMENT_KINDS)]
    amount_minor: Count
    rounding_minor: Minor
    reference: Annotated[str, text(128, allow_empty=True)]

    @model_validator(mode="after")
    def _rules(self) -> ReturnPayment:
        if self.rounding_minor and self.kind != CASH:
            whole(f"only cash refunds are rounded, {self.kind} has rounding {self.rounding_minor}")
        if self.kind == STORE_CREDIT:
            if not self.reference.strip() or len(self.reference) > 64:
                field_at("reference", "must be the voucher code (1-64 characters) of a store_credit refund")
            if self.amount_minor <= 0:
                field_at("amount_minor", "of a store_credit refund must be more than zero")
        return self


class Return(Payload):
    """A station's return document (its journal entry): grants.RETURN_FIELDS."""

    type: Annotated[str, exactly("return")]
    return_id: Uuid
    return_no: Text64
    at: Instant
    store: Given
    station: Given
    user: Text64
    approver: Optional64
    currency: StoreCurrency
    kind: Annotated[str, one_of(*KINDS)]
    original_ref: Optional64
    original_sale_id: Annotated[str, _uuid_or_empty("must be empty or a uuid in lowercase hex")]
    original_store: Annotated[str, text(32, allow_empty=True)]
    grant_id: Annotated[str, _uuid_or_empty("must be empty (offline) or a uuid in lowercase hex")]
    offline: Flag
    reason: Annotated[str, text(200, allow_empty=True)]
    net_minor: Minor
    tax_minor: Minor
    total_minor: Count
    rounding_minor: Minor
    lines: list[ReturnLine] = Field(min_length=1)
    taxes: list[TaxRow]
    payments: list[ReturnPayment]
    # Issue 18: what the sale was paid with in loyalty points goes back to the card, not in money
    # (absent: none); the hub gives the points back at ingest (customers/loyalty.return_rows).
    points_back_minor: Count = 0
    points_card: Optional64 = ""
    points_taken: Count = 0  # the station's figures (its receipt); the hub moves the points by its own
    points_given: Count = 0

    @model_validator(mode="after")
    def _rules(self) -> Return:
        if self.net_minor + self.tax_minor != self.total_minor:
            whole(f"return: net {self.net_minor} + tax {self.tax_minor} != total {self.total_minor}")
        if self.kind in (RECEIPT, WEB_ORDER):
            if not self.original_ref.strip():
                what = "receipt" if self.kind == RECEIPT else "order"
                field_at("original_ref", f"must name the {what} of a {self.kind} return")
            for i, ln in enumerate(self.lines, start=1):
                if ln.original_line < 1:
                    whole(f"lines[{i}].original_line must be at least 1, got {ln.original_line}")
            once((ln.original_line for ln in self.lines), "lines", "original_line", ONE_PER_SOLD_LINE)
        once((ln.line for ln in self.lines), "lines", "line")
        _sums(self)
        return self


ONE_PER_SOLD_LINE = "appears twice; one return line per sold line"


def _sums(r: Return) -> None:
    """The lines, the tax table and the payments each add up to the return's total, rate by rate."""
    total = r.total_minor
    lines_total = sum(ln.refund_minor for ln in r.lines)
    if lines_total != total:
        whole(f"line refunds add up to {lines_total}, total_minor is {total}")
    taxes_add_up(r.taxes, total)
    t_net, t_tax = sum(t.net_minor for t in r.taxes), sum(t.tax_minor for t in r.taxes)
    if (t_net, t_tax) != (r.net_minor, r.tax_minor):
        whole(
            f"taxes add up to net {t_net} and tax {t_tax}, "
            f"the return says net_minor {r.net_minor} and tax_minor {r.tax_minor}"
        )
    bad = rate_mismatch(r.taxes, r.lines, lambda ln: (ln.refund_minor,), lambda t: (t.gross_minor,))
    if bad:
        code, rate, (refund,), (gross,) = bad
        whole(f"lines at tax {code} {rate} % refund {refund}, the tax row says {gross} gross")
    paid = sum(p.amount_minor - p.rounding_minor for p in r.payments)
    if paid + r.points_back_minor != total:
        back = f" and points_back_minor is {r.points_back_minor}" if r.points_back_minor else ""
        whole(f"payments add up to {paid} (amount - rounding){back}, total_minor is {total}")
    rounded = sum(p.rounding_minor for p in r.payments)
    if rounded != r.rounding_minor:
        whole(f"payments' rounding adds up to {rounded}, rounding_minor is {r.rounding_minor}")


@dataclass
class ReturnRows:
    ret: dict
    lines: list[dict]
    taxes: list[dict]
    payments: list[dict]
    points_back_minor: int = 0


def validate(payload, store: StoreFacts, station: str) -> ReturnRows:
    """Check a station's return document and turn it into rows, or raise Invalid with the reason.
    Sums: total == sum(line refunds) == sum(tax gross); net + tax == total;
    sum(payment amount - rounding) == total; only cash is rounded."""
    r = parse(Return, payload, "return", store)
    ownership.party(payload, store.code, station)
    rid = r.return_id
    ret = {
        "return_id": rid,
        "return_no": r.return_no,
        "store": store.code,
        "station": station,
        "user_name": r.user,
        "approver": r.approver,
        "at": utc_text(r.at),
        "business_date": business_date(r.at, store.tz),
        "currency": store.currency,
        "kind": r.kind,
        "original_ref": r.original_ref,
        "original_sale_id": r.original_sale_id,
        "original_store": r.original_store,
        "grant_id": r.grant_id,
        "grant_consumed": False,
        "offline": r.offline,
        "reason": r.reason,
        "net_minor": r.net_minor,
        "tax_minor": r.tax_minor,
        "total_minor": r.total_minor,
        "rounding_minor": r.rounding_minor,
    }
    lines = [{"return_id": rid, **ln.model_dump(exclude={"quantity"}), "quantity_milli": ln.quantity} for ln in r.lines]
    payments = [{"return_id": rid, "position": i, **p.model_dump()} for i, p in enumerate(r.payments, start=1)]
    return ReturnRows(ret, lines, tax_rows(r.taxes, {"return_id": rid}), payments, r.points_back_minor)


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
        sale = docs.document(conn, ret["original_ref"], lock=True)
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

    _points(conn, r, sale)
    if ret["kind"] in (RECEIPT, WEB_ORDER):
        problems = _over_returns(conn, ret, r.lines, sale)
        if problems:
            _flag(conn, ret, "; ".join(problems), now)


def _points(conn: Connection, r: ReturnRows, sale) -> None:
    """A return of a sale made for a customer takes back the points it earned and gives back
    the points it was paid with, in proportion, once (customers/loyalty.return_rows). Runs once
    the return's lines are stored: what came back before is all of them less this return's."""
    if sale is None or sale.kind != RECEIPT:
        return
    now: dict[int, int] = defaultdict(int)
    for ln in r.lines:
        now[ln["original_line"]] += ln["quantity_milli"]
    ret = r.ret
    before = {line: q - now.get(line, 0) for line, q in returned_by_returns(conn, ret["original_ref"], RECEIPT).items()}
    goods = loyalty.ReturnedGoods(
        sale.id,
        sale.lines,
        before,
        dict(now),
        ret["return_id"],
        ret["return_no"],
        ret["store"],
        ret["station"],
        ret["at"],
        ret["currency"],
        r.points_back_minor,
    )
    loyalty.return_rows(conn, goods)


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
            out.append(f"{line_label(row['original_line'], row['name'], row['sku'])} is not on sale {ref}")
            continue
        total, qty = done.get(ln.line, 0), int(ln.quantity_milli)
        if total > qty:
            out.append(
                f"{line_label(ln.line, ln.name, ln.sku)}: {milli_text(total)} returned of {milli_text(qty)} sold; "
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
