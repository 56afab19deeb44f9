"""The words and dates of what the customer reads: in the store's language and locale.

A receipt is a legal document in the country's language, whoever stands at the till: every
printed sentence goes through `translate(context, source, n=None, **values)` (the store's
language, `i18n.paper()`; the extractor finds these calls by their name) and every date
through `when` / `day` / `clock` (the store's locale, `i18n.formats`). A Z report is frozen
with its times as text ("2026-03-28 08:50", DESIGN rule 4): `local_text` writes such a stored
time the locale's way when it is printed, and leaves anything else as it is.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from ...domain.receipt import ReceiptLine, ReceiptLoyalty, ReceiptSignature
from ...i18n import Message, noop, paper
from ...i18n.formats import fmt_date, fmt_datetime, fmt_time

__all__ = [
    "RECEIPT_COPY",
    "REPORT_COPY",
    "clock",
    "copy_banner",
    "day",
    "discount_rows",
    "duplicate_words",
    "local_text",
    "order_words",
    "prices_note",
    "said",
    "signature_words",
    "tender_label",
    "translate",
    "when",
    "z_signature_words",
]

# What an unnumbered copy says (translated where it is printed, in the context named)
RECEIPT_COPY = ("receipt", noop("receipt", "COPY - DUPLICATE"))
REPORT_COPY = ("report", noop("report", "COPY - REPRINT"))
REPORT_FOOTER_COPY = ("report", noop("report", "COPY"))


def translate(context: str, source: str, n: int | None = None, **values: Any) -> str:
    """`source` in the store's language: translate("receipt", "Change"), plurals with `n`."""
    return paper().translate(context, source, n, **values)


def signature_words(sig: ReceiptSignature) -> str:
    """The signing country's line (issue 19): software, version, number, signature fingerprint."""
    return translate(
        "receipt",
        "{software} {version} - receipt {number} - signature {fingerprint}",
        software=sig.software,
        version=sig.version,
        number=sig.number,
        fingerprint=sig.fingerprint,
    )


def z_signature_words(sig: ReceiptSignature) -> str:
    """The signing country's line on a Z report (issue 19): as a receipt's, naming a Z report."""
    return translate(
        "report",
        "{software} {version} - Z report {number} - signature {fingerprint}",
        software=sig.software,
        version=sig.version,
        number=sig.number,
        fingerprint=sig.fingerprint,
    )


def duplicate_words(number: int) -> str:
    """A reprint's banner (issue 19): "DUPLICATA n° 2" in French; its number counted in the journal."""
    return translate("receipt", "DUPLICATE No. {number}", number=number)


def copy_banner(duplicate: int, unnumbered: tuple[str, str] = RECEIPT_COPY) -> str:
    """The one rule for a reprint's banner, on receipts and reports, PDF and ESC/POS: its journaled
    number when it has one ("DUPLICATA n° 2", issue 19), else the `unnumbered` (context, sentence)
    copy words (a copy rendered without a journaled number)."""
    if duplicate:
        return duplicate_words(duplicate)
    context, source = unnumbered
    return translate(context, source)


def discount_rows(line: ReceiptLine) -> list[tuple[str, Decimal]]:
    """The rows under a sold line that say what was taken off it: one per promotion (by its id:
    promotions have no names), then the rest of its discount (the clerk's, a basket discount's
    share); each (words, amount taken off, negative)."""
    rows = [(translate("receipt", "Promotion {id}", id=pid), -amount) for pid, amount in line.promotions]
    if line.other_discount:
        rows.append((translate("receipt", "Discount"), -line.other_discount))
    return rows


def order_words(order_number: str, fulfilment: str, pickup_store: str) -> str:
    """How an ordered line (the endless aisle) reaches the customer, with its order; "" for a
    line taken off the shelf."""
    if not order_number:
        return ""
    if fulfilment == "ship":
        return translate("receipt", "To deliver — order {number}", number=order_number)
    return translate("receipt", "To collect at {store} — order {number}", store=pickup_store, number=order_number)


def when(value: datetime) -> str:
    """03/05/2024 14:22 (fr_FR, en_IE), 03.05.24 14:22 (de_DE): a document's date and time."""
    return fmt_datetime(value)


def day(value: date) -> str:
    return fmt_date(value)


def clock(value: time | datetime) -> str:
    return fmt_time(value)


_STORED = (
    ("%Y-%m-%d %H:%M", when),
    ("%d/%m/%Y %H:%M", when),  # the pickup desk's slips (services/pickup/slips.py)
    ("%Y-%m-%d", day),
    ("%H:%M", lambda v: clock(v.time())),
)


def local_text(text: str) -> str:
    """A time given as text ("2026-03-28 08:50" in a frozen Z, "28/03/2026 08:50" on a pickup
    slip, "2026-03-28", "08:50"), written in the store's locale; any other text as it is."""
    for pattern, write in _STORED:
        try:
            value = datetime.strptime(text, pattern)
        except (TypeError, ValueError):
            continue
        return write(value)
    return text


def loyalty_lines(loyalty: ReceiptLoyalty | None) -> list[str]:
    """The customer's card and points under the payments (issue 18), one sentence a line."""
    if loyalty is None:
        return []
    out = [translate("receipt", "Loyalty card {card}", card=loyalty.card)] if loyalty.card else []
    out.append(translate("receipt", "Points earned: %n", n=loyalty.earned))
    if loyalty.redeemed:
        out.append(translate("receipt", "Points redeemed: %n", n=loyalty.redeemed))
    if loyalty.balance is None:
        out.append(translate("receipt", "These points are added to your card at the next sync"))
    else:
        out.append(translate("receipt", "Points balance: %n", n=loyalty.balance))
    return out


def tender_label(label: str, reference: str) -> str:
    """ "Card ref AUTH 845213": a tender (its English label from the services) in the store's language."""
    name = translate("receipt", label)
    return translate("receipt", "{tender} ref {reference}", tender=name, reference=reference) if reference else name


def gift_card_words(masked_code: str) -> str:
    """The line of a gift card sold: which card (its code masked but the last 4)."""
    return translate("receipt", "Gift card {code}", code=masked_code)


def card_balance_words() -> str:
    return translate("receipt", "Left on the gift card")


def prices_note(include_tax: bool) -> str:
    return translate("receipt", "All prices incl. VAT") if include_tax else translate("receipt", "All prices excl. VAT")


def said(value: Message | str, context: str) -> str:
    """A sentence a service hands over for a paper: a `Message` (msg(...)) in the store's
    language; a plain English sentence translated when `context` has it, else as it is."""
    if isinstance(value, Message):
        return paper().text(value)
    return translate(context, value) if value else value
