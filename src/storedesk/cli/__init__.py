"""The `storedesk` command: start the station app, or run one maintenance command.

    storedesk [--data-dir DIR] [--demo] [--language LANG]   open the station app (Qt)
    storedesk init [--demo | --store ... ]       create the store in an empty data folder
    storedesk register --hub URL --token-file F  link the station to its hub, or change the link later
    storedesk status                             what this station holds and has not yet sent
    storedesk journal verify [--key FP]          the journal's hash chain, signatures and numbers (rule 4)
    storedesk export sales --from --to           sales lines for the accountant (CSV or JSON)
    storedesk export stock --format csv|json     on-hand and value per product
    storedesk backup --out FILE                  consistent copy of the live database
    storedesk restore --from FILE [--no-hub]     put a backup back (app closed), then catch up from the hub
    storedesk restore --resume [--no-hub]        finish a restore that could not reach the hub
    storedesk report x|z [--last|--number N] --out FILE.pdf   X report, or a Z reprint (a numbered duplicate)
    storedesk report x|z [--last|--number N] --format json    the same figures as JSON
    storedesk user add|list|disable|enable|pin-reset|role|unlock|language|limits   staff, a manager's PIN each
    storedesk config set language fr | locale fr_FR   the store's language (papers) and formats
    storedesk catalog import FILE [--dry-run] [--report F]  products and prices from CSV/XLSX (no hub)
    storedesk promotions import FILE.json | show     the promotions in force (a store without a hub)
    storedesk basket price FILE.json             what a basket costs with the catalog and promotions, and why
    storedesk fiscal close day|month|year        a French store's closings (made by themselves at start and Z)
    storedesk fiscal archive --period 2026-11 --out F.zip | archive verify F.zip   signed archives
    storedesk fiscal audit-export --from D --to D --out DIR   documents, journal, closings as CSV

Exit codes: 0 done, 1 refused (a clear message on stderr, nothing changed), 2 bad usage.
`storedesk sync`: 0 nothing left waiting, 1 events still wait, 3 hub unreachable (events kept),
4 the hub rejected an event (this round, or one still stored as rejected: see the Sync screen, F6).
`storedesk catalog import`: 0 every row imported, 1 some rows rejected (the rest imported), 2 the file
cannot be read or the station takes its catalog from a hub (nothing imported).
`storedesk restore`: 0 restored and caught up (or gap recorded), 3 restored but the hub could not
be reached: the station refuses to sell until `storedesk restore --resume` succeeds.

The commands live by group, each module with its commands and their parsers: setup.py (init,
register), station.py (status, sync, config), records.py (journal, export, report), backup.py
(backup, restore), users.py (user); common.py has what they share. `python -m storedesk.cli` runs __main__.py.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from contextlib import suppress

from .. import __version__, logs
from ..adapters import db
from ..adapters.uow import storage_message
from ..domain.errors import DomainError, StorageError
from ..i18n import LANGUAGES
from ..paths import ENV_VAR
from ..paths import data_dir as resolve_data_dir
from . import backup, catalog, fiscal, promotions, records, setup, station, users
from .common import PROG, UsageError

__all__ = ["main", "build_parser"]


def cmd_gui(args) -> int:
    from ..ui.app import run_app  # Qt is loaded only when the app is opened

    return int(run_app(args.folder, demo=args.demo, smoke=args.smoke, language=args.language) or 0)


def _screen_language(text: str) -> str:
    code = text.strip().lower()
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language {text!r}: choose {', '.join(LANGUAGES)}")
    return code


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


COMMANDS = (  # in the order `storedesk --help` lists them
    setup.add_init,
    setup.add_register,
    station.add_status,
    records.add_journal,
    records.add_export,
    backup.add_backup,
    backup.add_restore,
    station.add_sync,
    station.add_config,
    records.add_report,
    users.add_user,
    catalog.add_catalog,
    promotions.add_promotions,
    promotions.add_basket,
    fiscal.add_fiscal,
)


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
    parser.add_argument(
        "--language",
        type=_screen_language,
        default=None,
        metavar="LANG",
        help=f"the screens' language ({', '.join(LANGUAGES)}) in place of the system's; a user with a "
        "language of their own still gets theirs; papers stay in the store's",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS:
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


# the commands that change data (and init)
LOGGED_COMMANDS = ("register", "sync", "restore", "config", "user", "catalog", "promotions", "fiscal")


def _start_log(args) -> None:
    """Commands that change data log to <data folder>/logs/ (storedesk/logs.py), in a folder that
    holds a database this version knows: a typo in --data-dir must leave no folder behind, a newer
    database is refused untouched. `init` starts its log once its database is made (common.station)."""
    if args.command not in LOGGED_COMMANDS or (args.command == "config" and args.config_command != "set"):
        return
    if getattr(args, "archive_command", None) == "verify":  # checks a file on any machine: no data folder
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
