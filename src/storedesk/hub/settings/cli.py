"""`storedesk-hub store-settings STORE [--set KEY=VALUE ...] [--unset KEY ...]` and `storedesk-hub
tax set CODE RATE --valid-from DATE [--label TEXT]` / `tax list`: their parsers and runs, for
hub/cli.py. Exit 0 done (or shown), 1 refused with the reason (nothing changed)."""

from __future__ import annotations

from datetime import UTC, datetime

from ...domain.store_settings import STORE_KEYS
from .. import db
from ..times import parse_date, utcnow_text
from . import service, tax


def add_parsers(sub, common) -> None:
    s = sub.add_parser(
        "store-settings",
        parents=[common],
        help="show or set the settings the hub manages for a store (sent to each of its stations)",
        description=f"Keys: {', '.join(STORE_KEYS)}. A key set here is refused at the store's stations "
        "(`storedesk config set`); --unset gives it back to them, with its last value.",
    )
    s.add_argument("store")
    s.add_argument("--set", dest="assign", action="append", default=[], metavar="KEY=VALUE", help="repeatable")
    s.add_argument("--unset", action="append", default=[], metavar="KEY", help="stop managing KEY (repeatable)")

    t = sub.add_parser("tax", parents=[common], help="the chain's tax rates, each from a date on")
    tsub = t.add_subparsers(dest="tax_command", required=True, parser_class=type(t))
    ts = tsub.add_parser(
        "set",
        parents=[common],
        help="a tax code's rate from a date on (never retroactive: sales keep their rate)",
        description="The stations switch at the start of DATE in their store's time zone, offline too.",
    )
    ts.add_argument("code")
    ts.add_argument("rate", help="percent, e.g. 20 or 5.5")
    ts.add_argument("--valid-from", required=True, metavar="DATE", help="YYYY-MM-DD: today or later")
    ts.add_argument("--label", help="the receipt's name of the rate (default: VAT RATE %%)")
    tsub.add_parser("list", parents=[common], help="every tax rate and the date it starts")


def run(engine, args) -> int:
    if args.command == "store-settings":
        return _store_settings(engine, args)
    if args.tax_command == "set":
        valid_from = parse_date(args.valid_from)
        with db.write_tx(engine, feed=True) as conn:
            rate = tax.set_rate(conn, args.code, args.rate, valid_from, args.label, datetime.now(UTC))
        print(f"tax {rate.code}: {rate.rate} % ({rate.label}) from {rate.valid_from.isoformat()}")
        return 0
    with db.read_conn(engine) as conn:
        for rate in tax.listed(conn):
            print(f"{rate.code}\t{rate.rate}\t{rate.valid_from.isoformat()}\t{rate.label}")
    return 0


def _store_settings(engine, args) -> int:
    if args.assign or args.unset:
        given = service.parse_assignments(args.assign)
        with db.write_tx(engine, feed=True) as conn:
            values = service.change(conn, args.store, given, args.unset, utcnow_text())
    else:
        with db.read_conn(engine) as conn:
            values = service.show(conn, args.store)
    if not values:
        print(f"store {args.store}: the hub manages no setting; each station keeps its own")
    for key, value in values.items():
        print(f"{key} = {value!r}")
    return 0
