"""Roles and the permission table (rule 9). Services call `require`; screens only hide.

The roles are fixed (clerk, supervisor, manager); what a clerk or a supervisor may do without a
manager's PIN is partly the store's choice: `StoreLimits`, made from the settings rows
`limit.<role>.<key>` (`storedesk user limits`, services/staff.py), with today's table as the
defaults. Services pass the store's limits to `allowed`/`require`/`discount_needs`
(services/auth.py `store_limits` reads them); without them the defaults apply. A role's
`refund_limit` (money) is read by the returns services (services/returns/planning.py): empty,
the store's `refund_limit` setting applies to that role as before.

The auditor (issue 19) is a role apart: read-only, with no limits to set. It holds REPRINT,
VIEW_REPORTS and VIEW_FISCAL and not CHANGE, which every other role holds and which the services
that change data without a permission of their own require; services/auth.py lets no approval
turn an auditor's refusal into a yes, and takes no auditor's PIN as an approval.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from ..i18n import Message, msg, noop
from .errors import DomainError, PermissionDenied
from .money import parse_amount


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
    VIEW_FISCAL = "view_fiscal"  # the fiscal closings and the journal check (ui/fiscal_screen.py, issue 19)
    # Anything that changes the store's records: every role holds it but the read-only auditor.
    # A service that changes data and checks no other permission requires it (rule 9).
    CHANGE = "change"


ROLES = ("clerk", "supervisor", "manager")  # the roles that work the till: their limits are the store's
# An inspector's or an accountant's role (issue 19): may view and print (reprints as duplicates, X
# and Z reports, the fiscal closings, the journal check) and change nothing, nor approve anything.
AUDITOR = "auditor"
READ_ONLY_ROLES = frozenset({AUDITOR})
ALL_ROLES = (*ROLES, AUDITOR)  # every role a user may have (`storedesk user add --role`, the Manager screen)

LABELS = {  # what each permission lets one do, in context "permissions": action_words()
    Perm.SELL: noop("permissions", "sell"),
    Perm.DISCOUNT: noop("permissions", "give a discount"),
    Perm.DISCOUNT_OVER_LIMIT: noop("permissions", "give a discount above your limit"),
    Perm.PRICE_OVERRIDE: noop("permissions", "change a price"),
    Perm.LINE_VOID: noop("permissions", "void a line"),
    Perm.SALE_VOID: noop("permissions", "void a sale"),
    Perm.NO_SALE: noop("permissions", "open the drawer without a sale"),
    Perm.REFUND: noop("permissions", "refund above the refund limit"),
    Perm.RETURN: noop("permissions", "take a return"),
    Perm.NO_RECEIPT_RETURN: noop("permissions", "take a return without a receipt"),
    Perm.CASH_REFUND_OVER_LIMIT: noop("permissions", "refund cash above the cash refund limit"),
    Perm.OPEN_SHIFT: noop("permissions", "open a shift"),
    Perm.CLOSE_SHIFT: noop("permissions", "close a shift"),
    Perm.PAID_IN_OUT: noop("permissions", "pay cash in or out"),
    Perm.REPRINT: noop("permissions", "reprint a receipt"),
    Perm.STOCK_ADJUST: noop("permissions", "adjust stock"),
    Perm.VIEW_REPORTS: noop("permissions", "print reports"),
    Perm.LARGE_SALE: noop("permissions", "sell a quantity or a total above the store's limits"),
    Perm.MANAGE_STAFF: noop("permissions", "manage staff"),
    Perm.VIEW_FISCAL: noop("permissions", "view the fiscal records"),
    Perm.CHANGE: noop("permissions", "change the store's records"),
}

_CLERK = {Perm.SELL, Perm.DISCOUNT, Perm.LINE_VOID, Perm.REPRINT, Perm.OPEN_SHIFT, Perm.RETURN, Perm.CHANGE}
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
    AUDITOR: frozenset({Perm.REPRINT, Perm.VIEW_REPORTS, Perm.VIEW_FISCAL}),  # view and print, nothing else
}
# A role as a sentence names it ("{name} is a {role}"), context "permissions": role_words()
ROLE_WORDS = {
    "clerk": noop("permissions", "clerk"),
    "supervisor": noop("permissions", "supervisor"),
    "manager": noop("permissions", "manager"),
    AUDITOR: noop("permissions", "auditor"),
}


def action_words(perm: Perm) -> Message:
    """What `perm` lets one do ("void a line"), to put in a sentence: translated with it."""
    return Message("permissions", LABELS[perm])


def role_words(role: str) -> Message | str:
    """A role ("clerk") to put in a sentence, translated with it; an unknown role as it is."""
    return Message("permissions", ROLE_WORDS[role]) if role in ROLE_WORDS else role


# The largest discount (percent of the line or basket) a role may give without an override.
DISCOUNT_LIMIT_PCT: dict[str, Decimal] = {"clerk": Decimal(10), "supervisor": Decimal(30), "manager": Decimal(100)}


# --- role limits, the store's data ------------------------------------------------------------

FIXED_ROLE = "manager"  # a manager may do everything: someone must be able to approve
SWITCHES: dict[str, Perm] = {  # limit key -> the permission it switches on or off for a role
    "price_override": Perm.PRICE_OVERRIDE,
    "no_sale": Perm.NO_SALE,
    "void": Perm.LINE_VOID,  # void a line (and every line: the counter's "void sale")
}
MONEY_KEYS = ("refund_limit",)  # amounts in the store's currency; empty = the store's own setting
LIMIT_KEYS = ("discount_pct", *SWITCHES, *MONEY_KEYS)
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
    # The largest refund without a manager's approval; None: the store's `refund_limit` setting.
    refund_limit: Decimal | None = None

    @classmethod
    def default(cls, role: str) -> RoleLimits:
        """Today's table (PERMISSIONS, DISCOUNT_LIMIT_PCT): a store that set nothing keeps it."""
        perms = PERMISSIONS.get(role, frozenset())
        switches: dict[str, Any] = {key: perm in perms for key, perm in SWITCHES.items()}
        return cls(discount_pct=DISCOUNT_LIMIT_PCT.get(role, Decimal(0)), **switches)

    def shown(self) -> dict[str, str]:
        """Each limit as text, in LIMIT_KEYS order (`storedesk user limits`, JSON); an amount with
        its currency's decimals (20.00), empty when the store's setting applies."""
        return {key: _shown(key, getattr(self, key)) for key in LIMIT_KEYS}


def _shown(key: str, value: Decimal | bool | None) -> str:
    if key in MONEY_KEYS and value is not None:
        return str(value)  # parsed to the currency's decimals
    return limit_text(value)


def limit_text(value: Decimal | bool | None) -> str:
    """A limit as stored in its settings row: a percent or an amount, yes/no, or empty (a money
    limit left to the store's setting)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return format(value.normalize(), "f")


def _money_limit(key: str, text: str, currency: str) -> Decimal | None:
    """An amount of 0 or more in the store's currency (never a float), or None when empty."""
    if not (text or "").strip():
        return None
    try:
        amount: Decimal | None = parse_amount(text, currency)
    except DomainError:
        amount = None
    if amount is None or amount < 0:
        raise DomainError(f"{key} must be an amount of 0 or more in {currency}, or empty for the store's, not {text!r}")
    return amount


def parse_limit(key: str, text: str, currency: str = "EUR") -> Decimal | bool | None:
    """A limit typed by a manager: a percent 0 to 100 for discount_pct, an amount in the store's
    `currency` (or empty) for refund_limit, yes/no for the others."""
    value = (text or "").strip().lower()
    if key in MONEY_KEYS:
        return _money_limit(key, text, currency)
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

    def refund_limit(self, role: str, store_limit: Decimal) -> Decimal:
        """The largest refund `role` gives without a manager's approval: the role's own limit
        when the store set one, higher or lower than `store_limit` (the store's `refund_limit`
        setting), which applies otherwise. The role's limit wins because it is the more precise
        choice: a manager who lets supervisors refund 500 while the store's default is 200 means
        it, and one who holds clerks to 20 means that too. Cash above the store's
        `cash_refund_limit` still needs an approval whoever refunds (domain/returns.py)."""
        own = self.of(role).refund_limit if role != FIXED_ROLE else None
        return store_limit if own is None else own


def _stored_limits(role: str, settings: Mapping[str, str]) -> RoleLimits:
    """A role's limits from its settings rows, each checked when written (services/staff.py); a
    row that does not parse (a file edited by hand) keeps the default rather than widening what
    the role may do. A manager's are fixed."""
    values: dict[str, Any] = {}
    currency = settings.get("currency", "EUR")
    for key in LIMIT_KEYS if role != FIXED_ROLE else ():
        stored = settings.get(setting_key(role, key))
        if stored is not None:
            with suppress(DomainError):
                values[key] = parse_limit(key, stored, currency)
    return replace(RoleLimits.default(role), **values)


DEFAULT_LIMITS = StoreLimits.from_settings({})


def allowed(role: str, perm: Perm, limits: StoreLimits | None = None) -> bool:
    return (limits or DEFAULT_LIMITS).allows(role, perm)


# What a clerk reads when their role may not do something: one whole sentence per role and
# permission, so that each language can say it its own way (a manager may do everything).
REFUSALS: dict[tuple[str, Perm], str] = {
    ("clerk", Perm.DISCOUNT): noop("permissions", "A clerk may not give a discount; a manager can authorise it"),
    ("clerk", Perm.DISCOUNT_OVER_LIMIT): noop(
        "permissions", "A clerk may not give a discount above your limit; a manager can authorise it"
    ),
    ("clerk", Perm.PRICE_OVERRIDE): noop("permissions", "A clerk may not change a price; a manager can authorise it"),
    ("clerk", Perm.LINE_VOID): noop("permissions", "A clerk may not void a line; a manager can authorise it"),
    ("clerk", Perm.SALE_VOID): noop("permissions", "A clerk may not void a sale; a manager can authorise it"),
    ("clerk", Perm.NO_SALE): noop(
        "permissions", "A clerk may not open the drawer without a sale; a manager can authorise it"
    ),
    ("clerk", Perm.REFUND): noop(
        "permissions", "A clerk may not refund above the refund limit; a manager can authorise it"
    ),
    ("clerk", Perm.RETURN): noop("permissions", "A clerk may not take a return; a manager can authorise it"),
    ("clerk", Perm.NO_RECEIPT_RETURN): noop(
        "permissions", "A clerk may not take a return without a receipt; a manager can authorise it"
    ),
    ("clerk", Perm.CASH_REFUND_OVER_LIMIT): noop(
        "permissions", "A clerk may not refund cash above the cash refund limit; a manager can authorise it"
    ),
    ("clerk", Perm.OPEN_SHIFT): noop("permissions", "A clerk may not open a shift; a manager can authorise it"),
    ("clerk", Perm.CLOSE_SHIFT): noop("permissions", "A clerk may not close a shift; a manager can authorise it"),
    ("clerk", Perm.PAID_IN_OUT): noop("permissions", "A clerk may not pay cash in or out; a manager can authorise it"),
    ("clerk", Perm.REPRINT): noop("permissions", "A clerk may not reprint a receipt; a manager can authorise it"),
    ("clerk", Perm.STOCK_ADJUST): noop("permissions", "A clerk may not adjust stock; a manager can authorise it"),
    ("clerk", Perm.VIEW_REPORTS): noop("permissions", "A clerk may not print reports; a manager can authorise it"),
    ("clerk", Perm.LARGE_SALE): noop(
        "permissions", "A clerk may not sell a quantity or a total above the store's limits; a manager can authorise it"
    ),
    ("clerk", Perm.MANAGE_STAFF): noop("permissions", "A clerk may not manage staff; a manager can authorise it"),
    ("supervisor", Perm.DISCOUNT): noop(
        "permissions", "A supervisor may not give a discount; a manager can authorise it"
    ),
    ("supervisor", Perm.DISCOUNT_OVER_LIMIT): noop(
        "permissions", "A supervisor may not give a discount above your limit; a manager can authorise it"
    ),
    ("supervisor", Perm.PRICE_OVERRIDE): noop(
        "permissions", "A supervisor may not change a price; a manager can authorise it"
    ),
    ("supervisor", Perm.LINE_VOID): noop("permissions", "A supervisor may not void a line; a manager can authorise it"),
    ("supervisor", Perm.SALE_VOID): noop("permissions", "A supervisor may not void a sale; a manager can authorise it"),
    ("supervisor", Perm.NO_SALE): noop(
        "permissions", "A supervisor may not open the drawer without a sale; a manager can authorise it"
    ),
    ("supervisor", Perm.REFUND): noop(
        "permissions", "A supervisor may not refund above the refund limit; a manager can authorise it"
    ),
    ("supervisor", Perm.RETURN): noop("permissions", "A supervisor may not take a return; a manager can authorise it"),
    ("supervisor", Perm.NO_RECEIPT_RETURN): noop(
        "permissions", "A supervisor may not take a return without a receipt; a manager can authorise it"
    ),
    ("supervisor", Perm.CASH_REFUND_OVER_LIMIT): noop(
        "permissions", "A supervisor may not refund cash above the cash refund limit; a manager can authorise it"
    ),
    ("supervisor", Perm.OPEN_SHIFT): noop(
        "permissions", "A supervisor may not open a shift; a manager can authorise it"
    ),
    ("supervisor", Perm.CLOSE_SHIFT): noop(
        "permissions", "A supervisor may not close a shift; a manager can authorise it"
    ),
    ("supervisor", Perm.PAID_IN_OUT): noop(
        "permissions", "A supervisor may not pay cash in or out; a manager can authorise it"
    ),
    ("supervisor", Perm.REPRINT): noop(
        "permissions", "A supervisor may not reprint a receipt; a manager can authorise it"
    ),
    ("supervisor", Perm.STOCK_ADJUST): noop(
        "permissions", "A supervisor may not adjust stock; a manager can authorise it"
    ),
    ("supervisor", Perm.VIEW_REPORTS): noop(
        "permissions", "A supervisor may not print reports; a manager can authorise it"
    ),
    ("supervisor", Perm.LARGE_SALE): noop(
        "permissions",
        "A supervisor may not sell a quantity or a total above the store's limits; a manager can authorise it",
    ),
    ("supervisor", Perm.MANAGE_STAFF): noop(
        "permissions", "A supervisor may not manage staff; a manager can authorise it"
    ),
}


def refusal(role: str, perm: Perm) -> Message | str:
    """The sentence a refused `role` reads for `perm` (English "A clerk may not void a line; ...")."""
    if role in READ_ONLY_ROLES:  # no PIN lets an auditor change anything
        return msg(
            "permissions", "An auditor may only view and print: they may not {action}", action=action_words(perm)
        )
    source = REFUSALS.get((role, perm))
    if source is None:  # no role but these is ever refused; plain English, never a crash
        return msg(
            "permissions",
            "A {role} may not {action}; a manager can authorise it",
            role=role_words(role),
            action=action_words(perm),
        )
    return msg("permissions", source)


def require(role: str, perm: Perm, limits: StoreLimits | None = None) -> None:
    if not allowed(role, perm, limits):
        raise PermissionDenied(refusal(role, perm), perm.value)


def discount_needs(role: str, percent: Decimal, limits: StoreLimits | None = None) -> Perm:
    """Which permission a discount of `percent` needs for this role."""
    largest = (limits or DEFAULT_LIMITS).of(role).discount_pct
    return Perm.DISCOUNT if percent <= largest else Perm.DISCOUNT_OVER_LIMIT
