"""Reorder points, and the low-stock and negative-stock lists the Stock screen shows."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import from_milli
from ...domain import stock_ops as rules
from ...domain.errors import PermissionDenied
from ...domain.permissions import Perm, allowed
from ...i18n import msg
from ..context import User
from .posting import find_product, in_unit

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


@dataclass(frozen=True)
class LowRow:
    product_id: int
    sku: str
    name: str
    on_hand: Decimal
    reorder_point: Decimal
    suggested: Decimal


def set_reorder_point(uow: UnitOfWork, user: User, code: str, point: str, reorder_qty: str = "0") -> None:
    if not (allowed(user.role, Perm.STOCK_ADJUST) or user.role in rules.SMALL_ADJUST_ROLES):
        raise PermissionDenied(
            msg("stock", "Reorder points are set by a supervisor or a manager"), Perm.STOCK_ADJUST.value
        )
    p_milli = rules.parse_qty_milli(point, allow_zero=True)
    q_milli = rules.parse_qty_milli(reorder_qty or "0", allow_zero=True)
    with uow.write() as tx:
        p = find_product(tx, code)
        tx.stock_ops.set_reorder_point(p.id, in_unit(p, p_milli), in_unit(p, q_milli))


def low_stock(uow: UnitOfWork, limit: int = 500) -> list[LowRow]:
    with uow.read() as tx:
        rows = tx.stock_ops.low_stock(limit)
    return [
        LowRow(
            r.product_id,
            r.sku,
            r.name,
            from_milli(r.on_hand_milli),
            from_milli(r.reorder_point_milli),
            from_milli(rules.suggested_order_milli(r.on_hand_milli, r.reorder_point_milli, r.reorder_qty_milli)),
        )
        for r in rows
    ]


def negative_stock(uow: UnitOfWork, limit: int = 500) -> list[LowRow]:
    with uow.read() as tx:
        rows = tx.stock_ops.negative_stock(limit)
    return [LowRow(r.product_id, r.sku, r.name, from_milli(r.on_hand_milli or 0), Decimal(0), Decimal(0)) for r in rows]
