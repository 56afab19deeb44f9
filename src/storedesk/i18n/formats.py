"""Numbers, percentages, dates and times in the store's locale (babel), and numbers typed in it.

A station serves one store, so its locale is set once when it opens (`use_store_locale`) and
every screen and paper formats through here: `fmt_number(Decimal("1234.5"))` is "1 234,5" in
fr_FR and "1,234.5" in en_IE. Exports for machines never come here: they keep decimal points and
ISO dates. Until a store's locale is set, formats are en_IE's (the default of a new store).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import format_decimal, format_percent, get_decimal_symbol, get_group_symbol

DEFAULT_LOCALE = "en_IE"
_store_locale = DEFAULT_LOCALE


def valid_locale(code: str) -> str:
    """ "fr_FR" / "fr-FR" -> "fr_FR"; raises ValueError naming a locale babel does not know."""
    try:
        return str(Locale.parse(code.strip().replace("-", "_")))
    except (ValueError, UnknownLocaleError) as exc:
        raise ValueError(f"unknown locale {code!r} (examples: fr_FR, de_DE, en_IE)") from exc


def use_store_locale(code: str | None) -> None:
    """The store's locale for every format in this process (the station opens with it)."""
    global _store_locale
    _store_locale = valid_locale(code) if code else DEFAULT_LOCALE


def store_locale() -> str:
    return _store_locale


_store_language = "en"


def use_store_language(code: str | None) -> None:
    """The store's language: the customer's papers (receipts, reports, pick lists) are in it."""
    from .languages import known_language

    global _store_language
    _store_language = known_language(code) or "en"


def store_language() -> str:
    return _store_language


_screen_language = "en"


def use_screen_language(code: str | None) -> None:
    """The language the screens speak now (ui/translation.install_language sets it), so that code
    without Qt can ask others for words in it: the hub's refusals come back in it."""
    from .languages import known_language

    global _screen_language
    _screen_language = known_language(code) or "en"


def screen_language() -> str:
    return _screen_language


def fmt_number(value: int | Decimal, locale: str | None = None) -> str:
    """1234 -> "1 234" (fr_FR), Decimal("2.50") -> "2,5": a count or a quantity, trailing zeros
    dropped, no digit rounded away (money goes through domain/money_format)."""
    if isinstance(value, float) or isinstance(value, bool):
        raise TypeError(f"a number must be an int or a Decimal, got {type(value).__name__}")
    if isinstance(value, Decimal):
        # keep every digit given (never round a weight), drop trailing zeros, stay positional
        value = value.normalize() if value != value.to_integral_value() else value.to_integral_value()
        return format_decimal(value, locale=locale or _store_locale, decimal_quantization=False)
    return format_decimal(value, locale=locale or _store_locale)


def fmt_percent(percent: Decimal | int, locale: str | None = None) -> str:
    """A rate given in percent: 20 -> "20 %" (fr_FR), "20%" (en_IE); 5.5 -> "5,5 %"."""
    value = Decimal(percent) / 100
    return format_percent(value, locale=locale or _store_locale, decimal_quantization=False)


def fmt_date(value: date, locale: str | None = None) -> str:
    """06/12/2026 (fr_FR), 06/12/2026 (en_IE), 06.12.26 (de_DE): the locale's short date."""
    return format_date(value, "short", locale=locale or _store_locale)


def fmt_month(year: int, month: int, locale: str | None = None) -> str:
    """A month by its name and year: "décembre 2026" (fr_FR), "Dezember 2026" (de_DE), "December
    2026" (en_IE): a monthly closing's period on a screen or a paper."""
    return format_date(date(year, month, 1), "LLLL y", locale=locale or _store_locale)


def fmt_time(value: time | datetime, locale: str | None = None) -> str:
    return format_time(value, "short", locale=locale or _store_locale)


def fmt_datetime(value: datetime, locale: str | None = None) -> str:
    """06/12/2026 20:07 (fr_FR): the locale's short date and time, in the value's own time zone."""
    return f"{fmt_date(value, locale)} {fmt_time(value, locale)}"


def parse_decimal(text: str, locale: str | None = None) -> Decimal:
    """What a clerk typed, as a Decimal: the locale's decimal separator ("2,5" in French) or a
    point; the locale's grouping and spaces are ignored ("1 234,50"). Raises ValueError on anything
    else ("2,5,1", "abc", "1e5", "NaN")."""
    loc = locale or _store_locale
    raw = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    decimal_sep = get_decimal_symbol(loc)
    group_sep = get_group_symbol(loc)
    if decimal_sep != "." and "." in raw and decimal_sep not in raw and raw.count(".") == 1:
        normal = raw  # "2.5" typed at a French till: a point is a decimal point too
    else:
        whole, _, fraction = raw.partition(decimal_sep)
        if group_sep not in (" ", "\u00a0", "\u202f") and group_sep in whole:
            groups = whole.lstrip("+-").split(group_sep)
            if not groups[0] or any(len(g) != 3 for g in groups[1:]):
                raise ValueError(f"not a number: {text!r}")  # "2,5" at an Irish till is not 25
            whole = whole.replace(group_sep, "")
        normal = f"{whole}.{fraction}" if decimal_sep in raw else whole
    if not normal or normal.count(".") > 1 or not all(c.isdigit() or c in ".-+" for c in normal):
        raise ValueError(f"not a number: {text!r}")
    try:
        value = Decimal(normal)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return value
