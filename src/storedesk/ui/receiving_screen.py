"""Receiving: pick an expected delivery (an ASN from the hub, a transfer from another store,
or one typed in with F2), scan what arrived, see over and short per line, post it (F9:
the movements and the receiving report PDF)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ..domain.money_format import fmt_qty
from ..i18n import noop
from ..services.stock import printing, receiving
from . import keymap
from .palette import ERROR_RED, OK_GREEN
from .stock_common import OpenDocumentsPanel, from_milli, signed
from .stock_dialogs import NewDeliveryDialog
from .translation import tr
from .widgets import fill, readable_columns, table

KEYS = keymap.RECEIVING
SOURCES = {"asn": noop("stock", "ASN (hub)"), "transfer": noop("stock", "Transfer"), "typed": noop("stock", "Typed")}
# a line's status as the list says it (domain/stock_ops.ReceivedLine.status)
STATUSES = {
    "unexpected": noop("stock", "not on the notice"),
    "over": noop("stock", "over"),
    "short": noop("stock", "short"),
    "ok": noop("stock", "ok"),
}
# Typical values: no column gets narrower than these (nor than its caption)
DELIVERY_SAMPLES = {0: "ASN-2026-0000000", 1: "ASN (hub)", 3: "9,999", 4: "9,999", 5: "999"}
LINE_SAMPLES = {0: "SKU0000000", 2: "9,999", 3: "9,999", 4: "+9,999", 5: "not on the notice"}
NAME_SAMPLE = "Product Name Sample"


class ReceivingScreen(OpenDocumentsPanel):
    right_from = 3
    no_document = noop("stock", "No delivery chosen: F2 types one in")

    def __init__(self, ops, cfg, user_fn, parent=None):
        super().__init__(ops, cfg, user_fn, KEYS, parent)
        self.last_posted: str | None = None
        expected, received = tr("stock", "Expected"), tr("stock", "Received")
        self.deliveries = self.documents = table(
            [
                tr("stock", "Reference"),
                tr("stock", "Source"),
                tr("stock", "From"),
                expected,
                received,
                tr("stock", "Lines"),
            ],
            2,
        )
        self.deliveries.setMaximumHeight(150)
        self.scan.setPlaceholderText(
            tr("stock", "Scan each item received (6*code for a case of six, -1*code takes one back)")
        )
        self.lines = table(
            [
                tr("stock", "SKU"),
                tr("stock", "Product"),
                expected,
                received,
                tr("stock", "Over / short"),
                tr("stock", "Status"),
            ],
            1,
        )
        self.lay_out(tr("stock", "Receiving"), self.deliveries, self.scan, (self.lines, 1))
        delivery_samples = {**DELIVERY_SAMPLES, 1: tr("stock", SOURCES["asn"])}
        readable_columns(self.deliveries, delivery_samples, stretch=2, stretch_sample=NAME_SAMPLE)
        line_samples = {**LINE_SAMPLES, 5: tr("stock", STATUSES["unexpected"])}
        readable_columns(self.lines, line_samples, stretch=1, stretch_sample=NAME_SAMPLE)

    # ---- the open deliveries -----------------------------------------------------------
    def ask_open(self, ok) -> None:
        self.ops.call(receiving.deliveries, "open", ok=ok, err=self.error)

    def row_of(self, d) -> list:
        return [
            d.reference,
            _source(d.source),
            d.supplier or "-",
            fmt_qty(d.expected),
            fmt_qty(d.received),
            d.lines,
        ]

    def show_none(self) -> None:
        fill(self.lines, [])
        self.heading.setText(tr("stock", "No delivery expected: F2 types one in"))
        self.done.emit()

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.open):
            self.current = self.open[row]
            self.heading.setText(f"{self.current.reference} · {_source(self.current.source)}")
            self.ops.call(receiving.delivery, self.current.id, ok=self._show_lines, err=self.error)

    def _show_lines(self, d) -> None:
        rows, colours = [], []
        for ln in d.lines:
            diff = ln.difference_milli
            status = tr("stock", STATUSES[ln.status]) if ln.status in STATUSES else ln.status
            rows.append(
                [
                    ln.sku,
                    ln.name,
                    fmt_qty(from_milli(ln.expected_milli)),
                    fmt_qty(from_milli(ln.received_milli)),
                    signed(from_milli(diff)) if diff else "",
                    status,
                ]
            )
            colours.append(ERROR_RED if diff < 0 else OK_GREEN if diff > 0 else None)
        fill(self.lines, rows, right_from=2, colours=colours)
        self.done.emit()

    def act(self, action: str) -> None:
        if action == "new":
            dlg = NewDeliveryDialog(self)

            def finished(code):
                if code == QDialog.DialogCode.Accepted:
                    self.ops.call(
                        receiving.create_delivery,
                        self.user,
                        dlg.reference(),
                        dlg.supplier(),
                        dlg.lines(),
                        ok=self._delivery_saved,
                        err=self.error,
                    )

            self.open_dialog(dlg, finished)
        elif action == "post":
            if self.current is None:
                self.message.show_error(tr("stock", "Choose a delivery first"))
                return
            self.ops.call(receiving.post_receiving, self.user, self.current.id, ok=self._posted, err=self.error)
        elif action == "print":
            if not self.last_posted:
                self.message.show_error(tr("stock", "Post a delivery first: its report is printed then"))
                return
            self.ops.call(printing.receiving_report, self.last_posted, ok=self._printed, err=self.error)

    def take_scan(self, delivery_id: str, code: str, qty: str) -> None:
        self.ops.call(receiving.receive_scan, self.user, delivery_id, code, qty, ok=self._scanned, err=self.error)

    def _delivery_saved(self, delivery_id: str) -> None:
        self.message.show_ok(tr("stock", "Delivery saved: scan the items as they arrive"))
        self.refresh(select=delivery_id)

    def _scanned(self, s) -> None:
        if s.unexpected:
            said = tr(
                "stock",
                "{product}: {received} received (not on the notice)",
                product=s.name,
                received=fmt_qty(s.received),
            )
        else:
            said = tr(
                "stock",
                "{product}: {received} received of {expected} expected",
                product=s.name,
                received=fmt_qty(s.received),
                expected=fmt_qty(s.expected),
            )
        self.message.show_ok(said)
        if self.current is None:  # a refresh emptied the list while the scan was saved: no lines to show
            return
        self.ops.call(receiving.delivery, self.current.id, ok=self._show_lines, err=self.error)

    def _posted(self, res) -> None:
        s = res.summary
        self.last_posted = res.delivery_id
        self.message.show_ok(
            tr(
                "stock",
                "{doc} posted: %n product(s) into stock · {over} over, {short} short, {unexpected} not expected. "
                "Printing the report…",
                n=res.movements,
                doc=res.doc_no,
                over=s["over"],
                short=s["short"],
                unexpected=s["unexpected"],
            )
        )
        self.ops.call(printing.receiving_report, res.delivery_id, ok=self._printed, err=self.error)
        self.current = None
        self.refresh()

    def _printed(self, path) -> None:
        self.message.show_ok(tr("stock", "Receiving report saved: {path}", path=path))
        self.done.emit()


def _source(source: str) -> str:
    """Where a delivery comes from, as the list says it: "ASN (hub)", "Transfer", "Typed"."""
    return tr("stock", SOURCES[source]) if source in SOURCES else source
