"""Tenders: cash with change and cash-only rounding, card with its approval reference, splits."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..i18n import Message, msg, noop
from .errors import PaymentError
from .money import MAX_AMOUNT, ZERO, round_money, round_to_step, to_minor
from .money_format import fmt_money

CASH = "cash"
CARD = "card"
EXCHANGE = "exchange"  # the credit of goods returned in the same visit (services/returns.complete_exchange)
VOUCHER = "voucher"  # store credit, redeemed at the hub first (services/vouchers.py); reference = its code
GIFT_CARD = "gift_card"  # a gift card's balance, taken at the hub first (atomically); reference = the card's code
POINTS = "points"  # loyalty points redeemed at the hub first; reference = the customer's loyalty card number
ONLINE = "online"  # a web order's payment, taken by the web shop: never at a station, refunded to
KINDS = (CASH, CARD, EXCHANGE, VOUCHER, GIFT_CARD, POINTS, ONLINE)
# A tender kind inside a sentence ("The counted total of card …"), context "tenders": kind_words()
KIND_WORDS = {
    CASH: noop("tenders", "cash"),
    CARD: noop("tenders", "card"),
    EXCHANGE: noop("tenders", "exchange credit"),
    VOUCHER: noop("tenders", "voucher"),
    GIFT_CARD: noop("tenders", "gift card"),
    POINTS: noop("tenders", "loyalty points"),
    ONLINE: noop("tenders", "online payment"),
}


def kind_words(kind: str) -> Message | str:
    """A tender kind to put in a sentence, translated with it; an unknown kind as it is."""
    return Message("tenders", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


@dataclass(frozen=True)
class Tender:
    kind: str
    amount: Decimal  # what was handed over (cash) or charged (card)
    reference: str = ""  # card terminal approval code

    def __post_init__(self):
        if self.kind not in KINDS:
            raise PaymentError(f"Unknown tender {self.kind!r}")
        if not isinstance(self.amount, Decimal) or not self.amount.is_finite() or self.amount <= 0:
            raise PaymentError(msg("payment", "A payment must be more than zero"))
        if self.amount > MAX_AMOUNT:
            raise PaymentError(msg("payment", "That payment is too large; check what was typed"))
        if self.kind == CARD and not self.reference.strip():
            raise PaymentError(msg("payment", "Enter the card terminal's approval code"))
        if self.kind == VOUCHER and not self.reference.strip():
            raise PaymentError(msg("payment", "A voucher payment needs the voucher's code"))
        if self.kind == GIFT_CARD and not self.reference.strip():
            raise PaymentError(msg("payment", "A gift card payment needs the card's code"))
        if self.kind == POINTS and not self.reference.strip():
            raise PaymentError(msg("payment", "A points payment needs the customer's loyalty card"))


TAKEN_KINDS = (CASH, CARD, VOUCHER, GIFT_CARD, POINTS)  # what may be taken before the sale completes (TakenTender)


@dataclass(frozen=True)
class TakenTender:
    """A payment taken before the sale completes: a card the terminal approved, a voucher the
    hub redeemed, cash handed over towards the rest. It is kept on the open basket from that
    moment (domain/basket.py), so a restart, a crash or a lock never loses the fact that the
    customer has already paid it; the sale's payments are these plus the final one."""

    tender: Tender
    redemption_id: str = ""  # a voucher's, gift card's or points' redemption at the hub: what gives it back
    taken_at: str = ""  # UTC, ISO 8601
    taken_by: str = ""  # the user name of the clerk who took it

    def __post_init__(self):
        if self.tender.kind not in TAKEN_KINDS:
            raise PaymentError(
                msg(
                    "payment",
                    "A {tender} payment cannot be taken before the sale completes",
                    tender=kind_words(self.tender.kind),
                )
            )

    def to_dict(self) -> dict:
        t = self.tender
        return {
            "kind": t.kind,
            "amount": str(t.amount),
            "reference": t.reference,
            "redemption_id": self.redemption_id,
            "taken_at": self.taken_at,
            "taken_by": self.taken_by,
        }

    @classmethod
    def from_dict(cls, d: dict) -> TakenTender:
        return cls(
            Tender(d["kind"], Decimal(d["amount"]), d.get("reference", "")),
            d.get("redemption_id", ""),
            d.get("taken_at", ""),
            d.get("taken_by", ""),
        )


def non_cash(tenders) -> Decimal:
    """What cards, vouchers and exchanges pay of a sale: exact cents, never any change."""
    return sum((t.amount for t in tenders if t.kind != CASH), ZERO)


def in_cash(tenders) -> Decimal:
    """What the customer handed over in cash (change comes only from it)."""
    return sum((t.amount for t in tenders if t.kind == CASH), ZERO)


@dataclass(frozen=True)
class Settlement:
    """How a total was paid. Invariant: sum(tenders) - change == total + rounding."""

    total: Decimal
    rounding: Decimal  # cash rounding, + means the customer pays more
    change: Decimal
    tenders: tuple[Tender, ...]

    @property
    def paid(self) -> Decimal:
        return sum((t.amount for t in self.tenders), ZERO)

    @property
    def amount_due(self) -> Decimal:
        return self.total + self.rounding


def cash_due(total: Decimal, non_cash: Decimal, step: Decimal, currency: str = "EUR") -> Decimal:
    """What the rest costs in cash, rounded to the cash step (cash only)."""
    return round_to_step(round_money(total - non_cash, currency), step)


def remaining(total: Decimal, tenders: list[Tender], step: Decimal, currency: str = "EUR") -> tuple[Decimal, Decimal]:
    """(left to pay by card, left to pay in cash) after the tenders given so far."""
    exact, cash = non_cash(tenders), in_cash(tenders)
    exact_left = max(total - exact - cash, ZERO)
    cash_left = max(cash_due(total, exact, step, currency) - cash, ZERO)
    return exact_left, cash_left


def settle(total: Decimal, tenders: list[Tender], step: Decimal = ZERO, currency: str = "EUR") -> Settlement:
    """Check that the tenders pay `total`; work out rounding and change.

    Cards pay exact cents and never give change; cash pays the remainder rounded to the
    cash step; change only ever comes from cash.
    """
    if total < 0:
        raise PaymentError(msg("payment", "A sale total cannot be negative"))
    if not tenders:
        if total == 0:  # made free by a 100 % discount: nothing to hand over
            return Settlement(total, ZERO, ZERO, ())
        raise PaymentError(msg("payment", "Add a payment first"))
    for t in tenders:
        to_minor(t.amount, currency)  # 10.001 is refused here, naming what was typed
    exact, cash = non_cash(tenders), in_cash(tenders)
    if exact > total:
        raise PaymentError(msg("payment", "Card payments exceed the amount due; cards give no change"))
    due_cash = cash_due(total, exact, step, currency)
    if cash == 0:
        if exact == total:
            return Settlement(total, ZERO, ZERO, tuple(tenders))
        if due_cash == 0:  # the rest would be paid in cash and rounds to nothing
            return Settlement(total, -(total - exact), ZERO, tuple(tenders))
        raise PaymentError(msg("payment", "{amount} still to pay", amount=fmt_money(total - exact, currency)))
    rounding = due_cash - (total - exact)
    if cash < due_cash:
        raise PaymentError(msg("payment", "{amount} still to pay in cash", amount=fmt_money(due_cash - cash, currency)))
    return Settlement(total, rounding, cash - due_cash, tuple(tenders))
