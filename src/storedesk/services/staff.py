"""A manager looks after the station's staff: add, disable, enable, reset a PIN, change a role,
unlock after wrong PINs, and set what each role may do without a manager (issue 15).

Each change is one transaction that re-reads the manager (still active, still a manager: rule
9, in the service) and what it changes, asks domain/staff.py's rules, writes, and journals who
did what to whom and when (rule 4: never a PIN or its hash). Staff changes are journaled only,
not sent to the hub, and a restored station gets its users back with its backup. Users the hub
manages for the whole store (`storedesk-hub staff`, services/staff_feed.py) are changed at the
hub only: these functions refuse them, except an unlock (wrong PINs are counted at each till) and
the PIN they choose at first sign-in (change_own_pin), whose hash goes to the hub as a "staff_pin"
event so that every till of the store takes it (hub/staff/events.py).

A disabled user cannot sign in (services/auth.py), and their open sale is parked under their
name (services/basket_owner.py), so the next person at the till starts with an empty basket and
anyone can recall it with F9.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import auth as pins
from ..domain import staff as rules
from ..domain.errors import PermissionDenied
from ..domain.permissions import (
    FIXED_ROLE,
    LIMIT_KEYS,
    READ_ONLY_ROLES,
    ROLES,
    Perm,
    RoleLimits,
    StoreLimits,
    action_words,
    allowed,
    limit_text,
    parse_limit,
    role_words,
    setting_key,
)
from ..domain.staff import StaffError
from ..i18n import msg
from . import auth, basket_owner, settings
from .context import StoreConfig, User, config, utcnow

if TYPE_CHECKING:
    from ..adapters.staff_repo import StaffRow
    from ..adapters.uow import Tx, UnitOfWork

MANAGE = Perm.MANAGE_STAFF
LIMITS_KIND = "role_limits"  # the journal kind of a change of role limits; users' are user_*


@dataclass(frozen=True)
class StaffChange:
    """What a change left: the user as stored now, and the label their open sale was parked
    under ("" when none was)."""

    member: StaffRow
    parked_label: str = ""


def sign_in_manager(uow: UnitOfWork, username: str, pin: str) -> User:
    """The manager who authorises a staff command: their PIN (a wrong one counts toward their
    lockout, as at the till), and their role."""
    user = auth.login(uow, username, pin)
    if not allowed(user.role, MANAGE):
        raise PermissionDenied(
            msg(
                "staff",
                "{name} is a {role}: only a manager may {action}",
                name=user.name,
                role=role_words(user.role),
                action=action_words(MANAGE),
            ),
            MANAGE.value,
        )
    return user


def _acting(tx: Tx, manager: User) -> StaffRow:
    """The manager as stored now: disabled or re-roled since signing in, they may not act."""
    row = tx.staff.by_username(manager.username)
    if row is None or not row.active or not allowed(row.role, MANAGE):
        raise PermissionDenied(
            msg("staff", "{name} may no longer {action}", name=manager.name, action=action_words(MANAGE)), MANAGE.value
        )
    return row


def _member(tx: Tx, username: str, hub_managed_ok: bool = False) -> StaffRow:
    """The user a change is for. One the hub manages (services/staff_feed.py) is changed at the hub
    only; unlocking after wrong PINs (`hub_managed_ok`) is the station's, where they were counted."""
    row = tx.staff.by_username(rules.check_username(username))
    if row is None:
        raise StaffError(
            msg(
                "staff",
                "No user {username} at this store (`storedesk user list` shows them)",
                username=repr(username.strip().lower()),
            )
        )
    if row.origin == "hub" and not hub_managed_ok:
        raise StaffError(
            msg(
                "staff",
                "{name} is managed by the hub: change them with `storedesk-hub staff`, not at the till",
                name=row.name,
            )
        )
    return row


def _journal(tx: Tx, cfg: StoreConfig, kind: str, manager: User, whom: str, now: str, **details) -> None:
    """Who (the manager), what (the kind and its details), whom (a username, or the role whose
    limits changed: the entry's doc_ref too), when. Never a PIN or its hash."""
    entry = {"type": kind, "at": now, "store": cfg.store_code, "station": cfg.station_code, "by": manager.username}
    key = "role" if kind == LIMITS_KIND else "user"
    tx.journal.append(kind, whom, {**entry, key: whom, **details}, now)


def _changed(tx: Tx, username: str, parked_label: str = "") -> StaffChange:
    row = tx.staff.by_username(username)
    assert row is not None  # written in this transaction; users are never deleted
    return StaffChange(row, parked_label)


def list_staff(uow: UnitOfWork, manager: User) -> list[StaffRow]:
    with uow.read() as tx:
        _acting(tx, manager)
        return tx.staff.members()


def add_user(
    uow: UnitOfWork,
    manager: User,
    username: str,
    name: str,
    role: str,
    pin: str,
    again: str,
    language: str | None = None,
) -> StaffChange:
    """A new user with a role and a PIN typed twice; `language`: their screens' own (None: the
    system's, else the store's)."""
    username, name, role = rules.check_username(username), rules.check_name(name), rules.check_role(role)
    language = rules.check_language(language)
    rules.check_new_pin(pin, again)
    pin_hash = pins.hash_pin(pin)  # scrypt: outside the write lock
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        _acting(tx, manager)
        existing = tx.staff.by_username(username)
        if existing is not None:
            state = "" if existing.active else " (disabled: `storedesk user enable` brings them back)"
            state = " (managed by the hub)" if existing.origin == "hub" else state
            raise StaffError(f"The username {username!r} is taken by {existing.name}{state}; choose another")
        user_id = tx.users.add(username, name, role, pin_hash)
        extra = {"language": language} if language else {}
        if language:
            tx.staff.set_language(user_id, language)
        _journal(tx, cfg, "user_add", manager, username, now, name=name, role=role, **extra)
        return _changed(tx, username)


def set_language(uow: UnitOfWork, manager: User, username: str, language: str | None) -> StaffChange:
    """A user's own screen language ("de"), or none (None or "none": the system's, else the
    store's). A preference of the person, not of the chain: set here for users the hub manages
    too (the hub's staff items carry no language, so they never reset it)."""
    language = rules.check_language(language)
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        _acting(tx, manager)
        target = _member(tx, username, hub_managed_ok=True)
        if target.language == language:
            raise StaffError(f"{target.name}'s language is already {language or rules.NO_LANGUAGE}")
        tx.staff.set_language(target.id, language)
        _journal(tx, cfg, "user_language", manager, target.username, now, before=target.language, after=language)
        return _changed(tx, target.username)


def disable_user(uow: UnitOfWork, manager: User, username: str) -> StaffChange:
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        actor = _acting(tx, manager)
        target = _member(tx, username)
        if not target.active:
            raise StaffError(msg("staff", "{name} is already disabled", name=target.name))
        rules.check_disable(actor.id, target.id, target.role, tx.staff.active_managers())
        tx.staff.set_active(target.id, False)
        label = basket_owner.park_sale_of(tx, cfg, target.id, now)
        _journal(tx, cfg, "user_disable", manager, target.username, now, parked_sale=bool(label))
        return _changed(tx, target.username, label)


def enable_user(uow: UnitOfWork, manager: User, username: str) -> StaffChange:
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        _acting(tx, manager)
        target = _member(tx, username)
        if target.active:
            raise StaffError(msg("staff", "{name} is already active", name=target.name))
        tx.staff.set_active(target.id, True)
        _journal(tx, cfg, "user_enable", manager, target.username, now)
        return _changed(tx, target.username)


def reset_pin(
    uow: UnitOfWork, manager: User, username: str, pin: str, again: str, change_at_sign_in: bool = False
) -> StaffChange:
    """A new PIN, typed twice; it also lifts a lockout. `change_at_sign_in` marks it as one the
    person replaces with their own at first sign-in."""
    rules.check_new_pin(pin, again)
    pin_hash = pins.hash_pin(pin)
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        _acting(tx, manager)
        target = _member(tx, username)
        tx.staff.set_pin(target.id, pin_hash, change_at_sign_in)
        _journal(tx, cfg, "user_pin_reset", manager, target.username, now, change_at_sign_in=change_at_sign_in)
        return _changed(tx, target.username)


@dataclass(frozen=True)
class SignedIn:
    """Who signed in at the till, and whether they must first replace the one-time PIN a
    manager gave them (reset_pin with `change_at_sign_in`)."""

    user: User
    change_pin: bool


def sign_in(uow: UnitOfWork, username: str, pin: str) -> SignedIn:
    """The login screen's sign-in: the PIN checked (services/auth.py), and whether the person
    is asked for a PIN of their own before they work."""
    user = auth.login(uow, username, pin)
    with uow.read() as tx:
        row = tx.staff.by_username(user.username)
    return SignedIn(user, row is not None and row.pin_change_required)


ACTIVE, LOCKED, DISABLED = "active", "locked", "disabled"


def member_status(member: StaffRow, now: str) -> str:
    """active, locked (a lockout not yet over) or disabled: the staff list's status."""
    if not member.active:
        return DISABLED
    if member.locked_until and member.locked_until > now:
        return LOCKED
    return ACTIVE


def change_own_pin(uow: UnitOfWork, user: User, pin: str, again: str) -> StaffChange:
    """The person signed in with a PIN to change at first sign-in chooses their own, typed
    twice; it must differ from the one they were given. Only then: anyone else changes a PIN
    through a manager (reset_pin). One the hub manages: its hash goes to the hub in the same
    transaction ("staff_pin", naming the hub's PIN version it replaces), for the store's other tills."""
    rules.check_new_pin(pin, again)
    with uow.read() as tx:
        given = tx.users.by_username(user.username)
    if given is not None and pins.check_pin(pin, given.pin_hash):  # scrypt: outside the write lock
        raise StaffError(msg("staff", "Choose a PIN other than the one you were given"))
    pin_hash = pins.hash_pin(pin)
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        row = tx.staff.by_username(user.username)
        if row is None or not row.active:
            disabled = msg(
                "signin", "{name} is disabled at this store; a manager can enable them again", name=user.name
            )
            raise StaffError(disabled)
        if not row.pin_change_required:
            raise StaffError(msg("staff", "Your PIN is your own already: a manager can reset it for you"))
        tx.staff.set_pin(row.id, pin_hash, False)
        if row.origin == "hub":
            _send_chosen_pin(tx, cfg, row, pin_hash, now)
        _journal(tx, cfg, "user_pin_change", user, row.username, now)
        return _changed(tx, row.username)


def _send_chosen_pin(tx: Tx, cfg: StoreConfig, row: StaffRow, pin_hash: str, now: str) -> None:
    """The "staff_pin" event (sync/wire.py): the hash only, and the hub's PIN version it replaces
    (when the hub set a newer one meanwhile, the hub's wins: hub/staff/events.py)."""
    payload: dict[str, object] = {"store": cfg.store_code, "station": cfg.station_code, "username": row.username}
    payload |= {"pin_hash": pin_hash, "pin_rev": row.hub_pin_rev, "at": now}
    tx.outbox.add(uuid.uuid4().hex, "staff_pin", payload, now)


def set_role(uow: UnitOfWork, manager: User, username: str, role: str) -> StaffChange:
    role = rules.check_role(role)
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        _acting(tx, manager)
        target = _member(tx, username)
        rules.check_role_change(target.role, role, target.active, tx.staff.active_managers())
        tx.staff.set_role(target.id, role)
        _journal(tx, cfg, "user_role", manager, target.username, now, role_from=target.role, role=role)
        return _changed(tx, target.username)


def unlock_user(uow: UnitOfWork, manager: User, username: str) -> StaffChange:
    """Clear the wrong-PIN count and the lockout (domain/auth.py: five wrong PINs lock for five minutes)."""
    cfg, now = config(uow), utcnow()
    with uow.write() as tx:
        _acting(tx, manager)
        target = _member(tx, username, hub_managed_ok=True)
        if not target.failed_attempts and not target.locked_until:
            raise StaffError(msg("staff", "{name} is not locked and has no wrong PINs to clear", name=target.name))
        tx.staff.unlock(target.id)
        _journal(tx, cfg, "user_unlock", manager, target.username, now, failed_attempts=target.failed_attempts)
        return _changed(tx, target.username)


# --- role limits -------------------------------------------------------------------------------


def role_limits(uow: UnitOfWork, manager: User) -> dict[str, RoleLimits]:
    """Every role's limits in this store, in ROLES order."""
    with uow.read() as tx:
        _acting(tx, manager)
    limits = auth.store_limits(uow)
    return {role: limits.of(role) for role in ROLES}


def _assignments(role: str, pairs: list[str], currency: str) -> dict[str, str]:
    """KEY=VALUE pairs, each checked (an amount in the store's `currency`): the settings rows to write."""
    rows = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        key = key.strip().lower()
        if not sep or key not in LIMIT_KEYS:
            raise StaffError(f"{pair!r}: give KEY=VALUE with KEY one of {', '.join(LIMIT_KEYS)}")
        value = parse_limit(key, text, currency)
        rows[setting_key(role, key)] = limit_text(value)
    return rows


def set_role_limits(uow: UnitOfWork, manager: User, role: str, pairs: list[str]) -> RoleLimits:
    """Change some of a clerk's or a supervisor's limits (a manager's are fixed), all or none."""
    role = rules.check_role(role)
    if role == FIXED_ROLE:
        raise StaffError("A manager's limits are fixed: a manager may do everything, so someone can always approve")
    if role in READ_ONLY_ROLES:
        raise StaffError("An auditor has no limits to set: an auditor may only view and print")
    if not pairs:
        raise StaffError("Give at least one KEY=VALUE to change, for example discount_pct=15")
    cfg, now = config(uow), utcnow()
    rows = _assignments(role, pairs, cfg.currency)
    with uow.write() as tx:
        _acting(tx, manager)
        settings.refuse_hub_managed(tx, list(rows))  # the hub's `store-settings` sets them for this store
        before = StoreLimits.from_settings(tx.settings.all()).of(role).shown()
        for key, value in rows.items():
            tx.settings.set(key, value)
        after = StoreLimits.from_settings(tx.settings.all()).of(role)
        changes = {k: [before[k], v] for k, v in after.shown().items() if before[k] != v}
        _journal(tx, cfg, LIMITS_KIND, manager, role, now, changes=changes)
    return after
