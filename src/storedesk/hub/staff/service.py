"""Chain staff: the hub adds a store's staff, disables or re-enables them, changes their role and
sets a one-time PIN; every change goes to each station of the store as a "staff" feed item.

Each function runs in the caller's `db.write_tx(engine, feed=True)`: the row and its feed item
commit together. The item carries the member's whole state (a station that joins later pulls every
item from cursor 0 and keeps the newest, by `rev`) and the PIN's scrypt hash only, made with the
stations' own scheme (domain/auth.py), so a station checks the PIN without ever seeing it. A PIN
the hub sets is always one-time (`pin_change_required`): the person chooses their own at first
sign-in, and the hub's operator never knows the PIN they use. The till where they choose it sends
its hash back ("staff_pin", hub/staff/events.py), and the hub sends it on to the store's other tills.

The username rules, names and roles are the station's (domain/staff.py). What a station does with
an item (services/staff_feed.py): the hub's user wins over a station's own user of the same name.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from ...domain import auth as pins
from ...domain import staff as rules
from ...domain.errors import DomainError
from .. import feed
from ..admin import AdminError
from ..models import stores
from .models import staff

KIND = "staff"  # the feed kind (sync/wire.py FEED_KINDS)
ONE_TIME_DIGITS = 6


class StaffRefused(AdminError):
    """A staff change the hub refuses (unknown store or member, a taken username, a bad value)."""


@dataclass(frozen=True)
class Member:
    store: str
    username: str
    name: str
    role: str
    active: bool
    pin_change_required: bool
    rev: int
    updated_at: str


def one_time_pin() -> str:
    """A random PIN of ONE_TIME_DIGITS digits that the station's rules accept (not guessable)."""
    while True:
        pin = f"{secrets.randbelow(10**ONE_TIME_DIGITS):0{ONE_TIME_DIGITS}d}"
        if not rules.guessable(pin):
            return pin


def pin_hash_of(pin: str) -> str:
    """The hash of a one-time PIN, checked under the station's rules (4 to 8 digits, not guessable).
    scrypt takes a while: hash before opening the write transaction."""
    return pins.hash_pin(_checked(rules.check_new_pin, pin, pin))


def _checked(rule, *values):
    """A domain rule's answer, its refusal as the hub's (the CLI prints it and exits 1)."""
    try:
        return rule(*values)
    except DomainError as exc:
        raise StaffRefused(str(exc)) from None


def _member(row) -> Member:
    return Member(
        row.store, row.username, row.name, row.role, row.active, row.pin_change_required, row.rev, row.updated_at
    )


def _store(conn: Connection, store: str) -> str:
    if conn.execute(select(stores.c.code).where(stores.c.code == store)).first() is None:
        raise StaffRefused(f"unknown store {store!r} (`storedesk-hub add-store` registers it)")
    return store


def _row(conn: Connection, store: str, username: str):
    username = _checked(rules.check_username, username)
    row = conn.execute(select(staff).where(staff.c.store == _store(conn, store), staff.c.username == username)).first()
    if row is None:
        raise StaffRefused(f"no staff member {username!r} at store {store} (`storedesk-hub staff list` shows them)")
    return row


def item(row) -> dict:
    """The feed item's data: the member's whole state, the PIN as its hash."""
    return {
        "store": row.store,
        "username": row.username,
        "name": row.name,
        "role": row.role,
        "active": bool(row.active),
        "pin_hash": row.pin_hash,
        "pin_change_required": bool(row.pin_change_required),
        "rev": row.rev,
        "pin_rev": row.pin_rev,
    }


def _changed(conn: Connection, store: str, username: str, now: str, origin: str | None = None, **values) -> Member:
    """Write `values`, bump rev, and send the new state to the store's stations (but `origin`, the
    station the change came from)."""
    where = (staff.c.store == store, staff.c.username == username)
    conn.execute(update(staff).where(*where).values(rev=staff.c.rev + 1, updated_at=now, **values))
    row = conn.execute(select(staff).where(*where)).one()
    feed.add_items(conn, [(store, origin, KIND, item(row))], now)
    return _member(row)


def members(conn: Connection, store: str) -> list[Member]:
    """The store's staff, active first, then by username."""
    rows = conn.execute(
        select(staff).where(staff.c.store == _store(conn, store)).order_by(staff.c.active.desc(), staff.c.username)
    )
    return [_member(r) for r in rows]


def add(conn: Connection, store: str, username: str, name: str, role: str, pin_hash: str, now: str) -> Member:
    """A new member with a one-time PIN (`pin_hash_of`; the caller shows the PIN once)."""
    username = _checked(rules.check_username, username)
    name, role = _checked(rules.check_name, name), _checked(rules.check_role, role)
    existing = conn.execute(
        select(staff.c.name, staff.c.active).where(staff.c.store == _store(conn, store), staff.c.username == username)
    ).first()
    if existing is not None:
        state = "" if existing.active else " (disabled: `storedesk-hub staff enable` brings them back)"
        raise StaffRefused(f"the username {username!r} is taken at store {store} by {existing.name}{state}")
    values = {"name": name, "role": role, "active": True, "pin_hash": pin_hash}
    conn.execute(
        staff.insert().values(
            store=store,
            username=username,
            pin_change_required=True,
            rev=0,
            pin_rev=1,
            created_at=now,
            updated_at=now,
            **values,
        )
    )
    return _changed(conn, store, username, now)


def set_active(conn: Connection, store: str, username: str, active: bool, now: str) -> Member:
    """Disable (stations refuse their sign-in and park their open sale at the next sync) or enable."""
    row = _row(conn, store, username)
    if bool(row.active) == active:
        raise StaffRefused(f"{row.name} is already {'active' if active else 'disabled'} at store {store}")
    return _changed(conn, store, row.username, now, active=active)


def set_role(conn: Connection, store: str, username: str, role: str, now: str) -> Member:
    role = _checked(rules.check_role, role)
    row = _row(conn, store, username)
    if row.role == role:
        raise StaffRefused(f"{row.name} is already a {role}")
    return _changed(conn, store, row.username, now, role=role)


def reset_pin(conn: Connection, store: str, username: str, pin_hash: str, now: str) -> Member:
    """A new one-time PIN (`pin_hash_of`): the person signs in with it once, then chooses their own."""
    row = _row(conn, store, username)
    return _changed(
        conn, store, row.username, now, pin_hash=pin_hash, pin_change_required=True, pin_rev=row.pin_rev + 1
    )


def set_chosen_pin(
    conn: Connection, store: str, username: str, pin_hash: str, pin_rev: int, station: str, now: str
) -> Member:
    """The PIN a member chose at first sign-in at `station` (hub/staff/events.py): no longer
    one-time, version `pin_rev`, sent to the store's other stations."""
    return _changed(
        conn, store, username, now, origin=station, pin_hash=pin_hash, pin_change_required=False, pin_rev=pin_rev
    )
