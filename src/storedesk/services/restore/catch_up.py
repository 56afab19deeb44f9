"""Catching up from the hub (`catch_up`): in one transaction the journal continues with the
hub's copies of the lost entries, the documents are rebuilt, the outbox records what the hub
answered, every counter moves past the hub's numbers, and the pending restore ends."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...adapters.restore_repo import RestoreRepo
from ...domain.errors import DomainError
from ..context import config, utcnow
from .hub_events import highest_numbers, journal_entries, read_own_events
from .pending import SKIP
from .rebuild import rebuild_movements, rebuild_return, rebuild_sale, rebuild_z, shift_at, shift_windows

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork

log = logging.getLogger(__package__)  # storedesk.services.restore, one logger for the restore as before
BLIND_SERIES = ("cash_move",)  # documents that never reach the hub


@dataclass(frozen=True)
class CatchUp:
    events: int  # events of this station the hub holds
    journal: int  # journal entries re-appended (after the restore entry)
    sales: int
    returns: int
    zs: int
    movements: int
    outbox_marked: int  # events of the backup's outbox the hub already had
    counters: dict  # series -> new value
    unresolved: tuple[str, ...] = ()  # what could not be rebuilt (an unknown SKU...)


def catch_up(uow: UnitOfWork, client) -> CatchUp:
    """Bring back from the hub what the backup lacks, move every counter past the hub's, and end
    the pending restore. Raises HubUnavailable / HubRefused (nothing changed) when unreachable."""
    cfg = config(uow)
    with uow.read() as tx:
        if RestoreRepo(tx.conn).pending() is None:
            raise DomainError("No restore is waiting to catch up on this station")
    events = read_own_events(client)  # the network, outside any transaction
    with uow.write() as tx:
        repo = RestoreRepo(tx.conn)
        restore = repo.pending()
        if restore is None:
            raise DomainError("No restore is waiting to catch up on this station")
        done = _catch_up(tx, repo, cfg, restore, events)
    log.info(
        "restore caught up from the hub: %d events read, %d journal entries, %d sales, %d returns, %d Z, "
        "%d movements brought back; counters %s",
        done.events,
        done.journal,
        done.sales,
        done.returns,
        done.zs,
        done.movements,
        done.counters,
    )
    for problem in done.unresolved:
        log.warning("restore: not rebuilt: %s", problem)
    return done


def _catch_up(tx: Tx, repo: RestoreRepo, cfg, restore, events: list[dict]) -> CatchUp:
    now = utcnow()
    store, station = cfg.store_code, cfg.station_code
    entries = journal_entries(events, store, station, repo.journal_refs())
    top = highest_numbers(events, store, station)
    old = repo.counters()
    moved = {}
    for series, n in top.items():
        name = f"{series}:{station}"
        if n > old.get(name, 0):
            moved[name] = n
    for series in BLIND_SERIES:
        name = f"{series}:{station}"
        moved[name] = old.get(name, 0) + SKIP
    last_seq, last_hash = tx.journal.last()
    tx.journal.append(
        "restore",
        f"restore-{restore.id}",
        {
            "type": "restore",
            "store": store,
            "station": station,
            "at": now,
            "source": "hub",
            "backup_sha256": restore.backup_sha256,
            "backup_last_seq": restore.backup_last_seq,
            "backup_last_at": restore.backup_last_at,
            "chain_before": {"seq": last_seq, "hash": last_hash},
            "recovered_entries": len(entries),
            "recovered": [f"{e.kind} {e.doc_ref}" for e in entries],
            "counters": dict(sorted(moved.items())),
            "note": "entries after this one are the hub's copies of the documents the backup lacked, in their "
            "original text; entries the hub never receives (shift opens, drawer moves, pickup steps, stock "
            "overrides) made after the backup are not recovered, and drawer-move numbers are skipped",
        },
        now,
    )
    unresolved: list[str] = []
    counts = {"sale": 0, "return": 0, "shift_close": 0}
    shifts = shift_windows(repo, station, entries)
    # In journal order, as they were first written: each document takes the Z period open at its
    # place (a Z entry closes one), so every rebuilt document is in the Z that counted it (rule 12).
    for e in entries:
        entry = tx.journal.append(e.kind, e.doc_ref, json.loads(e.text), e.at)
        if entry.text != e.text:
            unresolved.append(f"{e.doc_ref}: its text changed when re-appended")
        data = e.event["data"]
        if e.kind == "shift_close":
            counts["shift_close"] += rebuild_z(repo, cfg, data, entry.seq)
            repo.raise_counter(f"z:{station}", data["z_no"])
        elif e.kind == "sale":
            counts["sale"] += rebuild_sale(repo, cfg, data, e.number, shift_at(shifts, data["at"]), unresolved)
        else:
            counts["return"] += rebuild_return(repo, cfg, data, e.number, shift_at(shifts, data["at"]), unresolved)
    for name, value in moved.items():
        repo.raise_counter(name, value)
    movements = rebuild_movements(tx, repo, cfg, events, unresolved)
    marked = sum(
        repo.mark_event(
            ev["id"], ev["kind"], ev["payload"], ev.get("created_at") or now, ev["status"], ev.get("reason") or "", now
        )
        == "marked"
        for ev in events
    )
    result = CatchUp(
        len(events),
        len(entries),
        counts["sale"],
        counts["return"],
        counts["shift_close"],
        movements,
        marked,
        dict(sorted(moved.items())),
        tuple(unresolved),
    )
    repo.finish(restore.id, now, "hub", dict(result.__dict__))
    return result
