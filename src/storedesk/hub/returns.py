"""Returns at the hub: sale lookup for a return desk, return grants (the arbiter), the "return"
event, over-return flags and the day's refunds. Vouchers are in vouchers.py.

Field notes: Odoo (PR #281405) and ERPNext (#24259) refunded more than was sold. Here a sold
line's "returned" quantity is counted across every store and station:

    returned(line) = quantities of accepted receipt returns of the line
                   + quantities of ACTIVE grants on the line (not consumed, released or expired)

Online, a station asks for a grant before it pays the refund (POST /v1/returns/grants). The
check "asked <= sold - returned" and the grant's INSERT run in one write transaction that
holds the sale row (SELECT ... FOR UPDATE on PostgreSQL; SQLite has one writer at a time), so
two stations asking for the same line at once are served one after the other and the second
sees the first's grant: the total granted never exceeds the sale. A grant lasts GRANT_TTL
(24 h); the station's "return" event that names it consumes it (its lines then count through
the return's lines, not twice); DELETE releases it when the clerk gives up.

Offline, a station returns what its own policy allows and sends the "return" event later. The
hub accepts it anyway (goods and money already moved) and, when a line's accepted returns then
exceed what was sold, or the sale is unknown at the hub, records an over-return flag and feeds
a "return_flag" item to the return's store: never silent.

Contract (issue 5), all under a station token; money integer minor units, quantities decimal strings:
  GET    /v1/returns/sales/{ref}          the sale of any store by receipt number, with per line
                                          "returned", its payments and what was refunded per kind.
  POST   /v1/returns/grants               {"grant_id", "ref", "lines": [{"line", "quantity"}]}
                                          200 {"grant_id", "status": "granted", "lines":
                                          [{"line", "returned_before"}]} | 409 over | 404 | 422.
  DELETE /v1/returns/grants/{grant_id}    200 {"grant_id", "status": "released"} | 409 consumed | 404.
  GET    /v1/returns/flags?store=CODE     over-return flags of a store (ERP or that store's station).
  event "return"                          see validate(); applied by apply_return (handlers.py).
  GET    /v1/vouchers/{code}              {"code", "currency", "balance_minor", "issued_minor", "status"}.
  POST   /v1/vouchers/{code}/redeem       {"redemption_id", "amount_minor", "ref"} -> 200 {"redemption_id",
                                          "balance_minor"} | 409 "Voucher X has 12.50 left" | 404.
  POST   /v1/vouchers/redemptions/{id}/cancel   gives the amount back, once.

Additive extras beyond that contract:
  - the grant answer's lines also carry "quantity" (granted now), and the answer "ref", "sale_id"
    and "expires_at"; the lookup's lines also carry "unit_price_minor", "discount_minor" and
    "tax_minor", and the lookup has "total_minor", "rounding_minor" and "returns" (the return
    numbers already made against the sale).
  - releasing a grant that was already released, or that expired, answers 200 "released" again;
    a grant of another store answers 403.
  - flags are checked on EVERY receipt return, also one that consumed a grant: if offline returns
    arrived meanwhile and the total now exceeds the sale, that return is flagged too.
  - a return line naming a line that is not on the sale is accepted and flagged as well.
  - the hub sets the event row's occurred_at / business_date / doc_ref (the return number), so
    returns appear in the ERP journal export of their business day.
  - a return payment may also be of kind "exchange" (the station's exchanges: the returned goods'
    value netted against the new sale of the same visit); it shows in "refunded" and in the day's
    "refunds" under that kind.
  - vouchers (vouchers.py): GET also answers "store" and "created_at" and is open to the ERP token;
    a redemption answers "code" and "amount_minor" too; a voucher of another currency than the
    redeeming store's is refused (409); cancel answers {"redemption_id", "status": "cancelled",
    "code", "amount_minor", "balance_minor"}, 403 for another store's redemption, 404 unknown.
    NB: the hub's BodyGuard answers 415 to any POST that is not JSON, so a cancel must send a
    JSON body ({} will do).
  - GET /v1/returns/flags answers {"store", "flags": [{"flag_id", "return_no", "original_ref",
    "detail", "at", "store", "station", "return_id"}]}, oldest first.
  - day totals (exports.py): "refunds" {kind: minor handed out} is present on days with returns
    (left out otherwise, so the figures of a day without returns are unchanged); the API's
    response model (schemas.DayTotals) does not list it yet, so only the CLI/in-process export
    shows it until that model gains the field. CSV: one "refund" row per kind.
  - web orders (return_docs.py): a collected order paid online is looked up, granted and flagged
    by its order number exactly like a receipt (its lines are what was collected; its one payment
    is "online", and a refund to it is of kind "online", settled by the ERP).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection, Engine

from . import db, ownership, return_docs, vouchers
from .feed import add_items
from .models import events
from .models_returns import (
    return_flags,
    return_grant_lines,
    return_grants,
    return_lines,
    return_payments,
    return_taxes,
    returns,
)
from .times import business_date, utc_text, utcnow_text
from .validation import (
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
)
from .values import milli_text
from .vouchers import Refused

__all__ = ["Refused", "apply_return", "flags", "grant", "lookup", "release", "validate"]

GRANT_TTL = timedelta(hours=24)
ACTIVE, CONSUMED, RELEASED = "active", "consumed", "released"
RECEIPT, NO_RECEIPT, WEB_ORDER = "receipt", "no_receipt", "web_order"
KINDS = (RECEIPT, NO_RECEIPT, WEB_ORDER)
CASH, CARD, STORE_CREDIT, EXCHANGE = "cash", "card", "store_credit", "exchange"
ONLINE = return_docs.ONLINE  # back to a web order's online payment (the ERP settles it)
REFUND_KINDS = (CASH, CARD, STORE_CREDIT, ONLINE)
PAYMENT_KINDS = REFUND_KINDS + (EXCHANGE,)  # exchange: netted against the new sale of the same visit
CONDITIONS = ("restock", "damaged")
RETURN_FIELDS = ("type", "return_id", "return_no", "at", "store", "station", "user", "approver", "currency", "kind",
                 "original_ref", "original_sale_id", "original_store", "grant_id", "offline", "reason", "net_minor",
                 "tax_minor", "total_minor", "rounding_minor", "lines", "taxes", "payments")
LINE_FIELDS = ("line", "original_line", "sku", "name", "quantity", "refund_minor", "tax_code", "tax_rate", "condition")
TAX_FIELDS = ("code", "rate", "net_minor", "tax_minor", "gross_minor")
PAYMENT_FIELDS = ("kind", "amount_minor", "rounding_minor", "reference")


def _later(now: str, delta: timedelta) -> str:
    return utc_text(datetime.fromisoformat(now).astimezone(timezone.utc) + delta)


# --------------------------------------------------------------------------- what was returned
def _sale_by_ref(conn: Connection, ref: str, lock: bool = False) -> return_docs.Doc | None:
    """The receipt or collected web order numbered `ref` (return_docs.py)."""
    return return_docs.document(conn, ref, lock)


def returned_by_returns(conn: Connection, ref: str, kind: str = RECEIPT) -> dict[int, int]:
    """Per sold line, thousandths taken back by the accepted returns of this receipt (or order)."""
    rows = conn.execute(
        select(return_lines.c.original_line, func.sum(return_lines.c.quantity_milli).label("q"))
        .join(returns, returns.c.return_id == return_lines.c.return_id)
        .where(returns.c.kind == kind, returns.c.original_ref == ref)
        .group_by(return_lines.c.original_line))
    return {r.original_line: int(r.q or 0) for r in rows}


def held_by_grants(conn: Connection, sale_id: str, now: str, exclude: str | None = None) -> dict[int, int]:
    """Per sold line, thousandths held by active, unexpired grants on the sale."""
    q = (select(return_grant_lines.c.line, func.sum(return_grant_lines.c.quantity_milli).label("q"))
         .join(return_grants, return_grants.c.grant_id == return_grant_lines.c.grant_id)
         .where(return_grants.c.sale_id == sale_id, return_grants.c.status == ACTIVE,
                return_grants.c.expires_at > now)
         .group_by(return_grant_lines.c.line))
    if exclude is not None:
        q = q.where(return_grants.c.grant_id != exclude)
    return {r.line: int(r.q or 0) for r in conn.execute(q)}


def _returned(conn: Connection, sale_id: str, ref: str, now: str, kind: str = RECEIPT) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for part in (returned_by_returns(conn, ref, kind), held_by_grants(conn, sale_id, now)):
        for line, q in part.items():
            out[line] += q
    return out


def _refunded(conn: Connection, ref: str, kind: str = RECEIPT) -> dict[str, int]:
    """Per refund kind, the exact refund value (amount - rounding) over the returns of a receipt."""
    out = {k: 0 for k in REFUND_KINDS}
    for r in conn.execute(
        select(return_payments.c.kind, func.sum(return_payments.c.amount_minor).label("a"),
               func.sum(return_payments.c.rounding_minor).label("r"))
        .join(returns, returns.c.return_id == return_payments.c.return_id)
        .where(returns.c.kind == kind, returns.c.original_ref == ref)
        .group_by(return_payments.c.kind)
    ):
        out[r.kind] = int(r.a or 0) - int(r.r or 0)
    return out


def _label(line) -> str:
    return f"Line {line.line} ({line.name or line.sku})"


# --------------------------------------------------------------------------- lookup
def lookup(conn: Connection, ref: str, now: str | None = None) -> dict | None:
    """The sale with receipt number `ref` as a return desk needs it, or None."""
    now = now or utcnow_text()
    doc = _sale_by_ref(conn, ref)
    if doc is None:
        return None
    done = _returned(conn, doc.id, ref, now, doc.kind)
    lines = [{"line": ln.line, "sku": ln.sku, "name": ln.name, "quantity": milli_text(ln.quantity_milli),
              "gross_minor": ln.gross_minor, "tax_code": ln.tax_code, "tax_rate": ln.tax_rate,
              "returned": milli_text(done.get(ln.line, 0)), "unit_price_minor": ln.unit_price_minor,
              "discount_minor": ln.discount_minor, "tax_minor": ln.tax_minor}
             for ln in doc.lines]
    payments = [{"kind": k, "amount_minor": a, "reference": r} for k, a, r in doc.payments]
    made = [r.return_no for r in conn.execute(
        select(returns.c.return_no).where(returns.c.kind == doc.kind, returns.c.original_ref == ref)
        .order_by(returns.c.at, returns.c.return_no))]
    return {"ref": doc.ref, "kind": doc.kind, "sale_id": doc.id, "store": doc.store, "station": doc.station,
            "at": doc.at, "currency": doc.currency, "prices_include_tax": doc.prices_include_tax,
            "change_minor": doc.change_minor, "total_minor": doc.total_minor,
            "rounding_minor": doc.rounding_minor, "lines": lines, "payments": payments,
            "refunded": _refunded(conn, ref, doc.kind), "returns": made}


# --------------------------------------------------------------------------- grants
def _request_hash(ref: str, lines: list[tuple[int, int]]) -> str:
    body = json.dumps({"ref": ref, "lines": sorted(lines)}, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def grant(engine: Engine, store: str, station: str, grant_id: str, ref: str, lines: list[tuple[int, int]],
          now: str | None = None) -> dict:
    """Grant (line, thousandths) pairs of receipt `ref` to a station of `store`, or raise Refused.

    All or nothing: any line asked beyond what is left refuses the whole request (409, naming
    every such line) and stores nothing. A repeat of the same grant_id with the same request gets
    the first answer; the same id with another request is refused (409).
    """
    if not UUID_HEX.match(grant_id):
        raise Refused(422, "grant_id must be a uuid in lowercase hex (32 characters)")
    if not lines:
        raise Refused(422, "ask for at least one line")
    seen = set()
    for line, q in lines:
        if line in seen:
            raise Refused(422, f"line {line} is asked twice; give its quantity once")
        seen.add(line)
        if q <= 0:
            raise Refused(422, f"line {line}: the quantity to return must be more than zero")
    digest = _request_hash(ref, lines)

    def work(conn: Connection) -> dict:
        at = now or utcnow_text()
        db.lock_keys(conn, [grant_id])  # a concurrent repeat of this id waits for us
        prior = conn.execute(select(return_grants).where(return_grants.c.grant_id == grant_id)).first()
        if prior is not None:
            if not ownership.belongs(store, station, prior.store, prior.station):  # name none of its data
                raise Refused(409, f"grant id {grant_id} was already used for another request, by "
                                   f"{ownership.elsewhere(store, prior.store)}; ask again under a new grant id")
            if prior.request_sha256 != digest:
                raise Refused(409, f"grant id {grant_id} was already used for another request (receipt "
                                   f"{prior.ref}, at {prior.created_at}); ask again under a new grant id")
            return json.loads(prior.answer)
        sale = _sale_by_ref(conn, ref, lock=True)  # serialises grants (and returns) on this sale
        if sale is None:
            raise Refused(404, f"Receipt {ref} is not known at the hub")
        sold = {ln.line: ln for ln in sale.lines}
        unknown = [str(line) for line, _ in lines if line not in sold]
        if unknown:
            raise Refused(422, f"Receipt {ref} has no line {', '.join(unknown)}")
        done = _returned(conn, sale.id, ref, at, sale.kind)
        problems = []
        for line, q in sorted(lines):
            ln = sold[line]
            left = max(int(ln.quantity_milli) - done.get(line, 0), 0)
            if q > left:
                if left == 0:
                    problems.append(f"{_label(ln)}: nothing left to return ({milli_text(ln.quantity_milli)} "
                                    f"sold, all returned or being returned), {milli_text(q)} asked")
                else:
                    problems.append(f"{_label(ln)}: only {milli_text(left)} left to return, {milli_text(q)} asked")
        if problems:
            raise Refused(409, "; ".join(problems))
        expires = _later(at, GRANT_TTL)
        answer = {"grant_id": grant_id, "status": "granted", "ref": ref, "sale_id": sale.id,
                  "expires_at": expires,
                  "lines": [{"line": line, "quantity": milli_text(q), "returned_before": milli_text(done.get(line, 0))}
                            for line, q in sorted(lines)]}
        conn.execute(return_grants.insert().values(
            grant_id=grant_id, store=store, station=station, sale_id=sale.id, ref=ref, status=ACTIVE,
            request_sha256=digest, answer=json.dumps(answer, sort_keys=True, separators=(",", ":")),
            created_at=at, expires_at=expires, closed_at=None, return_id=None))
        db.insert_many(conn, return_grant_lines, [{"grant_id": grant_id, "line": line, "quantity_milli": q}
                                                  for line, q in lines])
        return answer

    return db.run_write(engine, work)


def release(engine: Engine, store: str, grant_id: str, now: str | None = None, station: str | None = None) -> dict:
    """Release an active grant of `store` (the clerk gave up, or the local transaction failed);
    with `station`, only a grant that station asked for."""

    def work(conn: Connection) -> dict:
        at = now or utcnow_text()
        g = conn.execute(select(return_grants).where(return_grants.c.grant_id == grant_id)).first()
        if g is None:
            raise Refused(404, f"grant {grant_id} is not known")
        # hold the sale like a grant does, then read the grant again under that lock
        _sale_by_ref(conn, g.ref, lock=True)
        g = conn.execute(select(return_grants).where(return_grants.c.grant_id == grant_id)).one()
        if not ownership.belongs(store, station, g.store, g.station):
            raise Refused(403, f"grant {grant_id} belongs to {ownership.elsewhere(store, g.store)}; only the "
                               f"station that asked for it releases it")
        if g.status == CONSUMED:
            raise Refused(409, f"grant {grant_id} was already used by return {g.return_id}; it cannot be released")
        if g.status == ACTIVE:
            conn.execute(update(return_grants).where(return_grants.c.grant_id == grant_id)
                         .values(status=RELEASED, closed_at=at))
        return {"grant_id": grant_id, "status": RELEASED}

    return db.run_write(engine, work)


# --------------------------------------------------------------------------- the "return" event
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
        raise Invalid(f"return.original_ref must name the {'receipt' if kind == RECEIPT else 'order'} "
                      f"of a {kind} return")
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

    lines, numbers, originals = [], set(), set()
    by_rate: dict[tuple[str, str], int] = defaultdict(int)
    for i, raw in enumerate(_list(p, "lines", where, non_empty=True), start=1):
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
        row = {"return_id": rid, "line": number, "original_line": original, "sku": _text(ln, "sku", w, 64),
               "name": _text(ln, "name", w, 200, allow_empty=True), "quantity_milli": qty,
               "refund_minor": _int(ln, "refund_minor", w, 0), "tax_code": _text(ln, "tax_code", w, 16),
               "tax_rate": _rate(ln, "tax_rate", w), "condition": condition}
        lines.append(row)
        by_rate[(row["tax_code"], row["tax_rate"])] += row["refund_minor"]

    taxes, table = [], {}
    for i, raw in enumerate(_list(p, "taxes", where), start=1):
        w = f"taxes[{i}]"
        t = _obj(raw, w)
        _fields(t, TAX_FIELDS, w)
        row = {"return_id": rid, "position": i, "code": _text(t, "code", w, 16), "rate": _rate(t, "rate", w),
               "net_minor": _int(t, "net_minor", w), "tax_minor": _int(t, "tax_minor", w),
               "gross_minor": _int(t, "gross_minor", w)}
        if row["net_minor"] + row["tax_minor"] != row["gross_minor"]:
            raise Invalid(f"{w}: net {row['net_minor']} + tax {row['tax_minor']} != gross {row['gross_minor']}")
        key = (row["code"], row["rate"])
        if key in table:
            raise Invalid(f"tax {key[0]} at {key[1]} % appears twice in taxes")
        table[key] = row["gross_minor"]
        taxes.append(row)

    payments = []
    for i, raw in enumerate(_list(p, "payments", where), start=1):
        w = f"payments[{i}]"
        pay = _obj(raw, w)
        _fields(pay, PAYMENT_FIELDS, w)
        pkind = pay["kind"]
        if pkind not in PAYMENT_KINDS:
            raise Invalid(f"{w}.kind must be one of {', '.join(PAYMENT_KINDS)}, got {pkind!r}")
        row = {"return_id": rid, "position": i, "kind": pkind, "amount_minor": _int(pay, "amount_minor", w, 0),
               "rounding_minor": _int(pay, "rounding_minor", w),
               "reference": _text(pay, "reference", w, 128, allow_empty=True)}
        if row["rounding_minor"] and pkind != CASH:
            raise Invalid(f"{w}: only cash refunds are rounded, {pkind} has rounding {row['rounding_minor']}")
        if pkind == STORE_CREDIT:
            code = row["reference"]
            if not code.strip() or len(code) > 64:
                raise Invalid(f"{w}.reference must be the voucher code (1-64 characters) of a store_credit refund")
            if row["amount_minor"] <= 0:
                raise Invalid(f"{w}.amount_minor of a store_credit refund must be more than zero")
        payments.append(row)

    lines_total = sum(r["refund_minor"] for r in lines)
    if lines_total != total:
        raise Invalid(f"line refunds add up to {lines_total}, total_minor is {total}")
    taxes_total = sum(t["gross_minor"] for t in taxes)
    if taxes_total != total:
        raise Invalid(f"taxes add up to {taxes_total} gross, total_minor is {total}")
    t_net, t_tax = sum(t["net_minor"] for t in taxes), sum(t["tax_minor"] for t in taxes)
    if (t_net, t_tax) != (net, tax):
        raise Invalid(f"taxes add up to net {t_net} and tax {t_tax}, the return says net_minor {net} and "
                      f"tax_minor {tax}")
    for key in sorted(set(table) | set(by_rate)):
        if table.get(key, 0) != by_rate.get(key, 0):
            raise Invalid(f"lines at tax {key[0]} {key[1]} % refund {by_rate.get(key, 0)}, "
                          f"the tax row says {table.get(key, 0)} gross")
    paid = sum(r["amount_minor"] - r["rounding_minor"] for r in payments)
    if paid != total:
        raise Invalid(f"payments add up to {paid} (amount - rounding), total_minor is {total}")
    if sum(r["rounding_minor"] for r in payments) != rounding:
        raise Invalid(f"payments' rounding adds up to {sum(r['rounding_minor'] for r in payments)}, "
                      f"rounding_minor is {rounding}")

    ret = {"return_id": rid, "return_no": return_no, "store": store.code, "station": station, "user_name": user,
           "approver": approver, "at": utc_text(at), "business_date": business_date(at, store.tz),
           "currency": store.currency, "kind": kind, "original_ref": original_ref,
           "original_sale_id": original_sale_id, "original_store": original_store, "grant_id": grant_id,
           "grant_consumed": False, "offline": p["offline"], "reason": reason, "net_minor": net, "tax_minor": tax,
           "total_minor": total, "rounding_minor": rounding}
    return ReturnRows(ret, lines, taxes, payments)


def apply_return(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    """The "return" event kind (handlers.py): store the return, consume its grant, issue its
    vouchers, and flag an over-return. Raises Invalid to reject the event (nothing is kept)."""
    r = validate(payload, store, station)
    ret = r.ret
    mine = (returns.c.store == store.code) & (returns.c.station == station)  # numbers are per station
    hit = conn.execute(select(returns.c.return_id, returns.c.return_no, returns.c.event_id, returns.c.store,
                              returns.c.station).where(
        (returns.c.return_id == ret["return_id"]) | (mine & (returns.c.return_no == ret["return_no"])))).first()
    if hit is not None:
        what = f"return {ret['return_id']}" if hit.return_id == ret["return_id"] else f"return number {hit.return_no}"
        if not ownership.belongs(store.code, station, hit.store, hit.station):  # name none of its data
            raise Invalid(f"{what} was already received from {ownership.elsewhere(store.code, hit.store)}; "
                          f"send it under a new id")
        raise Invalid(f"{what} was already received in event {hit.event_id}")

    sale = None
    if ret["kind"] in (RECEIPT, WEB_ORDER):
        sale = _sale_by_ref(conn, ret["original_ref"], lock=True)
        if sale is not None and sale.kind != ret["kind"]:
            sale = None  # a receipt number given as an order, or the other way round: flagged below
        if sale is not None and ret["original_sale_id"] and ret["original_sale_id"] != sale.id:
            what = "sale" if sale.kind == RECEIPT else "order"
            raise Invalid(f"{'receipt' if sale.kind == RECEIPT else 'web order'} {ret['original_ref']} is {what} "
                          f"{sale.id} at the hub, "
                          f"not {ret['original_sale_id']}")

    if ret["grant_id"]:
        g = conn.execute(select(return_grants).where(return_grants.c.grant_id == ret["grant_id"])
                         .with_for_update()).first()
        if g is not None and not ownership.belongs(store.code, station, g.store, g.station):
            raise ownership.NotOwned(f"return.grant_id {g.grant_id} is a grant of "
                                     f"{ownership.elsewhere(store.code, g.store)}; the token is {store.code}/{station}")
        if g is not None and g.status == ACTIVE and sale is not None and g.sale_id == sale.id:
            # An expired grant no longer counted; it is closed all the same, by this return.
            ret["grant_consumed"] = g.expires_at > now
            conn.execute(update(return_grants).where(return_grants.c.grant_id == g.grant_id)
                         .values(status=CONSUMED, closed_at=now, return_id=ret["return_id"]))

    conn.execute(returns.insert().values(event_id=event_id, **ret))
    db.insert_many(conn, return_lines, r.lines)
    db.insert_many(conn, return_taxes, r.taxes)
    db.insert_many(conn, return_payments, r.payments)
    conn.execute(update(events).where(events.c.id == event_id).values(
        occurred_at=ret["at"], business_date=ret["business_date"], doc_ref=ret["return_no"]))

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
            out.append(f"{_label(ln)}: {milli_text(total)} returned of {milli_text(qty)} sold; "
                       f"over by {milli_text(total - qty)}")
    return out


def _flag(conn: Connection, ret: dict, detail: str, now: str) -> None:
    flag_id = uuid.uuid4().hex
    conn.execute(return_flags.insert().values(
        flag_id=flag_id, return_id=ret["return_id"], store=ret["store"], station=ret["station"],
        return_no=ret["return_no"], original_ref=ret["original_ref"], detail=detail, at=now))
    add_items(conn, [(ret["store"], None, "return_flag", {
        "flag_id": flag_id, "return_no": ret["return_no"], "original_ref": ret["original_ref"], "detail": detail,
        "at": now})], now)


# --------------------------------------------------------------------------- flags, day figures
def flags(conn: Connection, store: str) -> list[dict]:
    """A store's over-return flags, oldest first."""
    return [{"flag_id": f.flag_id, "return_no": f.return_no, "original_ref": f.original_ref, "detail": f.detail,
             "at": f.at, "store": f.store, "station": f.station, "return_id": f.return_id}
            for f in conn.execute(select(return_flags).where(return_flags.c.store == store)
                                  .order_by(return_flags.c.at, return_flags.c.flag_id))]


def day_figures(conn: Connection, store: str, day: date) -> dict:
    """Returns of a store's business day: count, exact refund value, and what went out per kind
    (amount handed over, so cash includes its rounding)."""
    mine = (returns.c.store == store) & (returns.c.business_date == day)
    head = conn.execute(select(func.count().label("n"), func.sum(returns.c.total_minor).label("total"))
                        .where(mine)).one()
    refunds = {r.kind: int(r.amount or 0) for r in conn.execute(
        select(return_payments.c.kind, func.sum(return_payments.c.amount_minor).label("amount"))
        .join(returns, returns.c.return_id == return_payments.c.return_id).where(mine)
        .group_by(return_payments.c.kind).order_by(return_payments.c.kind))}
    return {"count": int(head.n or 0), "total_minor": int(head.total or 0), "refunds": refunds}

