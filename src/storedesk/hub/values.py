"""Exact wire values: integers for money, decimal strings for quantities and tax rates.

Floats never enter: a JSON number with a fraction is refused rather than rounded.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TypeGuard

# Minor units above a trillion are a typing mistake or an attack, and still fit a BIGINT.
MAX_MINOR = 10**15
_DECIMAL = re.compile(r"^[+-]?\d{1,12}(\.\d{1,9})?$")


def is_int(value) -> TypeGuard[int]:
    """A JSON integer (True/False are not amounts, 12.0 is not an integer)."""
    return type(value) is int and -MAX_MINOR <= value <= MAX_MINOR


def parse_decimal(text) -> Decimal:
    """A plain decimal string such as "1", "-2", "0.250"; no exponents, no floats."""
    if not isinstance(text, str) or not _DECIMAL.match(text):
        raise ValueError(f"{text!r} is not a decimal string")
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already guards it
        raise ValueError(f"{text!r} is not a decimal string") from exc


def decimal_text(value: Decimal) -> str:
    """Shortest plain form: 5.50 -> "5.5", 20.0 -> "20", -0.250 -> "-0.25" (never "2E+1")."""
    if value == value.to_integral_value():
        return str(int(value))
    text = format(value, "f").rstrip("0")
    return text


def quantity_milli(text) -> int:
    """Quantity in integer thousandths, as the station's ledger keeps it."""
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a decimal string")
    return _quantity_milli(text)


@lru_cache(maxsize=4096)  # the same few quantities ("1", "2", "0.5") come back all day
def _quantity_milli(text: str) -> int:
    q = parse_decimal(text) * 1000
    if q != q.to_integral_value():
        raise ValueError(f"quantity {text!r} has more than 3 decimals")
    return int(q)


def milli_text(milli: int) -> str:
    """Thousandths back to the wire's decimal string: -2000 -> "-2", 250 -> "0.25"."""
    return decimal_text(Decimal(milli) / 1000)


def tax_rate_text(text) -> str:
    """A percentage between 0 and 100, in its shortest form (so "5.50" and "5.5" group together)."""
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a decimal string")
    return _tax_rate_text(text)


@lru_cache(maxsize=1024)
def _tax_rate_text(text: str) -> str:
    rate = parse_decimal(text)
    if not Decimal(0) <= rate <= Decimal(100):
        raise ValueError(f"tax rate {text!r} is not between 0 and 100")
    return decimal_text(rate)
