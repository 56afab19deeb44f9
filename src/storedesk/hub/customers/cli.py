"""`storedesk-hub customer export ID|--card CARD` (all the hub holds on a customer, as JSON) and
`storedesk-hub customer erase ID` (their personal data removed; the fiscal documents and the
points ledger kept without it): their parser and run, for hub/cli.py. Exit 0 done, 1 unknown."""

from __future__ import annotations

import json
import sys

from sqlalchemy import select

from .. import db
from ..errors import HubError
from . import service
from .models import customers

EXIT_UNKNOWN = 1
PROG = "storedesk-hub"


def add_parser(sub, common) -> None:
    s = sub.add_parser("customer", parents=[common], help="a customer's data: export it, or erase it on request")
    cmd = s.add_subparsers(dest="customer_command", required=True, parser_class=type(s))
    e = cmd.add_parser(
        "export",
        parents=[common],
        help="print as JSON all the hub holds on a customer: profile, consent, points ledger, sales",
    )
    e.add_argument("id", nargs="?", default="", help="the customer's id")
    e.add_argument("--card", default="", help="find the customer by loyalty card number instead")
    r = cmd.add_parser(
        "erase",
        parents=[common],
        help="remove a customer's personal data (name, phone, email, card); sales and points ledger kept without it",
    )
    r.add_argument("id", help="the customer's id")


def _customer_id(engine, args) -> str | None:
    if not args.card:
        return args.id or None
    with db.read_conn(engine) as conn:
        row = conn.execute(select(customers.c.id).where(customers.c.card == args.card.strip().upper())).first()
    return row.id if row else None


def run(engine, args) -> int:
    if args.customer_command == "erase":
        try:
            done = service.erase(engine, args.id)
        except HubError as exc:
            print(f"{PROG}: {exc.detail}", file=sys.stderr)
            return EXIT_UNKNOWN
        print(f"customer {done['id']} erased at {done['erased_at']}: {done['sales_anonymised']} sale(s) anonymised")
        return 0
    if bool(args.id) == bool(args.card):
        print(f"{PROG}: give the customer's id or --card CARD (one of them)", file=sys.stderr)
        return EXIT_UNKNOWN
    customer_id = _customer_id(engine, args)
    found = None
    if customer_id:
        with db.read_conn(engine) as conn:
            found = service.export(conn, customer_id)
    if found is None:
        print(f"{PROG}: no customer {args.card or args.id}", file=sys.stderr)
        return EXIT_UNKNOWN
    print(json.dumps(found, indent=2, ensure_ascii=False, default=str))
    return 0
