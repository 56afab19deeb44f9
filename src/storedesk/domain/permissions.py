"""Roles and the permission table (rule 9). Services call `require`; screens only hide.

The roles are fixed (clerk, supervisor, manager); what a clerk or a supervisor may do without a
manager's PIN is partly the store's choice: `StoreLimits`, made from the settings rows
`limit.<role>.<key>` (`storedesk user limits`, services/staff.py), with today's table as the
defaults. Services pass the store's limits to `allowed`/`require`/`discount_needs`
(services/auth.py `store_limits` reads them); without them the defaults apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from .errors import DomainError, PermissionDenied


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
    MANAGE_STAFF = "manage_staff"  # add, disable, re-role users, reset PINs, set role limits (services/staff.py)


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
    Perm.MANAGE_STAFF: "manage staff",
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


# --- role limits, the store's data ------------------------------------------------------------

FIXED_ROLE = "manager"  # a manager may do everything: someone must be able to approve
SWITCHES: dict[str, Perm] = {  # limit key -> the permission it switches on or off for a role
    "price_override": Perm.PRICE_OVERRIDE,
    "no_sale": Perm.NO_SALE,
    "void": Perm.LINE_VOID,  # void a line (and every line: the counter's "void sale")
}
LIMIT_KEYS = ("discount_pct", *SWITCHES)
SETTING_PREFIX = "limit."


def setting_key(role: str, key: str) -> str:
    """The settings row of one role's limit: `limit.clerk.discount_pct`."""
    return f"{SETTING_PREFIX}{role}.{key}"


@dataclass(frozen=True)
class RoleLimits:
    """What one role may do without a manager's PIN."""

    discount_pct: Decimal  # the largest discount, percent of the line or basket
    price_override: bool
    no_sale: bool
    void: bool

    @classmethod
    def default(cls, role: str) -> RoleLimits:
        """Today's table (PERMISSIONS, DISCOUNT_LIMIT_PCT): a store that set nothing keeps it."""
        perms = PERMISSIONS.get(role, frozenset())
        switches = {key: perm in perms for key, perm in SWITCHES.items()}
        return cls(discount_pct=DISCOUNT_LIMIT_PCT.get(role, Decimal(0)), **switches)

    def shown(self) -> dict[str, str]:
        """Each limit as text, in LIMIT_KEYS order (`storedesk user limits`, JSON)."""
        return {key: limit_text(getattr(self, key)) for key in LIMIT_KEYS}


def limit_text(value: Decimal | bool) -> str:
    """A limit as stored in its settings row and shown: a percent, or yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return format(value.normalize(), "f")


def parse_limit(key: str, text: str) -> Decimal | bool:
    """A limit typed by a manager: a percent 0 to 100 for discount_pct, yes/no for the others."""
    value = (text or "").strip().lower()
    if key == "discount_pct":
        try:
            pct = Decimal(value)
        except InvalidOperation:
            pct = Decimal(-1)
        if not pct.is_finite() or not 0 <= pct <= 100 or pct != pct.quantize(Decimal("0.01")):
            raise DomainError(f"discount_pct must be a percent from 0 to 100 (at most 2 decimals), not {text!r}")
        return pct
    if key not in SWITCHES:
        raise DomainError(f"{key!r} is not a role limit: use {', '.join(LIMIT_KEYS)}")
    if value not in ("yes", "no"):
        raise DomainError(f"{key} must be yes or no, not {text!r}")
    return value == "yes"


@dataclass(frozen=True)
class StoreLimits:
    """The limits of every role in this store (`from_settings`); a manager's are fixed."""

    roles: Mapping[str, RoleLimits]

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> StoreLimits:
        return cls({role: _stored_limits(role, settings) for role in ROLES})

    def of(self, role: str) -> RoleLimits:
        return self.roles.get(role) or RoleLimits(Decimal(0), False, False, False)

    def allows(self, role: str, perm: Perm) -> bool:
        switch = next((key for key, p in SWITCHES.items() if p == perm), None)
        if switch is None or role == FIXED_ROLE or role not in self.roles:
            return perm in PERMISSIONS.get(role, frozenset())
        return bool(getattr(self.of(role), switch))


def _stored_limits(role: str, settings: Mapping[str, str]) -> RoleLimits:
    """A role's limits from its settings rows, each checked when written (services/staff.py); a
    row that does not parse (a file edited by hand) keeps the default rather than widening what
    the role may do. A manager's are fixed."""
    values: dict[str, Any] = {}
    for key in LIMIT_KEYS if role != FIXED_ROLE else ():
        stored = settings.get(setting_key(role, key))
        if stored is not None:
            with suppress(DomainError):
                values[key] = parse_limit(key, stored)
    return replace(RoleLimits.default(role), **values)


DEFAULT_LIMITS = StoreLimits.from_settings({})


def allowed(role: str, perm: Perm, limits: StoreLimits | None = None) -> bool:
    return (limits or DEFAULT_LIMITS).allows(role, perm)


def require(role: str, perm: Perm, limits: StoreLimits | None = None) -> None:
    if not allowed(role, perm, limits):
        raise PermissionDenied(f"A {role} may not {LABELS[perm]}; a manager can authorise it", perm.value)


def discount_needs(role: str, percent: Decimal, limits: StoreLimits | None = None) -> Perm:
    """Which permission a discount of `percent` needs for this role."""
    largest = (limits or DEFAULT_LIMITS).of(role).discount_pct
    return Perm.DISCOUNT if percent <= largest else Perm.DISCOUNT_OVER_LIMIT
