"""The rules of every store setting, one place for the station and the hub (issue 15).

A station checks a value before `storedesk config set` stores it (services/settings.py); the hub
checks the same value with the same function before `storedesk-hub store-settings STORE --set`
sends it to every station of the store (hub/settings/), and a station checks a hub's value again
when the feed brings it (services/store_settings_feed.py). Each validator returns the value to
store or raises DomainError with a sentence saying what is allowed.

Store-wide keys (STORE_KEYS: the receipt's header and footer, cash rounding, limits, returns,
pickup, the language and locale, and the role limits `limit.<role>.<key>` of
domain/permissions.py) may be managed by the hub; the keys of one till's hardware and habits
(STATION_ONLY: its printers, idle lock, sync interval) stay the station's own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from ..i18n.formats import valid_locale
from ..i18n.languages import LANGUAGES
from .errors import DomainError
from .fiscal.countries import COUNTRIES
from .permissions import FIXED_ROLE, LIMIT_KEYS, ROLES, SETTING_PREFIX, limit_text, parse_limit

_PRINTER = re.compile(r"^(file:.+|network:[A-Za-z0-9.\-]+(:\d{1,5})?)$")


def _printer(v: str) -> str:
    if v and not _PRINTER.match(v):
        raise DomainError("printer must be empty, file:/dev/usb/lp0 or network:HOST[:PORT]")
    return v


def _seconds(v: str) -> str:
    if not v.isdigit():
        raise DomainError("idle_lock_seconds must be a whole number of seconds (0 = never)")
    return str(int(v))


def _interval(v: str) -> str:
    if not v.isdigit() or not 1 <= int(v) <= 3600:
        raise DomainError("sync_interval_seconds must be 1 to 3600")
    return str(int(v))


def _flag(v: str) -> str:
    if v not in ("0", "1"):
        raise DomainError("prices_include_tax must be 1 (prices include VAT) or 0 (VAT added)")
    return v


def _queue(v: str) -> str:
    """report_printer: a printer's name as the computer lists it (the shift screen's Print
    remembers the one chosen). CUPS names (Office_A4) and Windows ones ("EPSON TM-T20III
    Receipt", "\\\\server\\Office") both pass; no shell metacharacter, no leading "-"."""
    if v and (not re.fullmatch(r"[\w .@()+:/\\#&'-]{1,127}", v) or v.startswith("-")):
        raise DomainError("report_printer must be empty (the default printer) or a printer's name such as Office_A4")
    return v


def _report_paper(v: str) -> str:
    if v not in ("a4", "80mm"):
        raise DomainError("report_paper must be a4 (an A4 sheet) or 80mm (the receipt roll)")
    return v


def _need_shift(v: str) -> str:
    """sales_need_shift: "1" refuses a sale while no shift is open on the station; "0" (the
    default, so a new or demo store sells at once) lets it through, and such a sale is counted
    in the next shift's Z report."""
    if v not in ("0", "1"):
        raise DomainError("sales_need_shift must be 1 (sales need an open shift) or 0 (they do not)")
    return v


def _step(v: str) -> str:
    try:
        step = Decimal(v)
    except InvalidOperation:
        raise DomainError("cash_step must be an amount such as 0.05") from None
    if step not in (Decimal("0.01"), Decimal("0.05"), Decimal("0.10"), Decimal("0.20"), Decimal("0.50"), Decimal("1")):
        raise DomainError("cash_step must be one of 0.01, 0.05, 0.10, 0.20, 0.50, 1")
    return str(step)


def _tender_margin(v: str) -> str:
    """cash_tender_margin: how much more cash than the amount due a customer may hand over
    before the till asks the clerk to confirm what was typed (100000 typed for 1.29). Empty,
    the default: the currency's largest banknote (EUR 500, USD 100, GBP 50; domain/cash.py)."""
    if not v:
        return v
    margin = _limit("cash_tender_margin")(v)
    if Decimal(margin) <= 0:
        raise DomainError("cash_tender_margin must be an amount above 0, or empty (the currency's largest banknote)")
    return margin


def _line_quantity(name: str):
    """confirm_line_quantity / supervisor_line_quantity: a line above this many pieces (or kg)
    asks the clerk to confirm / a supervisor to approve (domain/limits.py). Empty: the default."""

    def check(v: str) -> str:
        if v and (not (v.isascii() and v.isdigit()) or not 1 <= int(v) <= 9999):
            raise DomainError(f"{name} must be a whole number from 1 to 9999, or empty (the default)")
        return str(int(v)) if v else v

    return check


def _sale_total(name: str):
    """confirm_sale_total / supervisor_sale_total: a sale total above this amount asks the clerk
    to confirm / a supervisor to approve. Empty: the default, twice / ten times the currency's
    largest banknote (EUR 1,000.00 / 5,000.00)."""

    def check(v: str) -> str:
        if not v:
            return v
        amount = _limit(name)(v)
        if Decimal(amount) <= 0:
            raise DomainError(f"{name} must be an amount above 0, or empty (the default)")
        return amount

    return check


def _gift_card_max(v: str) -> str:
    """gift_card_max: the most one sale may load onto a gift card (a sale or a reload, at the
    counter and in the service). Empty: the default, 500.00 (domain/gift_cards.DEFAULT_MAX)."""
    if not v:
        return v
    amount = _limit("gift_card_max")(v)
    if Decimal(amount) <= 0:
        raise DomainError("gift_card_max must be an amount above 0, or empty (the default, 500.00)")
    return amount


def _days(name: str, low: int, high: int):
    def check(v: str) -> str:
        if not v.isdigit() or not low <= int(v) <= high:
            raise DomainError(f"{name} must be a whole number of days, {low} to {high}")
        return str(int(v))

    return check


def _limit(name: str):
    def check(v: str) -> str:
        try:
            amount = Decimal(v)
        except InvalidOperation:
            raise DomainError(f"{name} must be an amount such as 150.00") from None
        if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")) or amount > 10**7:
            raise DomainError(f"{name} must be an amount of 0 or more with at most 2 decimals")
        return str(amount)

    return check


def _category_days(v: str) -> str:
    """JSON: {"Food": 7, "Gift cards": null} -- days per category, null = not returnable."""
    try:
        data = json.loads(v or "{}")
    except ValueError:
        raise DomainError('return_category_days must be JSON such as {"Food": 7, "Gift cards": null}') from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (d is None or (type(d) is int and 0 <= d <= 3650)) for k, d in data.items()
    ):
        raise DomainError("return_category_days: each category maps to 0..3650 days, or null (not returnable)")
    return json.dumps(data, sort_keys=True)


def _offline_returns(v: str) -> str:
    if v not in ("own", "none"):
        raise DomainError("offline_returns must be own (this station's sales, offline) or none")
    return v


def _language(v: str) -> str:
    """language: the store's, for the customer's papers (receipts, reports) and the screens of
    anyone without a language of their own (ui/translation.ui_language)."""
    code = v.strip().lower()
    if code not in LANGUAGES:
        raise DomainError(f"language must be one of {', '.join(LANGUAGES)} (got {v!r})")
    return code


def _locale(v: str) -> str:
    """locale: how money, numbers and dates are written (babel): fr_FR writes 1 234,50 €."""
    try:
        return valid_locale(v)
    except ValueError as exc:
        raise DomainError(str(exc)) from None  # "unknown locale 'xx' (examples: fr_FR, ...)"


def _fiscal_country(v: str) -> str:
    """fiscal_country: the country whose fiscal rules the store follows (domain/fiscal/countries.py):
    empty for none (the behaviour before issue 19), FR for France."""
    code = v.strip().upper()
    if code not in COUNTRIES:
        known = ", ".join(c for c in COUNTRIES if c)
        raise DomainError(f"fiscal_country must be empty (no country) or one of {known} (got {v!r})")
    return code


def _fiscal_year_start(v: str) -> str:
    """fiscal_year_start: the month (1 January .. 12 December) a fiscal year starts with; the year's
    closing is made when its twelfth month ends (services/fiscal/closings.py). Default 1."""
    if not (v.isascii() and v.isdigit()) or not 1 <= int(v) <= 12:
        raise DomainError(f"fiscal_year_start must be the number of a month, 1 (January) to 12 (December) (got {v!r})")
    return str(int(v))


def _theme(v: str) -> str:
    """theme: standard, or high_contrast (black on white and yellow, ui/theme.py) for tired eyes."""
    if v not in ("standard", "high_contrast"):
        raise DomainError("theme must be standard or high_contrast")
    return v


def _text_size(v: str) -> str:
    """text_size: the screens' type in per cent of the standard size (ui/style.py)."""
    if v.rstrip("%").strip() not in ("100", "125", "150"):
        raise DomainError("text_size must be 100, 125 or 150 (per cent of the standard size)")
    return v.rstrip("%").strip()


def _text(limit: int):
    def check(v: str) -> str:
        if len(v) > limit:
            raise DomainError(f"at most {limit} characters")
        return v

    return check


EDITABLE: dict[str, Callable[[str], str]] = {
    "store_name": _text(60),
    "store_address": _text(200),
    "store_tax_id": _text(40),
    "receipt_footer": _text(120),
    "printer": _printer,
    "idle_lock_seconds": _seconds,
    "prices_include_tax": _flag,
    "cash_step": _step,
    "cash_tender_margin": _tender_margin,  # more cash than due + this asks to confirm (ui/payment_dialog.py)
    # a line quantity or a sale total above the first limit asks to confirm, above the second a
    # supervisor's PIN (domain/limits.py, checked by services/basket.py)
    "confirm_line_quantity": _line_quantity("confirm_line_quantity"),
    "supervisor_line_quantity": _line_quantity("supervisor_line_quantity"),
    "confirm_sale_total": _sale_total("confirm_sale_total"),
    "supervisor_sale_total": _sale_total("supervisor_sale_total"),
    "gift_card_max": _gift_card_max,  # the most a sale loads onto a gift card (domain/gift_cards.py)
    "sync_interval_seconds": _interval,
    "sales_need_shift": _need_shift,  # read by every sale: takes effect at once
    "report_printer": _queue,  # the printer reports (X, Z) go to: the shift screen's Print remembers it
    "report_paper": _report_paper,  # and the paper they are printed on there
    # returns (services/returns/lookup.py policy)
    "return_window_days": _days("return_window_days", 0, 3650),
    "return_category_days": _category_days,
    "refund_limit": _limit("refund_limit"),
    "cash_refund_limit": _limit("cash_refund_limit"),
    "no_receipt_days": _days("no_receipt_days", 1, 3650),
    "offline_returns": _offline_returns,
    # pickup desk (services/pickup/shelf.py): days a ready order waits on the shelf before it expires
    "pickup_hold_days": _days("pickup_hold_days", 1, 60),
    # one till's look, for the eyes of who works at it (ui/theme.py, ui/style.py): read at start
    "theme": _theme,
    "text_size": _text_size,
    # the customer's language and the way amounts and dates are written (issue 16)
    "language": _language,
    "locale": _locale,
    # the country whose fiscal rules the store follows: what is signed, closed, archived (issue 19)
    "fiscal_country": _fiscal_country,
    "fiscal_year_start": _fiscal_year_start,  # the fiscal year's first month (1..12), for its closing
}


# The settings of one till (its printers, its idle lock, how often it syncs): never the hub's.
STATION_ONLY = frozenset(
    {"printer", "report_printer", "report_paper", "idle_lock_seconds", "sync_interval_seconds", "theme", "text_size"}
)
LIMIT_ROLES = tuple(role for role in ROLES if role != FIXED_ROLE)  # a manager's limits are fixed
ROLE_LIMIT_KEYS = tuple(f"{SETTING_PREFIX}{role}.{key}" for role in LIMIT_ROLES for key in LIMIT_KEYS)
STORE_KEYS = tuple(sorted(k for k in EDITABLE if k not in STATION_ONLY)) + ROLE_LIMIT_KEYS


def check_setting(key: str, value: str) -> str:
    """A value a station may store for `key` (`storedesk config set`), checked."""
    if key not in EDITABLE:
        raise DomainError(f"'{key}' cannot be changed here; editable: {', '.join(sorted(EDITABLE))}")
    return EDITABLE[key](value.strip())


def check_store_setting(key: str, value: str, currency: str = "EUR") -> str:
    """A value the hub may set for every station of a store, checked with the station's rules
    (a role's refund_limit as an amount in the store's `currency`)."""
    if key in ROLE_LIMIT_KEYS:
        limit = key.removeprefix(SETTING_PREFIX).split(".", 1)[1]
        return limit_text(parse_limit(limit, value, currency))
    if key not in STORE_KEYS:
        why = "it belongs to each station" if key in STATION_ONLY else "it is not a setting"
        raise DomainError(f"'{key}' cannot be set for a store ({why}); store settings: {', '.join(STORE_KEYS)}")
    return check_setting(key, value)
