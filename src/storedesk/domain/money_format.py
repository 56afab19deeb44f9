"""Money and quantity formatting, for printed documents and the screens alike.

Amounts stay `Decimal` all the way to the string (rule 1: never a float);
babel supplies the locale's symbol, separators and the currency's number of digits; the locale is
the store's (`i18n.formats.use_store_locale`, set when the station opens) unless one is given.
Plain functions of their arguments (no Qt, no database, no printer): the printing adapters
and the UI both format through here, so a receipt and the screen always agree.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency

from ..i18n.formats import fmt_number, fmt_percent, store_locale

__all__ = ["fmt_money", "fmt_amount", "fmt_qty", "fmt_rate"]


def _check(amount: Decimal) -> Decimal:
    if isinstance(amount, float) or not isinstance(amount, (Decimal, int)) or isinstance(amount, bool):
        raise TypeError(f"money must be a Decimal, got {type(amount).__name__}")
    return Decimal(amount)


# babel is ~50 µs a call and a receipt formats the same few amounts many times; equal
# Decimals (1.0 == 1.00) give the same text here since the currency fixes the digits.
@lru_cache(maxsize=4096)
def _format(value: Decimal, currency: str, locale: str, symbol: bool) -> str:
    if value == 0:
        value = abs(value)  # never print "-€0.00"
    if symbol:
        return format_currency(value, currency, locale=locale, currency_digits=True)
    return format_currency(value, currency, format="#,##0.00", locale=locale, currency_digits=True)


def fmt_money(amount: Decimal, currency: str, locale: str | None = None) -> str:
    """`Decimal("1234.5"), "EUR"` -> "€1,234.50" (en_IE), "1 234,50 €" (fr_FR); negative -> "-€1.00"."""
    return _format(_check(amount), currency, locale or store_locale(), True)


def fmt_amount(amount: Decimal, currency: str, locale: str | None = None) -> str:
    """Like `fmt_money` without the currency symbol ("1,234.50"), for narrow table columns."""
    return _format(_check(amount), currency, locale or store_locale(), False)


def fmt_qty(q: Decimal, locale: str | None = None) -> str:
    """Quantity without trailing zeros in the store's locale: 3 -> "3", 0.250 -> "0.25" ("0,25")."""
    return fmt_number(_check(q), locale)


def fmt_rate(rate: Decimal, locale: str | None = None) -> str:
    """Tax rate in percent: 20 -> "20%" ("20 %" in French), 5.50 -> "5.5%"."""
    return fmt_percent(_check(rate), locale)
