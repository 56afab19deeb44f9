"""Amounts as the demo store writes them on its screens and papers: the demo store is in Paris
(language fr, locale fr_FR since issue 16), so €4.98 reads "4,98 €" there."""

from __future__ import annotations

from decimal import Decimal

from storedesk.domain.money_format import fmt_money

DEMO_LOCALE = "fr_FR"


def eur(amount: str | Decimal) -> str:
    """eur("4.98") -> "4,98 €" (a no-break space before €), eur("-0.50") -> "-0,50 €"."""
    return fmt_money(Decimal(str(amount).replace(",", "")), "EUR", DEMO_LOCALE)
