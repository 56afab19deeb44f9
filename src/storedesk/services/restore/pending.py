"""A restore waiting for its catch-up: while one is pending every numbered document is refused
(rule 11), so no number the hub already holds is used again. Services call `refuse_if_pending`
inside their write transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...adapters.restore_repo import RestoreRepo
from ...domain.errors import DomainError
from ...i18n import msg

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork

RESUME = "storedesk restore --resume"
PENDING_MESSAGE = msg(
    "restore",
    "This station was restored from a backup and has not caught up with the hub yet: "
    "nothing can be numbered until it has. Run `{command}` (with the hub reachable).",
    command=RESUME,
)
SKIP = 1000  # numbers skipped per series when the hub cannot say which were used


class RestorePending(DomainError):
    code = "restore_pending"


def refuse_if_pending(tx: Tx) -> None:
    """Inside a document's write transaction: refuse while a restore has not caught up."""
    if RestoreRepo(tx.conn).pending() is not None:
        raise RestorePending(PENDING_MESSAGE)


def pending(uow: UnitOfWork) -> bool:
    with uow.read() as tx:
        return RestoreRepo(tx.conn).pending() is not None
