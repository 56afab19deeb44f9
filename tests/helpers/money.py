"""Amounts and paper words as the demo store writes them: the demo store is in Paris (language fr,
locale fr_FR since issue 16), so €4.98 reads "4,98 €" on its screens and papers, and its receipts
say "Sous-total"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from storedesk.domain.money_format import fmt_money
from storedesk.i18n import translator

DEMO_LANGUAGE, DEMO_LOCALE = "fr", "fr_FR"


def eur(amount: str | Decimal) -> str:
    """eur("4.98") -> "4,98 €" (a no-break space before €), eur("-0.50") -> "-0,50 €"."""
    return fmt_money(Decimal(str(amount).replace(",", "")), "EUR", DEMO_LOCALE)


def paper(context: str, source: str, n: int | None = None, **params: Any) -> str:
    """A sentence of the demo store's papers, in its language: paper("receipt", "Subtotal")."""
    return translator(DEMO_LANGUAGE).translate(context, source, n, **params)
