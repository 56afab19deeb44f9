"""The store's staff as the hub manages them (feed kind "staff", hub/staff/): a clerk added at the
hub signs in at any till of the store after its next sync.

Which wins when the hub and the station both have a username: the hub. A store that takes its
staff from the chain expects one person per username at every till, so an item for a username
the station already made (`storedesk init`, `storedesk user add`) makes that user the hub's: the
same row, so their sales, shifts and overrides stay theirs; their name, role, active state and
PIN become the hub's (the station's PIN stops working), and the journal records what they were.
That holds for any role, even the station's last manager: the chain decides who manages a store.
From then on `storedesk user` refuses to change them (services/staff.py): the hub manages them.
A username the hub manages cannot be added at the station (it is taken). Unlocking after wrong
PINs stays a station's matter: a lockout is counted at each till.

Each item states the member's whole state with a version (`rev`); an item no newer than what the
station holds changes nothing (an item may come twice). The PIN travels as its scrypt hash only;
the station takes it when the hub set a newer one (`pin_rev`), so the PIN the person chose at
first sign-in (services/staff.py change_own_pin) stays until the hub resets it. A member the hub
disabled cannot sign in from this sync on, and their open sale is parked under their name (F9
recalls it), as when a manager disables someone at the till. Every change is journaled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..adapters.staff_repo import HubUser
from ..domain import staff as rules
from ..domain.staff import StaffError
from ..sync.feed_items import BadItem
from . import basket_owner

if TYPE_CHECKING:
    from ..adapters.staff_repo import StaffRow
    from ..adapters.uow import Tx
    from .context import StoreConfig

HUB = "hub"  # users.origin of a user the hub manages (s0013)
JOURNAL_KIND = "user_hub"
PIN_SCHEME = "scrypt$"  # domain/auth.py hash_pin
PIN_HASH_LENGTH = 200


def _text(data: dict, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise BadItem(f"staff: {key} should be text")
    return value


def _flag(data: dict, key: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise BadItem(f"staff: {key} should be true or false")
    return value


def _version(data: dict, key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BadItem(f"staff: {key} should be a whole number from 1")
    return value


def _pin_hash(data: dict) -> str:
    value = _text(data, "pin_hash")
    if not value.startswith(PIN_SCHEME) or value.count("$") != 5 or len(value) > PIN_HASH_LENGTH:
        raise BadItem("staff: pin_hash is not a PIN hash this station can check")
    return value


def parse(data: object, store: str) -> HubUser:
    """The item's member, checked under the station's own rules, or BadItem saying what is wrong."""
    if not isinstance(data, dict):
        raise BadItem("staff: expected an object")
    if data.get("store") != store:
        raise BadItem(f"staff of store {data.get('store')!r} sent to store {store}")
    try:
        username = rules.check_username(_text(data, "username"))
        name, role = rules.check_name(_text(data, "name")), rules.check_role(_text(data, "role"))
    except StaffError as exc:
        raise BadItem(f"staff: {exc}") from None
    return HubUser(
        username,
        name,
        role,
        _flag(data, "active"),
        _pin_hash(data),
        _flag(data, "pin_change_required"),
        _version(data, "rev"),
        _version(data, "pin_rev"),
    )


def apply_item(tx: Tx, data: dict, cfg: StoreConfig, now: str) -> None:
    """Apply one "staff" item in the puller's savepoint (sync/feed_kinds.py)."""
    user = parse(data, cfg.store_code)
    row = tx.staff.by_username(user.username)
    if row is None:
        tx.staff.add_from_hub(user)
        _journal(tx, cfg, user, now, pin_set=True)
        return
    if row.origin == HUB and row.hub_rev >= user.rev:
        return  # applied already, or older than what the station holds
    tx.staff.update_from_hub(row.id, user.name, user.role, user.active, user.rev)
    took_over = row.origin != HUB
    pin_set = took_over or user.pin_rev > row.hub_pin_rev
    if pin_set:
        tx.staff.set_hub_pin(row.id, user.pin_hash, user.pin_change_required, user.pin_rev)
    parked = basket_owner.park_sale_of(tx, cfg, row.id, now) if row.active and not user.active else ""
    _journal(tx, cfg, user, now, pin_set=pin_set, parked_sale=bool(parked), **_was(row, took_over))


def _was(row: StaffRow, took_over: bool) -> dict:
    """What the station's own user was, when the hub's took the username over."""
    if not took_over:
        return {}
    return {"took_over": {"name": row.name, "role": row.role, "active": row.active}}


def _journal(tx: Tx, cfg: StoreConfig, user: HubUser, now: str, **details) -> None:
    """Who (the hub), what, whom, when; never a PIN or its hash (as services/staff.py journals)."""
    entry = {"type": JOURNAL_KIND, "at": now, "store": cfg.store_code, "station": cfg.station_code, "by": HUB}
    state = {"user": user.username, "name": user.name, "role": user.role, "active": user.active, "rev": user.rev}
    tx.journal.append(JOURNAL_KIND, user.username, {**entry, **state, **details}, now)
