"""The open order on the pickup desk: its number, state, customer and dates in a narrow column
beside its lines (picked in green, rejected in red), and the scan field to pick with. It only
shows an order (services.pickup.queues.OrderView); the screen acts on it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import pickup as dp
from ...domain.money_format import fmt_qty
from ...i18n.formats import fmt_date, fmt_datetime
from ...services.pickup.queues import OrderView
from ...services.pickup.shipping import kilograms
from .. import theme
from ..palette import ACCENT_BLUE, ERROR_RED, OK_GREEN
from ..style import scaled, text_size
from ..translation import tr
from ..widgets import money, readable_columns, table
from .words import REJECTED_SHORT, due_words, from_table, state_words

PRODUCT_SAMPLE = "Organic Rice 500 g"  # the name column never gets narrower than this
ORDER_FACTS_WIDTH = 250  # the open order's number, customer and dates, beside its lines
NUMBER_SAMPLE = "W-2026-000000"  # an order's number, as the column beside its lines shows it


def fit_number(label: QLabel, width: int) -> None:
    """The order's number whole on its line of the narrow column: in the title's type, or at a
    larger text size in the largest type that fits (never smaller than the text beside it)."""
    font = QFont(label.font())
    least = QApplication.font().pixelSize()
    while font.pixelSize() > least and QFontMetrics(font).horizontalAdvance(NUMBER_SAMPLE) > width - 4:
        font.setPixelSize(font.pixelSize() - 1)
    label.setFont(font)


def breakable(address: str) -> str:
    """An e-mail address that may wrap after its "@" and before each "." ("customer@" over
    "example.com"): the narrow column shows it whole, where one long word was cut."""
    return address.replace("@", "@\u200b").replace(".", "\u200b.")


class OrderPanel(QFrame):
    def __init__(self, cfg, parent=None):
        super().__init__(parent)
        self.cfg = cfg
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.number = QLabel(tr("pickup", "No order open"))
        self.number.setObjectName("title")
        self.number.setWordWrap(True)
        self.state = QLabel("")
        self.state.setObjectName("totalCaption")
        self.state.setWordWrap(True)
        self.customer = QLabel("")
        self.customer.setWordWrap(True)
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        self.facts.setObjectName("totalCaption")
        self.lines = table(
            [
                tr("pickup", "Line"),
                tr("pickup", "SKU"),
                tr("pickup", "Product"),
                tr("pickup", "Ordered"),
                tr("pickup", "Picked"),
                tr("pickup", "Rejected"),
                tr("pickup", "Taken"),
            ]
        )
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(tr("pickup", "F4 Scan item: scan each product as you pick it"))
        self.scan.setMinimumHeight(40)
        # The column scrolls when the order's facts are taller than the room the screen has for
        # them (a larger type on a small till: the list above keeps its rows), never cutting one.
        facts = self.facts_column = QScrollArea()
        facts.setFrameShape(QFrame.Shape.NoFrame)
        facts.setWidgetResizable(True)
        facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts.setFixedWidth(ORDER_FACTS_WIDTH)
        facts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)  # up to 250 px
        inside = QWidget()
        facts_box = QVBoxLayout(inside)
        facts_box.setContentsMargins(0, 0, 0, 0)
        for w in (self.number, self.state, self.customer, self.facts):
            facts_box.addWidget(w)
        facts_box.addStretch(1)
        facts.setWidget(inside)
        grid.addWidget(facts, 0, 0, 2, 1)
        grid.addWidget(self.lines, 0, 1)
        grid.addWidget(self.scan, 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)

    def readable(self) -> None:
        """Every column readable at 1024 px; call it once the screen's fonts are set. Each column is
        at least as wide as its caption and a typical value."""
        # "1 out of stock" wraps at its spaces: the column is as wide as its longest word
        words = [w for r in REJECTED_SHORT for w in f"1 {from_table(REJECTED_SHORT, r)}".split()]
        samples = {0: "99", 1: "SKU0000000", 3: "999", 4: "999", 5: max(words, key=len), 6: "999"}
        readable_columns(self.lines, samples, stretch=2, stretch_sample=PRODUCT_SAMPLE, fixed=True)
        self.lines.setWordWrap(True)
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # at a larger type the narrow column may give up to a fifth of its width to the lines
        # when they need it: its words wrap, and the number shrinks to it (never below the text
        # beside it)
        least = ORDER_FACTS_WIDTH if text_size() <= 100 else ORDER_FACTS_WIDTH * 4 // 5
        body = QFontMetrics(QApplication.font()).horizontalAdvance(NUMBER_SAMPLE) + 8
        self.facts_column.setMinimumWidth(min(ORDER_FACTS_WIDTH, max(least, body)))
        # at a larger type the column may scroll: its bar takes part of its width
        bar = self.facts_column.verticalScrollBar().sizeHint().width() if text_size() > 100 else 0
        fit_number(self.number, self.facts_column.minimumWidth() - bar)

    def show_none(self) -> None:
        self.number.setText(tr("pickup", "No order open"))
        for w in (self.state, self.customer, self.facts):
            w.setText("")
        self.lines.setRowCount(0)
        self.scan.setEnabled(False)

    def show_order(self, view: OrderView) -> None:
        o = view.order
        self.number.setText(tr("pickup", "Order {number}", number=o.number))
        self.state.setText(state_words(view.label))
        pal = self.state.palette()
        alarming = "return" in str(view.label) or o.status in (dp.CANCELLED, dp.EXPIRED, dp.REJECTED)
        pal.setColor(self.state.foregroundRole(), QColor(ERROR_RED if alarming else ACCENT_BLUE))
        self.state.setPalette(pal)
        # one a line: the column is narrow; escaped: a name from the web shop is text, not markup
        contact = "<br>".join(breakable(html.escape(x)) for x in (o.customer_phone, o.customer_email) if x)
        name = f"<b style='font-size:{scaled(20)}px'>{html.escape(o.customer_name)}</b>"
        self.customer.setText(f"{name}<br>{contact}")
        self.facts.setText(self._facts(view))
        self._show_lines(view)
        self.scan.setEnabled(o.status in (dp.ACCEPTED, dp.PICKING))

    def _facts(self, view: OrderView) -> str:
        o = view.order
        total = money(view.total, o.currency)
        if o.payment == dp.PAID_ONLINE:
            pay = tr("pickup", "Paid online {amount}", amount=total)
        else:
            pay = tr("pickup", "<b>To pay at pickup {amount}</b>", amount=total)
        local = self.cfg.local
        facts = [tr("pickup", "Ordered {when}", when=fmt_datetime(local(o.created_at)))]
        if o.due_at:
            facts.append(tr("pickup", "Due {when}", when=due_words(local(o.due_at))))
        if view.hold_until and o.status == dp.READY:
            facts.append(tr("pickup", "Held until {day}", day=fmt_date(local(view.hold_until))))
        if o.status_reason:
            facts.append(tr("pickup", "Reason: {reason}", reason=html.escape(o.status_reason)))
        if view.ships:
            facts += self._shipping(view)
        return pay + "<br>" + "<br>".join(facts)  # the money first: the column may scroll

    def _shipping(self, view: OrderView) -> list[str]:
        """Where a ship order goes and its parcels (weight, tracking once known)."""
        a = view.delivery
        place = [
            a.get("name", ""),
            a.get("line1", ""),
            a.get("line2", ""),
            f"{a.get('postcode', '')} {a.get('city', '')}",
        ]
        where = "<br>".join(html.escape(x) for x in [*place, a.get("country", "")] if x.strip())
        out = [tr("pickup", "<b>Ship to</b><br>{address}", address=where)]
        for p in view.parcels:
            weight = kilograms(p.weight_g)
            if p.tracking:
                out.append(
                    tr(
                        "pickup",
                        "Parcel {parcel}: {weight} kg, {tracking}",
                        parcel=p.number,
                        weight=weight,
                        tracking=html.escape(p.tracking),
                    )
                )
            else:
                out.append(tr("pickup", "Parcel {parcel}: {weight} kg", parcel=p.number, weight=weight))
        return out

    def _show_lines(self, view: OrderView) -> None:
        self.lines.setRowCount(len(view.lines))
        for i, ln in enumerate(view.lines):
            rej = f"{fmt_qty(ln.rejected)} {from_table(REJECTED_SHORT, ln.reason)}" if ln.rejected else ""
            cells = [
                str(ln.line_no),
                ln.sku,
                ln.name,
                fmt_qty(ln.quantity),
                fmt_qty(ln.picked),
                rej,
                fmt_qty(ln.collected) if ln.collected else "",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 4 and ln.done and ln.picked == ln.quantity:
                    item.setForeground(theme.brush(OK_GREEN))
                if j == 5 and rej:
                    item.setForeground(theme.brush(ERROR_RED))
                self.lines.setItem(i, j, item)
        if view.scanned_line is not None:
            row = next((i for i, ln in enumerate(view.lines) if ln.line_no == view.scanned_line), -1)
            if row >= 0:
                self.lines.setCurrentCell(row, 0)
        elif view.lines and self.lines.currentRow() < 0:
            self.lines.setCurrentCell(0, 0)
