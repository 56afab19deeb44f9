"""`storedesk status`, `storedesk sync` and `storedesk config`: the station's state, its link to
the hub, its settings."""

from __future__ import annotations

import sys
import time

from ..adapters import db
from ..services import hub_link, settings, status, sync
from ..services.context import config
from .common import PROG, add_command, add_group, station

SYNC_REJECTED = 4  # exit code of `storedesk sync` when the hub rejected an event (now or before)


def _size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return ""  # unreachable


def _line(label: str, value) -> None:
    print(f"{label + ':':<18}{value}")


def cmd_status(args) -> int:
    """Show the store, station, data folder, database size, counts of products, sales
    and journal entries, events waiting for or rejected by the hub, and the schema."""
    with station(args.folder) as (_engine, uow):
        st = status.station_status(uow)
        cfg = config(uow)
        path = args.folder / db.DB_FILENAME
        wal = path.with_name(path.name + "-wal")
        size = _size(path.stat().st_size)
        if wal.exists() and wal.stat().st_size:
            size += f" (+ {_size(wal.stat().st_size)} write-ahead log)"
        oldest = cfg.local(st.oldest_waiting).isoformat(timespec="seconds") if st.oldest_waiting else "none"
        _line("store", f"{st.store} ({cfg.store_name})")
        _line("station", st.station)
        _line("data folder", args.folder)
        _line("database", f"{path.name}, {size}")
        _line("products", st.products)
        _line("sales", st.sales)
        _line("journal entries", st.journal_entries)
        _line("waiting events", st.waiting_events)
        _line("rejected events", st.rejected_events)
        _line("oldest waiting", oldest)
        _line("schema revision", db.stored_revision(path) or db.HEAD)
        h = sync.health(uow)
        _line(
            "hub",
            _hub_status(uow) if h.registered else "not registered (storedesk register --hub URL --token-file FILE)",
        )
        _line("last sync", cfg.local(h.last_success).isoformat(timespec="seconds") if h.last_success else "never")
        if h.last_error:
            when = f" ({cfg.local(h.last_error_at).isoformat(timespec='seconds')})" if h.last_error_at else ""
            _line("last error", f"{h.last_error}{when}")
    return 0


def _hub_status(uow) -> str:
    link = hub_link.state(uow)
    if link.refusal:
        return f"{link.url}  REFUSED: {link.refusal} (change it with `storedesk register`)"
    if link.insecure:
        return f"{link.url}  INSECURE: plain http, the token and sales cross the network unencrypted (--insecure-http)"
    return link.url if link.ca == "system" else f"{link.url} (CA {link.ca})"


def cmd_sync(args) -> int:
    """Send waiting events to the hub, then apply its feed. Exit 0 when nothing is
    left waiting, 1 when events still wait, 3 when the hub cannot be reached, 4
    when the hub rejected an event (now or earlier; see the Sync screen, F6)."""
    with station(args.folder) as (_database, uow):
        if args.retry_rejected:
            print(f"{sync.retry_rejected(uow)} rejected events queued again")
        while True:
            report = sync.sync_once(uow)
            print(
                f"sent {report.sent}, duplicate {report.duplicate}, rejected {report.rejected}, "
                f"received {report.received}, quarantined {report.quarantined}, waiting {report.waiting}",
                flush=True,
            )
            if args.once:
                break
            time.sleep(args.interval if report.error is None else max(args.interval, 5))
        if report.error:
            print(
                f"{PROG}: hub unreachable: {report.error}; {report.waiting} events wait, nothing is lost",
                file=sys.stderr,
            )
            return 3
        rejected = sync.health(uow).rejected
        if report.rejected or rejected:
            print(
                f"{PROG}: the hub rejected {rejected or report.rejected} events: see the Sync screen (F6) or "
                f"`storedesk status`; fix the cause, then `storedesk sync --once --retry-rejected`",
                file=sys.stderr,
            )
            return SYNC_REJECTED
        return 0 if report.waiting == 0 else 1


def cmd_config(args) -> int:
    with station(args.folder) as (_database, uow):
        if args.config_command == "set":
            value = settings.set_setting(uow, args.key, args.value)
            print(f"{args.key} = {value}  (a running till uses it from its next sale; screens at its next start)")
        else:
            for row in settings.show_origins(uow):  # hub: set by `storedesk-hub store-settings`, not here
                mark = "hub" if row.origin == "hub" else "station" if row.key in settings.EDITABLE else "fixed"
                print(f"{row.key} = {row.value!r}  ({mark})")
    return 0


# --- the parser ------------------------------------------------------------------------------


def add_status(sub, common) -> None:
    add_command(sub, common, "status", cmd_status, help="show the store, counts and events waiting to be sent")


def add_sync(sub, common) -> None:
    p = add_command(sub, common, "sync", cmd_sync, help="send waiting events to the hub and pull its feed")
    p.add_argument("--once", action="store_true", help="one round, then exit (without it: keep syncing)")
    p.add_argument("--interval", type=float, default=10.0, metavar="SECONDS", help="pause between rounds")
    p.add_argument("--retry-rejected", action="store_true", help="queue events the hub rejected again first")


def add_config(sub, common) -> None:
    about = "Show the store's settings, or change one that may be changed."
    csub = add_group(
        sub, common, "config", help="show or change store settings (printer, idle lock, ...)", description=about
    )
    add_command(csub, common, "show", cmd_config, help="list every setting")
    editable = ", ".join(sorted(settings.EDITABLE))
    about = f"Editable: {editable}. Examples: printer network:192.168.1.50:9100, idle_lock_seconds 120, cash_step 0.05."
    c = add_command(csub, common, "set", cmd_config, help="change one setting, validated", description=about)
    c.add_argument("key", metavar="KEY")
    c.add_argument("value", metavar="VALUE")
