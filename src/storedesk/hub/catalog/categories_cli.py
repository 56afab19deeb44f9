"""`storedesk-hub category add NAME` / `category list [--format json]` / `category rename OLD NEW`:
their parsers and runs, for hub/cli.py. Exit 0 done (or shown), 1 refused with the reason (nothing
changed), 2 the command line was wrong."""

from __future__ import annotations

import json
import sys

from .. import db
from ..times import utcnow_text
from . import categories


def add_parser(sub, common) -> None:
    s = sub.add_parser(
        "category",
        parents=[common],
        help="the chain's category list (empty: a product's category is free text)",
        description="Once the list has a name, catalog imports and PUT /v1/products accept only a listed "
        "category (or none).",
    )
    cat = s.add_subparsers(dest="category_command", required=True, parser_class=type(s))
    a = cat.add_parser("add", parents=[common], help="list a category (unique, ignoring case)")
    a.add_argument("name")
    ls = cat.add_parser("list", parents=[common], help="the listed categories")
    ls.add_argument("--format", choices=["text", "json"], default="text")
    r = cat.add_parser(
        "rename",
        parents=[common],
        help="rename a category on the list and on every product carrying it (sent to every station)",
        description="Stores whose return_category_days setting names OLD are listed: update it with "
        "`storedesk-hub store-settings`.",
    )
    r.add_argument("old")
    r.add_argument("new")


def run(engine, args) -> int:
    if args.category_command == "add":
        with db.write_tx(engine) as conn:
            name = categories.add(conn, args.name, utcnow_text())
        print(f"category {name!r} added")
        return 0
    if args.category_command == "rename":
        return _rename(engine, args.old, args.new)
    with db.read_conn(engine) as conn:
        names = categories.listed(conn)
    if args.format == "json":
        print(json.dumps({"categories": names}, ensure_ascii=False))
    elif not names:
        print("no category is listed: a product's category is free text", file=sys.stderr)
    for name in names if args.format == "text" else ():
        print(name)
    return 0


def _rename(engine, old: str, new: str) -> int:
    with db.write_tx(engine, feed=True) as conn:
        changed = categories.rename(conn, old, new, utcnow_text())
        stores = categories.mentioned_by_stores(conn, old)
    print(f"category {old!r} renamed {new!r}: {changed} products changed and sent to the stations")
    if stores:
        print(
            f"storedesk-hub: warning: the return_category_days setting of {', '.join(stores)} still names "
            f"{old!r}: update it with storedesk-hub store-settings STORE --set return_category_days=...",
            file=sys.stderr,
        )
    return 0
