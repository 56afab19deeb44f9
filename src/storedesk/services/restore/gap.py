"""A restore without a hub (`record_gap`): the documents made after the backup cannot come back,
so the unrecoverable range is journaled and every counter jumps SKIP numbers."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...adapters.restore_repo import RestoreRepo
from ...domain.errors import DomainError
from ..context import config, utcnow
from .pending import SKIP

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork

log = logging.getLogger(__package__)  # storedesk.services.restore, one logger for the restore as before


@dataclass(frozen=True)
class Gap:
    journal_seq: int
    from_seq: int
    from_at: str | None
    to_at: str
    skipped: dict  # counter -> [first skipped, last skipped]
    text: str


def record_gap(uow: UnitOfWork, reason: str) -> Gap:
    """No hub to catch up from: journal the unrecoverable range and skip SKIP numbers per series."""
    cfg = config(uow)
    with uow.write() as tx:
        repo = RestoreRepo(tx.conn)
        restore = repo.pending()
        if restore is None:
            raise DomainError("No restore is waiting on this station")
        now = utcnow()
        station = cfg.station_code
        skipped = {}
        for name, value in sorted(repo.counters().items()):
            if name.endswith(f":{station}"):
                skipped[name] = [value + 1, value + SKIP]
                repo.raise_counter(name, value + SKIP)
        seq = tx.journal.append(
            "gap",
            f"restore-{restore.id}",
            {
                "type": "gap",
                "store": cfg.store_code,
                "station": station,
                "at": now,
                "reason": reason,
                "backup_sha256": restore.backup_sha256,
                "after_seq": restore.backup_last_seq,
                "after_at": restore.backup_last_at,
                "until": now,
                "skipped": skipped,
            },
            now,
        ).seq
        numbers = ", ".join(f"{name.split(':')[0]} {a}-{b}" for name, (a, b) in skipped.items()) or "none"
        text = (
            f"journal #{seq}: documents after #{restore.backup_last_seq} "
            f"({restore.backup_last_at or 'start'}) until {now[:16]} UTC not recovered ({reason}); "
            f"numbers skipped: {numbers}"
        )
        repo.finish(restore.id, now, "gap", {"skipped": skipped, "reason": reason, "journal_seq": seq}, text)
    log.warning("restore without the hub: GAP %s", text)
    return Gap(seq, restore.backup_last_seq, restore.backup_last_at, now, skipped, text)
