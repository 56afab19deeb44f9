"""Counting the drawer: pieces per denomination of the store's currency, and their total."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from ..i18n import msg
from ..i18n.formats import fmt_number
from .errors import InvalidAmount
from .money import ZERO, amount_words, exponent, from_minor, to_minor

# Notes then coins, largest first, in minor units.
DENOMINATIONS_MINOR: dict[str, tuple[int, ...]] = {
    "EUR": (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1),
    "CHF": (100000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5),
    "GBP": (5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1),
    "USD": (10000, 5000, 2000, 1000, 500, 200, 100, 25, 10, 5, 1),
    "JPY": (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1),
}
# No drawer holds a hundred thousand pieces of one kind: more is a typing mistake.
MAX_PIECES = 99999
# The largest banknote a customer may hand over, in minor units, for currencies whose notes are
# not all listed above. More cash than the amount due plus this note is a typing slip (100000
# typed for 1.29) until the clerk confirms it. Other currencies: the largest denomination.
LARGEST_NOTE_MINOR: dict[str, int] = {
    "SEK": 100000,
    "NOK": 100000,
    "DKK": 100000,
    "PLN": 50000,
    "CZK": 500000,
    "HUF": 2000000,
    "CAD": 10000,
    "AUD": 10000,
    "NZD": 10000,
}


def denominations(currency: str) -> tuple[Decimal, ...]:
    """The currency's notes and coins, largest first (EUR: 500 ... 0.01). A currency not
    listed gets a 1-2-5 series from 500 down to its minor unit: any amount can be counted."""
    minors = DENOMINATIONS_MINOR.get(currency.upper())
    if minors is None:
        top = 500 * 10 ** exponent(currency)
        minors = tuple(
            sorted(
                (k * 10**p for p in range(exponent(currency) + 3) for k in (1, 2, 5) if k * 10**p <= top), reverse=True
            )
        )
    return tuple(from_minor(m, currency) for m in minors)


def largest_note(currency: str) -> Decimal:
    """The currency's largest banknote: EUR 500, CHF 1000, GBP 50, USD 100, JPY 10000."""
    minor = LARGEST_NOTE_MINOR.get(currency.upper())
    return from_minor(minor, currency) if minor is not None else denominations(currency)[0]


def tender_ceiling(due: Decimal, currency: str, margin: Decimal | None = None) -> Decimal:
    """The most cash a customer plausibly hands over for `due`: the amount due plus `margin`
    (setting cash_tender_margin), by default plus the currency's largest note. Above it the
    till asks the clerk to confirm what was typed."""
    return due + (largest_note(currency) if margin is None else margin)


def _pieces(value, label: str) -> int:
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidAmount(msg("cash", "Pieces of {coin}: whole numbers only", coin=label))
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return 0
        if not text.isdigit():
            raise InvalidAmount(
                msg("cash", "Pieces of {coin}: '{text}' is not a whole number of pieces", coin=label, text=value)
            )
        value = int(text)
    if not isinstance(value, int):
        raise InvalidAmount(msg("cash", "Pieces of {coin}: whole numbers only", coin=label))
    if value < 0:
        raise InvalidAmount(msg("cash", "Pieces of {coin} cannot be negative", coin=label))
    if value > MAX_PIECES:
        raise InvalidAmount(
            msg("cash", "{count} pieces of {coin}? Check what was typed", count=fmt_number(value), coin=label)
        )
    return value


@dataclass(frozen=True)
class CashCount:
    """What was counted: (denomination, pieces) for every denomination, largest first."""

    currency: str
    pieces: tuple[tuple[Decimal, int], ...]

    @property
    def total(self) -> Decimal:
        total = sum((d * n for d, n in self.pieces), ZERO)
        return from_minor(to_minor(total, self.currency), self.currency)

    def lines(self) -> list[tuple[Decimal, int, Decimal]]:
        """(denomination, pieces, amount) of the denominations actually counted."""
        return [(d, n, d * n) for d, n in self.pieces if n]

    def to_minor_dict(self) -> dict[str, int]:
        """{"5000": 3, ...}: denomination in minor units -> pieces (JSON, never a float)."""
        return {str(to_minor(d, self.currency)): n for d, n in self.pieces if n}

    @classmethod
    def from_minor_dict(cls, data: Mapping[str, int], currency: str) -> CashCount:
        return count_cash({from_minor(int(k), currency): v for k, v in data.items()}, currency)


def count_cash(counts: Mapping, currency: str) -> CashCount:
    """Validate a count {denomination: pieces} (keys Decimal or text such as "0.50"; pieces
    whole numbers, as int or digit text, blank = 0) and return it with its total."""
    known = denominations(currency)
    given: dict[Decimal, int] = {}
    for key, value in counts.items():
        try:
            denom = Decimal(str(key).strip().replace(",", "."))
        except (ArithmeticError, ValueError):
            raise InvalidAmount(
                msg("cash", "'{text}' is not a denomination of {currency}", text=key, currency=currency)
            ) from None
        if not denom.is_finite() or denom not in known:
            raise InvalidAmount(msg("cash", "{text} is not a note or coin of {currency}", text=key, currency=currency))
        given[denom] = given.get(denom, 0) + _pieces(value, amount_words(denom, currency))
    return CashCount(currency.upper(), tuple((d, given.get(d, 0)) for d in known))


def empty_count(currency: str) -> CashCount:
    return CashCount(currency.upper(), tuple((d, 0) for d in denominations(currency)))
