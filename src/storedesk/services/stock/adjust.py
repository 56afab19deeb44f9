"""Stock adjustments: one product's stock changed with a reason code (damaged, theft, found,
...), a manager's PIN for a clerk or a large one, recorded as a document and a movement."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import from_milli
from ...adapters.stock_ops_repo import AdjustmentRow
from ...domain import stock_ops as rules
from ...domain.errors import PermissionDenied
from ...domain.permissions import Perm, require, role_words
from ...domain.stock_ops import StockError
from ...i18n import msg
from ..auth import approve
from ..context import User, config, utcnow
from .posting import doc_no, find_product, in_unit, post_movements, qty_text, record_override

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


@dataclass(frozen=True)
class AdjustResult:
    doc_no: str
    sku: str
    name: str
    quantity: Decimal
    reason: str
    value_minor: int
    on_hand: Decimal
    approved_by: str | None


def adjust(
    uow: UnitOfWork,
    user: User,
    code: str,
    qty: str,
    reason: str,
    note: str = "",
    approver: tuple[str, str] | None = None,
) -> AdjustResult:
    """Adjust one product's stock with a reason code. Supervisors and managers adjust small
    quantities themselves; a clerk, or a large adjustment (rules.is_large), needs a manager's
    PIN (`approver`), recorded with both users and journaled. An auditor adjusts nothing."""
    require(user.role, Perm.CHANGE)
    cfg = config(uow)
    if reason not in rules.REASONS:
        reasons = ", ".join(label for label, _ in rules.REASONS.values())
        raise StockError(msg("stock", "Choose a reason: {reasons}", reasons=reasons))
    milli = rules.signed_adjustment(reason, rules.parse_qty_milli(qty, allow_negative=True))
    with uow.read() as tx:
        p = find_product(tx, code)
    in_unit(p, milli)
    by = None
    if rules.adjustment_needs(user.role, milli, p.price_minor):
        if approver is None:
            large = rules.is_large(milli, p.price_minor)
            refusal = (
                msg("stock", "A large adjustment (over 10 units or 50.00) needs a manager's approval")
                if large
                else msg(
                    "stock", "A {role} may not adjust stock; a manager can authorise it", role=role_words(user.role)
                )
            )
            raise PermissionDenied(refusal, Perm.STOCK_ADJUST.value)
        by = approve(uow, approver[0], approver[1], Perm.STOCK_ADJUST)
    now = utcnow()
    value = rules.value_minor(milli, p.price_minor)
    with uow.write() as tx:
        doc = doc_no(tx, cfg, "ADJ")
        [mid] = post_movements(tx, cfg, [(p.id, p.sku, milli)], reason, doc, now)
        tx.stock_ops.adjustment_insert(
            (
                uuid.uuid4().hex,
                doc,
                p.id,
                milli,
                reason,
                (note or "").strip()[:200],
                value,
                user.id,
                by.id if by else None,
                mid,
                now,
            )
        )
        record_override(
            tx,
            "stock_adjust",
            user,
            by,
            doc,
            f"{p.sku} {qty_text(milli)} {reason}",
            now,
            {
                "type": "stock_adjustment",
                "doc_no": doc,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "sku": p.sku,
                "quantity": qty_text(milli),
                "reason": reason,
                "value_minor": value,
                "currency": cfg.currency,
            },
        )
        on_hand = tx.stock.on_hand_milli(p.id)
    return AdjustResult(
        doc, p.sku, p.name, from_milli(milli), reason, value, from_milli(on_hand), by.username if by else None
    )


def adjustments(uow: UnitOfWork, limit: int = 200) -> list[AdjustmentRow]:
    with uow.read() as tx:
        return tx.stock_ops.adjustments(limit)
