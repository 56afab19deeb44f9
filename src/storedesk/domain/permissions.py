"""Roles and the permission table (rule 9). Services call `require`; screens only hide."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from .errors import PermissionDenied


class Perm(StrEnum):
    SELL = "sell"
    DISCOUNT = "discount"  # within the role's limit
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    PRICE_OVERRIDE = "price_override"
    LINE_VOID = "line_void"
    SALE_VOID = "sale_void"
    NO_SALE = "no_sale"
    REFUND = "refund"  # a refund above the store's refund limit
    RETURN = "return"  # take goods back against a receipt or an order, within the limits
    NO_RECEIPT_RETURN = "no_receipt_return"
    CASH_REFUND_OVER_LIMIT = "cash_refund_over_limit"
    OPEN_SHIFT = "open_shift"
    CLOSE_SHIFT = "close_shift"
    PAID_IN_OUT = "paid_in_out"
    REPRINT = "reprint"
    STOCK_ADJUST = "stock_adjust"
    VIEW_REPORTS = "view_reports"
    LARGE_SALE = "large_sale"  # a line quantity or sale total above the second limit (domain/limits.py)


ROLES = ("clerk", "supervisor", "manager")

LABELS = {
    Perm.SELL: "sell",
    Perm.DISCOUNT: "give a discount",
    Perm.DISCOUNT_OVER_LIMIT: "give a discount above your limit",
    Perm.PRICE_OVERRIDE: "change a price",
    Perm.LINE_VOID: "void a line",
    Perm.SALE_VOID: "void a sale",
    Perm.NO_SALE: "open the drawer without a sale",
    Perm.REFUND: "refund above the refund limit",
    Perm.RETURN: "take a return",
    Perm.NO_RECEIPT_RETURN: "take a return without a receipt",
    Perm.CASH_REFUND_OVER_LIMIT: "refund cash above the cash refund limit",
    Perm.OPEN_SHIFT: "open a shift",
    Perm.CLOSE_SHIFT: "close a shift",
    Perm.PAID_IN_OUT: "pay cash in or out",
    Perm.REPRINT: "reprint a receipt",
    Perm.STOCK_ADJUST: "adjust stock",
    Perm.VIEW_REPORTS: "print reports",
    Perm.LARGE_SALE: "sell a quantity or a total above the store's limits",
}

_CLERK = {Perm.SELL, Perm.DISCOUNT, Perm.LINE_VOID, Perm.REPRINT, Perm.OPEN_SHIFT, Perm.RETURN}
_SUPERVISOR = _CLERK | {
    Perm.PRICE_OVERRIDE,
    Perm.NO_SALE,
    Perm.PAID_IN_OUT,
    Perm.SALE_VOID,
    Perm.VIEW_REPORTS,
    Perm.LARGE_SALE,
}
PERMISSIONS: dict[str, frozenset[Perm]] = {
    "clerk": frozenset(_CLERK),
    "supervisor": frozenset(_SUPERVISOR),
    "manager": frozenset(Perm),
}
# The largest discount (percent of the line or basket) a role may give without an override.
DISCOUNT_LIMIT_PCT: dict[str, Decimal] = {"clerk": Decimal(10), "supervisor": Decimal(30), "manager": Decimal(100)}


def allowed(role: str, perm: Perm) -> bool:
    return perm in PERMISSIONS.get(role, frozenset())


def require(role: str, perm: Perm) -> None:
    if not allowed(role, perm):
        raise PermissionDenied(f"A {role} may not {LABELS[perm]}; a manager can authorise it", perm.value)


def discount_needs(role: str, percent: Decimal) -> Perm:
    """Which permission a discount of `percent` needs for this role."""
    return Perm.DISCOUNT if percent <= DISCOUNT_LIMIT_PCT.get(role, Decimal(0)) else Perm.DISCOUNT_OVER_LIMIT
