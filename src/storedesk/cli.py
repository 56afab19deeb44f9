"""The `storedesk` command: start the station app, or run one maintenance command.

    storedesk [--data-dir DIR] [--demo]          open the station app (Qt)
    storedesk init [--demo | --store ... ]       create the store in an empty data folder
    storedesk register --hub URL --token-file F  link the station to its hub, or change the link later
    storedesk status                             what this station holds and has not yet sent
    storedesk journal verify                     walk the journal's hash chain (rule 4)
    storedesk export sales --from --to           sales lines for the accountant (CSV or JSON)
    storedesk export stock --format csv|json     on-hand and value per product
    storedesk backup --out FILE                  consistent copy of the live database
    storedesk restore --from FILE [--no-hub]     put a backup back (app closed), then catch up from the hub
    storedesk restore --resume [--no-hub]        finish a restore that could not reach the hub
    storedesk report x|z [--last|--number N] --out FILE.pdf   X report, or a Z reprint (COPY)
    storedesk report x|z [--last|--number N] --format json    the same figures as JSON

Exit codes: 0 done, 1 refused (a clear message on stderr, nothing changed), 2 bad usage.
`storedesk sync`: 0 nothing left waiting, 1 events still wait, 3 hub unreachable (events kept),
4 the hub rejected an event (this round, or one still stored as rejected: see the Sync screen, F6).
`storedesk restore`: 0 restored and caught up (or gap recorded), 3 restored but the hub could not
be reached: the station refuses to sell until `storedesk restore --resume` succeeds.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import __version__, logs
from .adapters import db
from .adapters.uow import UnitOfWork, storage_message
from .domain import auth
from .domain.errors import DomainError, StorageError
from .paths import ENV_VAR
from .paths import data_dir as resolve_data_dir
from .services import export, hub_link, journal, reports, settings, setup, status, sync
from .services.context import config

PROG = "storedesk"
NO_STORE = "{folder} has no store yet; run `storedesk init` (or `storedesk init --demo`) first"


class UsageError(Exception):
    """The command line asks for something that cannot work; exit 2."""


# --- argument types: a bad value is refused by argparse with exit 2 --------------------------


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: use YYYY-MM-DD, e.g. 2024-03-31") from None


def _code(text: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9]{1,16}", text):
        raise argparse.ArgumentTypeError(f"invalid code {text!r}: use 1 to 16 letters or digits, e.g. PAR01")
    return text.upper()


def _currency(text: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{3}", text):
        raise argparse.ArgumentTypeError(f"invalid currency {text!r}: use an ISO 4217 code such as EUR")
    return text.upper()


def _timezone(text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"unknown time zone {text!r}: use an IANA name such as Europe/Paris") from None
    return text


def _username(text: str) -> str:
    name = text.strip().lower()
    if not re.fullmatch(r"[a-z0-9._-]{1,32}", name):
        raise argparse.ArgumentTypeError(f"invalid user name {text!r}: use letters, digits, '.', '_' or '-'")
    return name


def _pin(text: str) -> str:
    if not auth.valid_pin_format(text):
        raise argparse.ArgumentTypeError("a PIN is 4 to 8 digits")
    return text


# --- opening the station database ------------------------------------------------------------


@contextmanager
def _station(folder: Path, *, create: bool = False, need_store: bool = True) -> Iterator[tuple]:
    """(database, unit of work) for the data folder. Without `create`, a missing database is an
    error and no file is created (a typo in --data-dir must not leave an empty database behind)."""
    if not create and not (folder / db.DB_FILENAME).exists():
        raise StorageError(NO_STORE.format(folder=folder))
    database = db.open_database(folder)
    if create:  # `storedesk init`: the folder now holds a database, the log may live beside it
        logs.setup(folder, f"{PROG} init")
    uow = UnitOfWork(database)
    try:
        if need_store and not setup.is_initialised(uow):
            raise StorageError(NO_STORE.format(folder=folder))
        yield database, uow
    finally:
        uow.close()
        database.dispose()


def _write_atomically(path: Path, write: Callable) -> int:
    """Write through a temporary file next to `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return result


def _size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return ""  # unreachable


# --- commands --------------------------------------------------------------------------------


def cmd_gui(args) -> int:
    from .ui.app import run_app  # Qt is loaded only when the app is opened

    return int(run_app(args.folder, demo=args.demo, smoke=args.smoke) or 0)


def _store_settings(args) -> dict[str, str]:
    return {
        "store_code": args.store,
        "store_name": args.name or args.store,
        "currency": args.currency,
        "timezone": args.timezone,
        "station_code": args.station,
        "prices_include_tax": "1",
        "cash_step": "0.01",
    }


def _check_init_args(args) -> None:
    demo = getattr(args, "demo", False)
    store_opts = ("name", "manager_user", "manager_pin")
    given = [f"--{o.replace('_', '-')}" for o in store_opts if getattr(args, o) is not None]
    if demo and given:
        raise UsageError(f"--demo creates the demo store; it cannot be combined with {', '.join(given)}")
    if (args.hub is None) != (args.token is None and args.token_file is None):
        raise UsageError(
            "--hub and --token go together, or --hub and --token-file (the token comes from "
            "`storedesk-hub add-station`)"
        )
    if args.hub is None and (args.ca_file is not None or args.insecure_http):
        raise UsageError("--ca-file and --insecure-http are about the hub: give --hub URL and its token too")
    if not demo:
        missing = [
            f"--{o.replace('_', '-')}"
            for o in ("store", "station", "manager_user", "manager_pin")
            if getattr(args, o) is None
        ]
        if missing:
            raise UsageError(f"init needs {', '.join(missing)} (or --demo for the demo store)")


def _hub_link_of(args) -> hub_link.HubLink:
    """The hub options, checked (URL rule, token, CA file) before anything is written."""
    return hub_link.check(args.hub, args.token, args.token_file, args.ca_file, args.insecure_http)


def _print_link(link: hub_link.HubLink) -> None:
    token = (
        f"token kept in {hub_link.TOKEN_FILE}, readable by this user only"
        if link.token is not None
        else "its token unchanged"
    )
    ca = (
        f"certificates checked against your CA ({hub_link.CA_FILE})"
        if link.ca_pem is not None
        else "certificates checked against the system's authorities"
    )
    print(f"Registered at the hub {link.url} ({token}; {ca})")
    if link.insecure_http:
        print(
            f"INSECURE: plain http to {link.url}: the token and the sales cross the network unencrypted "
            f"(--insecure-http, for a lab only)"
        )


def cmd_init(args) -> int:
    _check_init_args(args)
    link = _hub_link_of(args) if args.hub else None
    with _station(args.folder, create=True, need_store=False) as (_engine, uow):
        if setup.is_initialised(uow):
            raise StorageError(f"{args.folder} already has a store ({config(uow).store_code}); nothing was changed")
        if getattr(args, "demo", False):
            setup.init_demo(uow, store=args.store, station=args.station)
            st = status.station_status(uow)
            users = ", ".join(f"{u} ({role}, PIN {pin})" for u, _name, role, pin in setup.DEMO_USERS)
            print(f"Created the demo store {st.store}, station {st.station}, in {args.folder}")
            print(f"{st.products} products with opening stock; users: {users}")
        else:
            manager = (args.manager_user, args.manager_name or args.manager_user.title(), "manager", args.manager_pin)
            setup.init_store(uow, _store_settings(args), [manager])
            print(f"Created store {args.store} ({args.name or args.store}), station {args.station}, in {args.folder}")
            print(f"Currency {args.currency}, time zone {args.timezone}; manager user {args.manager_user}")
        if link is not None:
            hub_link.save(uow, link)
            _print_link(link)
    return 0


def cmd_register(args) -> int:
    """Link a station that has a store to its hub, or change the link: a new token after
    `storedesk-hub add-station` replaced a lost one, a hub that moved to https or to a new CA."""
    link = _hub_link_of(args)
    with _station(args.folder) as (_engine, uow):
        hub_link.save(uow, link)
    _print_link(link)
    return 0


def _line(label: str, value) -> None:
    print(f"{label + ':':<18}{value}")


def cmd_status(args) -> int:
    with _station(args.folder) as (_engine, uow):
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


SYNC_REJECTED = 4  # exit code of `storedesk sync` when the hub rejected an event (now or before)


def cmd_sync(args) -> int:
    """Exit 0 when nothing is left waiting; 3 when the hub cannot be reached (events kept);
    4 when any event is rejected by the hub (this round, or still stored as rejected)."""
    with _station(args.folder) as (_database, uow):
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


def cmd_journal_verify(args) -> int:
    with _station(args.folder) as (_engine, uow):
        result = journal.verify(uow)
    if result.ok:
        print(f"journal OK: {result.entries} entries")
        return 0
    print(f"journal BROKEN at sequence {result.broken_seq}: {result.reason}")
    print(f"({result.entries} entries before it are intact)")
    return 1


def cmd_export_sales(args) -> int:
    if args.start > args.end:
        raise UsageError(f"--from {args.start} is after --to {args.end}")
    with _station(args.folder) as (_engine, uow):

        def write(out):
            return export.write_sales(uow, args.start, args.end, args.format, out)

        if args.out is None:
            write(sys.stdout)
            return 0
        out = Path(args.out).expanduser()
        rows = _write_atomically(out, write)
    print(f"exported {rows} sale lines ({args.start} to {args.end}) to {out}")
    return 0


def cmd_export_stock(args) -> int:
    from .services.stock.export import write_stock

    with _station(args.folder) as (_engine, uow):

        def write(out):
            return write_stock(uow, args.format, out, nonzero=args.nonzero)

        if args.out is None:
            write(sys.stdout)
            return 0
        out = Path(args.out).expanduser()
        rows = _write_atomically(out, write)
    print(f"exported stock of {rows} products to {out}")
    return 0


def cmd_backup(args) -> int:
    out = Path(args.out).expanduser().absolute()
    live = args.folder / db.DB_FILENAME
    if live.exists() and out.resolve() in {live.resolve(), Path(str(live) + "-wal").resolve()}:
        raise UsageError("--out must not be the live database itself")
    with _station(args.folder, need_store=False) as (database, _uow):
        pages = db.backup(database, out)
    print(f"backup written: {out} ({pages} pages)")
    return 0


def cmd_restore(args) -> int:
    """Put a backup back (the app closed), then catch up from the hub before the station sells again."""
    from .services.restore.backup import restore_from
    from .services.restore.catch_up import catch_up
    from .services.restore.gap import record_gap
    from .services.restore.pending import RESUME, pending

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
    with _station(args.folder) as (_database, uow):
        if not pending(uow):
            print("no restore is waiting: the station is up to date")
            return 0
        if args.no_hub or sync.hub_config(uow) is None:
            why = "forced with --no-hub" if args.no_hub else "no hub registered"
            gap = record_gap(uow, why)
            print(f"GAP journaled (#{gap.journal_seq}): {gap.text}")
            print("the next Z report shows it; the station may sell again")
            return 0
        from .adapters.hub_client import HubRefused, HubUnavailable

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


def cmd_config(args) -> int:
    with _station(args.folder) as (_database, uow):
        if args.config_command == "set":
            value = settings.set_setting(uow, args.key, args.value)
            print(f"{args.key} = {value}  (the app uses it at its next start)")
        else:
            for key, value in sorted(settings.show(uow).items()):
                mark = "" if key in settings.EDITABLE else "  (fixed)"
                print(f"{key} = {value!r}{mark}")
    return 0


def cmd_report(args) -> int:
    if args.kind == "x" and (args.last or args.number is not None):
        raise UsageError("an X report reads the open shift: --last and --number are for Z reports")
    if args.kind == "z" and not args.last and args.number is None:
        raise UsageError(
            "a Z report is made by closing the shift in the app (F11, Shift); to reprint one, give --last or --number N"
        )
    if args.format == "json":
        return _report_json(args)
    if args.out is None:
        raise UsageError("give --out FILE.pdf (or --format json to print the figures)")
    out = Path(args.out).expanduser().absolute()
    with _station(args.folder) as (_database, uow):
        if args.kind == "x":
            result = reports.x_report(uow, None, args.folder, paper=args.paper, out=out)
        else:
            result = reports.z_report(uow, None, args.folder, number=args.number, paper=args.paper, out=out)
    r = result.report
    from .domain.money_format import fmt_money

    what = f"Z report {r.z_no} (marked COPY)" if r.kind == "Z" else f"X report of shift {r.shift_no}"
    print(
        f"{what} written to {result.path}: {r.sales_count} sales, period total "
        f"{fmt_money(r.period_total, r.currency)}, cash expected {fmt_money(r.cash_expected, r.currency)}"
    )
    return 0


def _report_json(args) -> int:
    """The report's figures as JSON (money as decimal strings) on standard output, or in --out."""
    import json

    with _station(args.folder) as (_database, uow):
        if args.kind == "x":
            report = reports.x_figures(uow, None)
        else:
            report = reports.z_figures(uow, None, number=args.number)

    def write(out) -> int:
        json.dump(report.figures(), out, indent=1, ensure_ascii=False)
        out.write("\n")
        return 1

    if args.out is None:
        write(sys.stdout)
    else:
        out = Path(args.out).expanduser()
        _write_atomically(out, write)
        print(f"{report.kind} report figures written to {out}")
    return 0


# --- the parser ------------------------------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    """--data-dir, accepted after the subcommand too; SUPPRESS keeps a value given before it."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"the station's data folder (default: ${ENV_VAR}, else the platform's user data folder)",
    )
    return common


def _add_init(sub, common) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help="create the store and station in an empty data folder",
        description="Create the store, station and first manager in an empty data folder, or the demo store. "
        "Refuses (exit 1, nothing changed) if the folder already has a store.",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="create the demo store: 2000 products with stock, users ana, sam and max",
    )
    p.add_argument(
        "--store", type=_code, metavar="CODE", help="store code, e.g. PAR01 (receipts: STORE-STATION-000123)"
    )
    p.add_argument("--station", type=_code, metavar="CODE", help="this station's code, e.g. T1")
    p.add_argument("--name", metavar="NAME", help="store name printed on receipts (default: the store code)")
    p.add_argument("--currency", type=_currency, default="EUR", metavar="CODE", help="ISO 4217 currency (default: EUR)")
    p.add_argument(
        "--timezone",
        type=_timezone,
        default="Europe/Paris",
        metavar="ZONE",
        help="IANA time zone of the store's business days (default: Europe/Paris)",
    )
    p.add_argument("--manager-user", type=_username, metavar="NAME", help="user name of the first manager")
    p.add_argument("--manager-name", metavar="TEXT", help="display name of the first manager (default: the user name)")
    p.add_argument("--manager-pin", type=_pin, metavar="PIN", help="the manager's PIN, 4 to 8 digits")
    _hub_options(p, required=False)
    p.set_defaults(func=cmd_init)


def _hub_options(p, required: bool) -> None:
    """--hub, the token (--token or --token-file), --ca-file and --insecure-http: init and register."""
    p.add_argument(
        "--hub",
        metavar="URL",
        required=required,
        help="the hub this station syncs with, e.g. https://hub.example.com (plain http only to "
        "127.0.0.1/localhost, or with --insecure-http)",
    )
    token = p.add_mutually_exclusive_group()
    token.add_argument(
        "--token",
        metavar="TOKEN",
        help="this station's token, from `storedesk-hub add-station` (write --token=TOKEN if it starts with '-')",
    )
    token.add_argument(
        "--token-file", metavar="FILE", help="read the token from FILE (it stays out of the shell's history)"
    )
    p.add_argument(
        "--ca-file",
        "--ca-bundle",
        dest="ca_file",
        metavar="FILE",
        help="your chain's own certificate authority (PEM), when the hub's certificate is not from a "
        f"public one; copied into the data folder as {hub_link.CA_FILE}",
    )
    p.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow plain http to a hub that is not on this computer: the token and the sales cross "
        "the network unencrypted. For a lab only; `storedesk status` shows INSECURE",
    )


def _add_register(sub, common) -> None:
    p = sub.add_parser(
        "register",
        parents=[common],
        help="link this station to its hub, or change the hub URL, token or CA",
        description="Link a station that already has its store to a hub, or change the link: a new token (after "
        "`storedesk-hub add-station` replaced a lost one), a hub that moved to https or to another CA. "
        "Each run states the whole link: a --ca-file or --insecure-http not given again is dropped; "
        "the current token is kept when no token is given. Refuses (exit 1, nothing changed) a bad "
        "URL, token or CA file.",
    )
    _hub_options(p, required=True)
    p.set_defaults(func=cmd_register)


def _add_status(sub, common) -> None:
    p = sub.add_parser(
        "status",
        parents=[common],
        help="show the store, counts and events waiting to be sent",
        description="Show the store, station, data folder, database size, counts of products, sales "
        "and journal entries, events waiting for or rejected by the hub, and the schema.",
    )
    p.set_defaults(func=cmd_status)


def _add_journal(sub, common) -> None:
    p = sub.add_parser(
        "journal",
        parents=[common],
        help="check the tamper-evident journal",
        description="Commands on the tamper-evident fiscal journal.",
    )
    jsub = p.add_subparsers(dest="journal_command", metavar="COMMAND", required=True)
    v = jsub.add_parser(
        "verify",
        parents=[common],
        help="walk the hash chain and name the first broken entry",
        description="Walk the journal's hash chain. Exit 0 if intact; exit 1 naming the first "
        "broken sequence number otherwise.",
    )
    v.set_defaults(func=cmd_journal_verify)


def _add_export(sub, common) -> None:
    p = sub.add_parser(
        "export", parents=[common], help="export data for the accountant", description="Export data for the accountant."
    )
    esub = p.add_subparsers(dest="export_command", metavar="COMMAND", required=True)
    s = esub.add_parser(
        "sales",
        parents=[common],
        help="one row per sale line, money as decimal strings",
        description="Export sale lines between two business days (inclusive, in the store's time "
        "zone): receipt number, time, SKU, quantity, prices, tax, tenders.",
    )
    s.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="first day")
    s.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="last day")
    s.add_argument("--format", choices=("csv", "json"), default="csv", help="output format (default: csv)")
    s.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of standard output")
    s.set_defaults(func=cmd_export_sales)
    k = esub.add_parser(
        "stock",
        parents=[common],
        help="on-hand and value per product, as decimal strings",
        description="Export every product's on-hand (the stock ledger's balance) and its value "
        "at the current retail price: SKU, name, unit, on hand, unit price, value.",
    )
    k.add_argument("--format", choices=("csv", "json"), default="csv", help="output format (default: csv)")
    k.add_argument("--nonzero", action="store_true", help="only products whose on-hand is not zero")
    k.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of standard output")
    k.set_defaults(func=cmd_export_stock)


def _add_backup(sub, common) -> None:
    p = sub.add_parser(
        "backup",
        parents=[common],
        help="write a consistent copy of the database",
        description="Copy the live database with SQLite's online backup API (safe while the app "
        "runs) and check the copy's integrity.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    p.set_defaults(func=cmd_backup)


def _add_restore(sub, common) -> None:
    p = sub.add_parser(
        "restore",
        parents=[common],
        help="put a backup back, then catch up from the hub (the app closed)",
        description="With the app closed: check the backup (integrity, journal chain, same store and station), "
        "move the current storedesk.db/-wal/-shm to before-restore-DATE-TIME/, put the backup in place, "
        "then read back from the hub this station's documents and journal entries the backup lacks and "
        "move every numbered series past the hub's. Until that has happened the station refuses to "
        "sell. Without a hub, or with --no-hub, the lost range is journaled as a gap that the next Z "
        "shows, and every series skips 1000 numbers. Exit 0 done, 1 refused (nothing changed), 3 the "
        "hub could not be reached (run it again with --resume).",
    )
    p.add_argument("--from", dest="source", metavar="FILE", help="the backup file (made by `storedesk backup`)")
    p.add_argument("--resume", action="store_true", help="finish a restore that could not reach the hub")
    p.add_argument(
        "--no-hub",
        action="store_true",
        help="the hub is out of reach for good: journal the lost range as a gap and sell again",
    )
    p.set_defaults(func=cmd_restore)


def _add_sync(sub, common) -> None:
    p = sub.add_parser(
        "sync",
        parents=[common],
        help="send waiting events to the hub and pull its feed",
        description="Send waiting events to the hub, then apply its feed. Exit 0 when nothing is "
        "left waiting, 1 when events still wait, 3 when the hub cannot be reached, 4 "
        "when the hub rejected an event (now or earlier; see the Sync screen, F6).",
    )
    p.add_argument("--once", action="store_true", help="one round, then exit (without it: keep syncing)")
    p.add_argument("--interval", type=float, default=10.0, metavar="SECONDS", help="pause between rounds")
    p.add_argument("--retry-rejected", action="store_true", help="queue events the hub rejected again first")
    p.set_defaults(func=cmd_sync)


def _add_config(sub, common) -> None:
    p = sub.add_parser(
        "config",
        parents=[common],
        help="show or change store settings (printer, idle lock, ...)",
        description="Show the store's settings, or change one that may be changed.",
    )
    csub = p.add_subparsers(dest="config_command", metavar="COMMAND", required=True)
    csub.add_parser("show", parents=[common], help="list every setting").set_defaults(func=cmd_config)
    c = csub.add_parser(
        "set",
        parents=[common],
        help="change one setting, validated",
        description="Editable: " + ", ".join(sorted(settings.EDITABLE)) + ". Examples: "
        "printer network:192.168.1.50:9100, idle_lock_seconds 120, cash_step 0.05.",
    )
    c.add_argument("key", metavar="KEY")
    c.add_argument("value", metavar="VALUE")
    c.set_defaults(func=cmd_config)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}: a Z number is a whole number from 1")
    return int(text)


def _add_report(sub, common) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="print the X report, or reprint a Z report, to PDF",
        description="x: the open shift's X report (a reading: nothing is reset). z: reprint a Z "
        "report from its frozen totals, marked COPY (a Z itself is made by closing the "
        "shift in the app).",
    )
    p.add_argument("kind", choices=("x", "z"), help="x or z")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--last", action="store_true", help="the station's last Z report")
    which.add_argument("--number", type=_positive, metavar="N", help="Z report number N")
    p.add_argument("--paper", choices=reports.PAPERS, default="a4", help="A4 page or 80 mm roll (default: a4)")
    p.add_argument(
        "--format",
        choices=("pdf", "json"),
        default="pdf",
        help="pdf (default): write --out FILE.pdf; json: print the figures (money as decimal strings) "
        "to standard output, or to --out FILE",
    )
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write (with --format json: the JSON file)")
    p.set_defaults(func=cmd_report)


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="storedesk station: with no command, opens the point-of-sale app.",
        epilog=f"The data folder is --data-dir, else ${ENV_VAR}, else the platform's user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None, help="the station's data folder")
    parser.add_argument("--demo", action="store_true", default=False, help="seed the demo store on first start")
    parser.add_argument(
        "--smoke",
        action="store_true",
        default=False,
        help="open the main window, wait until it is ready to sign in, quit (exit 0 if it works)",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (
        _add_init,
        _add_register,
        _add_status,
        _add_journal,
        _add_export,
        _add_backup,
        _add_restore,
        _add_sync,
        _add_config,
        _add_report,
    ):
        add(sub, common)
    return parser


def _exit_code(code) -> int:
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _token_hint(argv: list[str], code) -> None:
    """`--token -abc` reads as a missing token to argparse: say how to give such a token."""
    if code != 2:
        return
    for i, arg in enumerate(argv[:-1]):
        if arg == "--token" and argv[i + 1].startswith("-"):
            print(
                f"{PROG}: a token that starts with '-' is given as --token=TOKEN (one word) or with --token-file FILE",
                file=sys.stderr,
            )
            return


LOGGED_COMMANDS = ("register", "sync", "restore", "config")  # the commands that change data (and init)


def _start_log(args) -> None:
    """Commands that change data log to <data folder>/logs/ (storedesk/logs.py), in a folder that
    holds a database this version knows: a typo in --data-dir must leave no folder behind, a newer
    database is refused untouched. `init` starts its log once its database is made (_station)."""
    if args.command not in LOGGED_COMMANDS or (args.command == "config" and args.config_command != "set"):
        return
    try:
        known = db.stored_revision(args.folder / db.DB_FILENAME) in db.KNOWN_REVISIONS
    except StorageError:  # busy or unreadable: the command says so itself
        known = False
    if known:
        logs.setup(args.folder, f"{PROG} {args.command}")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors (argparse printed them)
        _token_hint(argv if argv is not None else sys.argv[1:], exc.code)
        return _exit_code(exc.code)
    args.folder = resolve_data_dir(args.data_dir)
    _start_log(args)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:  # a database error that no service translated
        print(f"{PROG}: {storage_message(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `storedesk export sales ... | head`: the reader left, stop quietly
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"{PROG}: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug: its traceback goes to the log too, then to the terminal
        logging.getLogger(__name__).exception("%s %s failed", PROG, args.command)
        raise


if __name__ == "__main__":
    raise SystemExit(main())
