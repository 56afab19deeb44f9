"""The journal (rule 4): a fiscal document's entry with its outbox event, and the walk of the hash chain."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.journal import first_broken

if TYPE_CHECKING:
    from ..adapters.repositories import AppendedEntry
    from ..adapters.uow import Tx, UnitOfWork


def record_document(tx: Tx, kind: str, doc_ref: str, fiscal: dict, now: str) -> AppendedEntry:
    """Journal a fiscal document and queue it for the hub in the caller's transaction (rules 4
    and 6): the outbox payload is the journal entry's canonical text byte for byte, which is
    what lets a restore re-append entries from the hub."""
    entry = tx.journal.append(kind, doc_ref, fiscal, now)
    tx.outbox.add(uuid.uuid4().hex, kind, fiscal, now, text=entry.text)
    return entry


def record_change(tx: Tx, kind: str, doc_ref: str, details: dict, now: str, by: str) -> AppendedEntry:
    """Journal an administrative change (a setting, a tax rate, an import, prices switching) in
    the caller's transaction: who (`by`: a username, "hub", "terminal" or "station"), what (the
    kind and its before/after details), where and when. Journaled only, not sent to the hub."""
    settings = tx.settings.all()
    where = {"store": settings.get("store_code", ""), "station": settings.get("station_code", "")}
    return tx.journal.append(kind, doc_ref, {"type": kind, "at": now, **where, "by": by, **details}, now)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    broken_seq: int | None
    reason: str


def verify(uow: UnitOfWork) -> VerifyResult:
    with uow.read() as tx:
        broken, count, reason = first_broken(tx.journal.rows())
    return VerifyResult(broken is None, count, broken, reason)
