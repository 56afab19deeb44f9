"""Whose sale is open when someone signs in at a locked till.

A sale belongs to the user who rang it up. When the station was locked with Ana's sale open:
- Ana signs in again: she goes on with it.
- Anyone else signs in: Ana's sale is parked under her name (she recalls it with F9 when she is
  back) and the new user starts with an empty basket.
- A manager signs in: they choose. Taking the sale over makes it theirs and is recorded as an
  override with both users and journaled (rule 9); or it is parked for Ana like above.
An empty basket carries nothing: it simply becomes the new user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.basket import Basket
from ..domain.errors import BasketError, PermissionDenied
from ..domain.money import to_minor
from ..domain.permissions import Perm, require
from ..i18n import msg
from . import promotions
from .context import User, config, utcnow

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork

TAKEOVER = "basket_takeover"  # the override's action and the journal entry's kind
MAY_TAKE_OVER = ("manager",)  # the roles that may take another user's open sale over

# What signing in found (SignIn.outcome):
OWN = "own"  # no other user's sale was open: the user's own sale (or a new one) is on the counter
PARKED = "parked"  # another user's sale was parked for them
ASK = "ask"  # a manager signed in over another user's sale: take it over, or park it for its owner


@dataclass(frozen=True)
class OpenSale:
    """Another user's sale left open on the counter."""

    basket_id: str
    owner: User
    lines: int
    items: Decimal
    total: Decimal
    currency: str


@dataclass(frozen=True)
class SignIn:
    outcome: str  # OWN | PARKED | ASK
    sale: OpenSale | None = None  # the other user's sale (PARKED, ASK)
    parked_label: str = ""  # PARKED: the label it was parked under
    own_parked: int = 0  # parked sales of the user who signs in (F9 recalls them)


def may_take_over(user: User) -> bool:
    return user.role in MAY_TAKE_OVER


def _user(tx: Tx, user_id: int) -> User:
    row = tx.users.by_id(user_id)
    assert row is not None  # users are never deleted
    return User(row.id, row.username, row.name, row.role)


def _basket(tx: Tx, basket_id: str) -> Basket:
    found = tx.baskets.get(basket_id)
    assert found is not None  # the station's open basket, read in this transaction
    return promotions.attach(tx, found.basket)  # its total as the counter shows it


def _open_sale(tx: Tx, basket_id: str, owner_id: int) -> OpenSale:
    basket = _basket(tx, basket_id)
    totals = basket.totals()
    return OpenSale(
        basket_id, _user(tx, owner_id), len(basket.active_lines), totals.item_count, totals.total, basket.currency
    )


def _park_for_owner(tx: Tx, cfg, sale: OpenSale, now: str) -> str:
    label = f"{sale.owner.name} {cfg.local(now):%H:%M} {sale.total}"  # as F9 labels a parked sale
    tx.baskets.set_status(sale.basket_id, "parked", now, label=label)
    return label


def park_sale_of(tx: Tx, cfg, owner_id: int, now: str) -> str:
    """Park the station's open sale under its owner's name if it is `owner_id`'s and not empty
    (a user disabled with a sale open: services/staff.py), in the caller's transaction. Returns
    the label it was parked under, or "" when there was nothing to park."""
    basket_id = tx.baskets.open_id()
    if not basket_id or tx.baskets.owner(basket_id) != owner_id or _basket(tx, basket_id).is_empty:
        return ""
    return _park_for_owner(tx, cfg, _open_sale(tx, basket_id, owner_id), now)


def on_sign_in(uow: UnitOfWork, user: User) -> SignIn:
    """Settle whose sale the counter shows before `user` starts selling (see the module's docstring).
    Nothing is decided for a manager: they answer ASK with `take_over` or `park_for_owner`.
    An auditor never comes to the counter (ui/fiscal_screen.py): refused, nothing parked."""
    require(user.role, Perm.CHANGE)
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        basket_id = tx.baskets.open_id()
        owner_id = tx.baskets.owner(basket_id) if basket_id else None
        outcome, sale, label = OWN, None, ""
        if basket_id and owner_id is not None and owner_id != user.id:
            if _basket(tx, basket_id).is_empty:
                tx.baskets.set_owner(basket_id, user.id, now)
            else:
                sale = _open_sale(tx, basket_id, owner_id)
                if may_take_over(user):
                    outcome = ASK
                else:
                    outcome, label = PARKED, _park_for_owner(tx, cfg, sale, now)
        own_parked = tx.baskets.parked_count(user.id)
    return SignIn(outcome, sale, label, own_parked)


def _still_open(tx: Tx, sale: OpenSale) -> None:
    found = tx.baskets.get(sale.basket_id)
    if found is None or found.status != "open" or tx.baskets.owner(sale.basket_id) != sale.owner.id:
        raise BasketError(msg("signin", "The sale of {name} is no longer open here", name=sale.owner.name))


def park_for_owner(uow: UnitOfWork, user: User, sale: OpenSale) -> SignIn:
    """A manager chose not to take the sale over: it is parked under its owner's name."""
    require(user.role, Perm.CHANGE)
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        _still_open(tx, sale)
        label = _park_for_owner(tx, cfg, sale, now)
        own_parked = tx.baskets.parked_count(user.id)
    return SignIn(PARKED, sale, label, own_parked)


def take_over(uow: UnitOfWork, user: User, sale: OpenSale) -> SignIn:
    """A manager takes another user's open sale over: it becomes theirs, in one transaction
    with the override (both users) and its journal entry."""
    if not may_take_over(user):
        raise PermissionDenied(
            msg("signin", "Only a manager can take over the sale of {name}", name=sale.owner.name), TAKEOVER
        )
    cfg = config(uow)
    now = utcnow()
    detail = f"basket {sale.basket_id}: {sale.lines} lines, {sale.total} {sale.currency}"
    with uow.write() as tx:
        _still_open(tx, sale)
        tx.baskets.set_owner(sale.basket_id, user.id, now)
        tx.overrides.add(TAKEOVER, sale.owner.id, user.id, sale.basket_id, detail, now)
        tx.journal.append(
            TAKEOVER,
            sale.basket_id,
            {
                "type": TAKEOVER,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "basket_id": sale.basket_id,
                "from_user": sale.owner.username,
                "to_user": user.username,
                "approver": user.username,
                "lines": sale.lines,
                "total_minor": to_minor(sale.total, sale.currency),
                "currency": sale.currency,
            },
            now,
        )
        own_parked = tx.baskets.parked_count(user.id)
    return SignIn(OWN, sale, "", own_parked)
