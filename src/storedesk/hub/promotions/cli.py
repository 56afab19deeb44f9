"""`storedesk-hub promotions import FILE.json` (what PUT /v1/promotions does, through the same
function) and `storedesk-hub promotions show`: their parser and run, for hub/cli.py. Exit 0 done
(the version printed), 1 refused (the promotion and the reason; nothing changed) or nothing to show,
2 the file cannot be read."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .. import db
from ..errors import HubError
from . import service

EXIT_REFUSED, EXIT_UNREADABLE = 1, 2
PROG = "storedesk-hub"


def add_parser(sub, common) -> None:
    s = sub.add_parser("promotions", parents=[common], help="the chain's promotions, sent to every station")
    cmd = s.add_subparsers(dest="promotions_command", required=True, parser_class=type(s))
    i = cmd.add_parser(
        "import",
        parents=[common],
        help="put a promotions file (JSON) in force, whole, as PUT /v1/promotions does",
        description='The file: {"promotions": [{"id": "FOOD-10", "kind": "percent_off", "categories": ["Dairy"], '
        '"percent": "10"}, ...]}. Checked as each store will read it; refused whole, naming the promotion '
        "and the reason. The same file again changes nothing.",
    )
    i.add_argument("file", type=Path)
    cmd.add_parser("show", parents=[common], help="the document in force, its version, when and by whom")


def run(engine, args) -> int:
    if args.promotions_command == "show":
        with db.read_conn(engine) as conn:
            found = service.in_force(conn)
        if found is None:
            print(f"{PROG}: no promotions have been put in force yet", file=sys.stderr)
            return EXIT_REFUSED
        print(json.dumps(found.answer(), indent=2, ensure_ascii=False))
        return 0
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"{PROG}: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        done = service.put(engine, data, "cli")
    except HubError as exc:
        print(f"{PROG}: {args.file.name} refused: {exc.detail}", file=sys.stderr)
        return EXIT_REFUSED
    what = "in force" if done.changed else "already in force, unchanged"
    print(f"promotions {done.version}: {done.promotions} promotion(s) {what}")
    return 0
