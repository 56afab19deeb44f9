"""`storedesk user ...`: a manager looks after the station's staff from a terminal (services/staff.py).

Every command is authorised by a manager: `--manager USERNAME` (else asked on the terminal),
whose PIN is asked without echo. With `--pin-stdin` the PINs are read from standard input
instead, one per line: the manager's first, then the new PIN twice where one is set (scripts,
tests). A PIN is never an argument: a command line is seen by `ps` and kept in shell histories.
"""

from __future__ import annotations

import getpass
import json
import sys
from functools import partial

from ..domain.permissions import ALL_ROLES, LIMIT_KEYS
from ..domain.staff import NO_LANGUAGE, check_role
from ..i18n import LANGUAGES
from ..services import staff
from ..services.context import User, utcnow
from .common import UsageError, add_command, add_group, station

_LANGS = ", ".join(LANGUAGES)


class Pins:
    """Where the manager's name and every PIN come from: the terminal, or standard input."""

    def __init__(self, args):
        self.from_stdin = args.pin_stdin
        self.manager = args.manager

    def manager_name(self) -> str:
        if self.manager:
            return self.manager
        if self.from_stdin:
            raise UsageError("with --pin-stdin, name the manager with --manager USERNAME")
        return input("Manager: ").strip()

    def read(self, prompt: str) -> str:
        if not self.from_stdin:
            return getpass.getpass(prompt)
        line = sys.stdin.readline()
        if not line:
            raise UsageError(f"standard input ended before the {prompt.rstrip(': ').lower()}")
        return line.rstrip("\r\n")

    def new_pin(self) -> tuple[str, str]:
        return self.read("New PIN: "), self.read("New PIN again: ")


def _manager(uow, pins: Pins) -> User:
    name = pins.manager_name()
    return staff.sign_in_manager(uow, name, pins.read(f"PIN of {name}: "))


def _change(args, change, *values, new_pin: bool = False) -> staff.StaffChange:
    """Open the station, sign the manager in, and make one change (with a new PIN typed twice)."""
    with station(args.folder) as (_database, uow):
        pins = Pins(args)
        manager = _manager(uow, pins)
        return change(uow, manager, *values, *(pins.new_pin() if new_pin else ()))


def _changed(args, change, said: str, *values, new_pin: bool = False) -> staff.StaffChange:
    """Make one change to the user named on the command line (`_change`) and say what was done:
    `said` names them as `{who}` (username and name) and their role as `{role}`."""
    done = _change(args, change, args.username, *values, new_pin=new_pin)
    print(said.format(who=f"{done.member.username} ({done.member.name})", role=done.member.role))
    return done


def _as_dict(member, now: str) -> dict:
    return {
        "username": member.username,
        "name": member.name,
        "role": member.role,
        "managed_by": member.origin,
        "status": staff.member_status(member, now),
        "failed_attempts": member.failed_attempts,
        "language": member.language,
    }


def cmd_list(args) -> int:
    """List the station's users: username, name, role, who manages them (station, or hub: changed
    with `storedesk-hub staff`), status (active, locked, disabled) and their own screen language
    (- when they have none: the system's, else the store's)."""
    with station(args.folder) as (_database, uow):
        members = staff.list_staff(uow, _manager(uow, Pins(args)))
    now = utcnow()
    if args.format == "json":
        print(json.dumps([_as_dict(m, now) for m in members], indent=2))
        return 0
    print(f"{'USERNAME':<24} {'NAME':<30} {'ROLE':<11} {'MANAGED BY':<11} {'STATUS':<9} LANGUAGE")
    for m in members:
        status = staff.member_status(m, now)
        print(f"{m.username:<24} {m.name:<30} {m.role:<11} {m.origin:<11} {status:<9} {m.language or '-'}")
    return 0


def cmd_add(args) -> int:
    """Add a user with a role; their PIN is typed twice (4 to 8 digits, not easy to guess).
    --language gives them screens in their own language (else the system's, else the store's)."""
    add = partial(staff.add_user, language=args.language)
    _changed(args, add, "Added {who}, {role}.", args.name, args.role, new_pin=True)
    return 0


def cmd_language(args) -> int:
    """Set the language of a user's screens (en, fr, de, es, it), or none: then the system's,
    else the store's. The customer's papers stay in the store's language."""
    done = _change(args, staff.set_language, args.username, args.language)
    chosen = done.member.language or "none (the system's, else the store's)"
    print(f"{done.member.username} ({done.member.name}): screens in {chosen}, from their next sign-in.")
    return 0


def cmd_disable(args) -> int:
    """Disable a user: they can no longer sign in, and their open sale is parked under their name.
    Refused for yourself and for the store's last active manager."""
    done = _changed(args, staff.disable_user, "Disabled {who}.")
    if done.parked_label:
        print(f"Their open sale was parked as {done.parked_label!r}: F9 at the till recalls it.")
    return 0


def cmd_enable(args) -> int:
    """Let a disabled user sign in again, with the PIN they had."""
    _changed(args, staff.enable_user, "Enabled {who}.")
    return 0


def cmd_pin_reset(args) -> int:
    """Give a user a new PIN, typed twice; it also unlocks them. With --at-sign-in it is a
    one-time PIN: they choose their own, typed twice, when they next sign in at the till."""
    reset = partial(staff.reset_pin, change_at_sign_in=args.at_sign_in)
    done = _change(args, reset, args.username, new_pin=True)
    print(f"New PIN set for {done.member.username} ({done.member.name}).")
    if args.at_sign_in:
        print("They choose their own PIN when they next sign in at the till.")
    return 0


def cmd_role(args) -> int:
    """Change a user's role (clerk, supervisor, manager, auditor). The last active manager keeps theirs."""
    _changed(args, staff.set_role, "{who} is now a {role}.", args.role)
    return 0


def cmd_unlock(args) -> int:
    """Clear a user's wrong PINs and lockout, so they can sign in at once."""
    _changed(args, staff.unlock_user, "Unlocked {who}.")
    return 0


def cmd_limits(args) -> int:
    """Show what each role may do without a manager's PIN, or change a role's limits with
    --set KEY=VALUE (discount_pct: the largest discount in percent; price_override, no_sale,
    void: yes or no; refund_limit: the largest refund without a manager's approval, an amount in
    the store's currency, or empty for the store's refund_limit setting). A manager's limits are fixed."""
    if args.set and not args.role:
        raise UsageError("name the role whose limits --set changes, for example: storedesk user limits clerk --set ...")
    role = check_role(args.role) if args.role else None
    with station(args.folder) as (_database, uow):
        manager = _manager(uow, Pins(args))
        if role and args.set:
            limits = {role: staff.set_role_limits(uow, manager, role, args.set)}
        else:
            limits = {r: v for r, v in staff.role_limits(uow, manager).items() if role in (None, r)}
    if args.format == "json":
        print(json.dumps({role: v.shown() for role, v in limits.items()}, indent=2))
        return 0
    print(f"{'ROLE':<11} " + " ".join(f"{k:<15}" for k in LIMIT_KEYS).rstrip())
    for role, v in limits.items():
        shown = (t or "store's" for t in v.shown().values())  # empty: the store's setting applies
        print(f"{role:<11} " + " ".join(f"{t:<15}" for t in shown).rstrip())
    if args.set:
        print(f"Changed the {role} limits; they apply at once.")
    return 0


# --- the parser ------------------------------------------------------------------------------


def _authorised(p) -> None:
    p.add_argument("--manager", metavar="USERNAME", help="the manager who authorises it (default: asked)")
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PINs from standard input, one per line: the manager's, then the new PIN twice",
    )


def _user_command(usub, common, name: str, func, help: str, *, username: bool = True, output: bool = False):
    p = add_command(usub, common, name, func, help=help)
    if username:
        p.add_argument("username", metavar="USERNAME")
    if output:
        p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    _authorised(p)
    return p


def add_user(sub, common) -> None:
    usub = add_group(
        sub,
        common,
        "user",
        help="add, disable, re-role users, reset PINs, set role limits (a manager's PIN)",
        description="The station's staff, each change authorised by a manager (--manager USERNAME) and "
        "journaled. PINs are asked on the terminal, or read from standard input with --pin-stdin "
        "(the manager's PIN first, then the new PIN twice); never given as arguments.",
    )
    _user_command(usub, common, "list", cmd_list, "list the users", username=False, output=True)
    p = _user_command(usub, common, "add", cmd_add, "add a user (new PIN typed twice)")
    p.add_argument("--name", required=True, help="the name shown on screens and receipts")
    p.add_argument("--role", required=True, choices=ALL_ROLES)
    p.add_argument("--language", metavar="LANG", help=f"their screens' own language ({_LANGS}; default: none)")
    _user_command(usub, common, "disable", cmd_disable, "stop a user from signing in (their open sale is parked)")
    _user_command(usub, common, "enable", cmd_enable, "let a disabled user sign in again")
    p = _user_command(usub, common, "pin-reset", cmd_pin_reset, "give a user a new PIN (typed twice)")
    p.add_argument(
        "--at-sign-in",
        action="store_true",
        help="a one-time PIN: the user chooses their own when they next sign in at the till",
    )
    p = _user_command(usub, common, "role", cmd_role, "change a user's role")
    p.add_argument("role", metavar="ROLE", help="clerk, supervisor, manager or auditor (view and print only)")
    _user_command(usub, common, "unlock", cmd_unlock, "clear a user's wrong PINs and lockout")
    p = _user_command(usub, common, "language", cmd_language, "set or clear a user's own screen language")
    p.add_argument("language", metavar="LANG", help=f"{_LANGS}, or {NO_LANGUAGE}")
    limits_help = "show or change what a role may do without a manager"
    p = _user_command(usub, common, "limits", cmd_limits, limits_help, username=False, output=True)
    p.add_argument("role", metavar="ROLE", nargs="?", help="clerk, supervisor or manager (default: every role)")
    p.add_argument("--set", metavar="KEY=VALUE", nargs="+", help=f"change the role's limits ({', '.join(LIMIT_KEYS)})")
