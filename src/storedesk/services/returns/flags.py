"""Over-returns the hub found at sync (feed kind "return_flag"): kept for the manager, shown
on the Returns screen (F10) and printed on the X/Z report until the shift that saw them closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.permissions import Perm, allowed, require
from ..auth import approve
from ..context import User, utcnow

if TYPE_CHECKING:
    from ...adapters.returns_repo import ReturnFlag
    from ...adapters.uow import Tx, UnitOfWork


def apply_item(tx: Tx, data: dict, cfg, now: str) -> None:
    """An over-return the hub found at sync: kept for the manager and the Z report."""
    from ...sync.feed_items import BadItem

    try:
        flag_id, return_no, detail = str(data["flag_id"]), str(data["return_no"]), str(data["detail"])
        original, at = str(data.get("original_ref", "")), str(data["at"])
    except KeyError as exc:
        raise BadItem(f"return_flag item without {exc}") from None
    if not flag_id or len(flag_id) > 64 or len(detail) > 1000 or len(return_no) > 64:
        raise BadItem("return_flag item with a bad id, number or detail")
    tx.returns.add_flag(flag_id, return_no, original, detail, at, now)


def flags(uow: UnitOfWork, unseen_only: bool = False) -> list[ReturnFlag]:
    with uow.read() as tx:
        return tx.returns.flags(unseen_only)


def acknowledge_flag(uow: UnitOfWork, user: User, flag_id: str) -> None:
    require(user.role, Perm.CHANGE)  # an auditor sees the flags and acknowledges none
    require(user.role, Perm.VIEW_REPORTS)
    with uow.write() as tx:
        tx.returns.mark_seen(flag_id, user.id, utcnow())


def acknowledge_flag_as(uow: UnitOfWork, user, flag_id: str, approver: tuple[str, str] | None = None) -> str:
    """Acknowledge an over-return flag: a manager (or supervisor) signed in, or a manager's
    PIN given for a clerk (recorded as seen by the manager). Returns who acknowledged it."""
    if allowed(user.role, Perm.VIEW_REPORTS) or approver is None:
        acknowledge_flag(uow, user, flag_id)  # raises PermissionDenied for a clerk
        return user.name
    manager = approve(uow, approver[0], approver[1], Perm.VIEW_REPORTS)
    acknowledge_flag(uow, manager, flag_id)
    return manager.name
