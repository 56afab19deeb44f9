"""Sign in with a PIN, lock after five wrong PINs, and manager overrides."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..domain import auth
from ..domain.errors import AuthError, PermissionDenied, UserLocked
from ..domain.permissions import Perm, StoreLimits, action_words, allowed, require, role_words
from ..i18n import msg
from .context import User, utcnow

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork


def login(uow: UnitOfWork, username: str, pin: str) -> User:
    """Check a user's PIN. A wrong PIN counts toward the lockout, in its own transaction."""
    now = datetime.now(UTC)
    with uow.write() as tx:
        row = tx.users.by_username(username or "")
        if row is None:
            raise AuthError(msg("signin", "Unknown user or wrong PIN"))
        if not row.active:
            _refuse_disabled(row, pin or "")
        if row.locked_until and datetime.fromisoformat(row.locked_until) > now:
            minutes = int((datetime.fromisoformat(row.locked_until) - now).total_seconds() // 60) + 1
            raise UserLocked(
                msg(
                    "signin",
                    "{name} is locked after too many wrong PINs; try again in %n min or ask a manager",
                    n=minutes,
                    name=row.name,
                )
            )
        if not auth.check_pin(pin or "", row.pin_hash):
            failed, until = auth.after_failure(row.failed_attempts, now)
            tx.users.record_attempt(row.id, failed, until.isoformat() if until else None)
            return_error: AuthError
            if until:
                return_error = UserLocked(
                    msg(
                        "signin",
                        "Wrong PIN. {name} is now locked for %n minute(s)",
                        n=auth.LOCK_FOR.seconds // 60,
                        name=row.name,
                    )
                )
            else:
                left = auth.MAX_ATTEMPTS - failed
                return_error = AuthError(msg("signin", "Unknown user or wrong PIN (%n tries left)", n=left))
            # commit the counter, then refuse
            pending = return_error
        else:
            pending = None
            if row.failed_attempts or row.locked_until:
                tx.users.record_attempt(row.id, 0, None)
    if pending:
        raise pending
    return User(row.id, row.username, row.name, row.role)


def _refuse_disabled(row, pin: str) -> None:
    """A disabled user cannot sign in (services/staff.py): said plainly only to someone who knows
    their PIN; anyone else gets the same answer as for an unknown user. Nothing is counted."""
    if auth.check_pin(pin, row.pin_hash):
        raise AuthError(
            msg("signin", "{name} is disabled at this store; a manager can enable them again", name=row.name)
        )
    raise AuthError(msg("signin", "Unknown user or wrong PIN"))


def store_limits(uow: UnitOfWork) -> StoreLimits:
    """What each role may do without a manager's PIN in this store (domain/permissions.py): read
    at each check, so a change made with `storedesk user limits` applies at once."""
    with uow.read() as tx:
        return StoreLimits.from_settings(tx.settings.all())


def approve(uow: UnitOfWork, approver_username: str, pin: str, perm: Perm) -> User:
    """Check a manager's PIN for one action; the caller records the override in its transaction.
    An auditor's PIN approves nothing, not even what an auditor may do (print a report)."""
    user = login(uow, approver_username, pin)
    limits = store_limits(uow)
    if not allowed(user.role, Perm.CHANGE, limits):
        raise PermissionDenied(
            msg("signin", "{name} is an auditor: an auditor's PIN approves nothing", name=user.name), perm.value
        )
    if not allowed(user.role, perm, limits):
        raise PermissionDenied(
            msg(
                "signin",
                "{name} ({role}) may not {action} either",
                name=user.name,
                role=role_words(user.role),
                action=action_words(perm),
            ),
            perm.value,
        )
    return user


def authorise(uow: UnitOfWork, user: User, perm: Perm, approver: tuple[str, str] | None) -> User | None:
    """Let `user` do `perm`, or check the approver's PIN. Returns the approving user, if any.
    A read-only user (an auditor) is refused whoever approves: no PIN makes them change anything."""
    limits = store_limits(uow)
    if allowed(user.role, perm, limits) or approver is None or not allowed(user.role, Perm.CHANGE, limits):
        require(user.role, perm, limits)  # allowed, or refused with its message (no approver)
        return None
    return approve(uow, approver[0], approver[1], perm)


def override_record(action: str, user: User, approver: User, now: str | None = None, detail: str = "") -> dict:
    return {
        "action": action,
        "user": user.username,
        "approver": approver.username,
        "at": now or utcnow(),
        "detail": detail,
    }
