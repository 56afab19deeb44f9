"""Build the receipt of a stored sale and keep it as a PDF in the data folder; the one way a
receipt, a sale's or a return's (services/returns/printing.py), is kept and printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .. import __version__
from ..adapters.aisle_repo import AisleRepo, LineOrderRow
from ..adapters.customers_repo import CustomersRepo, SaleCustomerRow
from ..adapters.gift_cards_repo import GiftCardsRepo
from ..adapters.repositories import from_milli
from ..adapters.signatures_repo import SignaturesRepo
from ..domain.errors import DomainError
from ..domain.fiscal import signing
from ..domain.fiscal.countries import SETTING, country_of
from ..domain.gift_cards import mask
from ..domain.money import from_minor
from ..domain.permissions import Perm, require
from ..domain.receipt import ReceiptDoc, ReceiptLine, ReceiptLoyalty, ReceiptSignature, ReceiptTender
from ..i18n import noop
from . import pending_receipts as pending
from .context import config
from .fiscal import events

if TYPE_CHECKING:
    from ..adapters.uow import Tx, UnitOfWork

# English here (the doc is data); printed in the store's language (adapters/printing/words.py)
TENDER_LABELS = {
    "cash": noop("receipt", "Cash"),
    "card": noop("receipt", "Card"),
    "points": noop("receipt", "Points"),
    "gift_card": noop("receipt", "Gift card"),
}
SOFTWARE = "storedesk"  # the software's name on a signing country's receipt (issue 19)
D = TypeVar("D")  # the document printed: a ReceiptDoc or a ReturnReceiptDoc


def receipt_top(cfg, created_at: str, station_code: str, clerk_name: str) -> dict[str, Any]:
    """The top of a sale's or a return's receipt (domain/receipt.py ReceiptTop's fields): the store
    as configured, and when, where and by whom the document was made."""
    return {
        "local_time": cfg.local(created_at),
        "store_name": cfg.store_name,
        "store_address": cfg.store_address,
        "store_tax_id": cfg.store_tax_id,
        "station_code": station_code,
        "clerk_name": clerk_name,
    }


def _order_of(row: LineOrderRow | None) -> tuple[str, str, str]:
    """ReceiptLine's order_number, fulfilment, pickup_store of a line (empty: off the shelf)."""
    return ("", "", "") if row is None else (row.number, row.fulfilment, row.pickup_store)


def receipt_doc(uow: UnitOfWork, sale_id: str, copy: bool = False) -> ReceiptDoc:
    cfg = config(uow)
    with uow.read() as tx:
        sale = tx.sales.get(sale_id)
        ordered = AisleRepo(tx.conn).of_sale(sale_id)  # the endless aisle's lines (s0018)
        promoted = tx.promotions.of_sale(sale_id)  # what each promotion gave each line (s0019)
        customer = CustomersRepo(tx.conn).of_sale(sale_id)  # the customer and points (s0020)
        cards = GiftCardsRepo(tx.conn)  # the gift cards sold, and the balances after payments (s0021)
        sold_cards = cards.of_sale(sale_id)
        card_left = cards.balances_after(sale.head.basket_id) if sale is not None else {}
        signature = signature_of(tx, sale.head.receipt_no) if sale is not None else None  # issue 19
    if sale is None:
        raise DomainError("No such sale")
    head = sale.head
    cur = head.currency
    mm = lambda v: from_minor(v, cur)  # noqa: E731
    given: dict[int, list[tuple[str, Decimal]]] = {}
    for row in promoted:
        given.setdefault(row.line_no, []).append((row.promotion_id, mm(row.amount_minor)))
    lines = []
    for ln in sale.lines:
        lines.append(
            ReceiptLine(
                ln.name,
                ln.sku,
                from_milli(ln.quantity_milli),
                mm(ln.unit_price_minor),
                mm(ln.line_discount_minor + ln.basket_discount_minor),
                mm(ln.amount_minor),
                ln.tax_code,
                bool(ln.price_overridden),
                *_order_of(ordered.get(ln.line_no)),
                promotions=tuple(given.get(ln.line_no, ())),
                gift_card=mask(sold_cards[ln.line_no].code) if ln.line_no in sold_cards else "",
            )
        )
    taxes = tuple(t.line(cur) for t in sale.taxes)
    tenders = tuple(_tender(k, mm(a), ref, card_left, cur) for k, a, ref in sale.payments)
    return ReceiptDoc(
        receipt_no=head.receipt_no,
        **receipt_top(cfg, head.created_at, head.station_code, sale.user_name),
        currency=cur,
        prices_include_tax=bool(head.prices_include_tax),
        lines=tuple(lines),
        subtotal=mm(head.subtotal_minor),
        discount_total=mm(head.discount_minor),
        taxes=taxes,
        total=mm(head.total_minor),
        rounding=mm(head.rounding_minor),
        tenders=tenders,
        change=mm(head.change_minor),
        copy=copy,
        footer=cfg.receipt_footer,
        loyalty=_loyalty(customer),
        signature=signature,
    )


def signature_of(tx: Tx, receipt_no: str, kind: str = "sale") -> ReceiptSignature | None:
    """A signing country's receipt line (issue 19): the software, its version, the number and
    the first characters of the document's signature (`kind`: its journal entry's, "sale",
    "return", "shift_close" for a Z); None where the country asks for none."""
    signatures = SignaturesRepo(tx.conn)
    if not country_of({SETTING: signatures.fiscal_country()}).receipt_shows_fingerprint:
        return None
    signature = signatures.of_document(kind, receipt_no)
    if signature is None:
        return None
    return ReceiptSignature(SOFTWARE, __version__, receipt_no, signing.receipt_fingerprint(signature))


def _tender(kind: str, amount: Decimal, ref: str, card_left: dict[str, int], cur: str) -> ReceiptTender:
    """A payment as printed; a gift card's code masked, with its balance after it when known."""
    label = TENDER_LABELS.get(kind, kind.title())
    if kind != "gift_card":
        return ReceiptTender(label, amount, ref)
    left = card_left.get(ref)
    return ReceiptTender(label, amount, mask(ref), None if left is None else from_minor(left, cur))


def _loyalty(row: SaleCustomerRow | None) -> ReceiptLoyalty | None:
    if row is None:
        return None
    return ReceiptLoyalty(row.card, row.points_earned, row.points_redeemed, row.balance)


def receipt_path(data_dir: Path, doc: ReceiptDoc) -> Path:
    return kept_path(data_dir, doc.local_time, doc.receipt_no, doc.copy, doc.duplicate)


def kept_path(data_dir: Path, local_time: datetime, number: str, copy: bool, duplicate: int = 0) -> Path:
    """receipts/YYYY-MM/<number>.pdf (a duplicate: <number>-copy-<n>.pdf, n its journaled number,
    so that each reprint is kept, never overwritten by the next): where a sale's or a return's
    receipt is kept."""
    suffix = (f"-copy-{duplicate}" if duplicate else "-copy") if copy else ""
    return Path(data_dir) / "receipts" / f"{local_time:%Y-%m}" / f"{number}{suffix}.pdf"


def print_receipt(uow: UnitOfWork, data_dir: Path, sale_id: str, copy: bool = False, by: str = "") -> Path:
    """Render the PDF (always kept) and send it to the configured printer, if any (keep_and_print).
    A copy is a duplicate: journaled first with its number, which it prints (issue 19); `by`:
    who reprints it."""
    from ..adapters.printing.escpos_printer import print_receipt as escpos_print
    from ..adapters.printing.receipt_pdf import render_receipt_pdf

    doc = receipt_doc(uow, sale_id, copy)
    if copy:
        doc = replace(doc, duplicate=events.journal_reprint(uow, events.RECEIPT, doc.receipt_no, by))
    kept = Kept("sale", sale_id, doc.receipt_no, receipt_path(data_dir, doc), copy)
    return keep_and_print(uow, kept, doc, render_receipt_pdf, escpos_print)


@dataclass(frozen=True)
class Kept:
    """Which receipt is kept where: a sale's ("sale", sale id) or a return's ("return", return id)."""

    kind: str  # the kind of document on the list of receipts to write (services/pending_receipts.py)
    ref: str
    number: str  # the receipt or return number the clerk reads
    path: Path
    copy: bool


def keep_and_print(
    uow: UnitOfWork, kept: Kept, doc: D, render: Callable[[D, Path], Path], escpos: Callable[[D, str], None]
) -> Path:
    """Render `doc` as its PDF (always kept), then send it to the configured printer, if any.

    Printing happens after the document committed: a jammed printer never loses a sale or a
    return, and the receipt can be reprinted from the stored document. When the original PDF
    cannot be written (a full disk), the paper receipt is still printed, the document stays on
    the list of receipts to write (services/pending_receipts.py) and ReceiptNotWritten says it
    is saved."""
    try:
        path = render(doc, kept.path)
    except OSError as exc:
        if kept.copy:
            raise pending.copy_not_written(kept.number, exc) from exc
        pending.failed(uow, kept.kind, kept.ref, exc)
        printed = pending.on_paper(config(uow).printer, escpos, doc)
        raise pending.not_written(kept.kind, kept.number, exc, printed=printed) from exc
    if not kept.copy:
        pending.written(uow, kept.kind, kept.ref)
    cfg = config(uow)
    if cfg.printer:
        escpos(doc, cfg.printer)
    return path


def reprint_last(uow: UnitOfWork, data_dir: Path, user) -> Path:
    """Reprint the station's last receipt, marked as a numbered duplicate."""
    sale_id = last_to_reprint(uow, user, lambda tx: tx.sales.last_id(), "No sale to reprint yet")
    return print_receipt(uow, data_dir, sale_id, copy=True, by=user.username)


def last_to_reprint(uow: UnitOfWork, user, last_id: Callable[[Any], str | None], none_yet: str) -> str:
    """The id of the station's last sale or return, for a user who may reprint; `none_yet` when
    there is none."""
    require(user.role, Perm.REPRINT)
    with uow.read() as tx:
        ref = last_id(tx)
    if ref is None:
        raise DomainError(none_yet)
    return ref
