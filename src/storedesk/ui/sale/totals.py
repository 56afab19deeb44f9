"""The counter's money side, beside the basket: the total, the payments already taken with what
is still due, the lines, discounts and VAT, and after a sale its change and number.

The total and the change are shown whole at any till width (their type shrinks, they never
clip). The payments taken are read from the basket as stored (services/basket.take_tender), so
they stay on screen until the sale is paid, after a restart or a lock too. The sentences are
made by plain functions, apart from the widgets.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from ...domain.tenders import CARD, CASH, EXCHANGE, GIFT_CARD, POINTS, VOUCHER, remaining
from ...i18n import noop
from ...services.basket import BasketView
from ...services.pending_receipts import ReceiptNotWritten
from ..palette import INFO_BLUE
from ..style import LABELS as STYLE_LABELS
from ..translation import text, tr
from ..widgets import money
from .basket_table import basket_summary

# A payment taken before the sale is paid, as the line under the total names it.
TENDER_WORDS = {
    CASH: noop("sale", "Cash {amount}"),
    CARD: noop("sale", "Card {amount}"),
    VOUCHER: noop("sale", "Voucher {amount}"),
    EXCHANGE: noop("sale", "Exchange {amount}"),
    GIFT_CARD: noop("sale", "Gift card {amount}"),
    POINTS: noop("sale", "Points {amount}"),
}


def tendered_text(view: BasketView, cash_step: Decimal) -> str:
    """ "Card €1.00 · Still due €1.49": the payments kept on the basket and what is left to
    pay (in cash too when cash rounds); "" while none is taken."""
    taken = view.basket.taken_tenders
    if not taken:
        return ""
    cur = view.basket.currency
    exact_left, cash_left = remaining(view.totals.total, taken, cash_step, cur)
    parts = [tr("sale", TENDER_WORDS.get(t.kind, "{amount}"), amount=money(t.amount, cur)) for t in taken]
    due = money(exact_left, cur)
    if cash_left != exact_left:
        parts.append(tr("sale", "Still due {amount} (in cash {cash})", amount=due, cash=money(cash_left, cur)))
    else:
        parts.append(tr("sale", "Still due {amount}", amount=due))
    return " · ".join(parts)


def details_text(view: BasketView) -> str:
    """Under the total: lines and items, discounts, and the VAT in it (or on top of it)."""
    t, cur = view.totals, view.basket.currency
    parts = [basket_summary(len(view.basket.active_lines), t.item_count)]
    if t.discount_total:
        parts.append(tr("sale", "discounts {amount}", amount=money(-t.discount_total, cur)))
    if view.basket.coupons:  # scanning a coupon again takes it off (services/basket.add_scan)
        codes = ", ".join(view.basket.coupons)
        parts.append(tr("sale", "%n coupon(s): {codes}", n=len(view.basket.coupons), codes=codes))
    tax = money(t.tax, cur)
    if view.basket.prices_include_tax:
        parts.append(tr("sale", "of which VAT {amount}", amount=tax))
    else:
        parts.append(tr("sale", "+ VAT {amount}", amount=tax))
    return "\n".join(parts)


class FitLabel(QLabel):
    """One line of large type that shrinks to the width the layout gives it and never clips:
    a total of €123,456,789.00 keeps its "€" at a 1024 px till. Its height stays that of the
    full size, so a shrinking amount never moves the rest of the screen. Measuring a short
    text costs microseconds, and the font is set only when its size changes."""

    def __init__(self, text: str, full_px: int, least_px: int = 12, parent=None):
        super().__init__(text, parent)
        self.full_px, self.least_px = full_px, least_px
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the text never widens the panel

    def _full_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self.full_px)
        return font

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        return QSize(0, QFontMetrics(self._full_font()).height() + m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        font = self._full_font()
        px = self.full_px
        need = QFontMetrics(font).horizontalAdvance(self.text())
        if width > 0 and need > width:
            px = max(self.least_px, px * width // need)
            font.setPixelSize(px)
            while px > self.least_px and QFontMetrics(font).horizontalAdvance(self.text()) > width:
                px -= 1
                font.setPixelSize(px)
        if self.font().pixelSize() != px:
            self.setFont(font)


def _right(label: QLabel, name: str, wrap: bool = True) -> QLabel:
    label.setObjectName(name)  # its type and colour: style.LABELS
    label.setAlignment(Qt.AlignmentFlag.AlignRight)
    label.setWordWrap(wrap)
    return label


class TotalsPanel(QFrame):
    """Total, payments taken and still due, details; change and the last sale at the bottom."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumWidth(300)
        self.total_caption = QLabel(tr("sale", "Total"))
        self.total_caption.setObjectName("totalCaption")
        self.total = _right(FitLabel(money(Decimal(0)), STYLE_LABELS["total"][0]), "total", wrap=False)
        self.tendered = _right(QLabel(""), "tendered")  # payments taken before Esc, and what is still due
        self.details = _right(QLabel(""), "totalCaption")
        self.change = _right(FitLabel("", STYLE_LABELS["change"][0]), "change", wrap=False)
        self.last_sale = _right(QLabel(""), "totalCaption")
        layout = QVBoxLayout(self)
        layout.addWidget(self.total_caption, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.total)
        layout.addWidget(self.tendered)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.change)
        layout.addWidget(self.last_sale)
        font = QFont(self.tendered.font())
        font.setPixelSize(18)
        font.setBold(True)
        self.tendered.setFont(font)
        pal = self.tendered.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(INFO_BLUE))
        self.tendered.setPalette(pal)

    def show_basket(self, view: BasketView, cash_step: Decimal) -> None:
        self.total.setText(money(view.totals.total, view.basket.currency))
        self.show_tendered(view, cash_step)
        self.details.setText(details_text(view))

    def show_tendered(self, view: BasketView, cash_step: Decimal) -> None:
        self.tendered.setText(tendered_text(view, cash_step))

    def show_sale(self, result, currency: str) -> None:
        """A sale was saved (services.sale.SaleResult): its change and its number."""
        self.tendered.setText("")
        if result.change:
            self.change.setText(tr("sale", "Change {amount}", amount=money(result.change, currency)))
        else:
            self.change.setText(tr("sale", "No change"))
        self.last_sale.setText(
            tr(
                "sale",
                "Last sale {number} · {amount}",
                number=result.receipt_no,
                amount=money(result.amount_due, currency),
            )
        )

    def receipt_waits(self, exc: ReceiptNotWritten) -> None:
        waits = tr(
            "sale",
            "Receipt not written yet ({reason}); it is written by itself once there is room",
            reason=text(exc.reason),
        )
        self.last_sale.setText(f"{self.last_sale.text()}\n{waits}")
