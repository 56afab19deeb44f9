"""Return grants, the arbiter of returned quantities, and the sale lookup of a return desk.

What a sold line has "returned", the lookup (GET /v1/returns/sales/{ref}), grants and their
release: the rules and the contract are in the package docstring (hub/returns/__init__.py).
A refusal raises a HubError kind (errors.py) whose detail the clerk reads.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection, Engine

from ...i18n import Message, msg
from .. import db, ownership
from ..customers import loyalty
from ..errors import Conflict, Forbidden, NotFound, Unprocessable
from ..times import utc_text, utcnow_text
from ..validation import UUID_HEX
from ..values import milli_text
from . import docs
from .models import return_grant_lines, return_grants, return_lines, return_payments, returns

GRANT_TTL = timedelta(hours=24)
ACTIVE, CONSUMED, RELEASED = "active", "consumed", "released"
RECEIPT, NO_RECEIPT, WEB_ORDER = "receipt", "no_receipt", "web_order"
KINDS = (RECEIPT, NO_RECEIPT, WEB_ORDER)
CASH, CARD, STORE_CREDIT, EXCHANGE = "cash", "card", "store_credit", "exchange"
ONLINE = docs.ONLINE  # back to a web order's online payment (the ERP settles it)
REFUND_KINDS = (CASH, CARD, STORE_CREDIT, ONLINE)
PAYMENT_KINDS = REFUND_KINDS + (EXCHANGE,)  # exchange: netted against the new sale of the same visit
CONDITIONS = ("restock", "damaged")
RETURN_FIELDS = (
    "type",
    "return_id",
    "return_no",
    "at",
    "store",
    "station",
    "user",
    "approver",
    "currency",
    "kind",
    "original_ref",
    "original_sale_id",
    "original_store",
    "grant_id",
    "offline",
    "reason",
    "net_minor",
    "tax_minor",
    "total_minor",
    "rounding_minor",
    "lines",
    "taxes",
    "payments",
)
LINE_FIELDS = ("line", "original_line", "sku", "name", "quantity", "refund_minor", "tax_code", "tax_rate", "condition")
TAX_FIELDS = ("code", "rate", "net_minor", "tax_minor", "gross_minor")
PAYMENT_FIELDS = ("kind", "amount_minor", "rounding_minor", "reference")


def _later(now: str, delta: timedelta) -> str:
    return utc_text(datetime.fromisoformat(now).astimezone(UTC) + delta)


# --------------------------------------------------------------------------- what was returned
def returned_by_returns(conn: Connection, ref: str, kind: str = RECEIPT) -> dict[int, int]:
    """Per sold line, thousandths taken back by the accepted returns of this receipt (or order)."""
    rows = conn.execute(
        select(return_lines.c.original_line, func.sum(return_lines.c.quantity_milli).label("q"))
        .join(returns, returns.c.return_id == return_lines.c.return_id)
        .where(returns.c.kind == kind, returns.c.original_ref == ref)
        .group_by(return_lines.c.original_line)
    )
    return {r.original_line: int(r.q or 0) for r in rows}


def held_by_grants(conn: Connection, sale_id: str, now: str, exclude: str | None = None) -> dict[int, int]:
    """Per sold line, thousandths held by active, unexpired grants on the sale."""
    q = (
        select(return_grant_lines.c.line, func.sum(return_grant_lines.c.quantity_milli).label("q"))
        .join(return_grants, return_grants.c.grant_id == return_grant_lines.c.grant_id)
        .where(return_grants.c.sale_id == sale_id, return_grants.c.status == ACTIVE, return_grants.c.expires_at > now)
        .group_by(return_grant_lines.c.line)
    )
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
    out = dict.fromkeys(REFUND_KINDS, 0)
    for r in conn.execute(
        select(
            return_payments.c.kind,
            func.sum(return_payments.c.amount_minor).label("a"),
            func.sum(return_payments.c.rounding_minor).label("r"),
        )
        .join(returns, returns.c.return_id == return_payments.c.return_id)
        .where(returns.c.kind == kind, returns.c.original_ref == ref)
        .group_by(return_payments.c.kind)
    ):
        out[r.kind] = int(r.a or 0) - int(r.r or 0)
    return out


def line_label(number: int, name: str, sku: str) -> str:
    """How the hub's messages name a sold line: "Line 2 (Mug)", or its SKU when it has no name."""
    return f"Line {number} ({name or sku})"


# --------------------------------------------------------------------------- lookup
def lookup(conn: Connection, ref: str, now: str | None = None) -> dict | None:
    """The sale with receipt number `ref` as a return desk needs it, or None."""
    now = now or utcnow_text()
    doc = docs.document(conn, ref)
    if doc is None:
        return None
    done = _returned(conn, doc.id, ref, now, doc.kind)
    lines = [
        {
            "line": ln.line,
            "sku": ln.sku,
            "name": ln.name,
            "quantity": milli_text(ln.quantity_milli),
            "gross_minor": ln.gross_minor,
            "tax_code": ln.tax_code,
            "tax_rate": ln.tax_rate,
            "returned": milli_text(done.get(ln.line, 0)),
            "unit_price_minor": ln.unit_price_minor,
            "discount_minor": ln.discount_minor,
            "tax_minor": ln.tax_minor,
        }
        for ln in doc.lines
    ]
    payments = [{"kind": k, "amount_minor": a, "reference": r} for k, a, r in doc.payments]
    made = [
        r.return_no
        for r in conn.execute(
            select(returns.c.return_no)
            .where(returns.c.kind == doc.kind, returns.c.original_ref == ref)
            .order_by(returns.c.at, returns.c.return_no)
        )
    ]
    return {
        "ref": doc.ref,
        "kind": doc.kind,
        "sale_id": doc.id,
        "store": doc.store,
        "station": doc.station,
        "at": doc.at,
        "currency": doc.currency,
        "prices_include_tax": doc.prices_include_tax,
        "change_minor": doc.change_minor,
        "total_minor": doc.total_minor,
        "rounding_minor": doc.rounding_minor,
        "lines": lines,
        "payments": payments,
        "refunded": _refunded(conn, ref, doc.kind),
        "returns": made,
        **loyalty.sale_points(conn, doc.id),  # issue 18: its customer's points, for the return's
    }


# --------------------------------------------------------------------------- grants
def _request_hash(ref: str, lines: list[tuple[int, int]]) -> str:
    body = json.dumps({"ref": ref, "lines": sorted(lines)}, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def grant(
    engine: Engine,
    store: str,
    station: str,
    grant_id: str,
    ref: str,
    lines: list[tuple[int, int]],
    now: str | None = None,
) -> dict:
    """Grant (line, thousandths) pairs of receipt `ref` to a station of `store`, or raise a HubError
    (Conflict 409 over, NotFound 404 unknown receipt, Unprocessable 422).

    All or nothing: any line asked beyond what is left refuses the whole request (409, naming
    every such line) and stores nothing. A repeat of the same grant_id with the same request gets
    the first answer; the same id with another request is refused (409).
    """
    _check_request(grant_id, lines)
    digest = _request_hash(ref, lines)

    def work(conn: Connection) -> dict:
        at = now or utcnow_text()
        db.lock_keys(conn, [grant_id])  # a concurrent repeat of this id waits for us
        prior = conn.execute(select(return_grants).where(return_grants.c.grant_id == grant_id)).first()
        if prior is not None:
            if not ownership.belongs(store, station, prior.store, prior.station):  # name none of its data
                raise Conflict(_reused(grant_id, store == prior.store))
            if prior.request_sha256 != digest:
                raise Conflict(
                    msg(
                        "hub",
                        "grant id {grant_id} was already used for another request (receipt {receipt}, at {at}); "
                        "ask again under a new grant id",
                        grant_id=grant_id,
                        receipt=prior.ref,
                        at=prior.created_at,
                    )
                )
            return json.loads(prior.answer)
        sale = docs.document(conn, ref, lock=True)  # serialises grants (and returns) on this sale
        if sale is None:
            raise NotFound(unknown_receipt(ref))
        sold = {ln.line: ln for ln in sale.lines}
        unknown = [str(line) for line, _ in lines if line not in sold]
        if unknown:
            raise Unprocessable(
                msg("hub", "Receipt {receipt} has no line {lines}", receipt=ref, lines=", ".join(unknown))
            )
        done = _returned(conn, sale.id, ref, at, sale.kind)
        problems = _over_asked(sold, done, lines)
        if problems:
            raise Conflict(_joined(problems))
        expires = _later(at, GRANT_TTL)
        answer = {
            "grant_id": grant_id,
            "status": "granted",
            "ref": ref,
            "sale_id": sale.id,
            "expires_at": expires,
            "lines": [
                {"line": line, "quantity": milli_text(q), "returned_before": milli_text(done.get(line, 0))}
                for line, q in sorted(lines)
            ],
        }
        conn.execute(
            return_grants.insert().values(
                grant_id=grant_id,
                store=store,
                station=station,
                sale_id=sale.id,
                ref=ref,
                status=ACTIVE,
                request_sha256=digest,
                answer=json.dumps(answer, sort_keys=True, separators=(",", ":")),
                created_at=at,
                expires_at=expires,
                closed_at=None,
                return_id=None,
            )
        )
        db.insert_many(
            conn, return_grant_lines, [{"grant_id": grant_id, "line": line, "quantity_milli": q} for line, q in lines]
        )
        return answer

    return db.run_write(engine, work)


def _check_request(grant_id: str, lines: list[tuple[int, int]]) -> None:
    """Unprocessable unless the grant id is a uuid and each line is asked once, for more than zero."""
    if not UUID_HEX.match(grant_id):
        raise Unprocessable(msg("hub", "grant_id must be a uuid in lowercase hex (32 characters)"))
    if not lines:
        raise Unprocessable(msg("hub", "ask for at least one line"))
    seen = set()
    for line, q in lines:
        if line in seen:
            raise Unprocessable(msg("hub", "line {line} is asked twice; give its quantity once", line=line))
        seen.add(line)
        if q <= 0:
            raise Unprocessable(msg("hub", "line {line}: the quantity to return must be more than zero", line=line))


def _over_asked(sold: dict, done: dict[int, int], lines: list[tuple[int, int]]) -> list[Message]:
    """One sentence per line asked beyond what is left to return of it, in line order."""
    problems = []
    for line, q in sorted(lines):
        ln = sold[line]
        left = max(int(ln.quantity_milli) - done.get(line, 0), 0)
        if q > left:
            named = {"line": ln.line, "name": ln.name or ln.sku, "asked": _quantity(q)}  # as line_label names it
            if left == 0:
                problems.append(
                    msg(
                        "hub",
                        "Line {line} ({name}): nothing left to return ({sold} sold, all returned or being returned), "
                        "{asked} asked",
                        sold=_quantity(int(ln.quantity_milli)),
                        **named,
                    )
                )
            else:
                problems.append(
                    msg(
                        "hub",
                        "Line {line} ({name}): only {left} left to return, {asked} asked",
                        left=_quantity(left),
                        **named,
                    )
                )
    return problems


def _quantity(milli: int) -> Decimal:
    """Thousandths as a number a refusal writes: "0.5" in English (milli_text's form), "0,5" in French."""
    return Decimal(milli_text(milli))


def _joined(problems: list[Message]) -> Message:
    """Several lines' refusals as one answer, "first; second; ...", each sentence translated."""
    if len(problems) == 1:
        return problems[0]
    return msg("hub", "{first}; {rest}", first=problems[0], rest=_joined(problems[1:]))


def unknown_receipt(ref: str) -> Message:
    return msg("hub", "Receipt {receipt} is not known at the hub", receipt=ref)


def _reused(grant_id: str, same_store: bool) -> Message:
    """A grant id another store or station used: say which kind, name none of its data (ownership.elsewhere)."""
    if same_store:
        return msg(
            "hub",
            "grant id {grant_id} was already used for another request, by another station; "
            "ask again under a new grant id",
            grant_id=grant_id,
        )
    return msg(
        "hub",
        "grant id {grant_id} was already used for another request, by another store; ask again under a new grant id",
        grant_id=grant_id,
    )


def release(engine: Engine, store: str, grant_id: str, now: str | None = None, station: str | None = None) -> dict:
    """Release an active grant of `store` (the clerk gave up, or the local transaction failed);
    with `station`, only a grant that station asked for."""

    def work(conn: Connection) -> dict:
        at = now or utcnow_text()
        g = conn.execute(select(return_grants).where(return_grants.c.grant_id == grant_id)).first()
        if g is None:
            raise NotFound(msg("hub", "grant {grant_id} is not known", grant_id=grant_id))
        # hold the sale like a grant does, then read the grant again under that lock
        docs.document(conn, g.ref, lock=True)
        g = conn.execute(select(return_grants).where(return_grants.c.grant_id == grant_id)).one()
        if not ownership.belongs(store, station, g.store, g.station):
            raise Forbidden(
                msg(
                    "hub",
                    "grant {grant_id} belongs to another station; only the station that asked for it releases it",
                    grant_id=grant_id,
                )
                if store == g.store
                else msg(
                    "hub",
                    "grant {grant_id} belongs to another store; only the station that asked for it releases it",
                    grant_id=grant_id,
                )
            )
        if g.status == CONSUMED:
            raise Conflict(
                msg(
                    "hub",
                    "grant {grant_id} was already used by return {return_id}; it cannot be released",
                    grant_id=grant_id,
                    return_id=g.return_id,
                )
            )
        if g.status == ACTIVE:
            conn.execute(
                update(return_grants).where(return_grants.c.grant_id == grant_id).values(status=RELEASED, closed_at=at)
            )
        return {"grant_id": grant_id, "status": RELEASED}

    return db.run_write(engine, work)
