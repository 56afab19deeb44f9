"""The basket being rung up: lines, discounts, overrides and its priced totals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from ..i18n import Message, msg
from .aisle import LineOrder
from .errors import BasketError, InvalidAmount, InvalidQuantity, PaymentError
from .money import MAX_AMOUNT, ZERO, allocate, amount_words, round_money, to_minor
from .pricing.counter import BasketPricer
from .tax import TaxLine, spread_tax, tax_table
from .tenders import CASH, TakenTender, Tender, non_cash

MAX_QUANTITY = Decimal("9999")


@dataclass
class Discount:
    """A percentage ("pct", 0-100) or a fixed amount ("amount")."""

    kind: str
    value: Decimal

    def __post_init__(self):
        if self.kind not in ("pct", "amount"):
            raise InvalidAmount(f"unknown discount kind {self.kind!r}")
        if not isinstance(self.value, Decimal) or not self.value.is_finite() or self.value < 0:
            raise InvalidAmount(msg("basket", "A discount must be zero or more"))
        if self.value > MAX_AMOUNT:
            raise InvalidAmount(msg("basket", "That discount is too large; check what was typed"))
        if self.kind == "pct" and self.value > 100:
            raise InvalidAmount(msg("basket", "A discount cannot exceed 100 %"))

    def amount_of(self, base: Decimal, currency: str) -> Decimal:
        if self.kind == "pct":
            return round_money(base * self.value / Decimal(100), currency)
        return min(round_money(self.value, currency), base)

    def percent_of(self, base: Decimal) -> Decimal:
        """The discount expressed as a percentage of `base`, for permission limits."""
        if self.kind == "pct":
            return self.value
        if base <= 0:
            return Decimal(100) if self.value > 0 else ZERO
        return self.value * Decimal(100) / base


@dataclass
class BasketLine:
    product_id: int
    sku: str
    name: str
    unit_price: Decimal
    quantity: Decimal
    tax_code: str
    tax_rate: Decimal
    barcode: str = ""
    category: str = ""
    line_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    price_override: Decimal | None = None
    discount: Discount | None = None
    voided: bool = False
    embedded_price: bool = False
    order: LineOrder | None = None  # the endless aisle: ordered from the chain, not taken off the shelf
    gift_card: str = ""  # a gift card sold or reloaded on this line: its code (no VAT, no discount)

    @property
    def effective_price(self) -> Decimal:
        return self.unit_price if self.price_override is None else self.price_override

    @property
    def promotable(self) -> bool:
        """Whether promotions may price this line: a price or discount the clerk set stands as
        set, and a gift card is money, never discounted."""
        return self.price_override is None and self.discount is None and not self.gift_card and self.quantity > 0


@dataclass(frozen=True)
class BasketCustomer:
    """The customer attached to the sale (the hub's customer master; a cached copy offline)."""

    id: str
    card: str = ""  # loyalty card number
    name: str = ""
    group: str = ""  # customer group: price lists and promotions for that group

    def to_dict(self) -> dict:
        return {"id": self.id, "card": self.card, "name": self.name, "group": self.group}

    @classmethod
    def from_dict(cls, d: dict | None) -> BasketCustomer | None:
        if not d:
            return None
        return cls(d["id"], d.get("card", ""), d.get("name", ""), d.get("group", ""))


def _stranded(becomes: str, amount: str) -> Message:
    """Why a sale with a payment taken cannot be `becomes`: one whole sentence per action."""
    if becomes == "parked":
        return msg(
            "basket",
            "A payment of {amount} is already taken on this sale, so it cannot be parked. Complete the sale "
            "first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)",
            amount=amount,
        )
    if becomes == "set aside":
        return msg(
            "basket",
            "A payment of {amount} is already taken on this sale, so it cannot be set aside. Complete the sale "
            "first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)",
            amount=amount,
        )
    if becomes == "voided whole":
        return msg(
            "basket",
            "A payment of {amount} is already taken on this sale, so it cannot be voided whole. Complete the "
            "sale first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)",
            amount=amount,
        )
    return msg(
        "basket",
        "A payment of {amount} is already taken on this sale, so it cannot be {becomes}. Complete the sale "
        "first (F10, or F12 takes the rest in cash), or give the payment back (F10, then Del)",
        amount=amount,
        becomes=becomes,
    )


def check_quantity(quantity: Decimal) -> Decimal:
    if not isinstance(quantity, Decimal) or not quantity.is_finite():
        raise InvalidQuantity(msg("basket", "Quantity must be a number"))
    if quantity <= 0:
        raise InvalidQuantity(msg("basket", "Quantity must be more than zero"))
    if quantity > MAX_QUANTITY:
        raise InvalidQuantity(msg("basket", "Quantity above {limit} refused; check what was typed", limit=MAX_QUANTITY))
    if quantity != quantity.quantize(Decimal("0.001")):
        raise InvalidQuantity(msg("basket", "Quantity has more than 3 decimals"))
    return quantity


@dataclass
class Basket:
    currency: str = "EUR"
    prices_include_tax: bool = True
    lines: list[BasketLine] = field(default_factory=list)
    discount: Discount | None = None
    # Manager overrides granted while ringing this basket: {action, user, approver, at}
    overrides: list[dict] = field(default_factory=list)
    # Payments taken before the sale completes (a card approved, a voucher redeemed), oldest first:
    # kept with the basket so that nothing the customer paid is forgotten (see take()).
    taken: list[TakenTender] = field(default_factory=list)
    customer: BasketCustomer | None = None
    coupons: list[str] = field(default_factory=list)  # coupon codes the customer gave, in the order given
    # The station's promotions (services attach it when the basket is loaded); not stored: the
    # basket is priced again from its lines on every change, so a promotion applies only while
    # its condition holds.
    pricer: BasketPricer | None = field(default=None, compare=False, repr=False)

    # ---- changes ---------------------------------------------------------------
    def add(self, line: BasketLine, merge: bool = True) -> BasketLine:
        """Add a product; the same product again adds to its open line, unless its price or its tax
        rate has changed since that line was scanned (a scheduled price at midnight, a price from
        the hub, a dated tax rate): each line keeps the price and rate it was scanned at."""
        check_quantity(line.quantity)
        if merge and not line.embedded_price:
            for existing in self.lines:
                if (
                    existing.product_id == line.product_id
                    and existing.unit_price == line.unit_price
                    and existing.tax_rate == line.tax_rate
                    and not existing.voided
                    and not existing.embedded_price
                    and existing.order is None
                    and line.order is None
                    and not existing.gift_card
                    and not line.gift_card
                    and existing.price_override is None
                    and existing.discount is None
                ):
                    existing.quantity = check_quantity(existing.quantity + line.quantity)
                    return existing
        self.lines.append(line)
        return line

    def line(self, line_id: str) -> BasketLine:
        for ln in self.lines:
            if ln.line_id == line_id:
                if ln.voided:
                    raise BasketError(msg("basket", "That line is voided"))
                return ln
        raise BasketError(msg("basket", "No such line in the basket"))

    def set_quantity(self, line_id: str, quantity: Decimal) -> None:
        self.line(line_id).quantity = check_quantity(quantity)

    def void_line(self, line_id: str) -> BasketLine:
        ln = self.line(line_id)
        ln.voided = True
        return ln

    @property
    def active_lines(self) -> list[BasketLine]:
        return [ln for ln in self.lines if not ln.voided]

    @property
    def is_empty(self) -> bool:
        return not self.active_lines

    def totals(self) -> BasketTotals:
        return price_basket(self)

    # ---- payments taken before the sale completes ---------------------------------------
    @property
    def taken_tenders(self) -> list[Tender]:
        return [t.tender for t in self.taken]

    @property
    def taken_total(self) -> Decimal:
        return sum((t.tender.amount for t in self.taken), ZERO)

    def take(self, taken: TakenTender) -> None:
        """Keep a payment taken towards this sale. Lines may still be added or voided after it
        (what is still due follows), but cards and vouchers never pay more than the sale costs."""
        if self.is_empty:
            raise BasketError(msg("basket", "Scan something before taking a payment"))
        if taken.tender.kind != CASH and non_cash(self.taken_tenders) + taken.tender.amount > self.totals().total:
            raise PaymentError(
                msg("basket", "A card or a voucher cannot pay more than what is left; it gives no change")
            )
        self.taken.append(taken)

    def give_back_last(self) -> TakenTender:
        """The last payment taken, given back (a card reversed at the terminal, a voucher's
        amount returned to it by the hub): the caller has done that part first."""
        if not self.taken:
            raise BasketError(msg("basket", "No payment is taken on this sale"))
        return self.taken.pop()

    def check_taken_covered(self) -> None:
        """After a change to the lines: cards and vouchers already taken never pay more than the
        sale now costs (they give no change). Cash taken simply gives change."""
        paid = non_cash(self.taken_tenders)
        if paid > self.totals().total:
            raise BasketError(
                msg(
                    "basket",
                    "{amount} is already paid by card or voucher on this sale, so it cannot cost less than "
                    "that. Give that payment back first (F10, then Del)",
                    amount=amount_words(paid, self.currency),
                )
            )

    def check_nothing_taken(self, becomes: str) -> None:
        """A sale with a payment taken is not set aside, voided whole or cancelled (`becomes`:
        "parked", ...): the payment would be stranded. It is completed, or the payment given back."""
        if self.taken:
            raise BasketError(_stranded(becomes, amount_words(self.taken_total, self.currency)))

    # ---- storage (plain JSON-able dicts; Decimals as strings) --------------------
    def to_dict(self) -> dict:
        """Plain JSON-able dict, written by hand: dataclasses.asdict deep-copies and is slow."""

        def disc(d: Discount | None):
            return {"kind": d.kind, "value": str(d.value)} if d else None

        def line(ln: BasketLine) -> dict:
            d = {
                "product_id": ln.product_id,
                "sku": ln.sku,
                "name": ln.name,
                "unit_price": str(ln.unit_price),
                "quantity": str(ln.quantity),
                "tax_code": ln.tax_code,
                "tax_rate": str(ln.tax_rate),
                "barcode": ln.barcode,
                "category": ln.category,
                "line_id": ln.line_id,
                "price_override": None if ln.price_override is None else str(ln.price_override),
                "discount": disc(ln.discount),
                "voided": ln.voided,
                "embedded_price": ln.embedded_price,
            }
            if ln.order is not None:
                d["order"] = ln.order.to_dict()
            if ln.gift_card:
                d["gift_card"] = ln.gift_card
            return d

        return {
            "currency": self.currency,
            "prices_include_tax": self.prices_include_tax,
            "discount": disc(self.discount),
            "overrides": list(self.overrides),
            "tenders_taken": [t.to_dict() for t in self.taken],
            "lines": [line(ln) for ln in self.lines],
            "customer": self.customer.to_dict() if self.customer else None,
            "coupons": list(self.coupons),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Basket:
        def disc(d):
            return Discount(d["kind"], Decimal(d["value"])) if d else None

        lines = []
        for d in data.get("lines", []):
            lines.append(
                BasketLine(
                    product_id=d["product_id"],
                    sku=d["sku"],
                    name=d["name"],
                    unit_price=Decimal(d["unit_price"]),
                    quantity=Decimal(d["quantity"]),
                    tax_code=d["tax_code"],
                    tax_rate=Decimal(d["tax_rate"]),
                    barcode=d.get("barcode", ""),
                    category=d.get("category", ""),
                    line_id=d["line_id"],
                    price_override=Decimal(d["price_override"]) if d.get("price_override") is not None else None,
                    discount=disc(d.get("discount")),
                    voided=bool(d.get("voided")),
                    embedded_price=bool(d.get("embedded_price")),
                    order=LineOrder.from_dict(d.get("order")),
                    gift_card=d.get("gift_card", ""),
                )
            )
        return cls(
            currency=data.get("currency", "EUR"),
            prices_include_tax=bool(data.get("prices_include_tax", True)),
            lines=lines,
            discount=disc(data.get("discount")),
            overrides=list(data.get("overrides", [])),
            taken=[TakenTender.from_dict(t) for t in data.get("tenders_taken", [])],
            customer=BasketCustomer.from_dict(data.get("customer")),
            coupons=list(data.get("coupons", [])),
        )


@dataclass(frozen=True)
class PricedLine:
    line: BasketLine
    extended: Decimal  # price x quantity, rounded
    line_discount: Decimal
    basket_discount: Decimal
    amount: Decimal  # after both discounts: gross if prices include tax, else net
    tax: Decimal  # this line's share of its rate's tax
    gross: Decimal
    # what promotions took off this line (part of line_discount): (promotion id, amount), applied order
    promotions: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True)
class BasketTotals:
    lines: list[PricedLine]
    taxes: list[TaxLine]
    subtotal: Decimal  # before discounts, in the store's price basis
    discount_total: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal  # gross, what the customer pays before cash rounding
    item_count: Decimal


def promotion_discounts(basket: Basket) -> dict[str, tuple[tuple[str, Decimal], ...]]:
    """line id -> what the station's promotions take off it, for the basket as it is now."""
    if basket.pricer is None:
        return {}
    cur = basket.currency
    lines = [
        (ln.line_id, ln.sku, ln.category or None, ln.quantity, to_minor(ln.unit_price, cur))
        for ln in basket.active_lines
        if ln.promotable
    ]
    group = basket.customer.group or None if basket.customer else None
    return basket.pricer.discounts(lines, group, basket.coupons, cur)


def price_basket(basket: Basket) -> BasketTotals:
    """Price every active line (promotions first, then the clerk's line discounts), allocate the
    basket discount (never onto a gift card), build the tax table."""
    cur = basket.currency
    active = basket.active_lines
    promos = promotion_discounts(basket)
    extended = [round_money(ln.effective_price * ln.quantity, cur) for ln in active]
    line_promos = [promos.get(ln.line_id, ()) for ln in active]
    line_disc = [
        (ln.discount.amount_of(ext, cur) if ln.discount else ZERO) + sum((v for _, v in got), ZERO)
        for ln, ext, got in zip(active, extended, line_promos, strict=True)
    ]
    after_line = [e - d for e, d in zip(extended, line_disc, strict=True)]
    goods = [i for i, ln in enumerate(active) if not ln.gift_card]
    base = sum((after_line[i] for i in goods), ZERO)
    basket_disc_total = basket.discount.amount_of(base, cur) if basket.discount and base > 0 else ZERO
    shares = [ZERO] * len(active)
    if goods:
        for i, share in zip(goods, allocate(basket_disc_total, [after_line[i] for i in goods], cur), strict=True):
            shares[i] = share
    amounts = [a - s for a, s in zip(after_line, shares, strict=True)]

    by_rate: dict[tuple[str, Decimal], list[int]] = {}
    for i, ln in enumerate(active):
        by_rate.setdefault((ln.tax_code, ln.tax_rate), []).append(i)
    sums = {key: sum((amounts[i] for i in idx), ZERO) for key, idx in by_rate.items()}
    taxes = tax_table(sums, basket.prices_include_tax, cur)

    line_tax = [ZERO] * len(active)
    for row in taxes:
        idx = by_rate[(row.code, row.rate)]
        for i, t in zip(idx, spread_tax(row.tax, [amounts[i] for i in idx], cur), strict=True):
            line_tax[i] = t

    priced = []
    for i, ln in enumerate(active):
        gross = amounts[i] if basket.prices_include_tax else amounts[i] + line_tax[i]
        priced.append(
            PricedLine(ln, extended[i], line_disc[i], shares[i], amounts[i], line_tax[i], gross, line_promos[i])
        )

    net = sum((t.net for t in taxes), ZERO)
    tax = sum((t.tax for t in taxes), ZERO)
    total = sum((t.gross for t in taxes), ZERO)
    return BasketTotals(
        lines=priced,
        taxes=taxes,
        subtotal=sum(extended, ZERO),
        discount_total=sum(line_disc, ZERO) + basket_disc_total,
        net=net,
        tax=tax,
        total=total,
        item_count=sum((ln.quantity for ln in active), ZERO),
    )
