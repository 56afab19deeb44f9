"""A return against a receipt: the hub's grant asked before any money moves (released if the
local write fails), the manager's approvals, and the return's rows written in one transaction
(`write_return`, which the no-receipt return and the exchange write through too).

`complete_return` is a hub call (services/hub_call.py): the grant and its release are asked off
the database worker; the write, after the grant, re-checks under the write lock what was
returned meanwhile (`write_return`)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.hub_client import HubClient, HubRefused, HubUnavailable
from ...adapters.repositories import NewMovement, from_milli, to_milli
from ...adapters.return_points_repo import ReturnPointsRepo, ReturnPointsRow
from ...domain.money import ZERO, to_minor
from ...domain.money_format import fmt_qty
from ...domain.permissions import Perm, require
from ...domain.returns import (
    DAMAGED,
    OFFLINE_NONE,
    ORIGINAL,
    STORE_CREDIT,
    OverReturn,
    RefundPart,
    ReturnError,
    check_reason,
)
from ...i18n import msg
from ..auth import approve, override_record
from ..context import User, config, utcnow
from ..fiscal import due, events
from ..hub_call import Ask, Steps, hub_call
from ..journal import record_document
from ..restore.pending import refuse_if_pending
from ..stock.posting import movements_event
from . import lookup
from .lookup import NO_RECEIPT, RECEIPT, WEB_ORDER, ReturnableSale, policy, return_number
from .planning import PointsBack, RefundPreview, ReturnLineIn, preview

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


@dataclass(frozen=True)
class ReturnResult:
    return_id: str
    return_no: str
    total: Decimal
    parts: tuple[RefundPart, ...]
    offline: bool
    voucher_code: str = ""
    journal_seq: int = 0


def approving_manager(uow: UnitOfWork, user: User, needed: tuple[str, ...], approver: tuple[str, str] | None):
    """Check every approval this return needs; returns the approving manager or None."""
    missing = [Perm(p) for p in needed if not _allowed(user, Perm(p))]
    if not missing:
        return None
    if approver is None:
        require(user.role, missing[0])  # not allowed: refused with its message
        return None
    manager = None
    for perm in missing:
        manager = approve(uow, approver[0], approver[1], perm)
    return manager


def _allowed(user: User, perm: Perm) -> bool:
    from ...domain.permissions import allowed

    return allowed(user.role, perm)


def voucher_code() -> str:
    """A store-credit code a clerk can read out: 12 characters, no look-alikes (0/O, 1/I)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"SC-{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _with_voucher(parts: tuple[RefundPart, ...]) -> tuple[tuple[RefundPart, ...], str]:
    code = ""
    out = []
    for p in parts:
        if p.kind == STORE_CREDIT:
            code = code or voucher_code()
            p = RefundPart(STORE_CREDIT, p.amount, code)
        out.append(p)
    return tuple(out), code


@hub_call
def complete_return(
    uow: UnitOfWork,
    user: User,
    sale: ReturnableSale,
    lines: list[ReturnLineIn],
    reason: str,
    refund_to: str = ORIGINAL,
    approver: tuple[str, str] | None = None,
    client: HubClient | None = None,
    exchange_basket_id: str = "",
) -> Steps[ReturnResult]:
    """Take goods back against a receipt and pay the refund; see the module docstring."""
    require(user.role, Perm.RETURN)
    check_reason(reason)
    pre = preview(uow, sale, lines, refund_to, role=user.role)  # the refund limit of the user's role
    manager = approving_manager(uow, user, pre.approvals, approver)
    grant_id, offline = yield from hub_grant(uow, sale, pre, client)
    try:
        return write_return(
            uow, user, manager, sale, lines, pre, reason, grant_id, offline, sale.kind, exchange_basket_id
        )
    except BaseException:
        yield from release_grant(uow, grant_id, client)
        raise


def hub_grant(
    uow: UnitOfWork, sale: ReturnableSale, pre: RefundPreview, client: HubClient | None
) -> Steps[tuple[str, bool]]:
    """Ask the hub to grant the quantities before any money moves. Returns (grant id, offline).
    Offline, the store's policy decides; a refusal raises ReturnError and nothing changes."""
    cfg = config(uow)
    own_client = client is None
    client = client or lookup.hub_client(uow)
    grant_id, offline = "", True
    try:
        if client is not None:
            grant_id = uuid.uuid4().hex
            try:
                lines = [{"line": p.line_no, "quantity": str(p.quantity)} for p in pre.plan.lines]
                yield Ask(client.grant_return, grant_id, sale.ref, lines)
                offline = False
            except HubRefused as exc:
                if exc.status == 409:
                    raise ReturnError(msg("returns", "The hub refused: {detail}", detail=exc.detail)) from None
                if exc.status != 404:
                    raise ReturnError(
                        msg("returns", "The hub refused the return: {detail}", detail=exc.detail)
                    ) from None
                grant_id = ""  # a sale the hub does not know yet: ours, not synced
            except HubUnavailable:
                grant_id = ""
    finally:
        if own_client and client is not None:
            client.close()
    if offline:
        if sale.station != cfg.station_code or sale.store != cfg.store_code:
            raise ReturnError(
                msg("returns", "The hub cannot be reached: only this station's own sales can be returned offline")
            )
        if policy(uow).offline == OFFLINE_NONE:
            raise ReturnError(msg("returns", "The hub cannot be reached and this store takes no returns offline"))
    return grant_id, offline


def release_grant(uow: UnitOfWork, grant_id: str, client: HubClient | None) -> Steps[None]:
    """Give a grant back when the local write failed (best effort: unused grants lapse after a day)."""
    if not grant_id:
        return
    own_client = client is None
    client = client or lookup.hub_client(uow)
    if client is None:
        return
    try:
        yield Ask(client.release_grant, grant_id)
    except (HubUnavailable, HubRefused):
        pass
    finally:
        if own_client:
            client.close()


def points_fields(tx, return_id: str, points: PointsBack, m) -> dict:
    """Keep what the return does to the customer's points (s0022, for the receipt and the Z) and
    the event's fields: the value paid in points is not paid out (payments + points_back_minor
    = total); the points are the station's figures, the hub moves them by its own."""
    ReturnPointsRepo(tx.conn).add(
        ReturnPointsRow(return_id, points.customer_id, points.card, points.taken, points.given, m(points.value))
    )
    return {
        "points_back_minor": m(points.value),
        "points_card": points.card,
        "points_taken": points.taken,
        "points_given": points.given,
    }


def write_return(
    uow: UnitOfWork,
    user: User,
    manager,
    sale: ReturnableSale,
    lines_in: list[ReturnLineIn],
    pre: RefundPreview,
    reason: str,
    grant_id: str,
    offline: bool,
    kind: str,
    exchange_basket_id: str = "",
    product_ids: dict | None = None,
    then=None,
):
    """The return's rows in one write transaction. `then(tx, cfg, now, return_no)` runs in the
    same transaction afterwards (an exchange's sale); the result is then (ReturnResult, its result)."""
    cfg = config(uow)
    cur = sale.currency
    m = lambda v: to_minor(v, cur)  # noqa: E731
    conditions = {ln.line_no: ln.condition for ln in lines_in}
    due.close_before_document(uow, utcnow())  # the first document of a day closes what ended (issue 19)
    with uow.write() as tx:
        refuse_if_pending(tx)  # rule 11: no return number before a restored station caught up
        # Time, shift and Z period read under the write lock (rule 12: a return waiting for a
        # shift close is stamped after it, in the next Z, never between two).
        stamp = tx.stamp(cfg.station_code, utcnow)
        now, shift_id = stamp.at, stamp.shift_id
        events.check_clock(tx, now, user.username)  # a clock set back while the till runs (issue 19)
        if kind in (RECEIPT, WEB_ORDER):
            # Re-check under the write lock: another return at this station may have landed since.
            done = tx.returns.returned_milli(sale.ref)
            for p in pre.plan.lines:
                sold = sale.line(p.line_no)
                left = to_milli(sold.quantity) - max(done.get(p.line_no, 0), to_milli(p.returned_before))
                if to_milli(p.quantity) > left:
                    raise OverReturn(
                        msg(
                            "returns",
                            "Line {line} ({item}): only {left} left to return (another return was just recorded)",
                            line=sold.line_no,
                            item=sold.name or sold.sku,
                            left=fmt_qty(from_milli(max(left, 0))),
                        ),
                        p.line_no,
                        from_milli(max(left, 0)),
                    )
        number = tx.counters.next(f"return:{cfg.station_code}")
        return_no = return_number(cfg.store_code, cfg.station_code, number)
        return_id = uuid.uuid4().hex
        parts, code = _with_voucher(pre.parts)
        rows, wire_lines, movements, wire_moves = [], [], [], []
        for no, p in enumerate(pre.plan.lines, start=1):
            pid = (product_ids or {}).get(p.sku)
            if pid is None:
                product = tx.catalog.by_sku(p.sku)
                if product is None:
                    raise ReturnError(
                        msg(
                            "returns",
                            "{item}: SKU {sku} is not in this store's catalog; it cannot be restocked",
                            item=p.name,
                            sku=p.sku,
                        )
                    )
                pid = product.id
            condition = conditions[p.line_no]
            rows.append(
                (
                    return_id,
                    no,
                    p.line_no,
                    pid,
                    p.sku,
                    p.name,
                    p.category,
                    to_milli(p.quantity),
                    m(p.refund),
                    p.tax_code,
                    str(p.tax_rate),
                    condition,
                )
            )
            wire_lines.append(
                {
                    "line": no,
                    "original_line": p.line_no,
                    "sku": p.sku,
                    "name": p.name,
                    "quantity": str(p.quantity),
                    "refund_minor": m(p.refund),
                    "tax_code": p.tax_code,
                    "tax_rate": str(p.tax_rate),
                    "condition": condition,
                }
            )
            moves = [
                NewMovement(uuid.uuid4().hex, pid, to_milli(p.quantity), "return", return_no, cfg.station_code, now)
            ]
            if condition == DAMAGED:  # back in, then written off: both facts stay in the ledger
                moves.append(
                    NewMovement(
                        uuid.uuid4().hex, pid, -to_milli(p.quantity), "damaged", return_no, cfg.station_code, now
                    )
                )
            movements += moves
            wire_moves += [
                {
                    "id": mv.id,
                    "sku": p.sku,
                    "quantity": str(from_milli(mv.quantity_milli)),
                    "reason": mv.reason,
                    "doc_ref": return_no,
                    "at": now,
                }
                for mv in moves
            ]
        taxes = [(return_id, t.code, str(t.rate), m(t.net), m(t.tax), m(t.gross)) for t in pre.plan.taxes]
        pays = [(return_id, i, p.kind, m(p.amount), m(p.rounding), p.reference) for i, p in enumerate(parts, 1)]
        rounding = sum((p.rounding for p in parts), ZERO)
        header = {
            "id": return_id,
            "return_no": return_no,
            "number": number,
            "store_code": cfg.store_code,
            "station_code": cfg.station_code,
            "user_id": user.id,
            "approver_id": manager.id if manager else None,
            "shift_id": shift_id,
            "created_at": now,
            "currency": cur,
            "kind": kind,
            "original_ref": sale.ref if kind != NO_RECEIPT else "",
            "original_sale_id": sale.sale_id,
            "original_store": sale.store,
            "reason": reason,
            "net_minor": m(pre.plan.net),
            "tax_minor": m(pre.plan.tax),
            "total_minor": m(pre.plan.total),
            "rounding_minor": m(rounding),
            "grant_id": grant_id,
            "offline": int(offline),
            "exchange_basket_id": exchange_basket_id,
            "z_no": stamp.z_no,
        }
        tx.returns.insert(header, rows, taxes, pays)
        tx.stock.add_movements(movements)
        overrides = []
        for perm in pre.approvals:
            if manager is not None:
                rec = override_record(perm, user, manager, now, f"{return_no} {m(pre.plan.total)}")
                overrides.append(rec)
                tx.overrides.add(perm, user.id, manager.id, return_no, rec["detail"], now)
        fiscal = {
            "type": "return",
            "return_id": return_id,
            "return_no": return_no,
            "at": now,
            "store": cfg.store_code,
            "station": cfg.station_code,
            "user": user.username,
            "approver": manager.username if manager else "",
            "currency": cur,
            "kind": kind,
            "original_ref": header["original_ref"],
            "original_sale_id": sale.sale_id,
            "original_store": sale.store,
            "grant_id": grant_id,
            "offline": offline,
            "reason": reason,
            "net_minor": header["net_minor"],
            "tax_minor": header["tax_minor"],
            "total_minor": header["total_minor"],
            "rounding_minor": header["rounding_minor"],
            "lines": wire_lines,
            "taxes": [
                {"code": c, "rate": r, "net_minor": n, "tax_minor": t, "gross_minor": g}
                for _rid, c, r, n, t, g in taxes
            ],
            "payments": [
                {"kind": k, "amount_minor": a, "rounding_minor": rd, "reference": ref}
                for _rid, _no, k, a, rd, ref in pays
            ],
            "overrides": overrides,
        }
        if pre.points.moves:  # issue 18: the hub takes back / gives back the points at ingest
            fiscal |= points_fields(tx, return_id, pre.points, m)
        seq = record_document(tx, "return", return_no, fiscal, now).seq
        movements_event(tx, cfg, wire_moves, now)
        after = then(tx, cfg, now, return_no) if then is not None else None
    result = ReturnResult(return_id, return_no, pre.plan.total, parts, offline, code, seq)
    return (result, after) if then is not None else result
