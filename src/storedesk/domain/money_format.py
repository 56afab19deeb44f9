"""Money and quantity formatting, for printed documents and the screens alike.

Amounts stay `Decimal` all the way to the string (rule 1: never a float);
babel supplies the locale's symbol, separators and the currency's number of digits.
Plain functions of their arguments (no Qt, no database, no printer): the printing adapters
and the UI both format through here, so a receipt and the screen always agree.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency

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


def fmt_money(amount: Decimal, currency: str, locale: str = "en_IE") -> str:
    """`Decimal("1234.5"), "EUR"` -> "€1,234.50" (en_IE); negative -> "-€1.00"."""
    return _format(_check(amount), currency, locale, True)


def fmt_amount(amount: Decimal, currency: str, locale: str = "en_IE") -> str:
    """Like `fmt_money` without the currency symbol ("1,234.50"), for narrow table columns."""
    return _format(_check(amount), currency, locale, False)


def fmt_qty(q: Decimal) -> str:
    """Quantity without trailing zeros: 3 -> "3", 0.250 -> "0.25", 10 -> "10"."""
    value = _check(q)
    if value == 0:
        return "0"
    # normalize() alone would give "1E+1" for 10; format "f" keeps it positional.
    return format(value.normalize(), "f")


def fmt_rate(rate: Decimal) -> str:
    """Tax rate in percent: 20 -> "20%", 5.50 -> "5.5%"."""
    return f"{fmt_qty(rate)}%"
