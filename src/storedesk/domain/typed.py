"""Numbers a person types at the till (a quantity, a weight, an amount, a count of coins).

They are read in the store's locale (`i18n.formats.parse_decimal`): "2,5" is two and a half in a
French or German store, "1 234,50" a French amount. A decimal point is always a decimal point,
and a lone comma is read as one in any store, as the till always did ("0,5" at an Irish till is
half, not 5). Barcodes and SKUs are not numbers and never come here; wire formats and exports
(sync/, the hub's JSON) keep their decimal points and never come here either.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..i18n.formats import parse_decimal


def typed_decimal(text: str) -> Decimal:
    """What was typed, as a finite Decimal; ValueError when it is not a number."""
    try:
        return parse_decimal(text)
    except ValueError:
        if "," in text:
            # "0,5", or "1 000,00" where the comma groups thousands: a comma typed as a decimal point
            return parse_decimal(text.replace(",", "."), "en")
        return _exponent(text)


def _exponent(text: str) -> Decimal:
    """ "1e12" (a stuck key) was always read as a number, so that the caller's limit refuses it
    as too large rather than as not a number; anything else is not a number."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return value
