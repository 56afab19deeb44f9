"""Stock count (cycle or full), BLIND: the counter scans what is on the shelf and never sees
the expected quantity. Several people may scan the same count at once (each scan is its own
transaction). The manager opens the variance (F8, quantity and value), approves it (F9: the
correcting movements are posted) and prints it (F10). A count started on another station of
the store is listed too (its station named): everyone scans it, and that station approves it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel

from ..domain.money import from_minor
from ..domain.money_format import fmt_money, fmt_qty
from ..i18n import noop
from ..i18n.formats import fmt_datetime
from ..services.stock import counts, printing
from . import keymap
from .palette import ERROR_RED, OK_GREEN
from .stock_common import OpenDocumentsPanel, from_milli, signed
from .translation import tr
from .widgets import fill, readable_columns, table

KEYS = keymap.COUNT
SHOW_LINES = 1000  # a full count of a big store has many lines: the largest values are shown
# Typical values: no column gets narrower than these (nor than its caption)
COUNT_SAMPLES = {0: "CNT-PAR01-T1-000000", 1: "cycle (T2)", 2: "28/11/2026 17:00", 3: "9,999", 4: "9,999"}
# a count's kind in the list's column, and as a sentence names it
KINDS = {"cycle": noop("stock", "cycle"), "full": noop("stock", "full")}
KIND_NAMES = {"cycle": noop("stock", "cycle count"), "full": noop("stock", "full count")}
LINE_SAMPLES = {0: "SKU0000000", 2: "9,999", 3: "9,999"}
VARIANCE_SAMPLES = {0: "SKU0000000", 2: "9,999", 3: "9,999", 4: "+9,999", 5: "−€99,999.99"}
NAME_SAMPLE = "Product Name Sample"
_SAMPLE_TIME = datetime(2026, 12, 28, 17, 0)


class CountScreen(OpenDocumentsPanel):
    no_document = noop("stock", "Start a count first (F2 cycle, F3 full)")

    def __init__(self, ops, cfg, user_fn, parent=None):
        super().__init__(ops, cfg, user_fn, KEYS, parent)
        self.current: counts.CountInfo | None = None
        self.scanned: list[list] = []  # this screen's scans, newest first
        self.report = None
        self.heading.setText(tr("stock", "No count selected: F2 starts a cycle count, F3 a full count"))
        self.counts = self.documents = table(
            [
                tr("stock", "Count"),
                tr("stock", "Kind"),
                tr("stock", "Started"),
                tr("stock", "Products"),
                tr("stock", "Scans"),
            ],
            0,
        )
        self.counts.setMaximumHeight(130)
        self.scan.setPlaceholderText(
            tr("stock", "Scan what is on the shelf (5*code for five, 0*code when none is there)")
        )
        sku, product = tr("stock", "SKU"), tr("stock", "Product")
        self.lines = table([sku, product, tr("stock", "Added"), tr("stock", "Counted so far")], 1)
        self.variance = table(
            [
                sku,
                product,
                tr("stock", "Expected"),
                tr("stock", "Counted"),
                tr("stock", "Variance"),
                tr("stock", "Value"),
            ],
            1,
        )
        self.variance.hide()
        self.variance_caption = QLabel("")
        self.variance_caption.setObjectName("totalCaption")
        self.variance_caption.hide()
        self.lay_out(
            tr("stock", "Stock count"),
            self.counts,
            self.scan,
            (self.lines, 2),
            self.variance_caption,
            (self.variance, 2),
        )
        samples = {**COUNT_SAMPLES, 1: f"{tr('stock', KINDS['cycle'])} (T2)", 2: fmt_datetime(_SAMPLE_TIME)}
        readable_columns(self.counts, samples, stretch=0)
        readable_columns(self.lines, LINE_SAMPLES, stretch=1, stretch_sample=NAME_SAMPLE)
        readable_columns(self.variance, VARIANCE_SAMPLES, stretch=1, stretch_sample=NAME_SAMPLE)

    # ---- the open counts ---------------------------------------------------------------
    def ask_open(self, ok) -> None:
        self.ops.call(counts.counts, "open", ok=ok, err=self.error)

    def row_of(self, c) -> list:
        return [c.doc_no, self._kind(c), fmt_datetime(self.cfg.local(c.created_at)), c.products, c.scans]

    def listed(self, rows, select: str | None = None) -> None:
        super().listed(rows, select)
        self.done.emit()

    def show_none(self) -> None:
        self.heading.setText(tr("stock", "No open count: F2 starts a cycle count, F3 a full count"))

    def choose(self, row: int) -> None:
        if not (0 <= row < len(self.open)):
            return
        c = self.open[row]
        if self.current is None or c.id != self.current.id:
            self.scanned = []
            fill(self.lines, [])
            self._hide_variance()
        self.current = c
        if self._elsewhere(c):
            heading = tr(
                "stock",
                "{doc} · {kind} · scanning · started on {station}, approved there",
                doc=c.doc_no,
                kind=_count_name(c.kind),
                station=c.origin,
            )
        else:
            heading = tr("stock", "{doc} · {kind} · scanning", doc=c.doc_no, kind=_count_name(c.kind))
        self.heading.setText(heading)

    def _elsewhere(self, c) -> bool:
        return bool(c.origin) and c.origin != self.cfg.station_code

    def _kind_name(self, c) -> str:
        return tr("stock", KINDS["full" if c.kind == "full" else "cycle"])

    def _kind(self, c) -> str:
        return f"{self._kind_name(c)} ({c.origin})" if self._elsewhere(c) else self._kind_name(c)

    def _hide_variance(self) -> None:
        self.report = None
        self.variance.hide()
        self.variance_caption.hide()

    # ---- actions ----------------------------------------------------------------------
    def act(self, action: str) -> None:
        if action in ("new_cycle", "new_full"):
            kind = "cycle" if action == "new_cycle" else "full"
            self.ops.call(counts.start_count, self.user, kind, ok=self._started, err=self.error)
            return
        if self.current is None:
            self.message.show_error(tr("stock", self.no_document))
            return
        if action == "variance":
            self.gated(counts.variance_report, self.current.id, ok=self._show_variance)
        elif action == "approve":
            self.gated(counts.approve_count, self.current.id, ok=self._approved)
        elif action == "print":
            self.gated(printing.variance_pdf, self.current.id, ok=self._printed)
        elif action == "cancel":
            self.ops.call(counts.cancel_count, self.user, self.current.id, ok=self._cancelled, err=self.error)

    def _started(self, info) -> None:
        self.current = None
        self.message.show_ok(
            tr(
                "stock",
                "{doc} started ({kind}). Scan the shelf; each scan is saved at once",
                doc=info.doc_no,
                kind=_count_name(info.kind),
            )
        )
        self.refresh(select=info.id)
        self.scan.setFocus()

    def take_scan(self, count_id: str, code: str, qty: str) -> None:
        self.ops.call(counts.count_scan, self.user, count_id, code, qty, ok=self._scanned, err=self.error)

    def _scanned(self, s) -> None:
        self.scanned.insert(0, [s.sku, s.name, fmt_qty(s.added), fmt_qty(s.counted)])
        del self.scanned[200:]
        fill(self.lines, self.scanned, right_from=2)
        self.message.show_ok(
            tr(
                "stock",
                "{product}: +{added} (counted so far {counted})",
                product=s.name,
                added=fmt_qty(s.added),
                counted=fmt_qty(s.counted),
            )
        )
        self.refresh()  # the open counts' products and scans (everyone's), then done

    def _show_variance(self, rep) -> None:
        self.report = rep
        cur = rep.currency
        rows, colours = [], []
        shown = sorted(rep.lines, key=lambda x: (-abs(x.variance_minor), x.sku))[:SHOW_LINES]
        for ln in sorted(shown, key=lambda x: (x.variance_minor, x.sku)):
            v = ln.variance_milli
            rows.append(
                [
                    ln.sku,
                    ln.name,
                    fmt_qty(from_milli(ln.snapshot_milli)),
                    fmt_qty(from_milli(ln.counted_milli)),
                    signed(from_milli(v)),
                    fmt_money(from_minor(ln.variance_minor, cur), cur),
                ]
            )
            colours.append(ERROR_RED if v < 0 else OK_GREEN if v > 0 else None)
        fill(self.variance, rows, right_from=2, colours=colours)
        t = rep.totals
        parts = [
            tr(
                "stock",
                "Variance of {doc}: {differ} of %n product(s) differ · net {value} at retail price "
                "(F9 approves and posts)",
                n=t.lines,
                doc=rep.count.doc_no,
                differ=t.lines_with_variance,
                value=fmt_money(from_minor(t.value_minor, cur), cur),
            )
        ]
        if len(rep.lines) > SHOW_LINES:
            parts.append(tr("stock", "the {count} largest shown, all on the printed report (F10)", count=SHOW_LINES))
        if rep.late_scans:
            parts.append(tr("stock", "%n late scan(s) (after closing) kept, not posted", n=len(rep.late_scans)))
        self.variance_caption.setText(" · ".join(parts))
        self.variance.show()
        self.variance_caption.show()
        self.message.show_info(tr("stock", "Expected = on-hand when each product's first unit was counted"))
        self.done.emit()

    def _approved(self, posted) -> None:
        cur = self.cfg.currency
        self.message.show_ok(
            tr(
                "stock",
                "{doc} approved by {approver}: %n correction(s) posted, net {value}",
                n=posted.movements,
                doc=posted.doc_no,
                approver=posted.approved_by,
                value=fmt_money(from_minor(posted.totals.value_minor, cur), cur),
            )
        )
        self.current = None
        self._hide_variance()
        self.scanned = []
        fill(self.lines, [])
        self.refresh()

    def _printed(self, path) -> None:
        self.message.show_ok(tr("stock", "Variance report saved: {path}", path=path))
        self.done.emit()

    def _cancelled(self, _r) -> None:
        self.message.show_info(tr("stock", "Count cancelled: nothing was posted"))
        self.current = None
        self.refresh()


def _count_name(kind: str) -> str:
    """ "cycle count" or "full count", in the screens' language."""
    return tr("stock", KIND_NAMES["full" if kind == "full" else "cycle"])
