"""`storedesk-hub`: serve the API, register stores, stations, channels and the ERP, export; and
for click-and-collect: pickup-settings (safety stock, hold time, coordinates), tick (expiry,
reminders, retrying orders waiting for a transfer; run it from cron every few minutes) and
notify (send the notifications outbox once: --sender console|file:PATH|smtp://HOST:PORT|webhook:URL;
orders/notify_cli.py).

Stations send tokens and sales to the hub, so it is reached over https: `serve --ssl-certfile
--ssl-keyfile`, or plain http on 127.0.0.1 behind a reverse proxy that terminates TLS. Plain http
on any other address works (labs) but says so on every start.

Every command takes --db URL (or $STOREDESK_HUB_DB; default sqlite:///hub.db) and brings the
schema up to date first. Exit codes: 0 done, 1 it could not be done (the message says why),
2 the command line was wrong. `catalog import FILE` (catalog/import_cli.py) exits 1 when some rows
were rejected (the rest imported) and 2 when the file cannot be read (nothing imported).
`category add|list|rename` (catalog/categories_cli.py): the chain's category list.
`add-warehouse CODE` (locations/service.py): a location with no station, stocked by the ERP.
`promotions import FILE.json|show` (promotions/cli.py): the chain's promotions, sent to every station.
`customer export ID|--card CARD`, `customer erase ID` (customers/cli.py): a customer's data on request.
`fiscal verify|closings|archive` (fiscal/cli.py): the stations' journals and archives the hub keeps.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError

from . import db

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 itself; keep it, with our program name
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _pickup_options(s) -> None:
    s.add_argument("--safety-stock", help="quantity of each product kept back from web orders (default 0)")
    s.add_argument("--hold-days", type=int, help="days a ready order waits for its customer (default 7)")
    s.add_argument("--reminder-days", type=int, help="remind the customer this many days before expiry (default 2)")


def _ship_capacity_option(s) -> None:
    s.add_argument(
        "--ship-capacity",
        metavar="N",
        help="ship orders routed here per day in its time zone (a full location is skipped); none: no limit",
    )


def _parser() -> argparse.ArgumentParser:
    db_help = "database URL (default: $STOREDESK_HUB_DB or sqlite:///hub.db)"
    common = _Parser(add_help=False)  # a parent: its actions are copied, it never parses
    # SUPPRESS: `storedesk-hub --db URL add-store ...` and `add-store --db URL ...` both work.
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    p = _Parser(prog="storedesk-hub", description="storedesk hub: the central endpoint stations sync with")
    p.add_argument("--db", default=None, help=db_help)
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("serve", parents=[common], help="serve the /v1 API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8750)
    s.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    s.add_argument(
        "--ssl-certfile",
        metavar="FILE",
        help="serve https with this certificate (PEM, followed by any intermediate certificates)",
    )
    s.add_argument("--ssl-keyfile", metavar="FILE", help="the private key of --ssl-certfile (PEM, not encrypted)")

    s = sub.add_parser("add-store", parents=[common], help="register a store")
    s.add_argument("code")
    s.add_argument("--name", required=True)
    s.add_argument("--currency", required=True, help="ISO 4217, e.g. EUR")
    s.add_argument("--timezone", required=True, help="IANA name, e.g. Europe/Paris")
    s.add_argument("--lat", help="decimal degrees, e.g. 48.8566 (for routing web orders to the nearest store)")
    s.add_argument("--lon", help="decimal degrees, e.g. 2.3522")
    _pickup_options(s)
    _ship_capacity_option(s)

    s = sub.add_parser("add-warehouse", parents=[common], help="register a warehouse (no station; stock from the ERP)")
    s.add_argument("code")
    s.add_argument("--name", required=True)
    s.add_argument("--timezone", required=True, help="IANA name, e.g. Europe/Paris")
    s.add_argument("--lat", required=True, help="decimal degrees, e.g. 45.7640")
    s.add_argument("--lon", required=True, help="decimal degrees, e.g. 4.8357")
    s.add_argument("--currency", help="ISO 4217 (default: the one currency of the stores)")
    s.add_argument("--safety-stock", help="quantity of each product kept back from web orders (default 0)")
    _ship_capacity_option(s)

    s = sub.add_parser(
        "pickup-settings",
        parents=[common],
        help="set a store's click-and-collect settings (safety stock, hold time, coordinates)",
    )
    s.add_argument("code")
    s.add_argument("--lat")
    s.add_argument("--lon")
    _pickup_options(s)
    _ship_capacity_option(s)

    s = sub.add_parser(
        "tick",
        parents=[common],
        help="expire ready orders past their hold time, queue reminders, retry orders waiting for a transfer",
    )
    s.add_argument("--now", help="ISO 8601 instant to use as now (tests, catching up); default: the clock")

    from .orders import notify_cli

    notify_cli.add_parser(sub, common)

    s = sub.add_parser("add-station", parents=[common], help="register a station; prints its token once")
    s.add_argument("--store", required=True)
    s.add_argument("--station", required=True)

    for kind, what in (("channel", "a web shop or marketplace (orders only)"), ("erp", "the ERP (catalog, exports)")):
        s = sub.add_parser(f"add-{kind}", parents=[common], help=f"make a token for {what}; printed once")
        s.add_argument("name")

    s = sub.add_parser(
        "export", parents=[common], help="day totals or journal of a business day, or the gift cards owed, for the ERP"
    )
    s.add_argument("what", choices=["day-totals", "journal", "gift-cards", "payment-mismatches"])
    s.add_argument("--date", help="YYYY-MM-DD, the stores' local business day (day-totals, journal)")
    s.add_argument("--format", choices=["csv", "json"], default="csv")
    s.add_argument(
        "--store",
        action="append",
        help="only this store (repeatable; default: every store, no warehouse; a warehouse's journal: name it)",
    )
    s.add_argument("--out", type=Path, help="write to this file instead of standard output")
    from .catalog import import_cli

    import_cli.add_parser(sub, common)
    from .catalog import categories_cli

    categories_cli.add_parser(sub, common)
    from .staff import cli as staff_cli

    staff_cli.add_parser(sub, common)
    from .settings import cli as settings_cli

    settings_cli.add_parsers(sub, common)
    from .promotions import cli as promotions_cli

    promotions_cli.add_parser(sub, common)
    from .customers import cli as customers_cli

    customers_cli.add_parser(sub, common)
    from .fiscal import cli as fiscal_cli

    fiscal_cli.add_parser(sub, common)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2)
        return int(exc.code or 0)
    try:
        return _run(args)
    except (db.HubDatabaseError, ValueError, LookupError) as exc:
        print(f"storedesk-hub: error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        print(f"storedesk-hub: database error: {first}", file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:
        print(f"storedesk-hub: error: {exc}", file=sys.stderr)
        return EXIT_FAIL


def _run(args) -> int:
    url = db.resolve_url(args.db)
    if args.command == "serve":
        return _serve(args, url)
    engine = db.open_hub(url)
    try:
        if args.command == "add-store":
            return _add_store(engine, args)
        if args.command == "add-warehouse":
            return _add_warehouse(engine, args)
        if args.command in ("add-station", "add-channel", "add-erp"):
            return _add_token(engine, args)
        if args.command == "pickup-settings":
            return _pickup_settings(engine, args)
        if args.command == "tick":
            return _tick(engine, args)
        if args.command == "notify":
            return _notify(engine, args)
        if args.command == "catalog":
            from .catalog import import_cli

            return import_cli.run(engine, args)
        if args.command == "category":
            from .catalog import categories_cli

            return categories_cli.run(engine, args)
        if args.command in ("store-settings", "tax"):
            from .settings import cli as settings_cli

            return settings_cli.run(engine, args)
        if args.command == "staff":
            from .staff import cli as staff_cli

            return staff_cli.run(engine, args)
        if args.command == "promotions":
            from .promotions import cli as promotions_cli

            return promotions_cli.run(engine, args)
        if args.command == "customer":
            from .customers import cli as customers_cli

            return customers_cli.run(engine, args)
        if args.command == "fiscal":
            from .fiscal import cli as fiscal_cli

            return fiscal_cli.run(engine, args)
        return _export(engine, args)
    finally:
        engine.dispose()


def _no_password() -> bytes:
    raise ValueError("encrypted key")


def _check_tls_files(cert: str, key: str) -> None:
    """Refuse, before serving, a certificate or key that is missing, unreadable or not a pair: a
    clear message instead of a traceback (or a password prompt) from deep inside uvicorn."""
    import ssl

    for what, path in (("certificate", cert), ("key", key)):
        try:
            with open(path, "rb") as f:
                f.read(1)
        except FileNotFoundError:
            raise ValueError(f"TLS {what} file {path} not found") from None
        except IsADirectoryError:
            raise ValueError(f"TLS {what} file {path} is a folder") from None
        except OSError as exc:
            raise ValueError(f"TLS {what} file {path} cannot be read: {exc.strerror or exc}") from None
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        ctx.load_cert_chain(cert, key, password=_no_password)
    except ValueError:
        raise ValueError(
            f"TLS key file {key} is encrypted: give the hub an unencrypted key, readable by the hub's user only"
        ) from None
    except ssl.SSLError as exc:
        raise ValueError(
            f"TLS files {cert} and {key} are not a PEM certificate and its private key ({exc.reason or exc})"
        ) from None


def _serve(args, url: str) -> int:
    from ..domain.hub_url import is_loopback_host

    tls = args.ssl_certfile is not None or args.ssl_keyfile is not None
    if tls and (args.ssl_certfile is None or args.ssl_keyfile is None):
        print(
            "storedesk-hub: error: --ssl-certfile and --ssl-keyfile go together (the certificate and its key)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if tls:
        _check_tls_files(args.ssl_certfile, args.ssl_keyfile)
    elif not is_loopback_host(args.host):
        print(
            f"storedesk-hub: WARNING: plain http on {args.host}: station tokens, sales and customers' orders "
            f"cross the network unencrypted. Give --ssl-certfile and --ssl-keyfile, or keep --host 127.0.0.1 "
            f"behind a reverse proxy (nginx, Caddy) that terminates TLS",
            file=sys.stderr,
            flush=True,
        )
    import uvicorn

    from .app import create_app
    from .request_log import configure

    configure(args.log_level)
    app = create_app(url)
    scheme = "https" if tls else "http"
    print(
        f"storedesk-hub: serving {scheme}://{args.host}:{args.port}/v1 on {db.safe_url(url)}",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        server_header=False,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        log_config=None,
        access_log=False,
    )
    return EXIT_OK


def _add_store(engine, args) -> int:
    from .admin import add_store

    settings = None
    with db.write_tx(engine) as conn:
        row = add_store(conn, args.code, args.name, args.currency, args.timezone, args.lat, args.lon)
        if _has_pickup_options(args):
            from .orders.settings import set_settings

            a = args
            settings = set_settings(
                conn, a.code, a.safety_stock, a.hold_days, a.reminder_days, ship_capacity=a.ship_capacity
            )
    cap = _capacity_note(args, settings)
    print(f"store {row['code']} ({row['name']}, {row['currency']}, {row['timezone']}) added{cap}")
    return EXIT_OK


def _add_warehouse(engine, args) -> int:
    from .locations.service import add_warehouse

    settings = None
    with db.write_tx(engine) as conn:
        row = add_warehouse(conn, args.code, args.name, args.timezone, args.lat, args.lon, args.currency)
        if args.safety_stock is not None or args.ship_capacity is not None:
            from .orders.settings import set_settings

            settings = set_settings(conn, args.code, args.safety_stock, ship_capacity=args.ship_capacity)
    cap = _capacity_note(args, settings)
    print(f"warehouse {row['code']} ({row['name']}, {row['timezone']}, {row['lat']}, {row['lon']}) added{cap}")
    return EXIT_OK


def _capacity_text(cap: int | None) -> str:
    return "no limit" if cap is None else f"{cap} orders a day"


def _capacity_note(args, settings: dict | None) -> str:
    """The added line's ending when --ship-capacity was given (", ship capacity 5 orders a day")."""
    if args.ship_capacity is None or settings is None:
        return ""
    return f", ship capacity {_capacity_text(settings['ship_capacity'])}"


def _has_pickup_options(args) -> bool:
    return any(getattr(args, k) is not None for k in ("safety_stock", "hold_days", "reminder_days", "ship_capacity"))


def _pickup_settings(engine, args) -> int:
    from .orders.settings import set_settings

    with db.write_tx(engine) as conn:
        a = args
        row = set_settings(conn, a.code, a.safety_stock, a.hold_days, a.reminder_days, a.lat, a.lon, a.ship_capacity)
    from .values import milli_text

    cap = row["ship_capacity"]
    print(
        f"store {args.code}: safety stock {milli_text(row['safety_stock_milli'])}, hold {row['hold_days']} days, "
        f"reminder {row['reminder_days']} days before expiry, "
        f"ship capacity {_capacity_text(cap)}"
    )
    return EXIT_OK


def _tick(engine, args) -> int:
    from .orders.expiry import tick
    from .times import parse_instant, utc_text

    now = utc_text(parse_instant(args.now)) if args.now else None
    result = tick(engine, now)
    print(f"tick: {result.summary()}")
    return EXIT_OK


def _notify(engine, args) -> int:
    from .orders import notify_cli

    return notify_cli.run(engine, args)


def _add_token(engine, args) -> int:
    from .auth import issue_token

    kind = args.command.removeprefix("add-")
    try:
        with db.write_tx(engine) as conn:
            if kind == "station":
                from .locations.service import require_store

                require_store(conn, args.store)
                token, revoked = issue_token(conn, "station", f"{args.store}/{args.station}", args.store, args.station)
                who = f"station {args.store}/{args.station}"
            else:
                token, revoked = issue_token(conn, kind, args.name)
                who = f"{kind} {args.name}"
    except IntegrityError as exc:  # pragma: no cover - a 256-bit token colliding
        raise ValueError("could not store the token; run the command again") from exc
    if revoked:
        print(f"the previous token of {who} no longer works", file=sys.stderr)
    print(f"token for {who} (shown once; only its hash is kept):", file=sys.stderr)
    print(token)
    return EXIT_OK


def _export(engine, args) -> int:
    from .reports import exports
    from .times import parse_date

    if args.what == "gift-cards":  # the outstanding liability: no day, every store
        from .gift_cards import export as gift_card_export

        return _write_export(args, gift_card_export.text(engine, args.format))
    if args.what == "payment-mismatches":  # sale payments their hub redemption does not back: every store
        from .sales import paid_at_hub

        return _write_export(args, paid_at_hub.export_text(engine, args.format))
    if not args.date:
        raise LookupError(f"export {args.what} needs --date YYYY-MM-DD")
    day = parse_date(args.date)
    with db.read_conn(engine) as conn:
        known, warehouses = exports.store_codes(conn), exports.warehouse_codes(conn)
        wanted = args.store or known  # stores only unless a warehouse is named (its journal)
        unknown = [s for s in wanted if s not in known and s not in warehouses]
        if unknown:
            raise LookupError(f"unknown store {', '.join(unknown)}")
        named = [s for s in wanted if s in warehouses]
        if named and args.what == "day-totals":
            raise LookupError(exports.warehouse_has_no_totals(named[0]))
        if args.what == "day-totals":
            found = (exports.day_totals(conn, code, day) for code in wanted)
            totals = [t for t in found if t is not None]  # every code is known (checked above)
            rows = [r for t in totals for r in exports.day_totals_rows(t)]
            text = exports.to_json(totals) if args.format == "json" else exports.to_csv(rows, exports.DAY_TOTALS_CSV)
        else:
            rows = [r for code in wanted for r in exports.journal(conn, day, code)]
            text = (
                exports.to_json(exports.journal_json(rows))
                if args.format == "json"
                else exports.to_csv(rows, exports.JOURNAL_CSV)
            )
    return _write_export(args, text)


def _write_export(args, text: str) -> int:
    if args.out:
        tmp = args.out.with_name(args.out.name + ".part")
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, args.out)
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
