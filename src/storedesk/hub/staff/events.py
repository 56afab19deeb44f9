"""The hub applies a station's "staff_pin" event (sync/wire.py), registered in hub/handlers.py: the
PIN a member the hub manages chose at first sign-in at one till (services/staff.py change_own_pin),
so every till of the store takes it and the one-time PIN stops working everywhere.

Payload: {"store", "station", "username", "pin_hash" (domain/auth.py scrypt; never a PIN),
"pin_rev" (the hub's PIN version the person replaced: the station's hub_pin_rev), "at"}.
ownership.py checks that store and station are the token's; here, that the member is the store's.

Which PIN wins when the hub reset the PIN meanwhile: the later pin_rev. A chosen PIN replaces only
the one-time PIN it was chosen to replace. When its `pin_rev` is the member's pin_rev at the hub,
the hub keeps the hash (no longer one-time), bumps rev and pin_rev, and sends the usual "staff"
item to the store's other stations (the sender has it already). When the hub has set a PIN since
(`storedesk-hub staff pin-reset`, or another till's choice arrived first), the event is accepted
and changes nothing: the newer PIN is already on its way to every till, the sender's too, which
takes it at its next sync (a reset asks for a new PIN of one's own again). The event is not
refused, since the till did nothing wrong and a rejected event would show red at the station.
A member disabled at the hub meanwhile still gets the PIN they chose (theirs if enabled again).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import PlainValidator
from sqlalchemy import select
from sqlalchemy.engine import Connection

from ...domain import staff as rules
from ...domain.staff import StaffError
from ..validation import Given, Instant, Invalid, Payload, StoreFacts, field, parse
from .models import staff
from .service import set_chosen_pin

PIN_HASH_LENGTH = 200  # models.staff.pin_hash
HASH_PARTS = 6  # scrypt$N$r$p$salt$digest (domain/auth.py hash_pin)


def _username(value) -> str:
    try:
        return rules.check_username(value if isinstance(value, str) else "")
    except StaffError:
        field("must be a username of the store's staff")


def _pin_hash(value) -> str:
    if not isinstance(value, str) or len(value) > PIN_HASH_LENGTH:
        field("must be a PIN hash (scrypt), never a PIN")
    parts = value.split("$")
    if len(parts) != HASH_PARTS or parts[0] != "scrypt" or not all(p.isdigit() for p in parts[1:4]):
        field("must be a PIN hash (scrypt), never a PIN")
    return value


def _version(value) -> int:
    if type(value) is not int or value < 1:
        field("must be a whole number from 1")
    return value


class StaffPin(Payload):
    """wire.py's staff_pin; store and station are the token's (ownership.party)."""

    store: Given
    station: Given
    username: Annotated[str, PlainValidator(_username)]
    pin_hash: Annotated[str, PlainValidator(_pin_hash)]
    pin_rev: Annotated[int, PlainValidator(_version)]
    at: Instant


def apply_staff_pin(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    pin = parse(StaffPin, payload, "staff_pin")
    where = (staff.c.store == store.code, staff.c.username == pin.username)
    row = conn.execute(select(staff.c.pin_rev).where(*where)).first()
    if row is None:
        raise Invalid(f"staff_pin.username {pin.username!r} is not a member of store {store.code}'s staff at the hub")
    if pin.pin_rev > row.pin_rev:
        raise Invalid(f"staff_pin.pin_rev {pin.pin_rev}: the hub never set that PIN (its pin_rev is {row.pin_rev})")
    if pin.pin_rev < row.pin_rev:
        return  # the hub set a newer PIN meanwhile: it wins (see the module's docstring)
    set_chosen_pin(conn, store.code, pin.username, pin.pin_hash, row.pin_rev + 1, station, now)
