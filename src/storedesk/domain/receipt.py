"""What a receipt shows, as plain data: services build it from a stored sale, printers render it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from .tax import TaxLine


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    sku: str
    quantity: Decimal
    unit_price: Decimal  # price actually charged per unit (after any override)
    discount: Decimal  # line discount plus its share of the basket discount
    amount: Decimal  # what the line costs after discounts, in the store's price basis
    tax_code: str  # letter printed next to the line, matches TaxLine.code
    price_overridden: bool = False


@dataclass(frozen=True)
class ReceiptTender:
    label: str  # "Cash", "Card"
    amount: Decimal
    reference: str = ""  # card approval code


@dataclass(frozen=True)
class ReceiptDoc:
    receipt_no: str  # "STORE-STATION-000123", also printed as a Code 128 barcode
    local_time: datetime  # in the store's time zone
    store_name: str
    store_address: tuple[str, ...]
    store_tax_id: str
    station_code: str
    clerk_name: str
    currency: str
    prices_include_tax: bool
    lines: tuple[ReceiptLine, ...]
    subtotal: Decimal
    discount_total: Decimal
    taxes: tuple[TaxLine, ...]
    total: Decimal
    rounding: Decimal  # cash rounding; amount_due = total + rounding
    tenders: tuple[ReceiptTender, ...]
    change: Decimal
    copy: bool = False  # reprints say COPY
    footer: str = "Thank you for your visit"
    extra: dict = field(default_factory=dict)

    @property
    def amount_due(self) -> Decimal:
        return self.total + self.rounding
