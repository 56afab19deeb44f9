"""Counts in words a clerk reads: "1,204" with the store's grouping (`number`).

Plurals are translated sentences: `tr("sale", "%n line(s)", n=count)` (ui/translation.py) gives
"1 line", "2 lines", "1 ligne", "2 lignes", so no screen says "1 lines" in any language."""

from __future__ import annotations

from decimal import Decimal

from ..i18n.formats import fmt_number


def number(n: int | Decimal) -> str:
    """A count with the store's grouping: 1204 -> "1,204" ("1 204" in French); 2.5 (kg) -> "2.5"."""
    return fmt_number(n)
