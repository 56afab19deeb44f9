"""Counts in words a clerk reads: "1 line", "2 lines", "20 of 1,204". One place for plurals,
so no screen says "1 lines" again."""

from __future__ import annotations

from decimal import Decimal

from ..i18n.formats import fmt_number


def number(n: int | Decimal) -> str:
    """A count with the store's grouping: 1204 -> "1,204" ("1 204" in French); 2.5 (kg) -> "2.5"."""
    return fmt_number(n)


def plural(n: int | Decimal, word: str, words: str | None = None) -> str:
    """plural(1, "line") -> "1 line"; plural(3, "line") -> "3 lines"; plural(2, "box", "boxes")."""
    return f"{number(n)} {word if n == 1 else (words or word + 's')}"
