"""Counts in words a clerk reads: "1 line", "2 lines", "20 of 1,204". One place for plurals,
so no screen says "1 lines" again."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal

from ..domain.money_format import fmt_qty

LOCALE = "en_IE"  # as fmt_money: the store's locale


def number(n: int | Decimal) -> str:
    """A count with the locale's grouping: 1204 -> "1,204"; 2.5 (kg) -> "2.5"."""
    if isinstance(n, Decimal) and n != n.to_integral_value():
        return fmt_qty(n)
    return format_decimal(int(n), locale=LOCALE)


def plural(n: int | Decimal, word: str, words: str | None = None) -> str:
    """plural(1, "line") -> "1 line"; plural(3, "line") -> "3 lines"; plural(2, "box", "boxes")."""
    return f"{number(n)} {word if n == 1 else (words or word + 's')}"
