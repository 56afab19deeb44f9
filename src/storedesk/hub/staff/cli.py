"""`storedesk-hub staff add|list|disable|enable|role|pin-reset --store S ...`: its parser and its
run, for hub/cli.py.

`add` and `pin-reset` set a one-time PIN: made at random and printed once on standard output (the
line before it, on standard error, says so), or read from standard input with --pin-stdin (one
line; then nothing is printed). Only its hash is kept and sent to the stations, and the person
chooses their own PIN at first sign-in. A PIN is never an argument (`ps`, shell histories).
Every change reaches the store's stations at their next sync. Exit 0 done, 1 refused (the message
says why), 2 the command line was wrong.
"""

from __future__ import annotations

import json
import sys

from ...domain.permissions import ALL_ROLES
from .. import db
from ..times import utcnow_text
from . import service


def add_parser(sub, common) -> None:
    s = sub.add_parser(
        "staff",
        parents=[common],
        help="a store's staff, sent to its stations: add, list, disable, enable, role, pin-reset",
        description="Staff the hub manages for a store: each change reaches every station of the store at its "
        "next sync, where the hub's user wins over a station's own user of the same username.",
    )
    cmds = s.add_subparsers(dest="staff_command", required=True, parser_class=type(s))

    def command(name: str, help: str, username: bool = True):
        p = cmds.add_parser(name, parents=[common], help=help)
        p.add_argument("--store", required=True, help="the store's code")
        if username:
            p.add_argument("username", metavar="USERNAME")
        return p

    def one_time(p) -> None:
        p.add_argument(
            "--pin-stdin",
            action="store_true",
            help="read the one-time PIN from standard input (one line) instead of making one and printing it",
        )

    p = command("add", "add a staff member with a one-time PIN (printed once)")
    p.add_argument("--name", required=True, help="the name shown on screens and receipts")
    p.add_argument("--role", required=True, choices=ALL_ROLES)
    one_time(p)
    p = command("list", "list the store's staff", username=False)
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    command("disable", "stop a member from signing in at the store's tills (their open sale is parked)")
    command("enable", "let a disabled member sign in again")
    p = command("role", "change a member's role")
    p.add_argument("role", metavar="ROLE", choices=ALL_ROLES, help="clerk, supervisor, manager or auditor")
    one_time(command("pin-reset", "give a member a new one-time PIN (printed once)"))


def _one_time_pin(args) -> tuple[str, bool]:
    """(the PIN, whether to print it): read from standard input, or made here."""
    if not args.pin_stdin:
        return service.one_time_pin(), True
    line = sys.stdin.readline()
    if not line.strip():
        raise service.StaffRefused("--pin-stdin: standard input holds no PIN")
    return line.strip(), False


def _show_pin(member: service.Member, pin: str, shown: bool) -> None:
    if shown:
        print(
            f"one-time PIN for {member.username} at store {member.store} (shown once; only its hash is kept, "
            "and they choose their own PIN at first sign-in):",
            file=sys.stderr,
        )
        print(pin)


def _status(member: service.Member) -> str:
    if not member.active:
        return "disabled"
    return "active, one-time PIN" if member.pin_change_required else "active"


def _list(engine, args) -> int:
    with db.read_conn(engine) as conn:
        members = service.members(conn, args.store)
    if args.format == "json":
        fields = ("username", "name", "role", "active", "pin_change_required", "updated_at")
        print(json.dumps([{k: getattr(m, k) for k in fields} for m in members], indent=2))
        return 0
    print(f"{'USERNAME':<24} {'NAME':<30} {'ROLE':<11} STATUS")
    for m in members:
        print(f"{m.username:<24} {m.name:<30} {m.role:<11} {_status(m)}")
    return 0


def run(engine, args) -> int:
    if args.staff_command == "list":
        return _list(engine, args)
    store, name, now = args.store, args.username, utcnow_text()
    pin, shown = _one_time_pin(args) if args.staff_command in ("add", "pin-reset") else ("", False)
    pin_hash = service.pin_hash_of(pin) if pin else ""  # scrypt, before the write transaction
    with db.write_tx(engine, feed=True) as conn:
        if args.staff_command == "add":
            member = service.add(conn, store, name, args.name, args.role, pin_hash, now)
            done = f"added {member.username} ({member.name}), {member.role}, at store {store}"
        elif args.staff_command == "pin-reset":
            member = service.reset_pin(conn, store, name, pin_hash, now)
            done = f"new one-time PIN set for {member.username} ({member.name}) at store {store}"
        elif args.staff_command == "role":
            member = service.set_role(conn, store, name, args.role, now)
            done = f"{member.username} ({member.name}) is now a {member.role} at store {store}"
        else:
            member = service.set_active(conn, store, name, args.staff_command == "enable", now)
            done = f"{args.staff_command}d {member.username} ({member.name}) at store {store}"
    print(f"{done}; the store's stations apply it at their next sync")
    _show_pin(member, pin, shown)
    return 0
