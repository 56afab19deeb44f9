"""Money: Decimal in the domain, integer minor units in storage and on the wire (rule 1)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..i18n import msg
from ..i18n.formats import fmt_number
from .errors import InvalidAmount
from .money_format import fmt_amount
from .typed import typed_decimal

# ISO 4217 exponents that differ from 2; everything else uses cents.
_EXPONENTS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "JOD": 3, "TND": 3, "OMR": 3}

ZERO = Decimal("0")
CENT = Decimal("0.01")
# No till takes a billion in one go: larger figures are typing mistakes (or a stuck key).
MAX_AMOUNT = Decimal("999999999")


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-exponent(currency))


def round_money(value: Decimal, currency: str = "EUR") -> Decimal:
    """Round half up to the currency's minor unit."""
    return value.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def to_minor(value: Decimal, currency: str = "EUR") -> int:
    """Exact conversion; refuses amounts finer than the minor unit."""
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise InvalidAmount(
            msg(
                "money",
                "{amount} has more decimals than {currency} allows; check what was typed",
                amount=fmt_number(value),
                currency=currency,
            )
        )
    return int(scaled)


def from_minor(minor: int, currency: str = "EUR") -> Decimal:
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise InvalidAmount(f"minor units must be an integer, got {minor!r}")
    return Decimal(minor).scaleb(-exponent(currency))  # an integer scaled has exactly the currency's digits


def parse_amount(text: str, currency: str = "EUR") -> Decimal:
    """Parse what a clerk typed ("12,50", "12.5", "3"; "1 234,50" in a French store) into an
    exact amount (domain/typed.py reads the store's locale)."""
    cleaned = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if not cleaned:
        raise InvalidAmount(msg("money", "Enter an amount"))
    try:
        value = typed_decimal(cleaned)
    except ValueError:
        raise InvalidAmount(msg("money", "'{text}' is not an amount", text=text)) from None
    if abs(value) > MAX_AMOUNT:
        raise InvalidAmount(msg("money", "'{text}' is too large for an amount; check what was typed", text=text))
    if value != round_money(value, currency):
        raise InvalidAmount(
            msg("money", "'{text}' has more decimals than {currency} allows", text=text, currency=currency)
        )
    return round_money(value, currency)


def amount_words(amount: Decimal, currency: str) -> str:
    """An amount in a sentence a clerk reads: "1.00 EUR" ("1,00 EUR" in a French store)."""
    return f"{fmt_amount(amount, currency)} {currency}"


def round_to_step(value: Decimal, step: Decimal) -> Decimal:
    """Round half up to a cash step such as 0.05 (Swiss/Dutch style cash rounding)."""
    if step <= 0:
        return value
    units = (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return (units * step).quantize(CENT)


def allocate(total: Decimal, weights: list[Decimal], currency: str = "EUR") -> list[Decimal]:
    """Split `total` in proportion to `weights` so the parts sum exactly to `total`.

    Largest-remainder method on minor units: no cent is created or lost.
    """
    if not weights:
        return []
    total_minor = to_minor(round_money(total, currency), currency)
    if total_minor == 0:  # the usual case (no basket discount): nothing to split
        return [from_minor(0, currency)] * len(weights)
    weight_sum = sum(weights, ZERO)
    if weight_sum == 0:
        shares = [0] * len(weights)
        shares[0] = total_minor
    else:
        raw = [Decimal(total_minor) * w / weight_sum for w in weights]
        shares = [int(r.to_integral_value(rounding="ROUND_FLOOR")) for r in raw]
        remainder = total_minor - sum(shares)
        order = sorted(range(len(raw)), key=lambda i: (raw[i] - shares[i], -i), reverse=True)
        for i in order[: abs(remainder)]:
            shares[i] += 1 if remainder > 0 else -1
    money: dict[int, Decimal] = {}  # each distinct share converted once
    for share in shares:
        if share not in money:
            money[share] = from_minor(share, currency)
    return [money[share] for share in shares]
