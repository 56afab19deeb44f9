"""What a receipt shows, as plain data: services build it from a stored sale or return,
printers render it (adapters/printing: the 80 mm PDF and ESC/POS)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from ..i18n import noop
from .tax import TaxLine

# English (a receipt doc is data); printed in the store's language (adapters/printing/words.py)
REFUND_TENDER_LABELS = {
    "cash": noop("receipt", "Cash"),
    "card": noop("receipt", "Card"),
    "store_credit": noop("receipt", "Store credit"),
}


@dataclass(frozen=True)
class ReceiptTop:
    """The top of every receipt: the store, then the station, the time and the clerk."""

    local_time: datetime  # in the store's time zone
    store_name: str
    store_address: tuple[str, ...]
    store_tax_id: str
    station_code: str
    clerk_name: str


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
    # the endless aisle (s0018): the hub's order for a line delivered home ("ship") or collected
    # at a store ("pickup", at `pickup_store`); empty for a line taken off the shelf
    order_number: str = ""
    fulfilment: str = ""
    pickup_store: str = ""
    # what each of the store's promotions took off this line (promotion id, amount): part of `discount`
    promotions: tuple[tuple[str, Decimal], ...] = ()
    gift_card: str = ""  # a gift card sold or reloaded on this line: its code, masked but the last 4

    @property
    def other_discount(self) -> Decimal:
        """The rest of `discount`: the clerk's line discount and the share of a basket discount."""
        return self.discount - sum((amount for _, amount in self.promotions), Decimal(0))


@dataclass(frozen=True)
class ReceiptTender:
    label: str  # "Cash", "Card"
    amount: Decimal
    reference: str = ""  # card approval code; a gift card's code, masked but the last 4
    balance: Decimal | None = None  # a gift card's balance after this payment, as the hub answered


@dataclass(frozen=True)
class ReceiptLoyalty:
    """The sale's customer on the receipt (issue 18): the card, the points this sale earned and
    redeemed, and the balance as the till knew it (None: the hub was not reached; the points are
    credited when the sale reaches it)."""

    card: str
    earned: int
    redeemed: int
    balance: int | None


@dataclass(frozen=True)
class ReceiptSignature:
    """What a receipt shows of its signature where the store's country asks for it (issue 19):
    the software and its version, the document's number, and the signature's first characters."""

    software: str
    version: str
    number: str
    fingerprint: str


@dataclass(frozen=True)
class ReceiptDoc(ReceiptTop):
    receipt_no: str  # "STORE-STATION-000123", also printed as a Code 128 barcode
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
    duplicate: int = 0  # a reprint's journaled number: "DUPLICATE No. 2" (issue 19); 0 on the original
    extra: dict = field(default_factory=dict)
    loyalty: ReceiptLoyalty | None = None  # the customer's card and points (issue 18)
    signature: ReceiptSignature | None = None  # a signing country's line (issue 19)

    @property
    def amount_due(self) -> Decimal:
        return self.total + self.rounding


# --------------------------------------------------------------------------- return receipts


@dataclass(frozen=True)
class ReturnReceiptLine:
    name: str
    sku: str
    quantity: Decimal
    refund: Decimal  # gross, tax included
    tax_code: str
    condition: str  # restock | damaged
    original_line: int = 0


@dataclass(frozen=True)
class RefundTender:
    kind: str  # cash | card | store_credit
    amount: Decimal  # what the customer receives on this tender
    reference: str = ""  # card: terminal reference; store credit: the voucher code
    rounding: Decimal = Decimal(0)

    @property
    def label(self) -> str:
        return REFUND_TENDER_LABELS.get(self.kind, self.kind.replace("_", " ").title())


@dataclass(frozen=True)
class ReturnLoyalty:
    """What a return did to the customer's points (issue 18): printed under where the money went."""

    card: str
    taken: int  # points the sale earned, taken back
    given: int  # points the sale was paid with, given back to the card
    value: Decimal  # what those points paid: part of the total, not paid out in money


@dataclass(frozen=True)
class ReturnReceiptDoc(ReceiptTop):
    return_no: str  # "STORE-STATION-R000123", also printed as a Code 128 barcode
    approver_name: str  # "" when no manager approval was needed
    currency: str
    kind: str  # receipt | no_receipt | web_order
    original_ref: str  # the original receipt number or web order number; "" without a receipt
    original_store: str
    reason: str  # as a person reads it ("Wrong size")
    lines: tuple[ReturnReceiptLine, ...]
    taxes: tuple[TaxLine, ...]
    total: Decimal  # exact refund
    rounding: Decimal  # cash rounding of the refund; paid out = total + rounding
    tenders: tuple[RefundTender, ...]
    offline: bool = False
    copy: bool = False
    footer: str = ""
    points: ReturnLoyalty | None = None  # the sale was made for a customer (issue 18)
    duplicate: int = 0  # a reprint's journaled number: "DUPLICATE No. 2" (issue 19); 0 on the original
    signature: ReceiptSignature | None = None  # a signing country's line (issue 19)

    @property
    def paid_out(self) -> Decimal:
        """In money or store credit: what was paid in points goes back to the card."""
        return self.total + self.rounding - (self.points.value if self.points else Decimal(0))

    @property
    def vouchers(self) -> tuple[RefundTender, ...]:
        return tuple(t for t in self.tenders if t.kind == "store_credit" and t.reference)
