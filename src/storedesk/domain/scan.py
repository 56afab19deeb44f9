"""What the scan field receives: a GTIN, a price-embedded code, a SKU, maybe `3*` before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from stdnum import ean

from ..i18n import msg
from .basket import check_quantity
from .errors import InvalidQuantity, MalformedBarcode
from .typed import typed_decimal

# In-store price-embedded EAN-13: "21" + 5-digit PLU + 5-digit price in cents + check digit.
EMBEDDED_PREFIX = "21"
_SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$")
_GTIN_LENGTHS = (8, 12, 13, 14)


@dataclass(frozen=True)
class ScanInput:
    code: str  # a valid GTIN, or a SKU when kind == "sku"
    kind: str  # "gtin" | "embedded" | "sku"
    quantity: Decimal | None = None
    plu: str = ""
    embedded_price: Decimal | None = None


def parse_quantity(text: str) -> Decimal:
    """A quantity typed by the clerk, in the store's locale ("2,5" in a French store)."""
    try:
        q = typed_decimal(text)
    except ValueError:
        raise InvalidQuantity(msg("scan", "'{text}' is not a quantity", text=text)) from None
    return check_quantity(q)


def parse_scan(text: str) -> ScanInput:
    """Validate what was typed or scanned. Raises MalformedBarcode / InvalidQuantity."""
    raw = (text or "").strip()
    quantity = None
    if "*" in raw:
        qty_text, _, raw = raw.partition("*")
        quantity = parse_quantity(qty_text)
        raw = raw.strip()
    if not raw:
        raise MalformedBarcode(msg("scan", "Nothing scanned"))
    if raw.isdigit():
        if len(raw) not in _GTIN_LENGTHS:
            if len(raw) <= 7:  # short numeric codes are SKUs or PLUs typed by hand
                return ScanInput(raw, "sku", quantity)
            raise MalformedBarcode(
                msg("scan", "{code}: a barcode has 8, 12, 13 or 14 digits, not {count}", code=raw, count=len(raw))
            )
        if not ean.is_valid(raw):
            raise MalformedBarcode(msg("scan", "{code}: check digit is wrong; scan it again", code=raw))
        if len(raw) == 13 and raw.startswith(EMBEDDED_PREFIX):
            price = Decimal(int(raw[7:12])).scaleb(-2)
            return ScanInput(raw, "embedded", quantity, plu=raw[2:7], embedded_price=price)
        return ScanInput(raw, "gtin", quantity)
    if _SKU.match(raw):
        return ScanInput(raw.upper(), "sku", quantity)
    raise MalformedBarcode(msg("scan", "'{code}' is not a barcode or SKU", code=raw))


def make_ean13(first12: str) -> str:
    """Append the check digit (used by the demo catalog and tests)."""
    return first12 + ean.calc_check_digit(first12)
