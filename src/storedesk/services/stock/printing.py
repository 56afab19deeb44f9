"""Stock documents as PDF files in the data folder (DESIGN: every printed document is kept):
receiving reports, count variance reports, shelf and price labels.

  <data>/stock/YYYY-MM/REC-....pdf, CNT-...-variance.pdf, labels-<time>.pdf
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ...adapters.pending_prices_repo import UpcomingPrice
from ...adapters.printing import labels_pdf, stock_report_pdf
from ...domain.money import from_minor
from ...domain.price_schedule import parse_local
from ...domain.stock_ops import StockError
from ...i18n import msg, paper
from .. import prices
from ..context import User, config, utcnow
from .counts import variance_report
from .posting import find_product
from .receiving import load_delivery

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork


def _folder(uow: UnitOfWork, data_dir: Path | None) -> Path:
    base = Path(data_dir) if data_dir else Path(uow.db.path).parent
    return base / "stock" / f"{datetime.now(UTC):%Y-%m}"


def receiving_report(uow: UnitOfWork, delivery_id: str, data_dir: Path | None = None, out: Path | None = None) -> Path:
    cfg = config(uow)
    with uow.read() as tx:
        d = load_delivery(tx, delivery_id)
        user = tx.users.by_id(d.received_by) if d.received_by else None
    if d.status != "received":
        raise StockError(msg("stock", "The receiving report is printed once the delivery is posted"))
    when = f"{cfg.local(d.received_at):%Y-%m-%d %H:%M}" if d.received_at else ""
    data = stock_report_pdf.render_receiving(
        _store_line(cfg),
        d.doc_no or "",  # numbered when it is posted (received)
        d.reference,
        d.source,
        d.supplier,
        when,
        user.name if user else "",
        [(ln.sku, ln.name, ln.expected_milli, ln.received_milli) for ln in d.lines],
    )
    return stock_report_pdf.write_pdf(out or _folder(uow, data_dir) / f"{d.doc_no}.pdf", data)


def variance_pdf(
    uow: UnitOfWork, user: User, count_id: str, approver=None, data_dir: Path | None = None, out: Path | None = None
) -> Path:
    """The variance report of a count (a manager's document: the same permission as seeing it)."""
    cfg = config(uow)
    rep = variance_report(uow, user, count_id, approver)
    approved_by = ""
    with uow.read() as tx:
        c = tx.stock_ops.count(count_id)
        by = tx.users.by_id(c.approved_by) if c is not None and c.approved_by else None
        if by is not None:
            approved_by = by.name
    data = stock_report_pdf.render_variance(
        _store_line(cfg),
        rep.count.doc_no,
        rep.count.kind,
        rep.count.status,
        f"{cfg.local(rep.prepared_at):%Y-%m-%d %H:%M}",
        cfg.currency,
        [
            (ln.sku, ln.name, ln.snapshot_milli, ln.counted_milli, ln.variance_milli, ln.variance_minor)
            for ln in rep.lines
        ],
        approved_by,
    )
    return stock_report_pdf.write_pdf(out or _folder(uow, data_dir) / f"{rep.count.doc_no}-variance.pdf", data)


def _store_line(cfg) -> str:
    """Under a report's title: the store and the station, in the store's language."""
    return paper().translate(
        "stock_report",
        "{store} ({code}) · station {station}",
        store=cfg.store_name,
        code=cfg.store_code,
        station=cfg.station_code,
    )


def _labels_title(kind: str, store_code: str) -> str:
    """A labels PDF's title (what a print queue or a PDF viewer shows), in the store's language."""
    if kind == "shelf":
        return paper().translate("labels", "Shelf labels · {store}", store=store_code)
    return paper().translate("labels", "Price labels · {store}", store=store_code)


def _label(tx: Tx, product, cfg, old_minor: int | None = None) -> labels_pdf.Label:
    return labels_pdf.Label(
        product.sku,
        product.name,
        from_minor(product.price_minor, cfg.currency),
        cfg.currency,
        tx.catalog.first_barcode(product.id),
        product.unit,
        None if old_minor is None else from_minor(old_minor, cfg.currency),
    )


def labels_for(
    uow: UnitOfWork,
    codes: list[str],
    kind: str = "shelf",
    copies: int = 1,
    data_dir: Path | None = None,
    out: Path | None = None,
) -> Path:
    """Labels for a selection of products (barcodes, SKUs or product ids as text)."""
    if not codes:
        raise StockError(msg("stock", "Select at least one product for labels"))
    cfg = config(uow)
    labels = []
    with uow.read() as tx:
        for code in codes:
            p = tx.catalog.by_id(int(code)) if isinstance(code, int) else find_product(tx, code)
            labels += [_label(tx, p, cfg)] * max(1, copies)
    stamp = utcnow()[:19].replace(":", "").replace("-", "")
    return labels_pdf.write_labels(
        out or _folder(uow, data_dir) / f"labels-{kind}-{stamp}.pdf",
        labels,
        kind,
        _labels_title(kind, cfg.store_code),
    )


class PendingPriceChange(NamedTuple):
    """A price change received and not yet on a label (a tuple too: the Stock screen counts them):
    one in force (valid_from "", id of price_changes) or one to come (valid_from the store's local
    date-time it switches at, id of pending_prices; services/prices.py), whose label prints beforehand."""

    id: int
    sku: str
    name: str
    old_price_minor: int
    new_price_minor: int
    changed_at: str
    valid_from: str = ""


class LabelsWritten(NamedTuple):
    path: Path  # the PDF
    labels: int


def pending_price_changes(uow: UnitOfWork, now: datetime | None = None) -> list[PendingPriceChange]:
    """The changes in force oldest first, then the prices to come (at `now`), soonest first."""
    cfg = config(uow)
    with uow.read() as tx:
        out = []
        for c in tx.stock_ops.price_changes(True):
            p = tx.catalog.by_id(c.product_id)
            assert p is not None  # a price change names a product of the catalog (products are never deleted)
            out.append(PendingPriceChange(c.id, p.sku, p.name, c.old_price_minor, c.new_price_minor, c.changed_at))
        for u in prices.upcoming(tx, cfg.tz, now=now):
            out.append(
                PendingPriceChange(
                    u.id, u.sku, u.name, u.current_price_minor, u.price_minor, u.received_at, u.valid_from
                )
            )
    return out


def price_change_labels(
    uow: UnitOfWork,
    kind: str = "price",
    data_dir: Path | None = None,
    out: Path | None = None,
    now: datetime | None = None,
) -> LabelsWritten:
    """Labels for every price change received (from the hub feed or an import) and not yet printed,
    and for every price to come (a later valid_from) not yet on a label, so they are on the shelf
    beforehand; marks them printed in the same transaction that reads them. Several changes of one
    product: one label with the first old price and the current price; a price to come: its own
    label, the price of today as the old one."""
    cfg = config(uow)
    with uow.write() as tx:
        changes = tx.stock_ops.price_changes(True)
        to_come = prices.upcoming(tx, cfg.tz, now=now)
        if not changes and not to_come:
            raise StockError(msg("stock", "No price change is waiting for a label"))
        first_old: dict[int, int] = {}
        for c in changes:
            first_old.setdefault(c.product_id, c.old_price_minor)
        labels = [_label(tx, tx.catalog.by_id(pid), cfg, old) for pid, old in first_old.items()]
        labels += [_label_to_come(tx, u, cfg) for u in to_come]
        stamp = utcnow()[:19].replace(":", "").replace("-", "")
        path = labels_pdf.write_labels(
            out or _folder(uow, data_dir) / f"labels-price-changes-{stamp}.pdf",
            labels,
            kind,
            paper().translate("labels", "Price change labels · {store}", store=cfg.store_code),
        )
        tx.stock_ops.mark_printed([c.id for c in changes], utcnow())
        prices.mark_labels_printed(tx, [u.id for u in to_come], utcnow())
    return LabelsWritten(path, len(labels))


def _label_to_come(tx: Tx, u: UpcomingPrice, cfg) -> labels_pdf.Label:
    label = _label(tx, tx.catalog.by_id(u.product_id), cfg, u.current_price_minor)
    return replace(label, price=from_minor(u.price_minor, cfg.currency), valid_from=parse_local(u.valid_from))
