"""`storedesk init` (a store in an empty data folder) and `storedesk register` (the link to the hub)."""

from __future__ import annotations

import argparse
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..adapters import fiscal_keys
from ..domain import staff as staff_rules
from ..domain.errors import DomainError, StorageError
from ..domain.staff import StaffError
from ..domain.store_settings import check_setting
from ..i18n import LANGUAGES
from ..i18n.formats import DEFAULT_LOCALE
from ..services import hub_link, setup, status
from ..services.context import DEFAULT_LANGUAGE, config
from .common import UsageError, add_command, station

# --- argument types: a bad value is refused by argparse with exit 2 --------------------------


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


def _setting(key: str):
    """--language / --locale: checked by the rule of `storedesk config set` (domain/store_settings.py)."""

    def check(text: str) -> str:
        try:
            return check_setting(key, text)
        except DomainError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    return check


def _username(text: str) -> str:
    """The first manager's username, by the same rule as `storedesk user add` (domain/staff.py)."""
    try:
        return staff_rules.check_username(text)
    except StaffError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _pin(text: str) -> str:
    """The first manager's PIN, by the same rules as every new PIN (4 to 8 digits, not guessable)."""
    try:
        return staff_rules.check_new_pin(text, text)
    except StaffError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


# --- commands --------------------------------------------------------------------------------


def _store_settings(args) -> dict[str, str]:
    return {
        "store_code": args.store,
        "store_name": args.name or args.store,
        "currency": args.currency,
        "timezone": args.timezone,
        "station_code": args.station,
        "prices_include_tax": "1",
        "cash_step": "0.01",
        "language": args.language or DEFAULT_LANGUAGE,
        "locale": args.locale or DEFAULT_LOCALE,
    }


def _check_init_args(args) -> None:
    demo = getattr(args, "demo", False)
    store_opts = ("name", "manager_user", "manager_pin", "language", "locale")
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
    """Create the store, station and first manager in an empty data folder, or the demo store.
    Refuses (exit 1, nothing changed) if the folder already has a store."""
    _check_init_args(args)
    link = _hub_link_of(args) if args.hub else None
    with station(args.folder, create=True, need_store=False) as (_engine, uow):
        if setup.is_initialised(uow):
            raise StorageError(f"{args.folder} already has a store ({config(uow).store_code}); nothing was changed")
        if getattr(args, "demo", False):
            # the demo promotions, as `storedesk --demo` has them; a station registered at a hub
            # takes its promotions from the hub (a file could then never be replaced at the till)
            setup.init_demo(uow, store=args.store, station=args.station, promotions=link is None)
            st = status.station_status(uow)
            users = ", ".join(f"{u} ({role}, PIN {pin})" for u, _name, role, pin in setup.DEMO_USERS)
            print(f"Created the demo store {st.store}, station {st.station}, in {args.folder}")
            print(f"{st.products} products with opening stock; users: {users}")
        else:
            manager = (args.manager_user, args.manager_name or args.manager_user.title(), "manager", args.manager_pin)
            setup.init_store(uow, _store_settings(args), [manager])
            print(f"Created store {args.store} ({args.name or args.store}), station {args.station}, in {args.folder}")
            print(f"Currency {args.currency}, time zone {args.timezone}; manager user {args.manager_user}")
            print(f"Language {args.language or DEFAULT_LANGUAGE}, locale {args.locale or DEFAULT_LOCALE}")
        key = fiscal_keys.ensure_key(args.folder)  # issue 19: the station's signing key, 0600
        print(f"Signing key {key.fingerprint} in {fiscal_keys.key_path(args.folder)}")
        if link is not None:
            hub_link.save(uow, link)
            _print_link(link)
    return 0


def cmd_register(args) -> int:
    """Link a station that already has its store to a hub, or change the link: a new token (after
    `storedesk-hub add-station` replaced a lost one), a hub that moved to https or to another CA.
    Each run states the whole link: a --ca-file or --insecure-http not given again is dropped;
    the current token is kept when no token is given. Refuses (exit 1, nothing changed) a bad
    URL, token or CA file."""
    link = _hub_link_of(args)
    with station(args.folder) as (_engine, uow):
        hub_link.save(uow, link)
    _print_link(link)
    return 0


# --- the parser ------------------------------------------------------------------------------


def add_init(sub, common) -> None:
    p = add_command(sub, common, "init", cmd_init, help="create the store and station in an empty data folder")
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
    p.add_argument(
        "--language",
        type=_setting("language"),
        metavar="LANG",
        help=f"the store's language: its receipts and reports, and the screens of anyone whose "
        f"computer is in none of storedesk's languages ({', '.join(LANGUAGES)}; default: {DEFAULT_LANGUAGE})",
    )
    p.add_argument(
        "--locale",
        type=_setting("locale"),
        metavar="LOCALE",
        help=f"how amounts and dates are written, e.g. fr_FR or de_DE (default: {DEFAULT_LOCALE})",
    )
    p.add_argument("--manager-user", type=_username, metavar="NAME", help="user name of the first manager")
    p.add_argument("--manager-name", metavar="TEXT", help="display name of the first manager (default: the user name)")
    p.add_argument("--manager-pin", type=_pin, metavar="PIN", help="the manager's PIN, 4 to 8 digits")
    _hub_options(p, required=False)


def add_register(sub, common) -> None:
    p = add_command(
        sub, common, "register", cmd_register, help="link this station to its hub, or change the hub URL, token or CA"
    )
    _hub_options(p, required=True)


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
