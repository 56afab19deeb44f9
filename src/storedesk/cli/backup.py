"""`storedesk backup` (a consistent copy of the live database) and `storedesk restore` (put a
backup back with the app closed, then catch up from the hub before the station sells again)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..adapters import db
from ..services import sync
from .common import PROG, UsageError, add_command, station


def cmd_backup(args) -> int:
    """Copy the live database with SQLite's online backup API (safe while the app
    runs) and check the copy's integrity."""
    out = Path(args.out).expanduser().absolute()
    live = args.folder / db.DB_FILENAME
    if live.exists() and out.resolve() in {live.resolve(), Path(str(live) + "-wal").resolve()}:
        raise UsageError("--out must not be the live database itself")
    with station(args.folder, need_store=False) as (database, _uow):
        pages = db.backup(database, out)
    print(f"backup written: {out} ({pages} pages)")
    return 0


def cmd_restore(args) -> int:
    """With the app closed: check the backup (integrity, journal chain, same store and station),
    move the current storedesk.db/-wal/-shm to before-restore-DATE-TIME/, put the backup in place,
    then read back from the hub this station's documents and journal entries the backup lacks and
    move every numbered series past the hub's. Until that has happened the station refuses to
    sell. Without a hub, or with --no-hub, the lost range is journaled as a gap that the next Z
    shows, and every series skips 1000 numbers. Exit 0 done, 1 refused (nothing changed), 3 the
    hub could not be reached (run it again with --resume)."""
    from ..services.restore.backup import restore_from
    from ..services.restore.catch_up import catch_up
    from ..services.restore.gap import record_gap
    from ..services.restore.pending import RESUME, pending

    if args.source is None and not args.resume:
        raise UsageError("give --from FILE (a file made by `storedesk backup`), or --resume")
    if args.source is not None:
        started = restore_from(args.folder, Path(args.source))
        b = started.backup
        print(
            f"backup checked: integrity ok, journal ok ({b.journal_entries} entries, last #{b.last_seq}), "
            f"store {b.store}, station {b.station}"
        )
        print(f"the replaced files are kept in {started.kept_aside}")
    with station(args.folder) as (_database, uow):
        if not pending(uow):
            print("no restore is waiting: the station is up to date")
            return 0
        if args.no_hub or sync.hub_config(uow) is None:
            why = "forced with --no-hub" if args.no_hub else "no hub registered"
            gap = record_gap(uow, why)
            print(f"GAP journaled (#{gap.journal_seq}): {gap.text}")
            print("the next Z report shows it; the station may sell again")
            return 0
        from ..adapters.hub_client import HubRefused, HubUnavailable

        try:
            client = sync.client_for(uow)
            try:
                done = catch_up(uow, client)
            finally:
                client.close()
        except (HubUnavailable, HubRefused) as exc:
            print(f"{PROG}: {exc.message}", file=sys.stderr)
            print(
                f"{PROG}: the station refuses to sell until it has caught up: run `{RESUME}` when the hub "
                f"is reachable (or `{RESUME} --no-hub` to journal a gap instead)",
                file=sys.stderr,
            )
            return 3
        print(
            f"caught up from the hub: {done.events} events read; {done.journal} journal entries, {done.sales} "
            f"sales, {done.returns} returns, {done.zs} Z reports, {done.movements} stock movements brought back; "
            f"{done.outbox_marked} waiting events were already at the hub"
        )
        print("counters: " + (", ".join(f"{k} -> {v}" for k, v in done.counters.items()) or "unchanged"))
        for problem in done.unresolved:
            print(f"not rebuilt: {problem}", file=sys.stderr)
        print("the station may sell again; `storedesk sync --once` sends what still waits")
    return 0


# --- the parser ------------------------------------------------------------------------------


def add_backup(sub, common) -> None:
    p = add_command(sub, common, "backup", cmd_backup, help="write a consistent copy of the database")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")


def add_restore(sub, common) -> None:
    p = add_command(
        sub, common, "restore", cmd_restore, help="put a backup back, then catch up from the hub (the app closed)"
    )
    p.add_argument("--from", dest="source", metavar="FILE", help="the backup file (made by `storedesk backup`)")
    p.add_argument("--resume", action="store_true", help="finish a restore that could not reach the hub")
    p.add_argument(
        "--no-hub",
        action="store_true",
        help="the hub is out of reach for good: journal the lost range as a gap and sell again",
    )
