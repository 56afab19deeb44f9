"""Gift cards (issue 18): money the customer carries, kept at the hub, sold and spent at a till.

A card sold (or reloaded) is a basket line of its own (BasketLine.gift_card = its code): never
discounted, never merged, taxed at 0 under its own code: a multi-purpose voucher (EU directive
2016/1065) bears no VAT when sold; VAT is due on what it buys. It is not revenue: the Z and the
hub's day totals show it apart. Paid with a gift card it cannot be (that would move money from
one card to another at the till); one card is sold once per sale.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from ..i18n import msg
from .basket import Basket, BasketLine
from .errors import BasketError, InvalidAmount, PaymentError
from .money import parse_amount, round_money
from .money_format import fmt_money
from .tenders import GIFT_CARD, POINTS

TAX_CODE = "G"  # not a VAT code (one letter: the receipt prints it beside the line); the rate is 0
KIND = "gift_card"  # a product's kind (products.kind)
DEFAULT_MAX = Decimal(500)  # the most one sale may load onto a card, unless the store sets gift_card_max
SETTING = "gift_card_max"  # `storedesk config set gift_card_max 300` (domain/store_settings.py checks it)
MIN_CODE, MAX_CODE = 6, 32


class GiftCardProduct(BasketError):
    """Scanned a product of kind gift card: the till asks for the card's code and amount first."""

    def __init__(self, sku: str, name: str):
        super().__init__(msg("giftcards", "Scan the gift card and type its amount"))
        self.sku, self.name = sku, name


def parse_code(text: str) -> str:
    """A card's code as scanned or typed: 6 to 32 letters, digits and dashes (upper-cased)."""
    code = (text or "").strip().upper()
    if not (MIN_CODE <= len(code) <= MAX_CODE) or not all(c.isascii() and (c.isalnum() or c == "-") for c in code):
        raise BasketError(msg("giftcards", "Scan the gift card's code (6 to 32 letters, digits or dashes)"))
    return code


def most_of(settings: Mapping[str, str]) -> Decimal:
    """The most one sale may load onto a card: the store's gift_card_max, or DEFAULT_MAX when it
    is empty or missing (the value was checked when stored)."""
    value = settings.get(SETTING) or ""
    return Decimal(value) if value else DEFAULT_MAX


def parse_load(text: str, currency: str, most: Decimal = DEFAULT_MAX) -> Decimal:
    """The amount to load onto a card, as typed in the store's locale: more than 0, at most `most`."""
    return check_load(parse_amount(text, currency), currency, most)


def check_load(amount: Decimal, currency: str, most: Decimal = DEFAULT_MAX) -> Decimal:
    """An amount to load onto a card: more than 0, at most `most`, in the currency's cents."""
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount != round_money(amount, currency):
        raise InvalidAmount(msg("giftcards", "A gift card's amount must be more than zero"))
    if amount <= 0:
        raise InvalidAmount(msg("giftcards", "A gift card's amount must be more than zero"))
    if amount > most:
        raise InvalidAmount(
            msg("giftcards", "A gift card takes at most {most} at a time", most=fmt_money(most, currency))
        )
    return amount


def mask(code: str) -> str:
    """A card's code as printed: all but the last 4 characters hidden."""
    return "*" * max(len(code) - 4, 0) + code[-4:]


def card_line(
    basket: Basket, product_id: int, sku: str, name: str, code: str, amount: Decimal, most: Decimal = DEFAULT_MAX
) -> BasketLine:
    """The line that sells `amount` (at most `most`, the store's gift_card_max) onto card `code`,
    checked against the basket."""
    if any(ln.gift_card == code for ln in basket.active_lines):
        raise BasketError(msg("giftcards", "Gift card {code} is already on this sale", code=mask(code)))
    for taken in basket.taken:
        _refuse_tender(taken.tender.kind)
    amount = check_load(amount, basket.currency, most)
    return BasketLine(
        product_id=product_id,
        sku=sku,
        name=name,
        unit_price=amount,
        quantity=Decimal(1),
        tax_code=TAX_CODE,
        tax_rate=Decimal(0),
        gift_card=code,
    )


def _refuse_tender(kind: str) -> None:
    """A gift card is bought with money: not with another card, nor with loyalty points (which
    would turn points into money anyone can spend)."""
    if kind == GIFT_CARD:
        raise PaymentError(msg("giftcards", "A gift card cannot be paid with a gift card"))
    if kind == POINTS:
        raise PaymentError(
            msg(
                "giftcards",
                "A gift card cannot be paid with loyalty points; give the points back first (F10, then Del)",
            )
        )


def refuse_price_change(line: BasketLine) -> None:
    """A gift card line loads exactly its amount: no discount, no other price."""
    if line.gift_card:
        raise BasketError(
            msg(
                "giftcards",
                "A gift card loads exactly its amount: it takes no discount and no other price. Void the line "
                "and sell the card again with the right amount",
            )
        )


def check_sale(basket: Basket, tender_kinds: Iterable[str]) -> None:
    """What a sale with gift card lines must be when it completes: each card once, its amount as
    sold (no discount, no other price), paid with money (not a card, not points)."""
    cards = [ln for ln in basket.active_lines if ln.gift_card]
    codes = [ln.gift_card for ln in cards]
    if len(codes) != len(set(codes)):
        raise BasketError(msg("giftcards", "A gift card is on two lines of this sale; void one"))
    if not cards:
        return
    for ln in cards:
        if ln.discount is not None or ln.price_override is not None:
            refuse_price_change(ln)
    for kind in set(tender_kinds):
        _refuse_tender(kind)
