"""The widgets of the Returns screen that only show: the lines and flags tables (filled from
`view.py`'s cells) and the refund panel beside them. They keep no state of their own: the
screen renders `ReturnsState` into them after every change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.money_format import fmt_money
from ...i18n.formats import fmt_date
from .. import theme
from ..palette import ACCENT_BLUE, INK, OK_GREEN, WARNING_AMBER
from ..sale.totals import FitLabel
from ..style import LABELS as STYLE_LABELS
from ..style import look
from ..translation import tr
from .view import Cell, Panel

SIDE_LEAST_CHARS = 16  # the refund panel's least width, in characters of the screen's type


def line_samples(currency: str) -> dict[int, str]:
    """Typical values of the lines table's columns, in the store's locale and the screens' language."""
    price = fmt_money(Decimal("99.99"), currency)
    longest = max(tr("returns", "Damaged"), tr("returns", "Restock"), key=len)
    return {0: "99", 2: "99", 3: "99", 4: "99", 5: price, 6: "99", 7: longest, 8: price}


def flag_samples() -> dict[int, str]:
    """Typical values of the flags table's columns (a date: its time wraps below it)."""
    day = fmt_date(date(2026, 12, 31))
    return {0: day, 1: "PAR01-T1-R000000", 2: "PAR01-T1-000000", 4: day}


def wrapping_label(px: int | None = None, bold: bool = False, colour: str = INK) -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    if px is not None:
        look(label, px, bold, colour)
    return label


def _item(cell: Cell) -> QTableWidgetItem:
    it = QTableWidgetItem(cell.text)
    if cell.right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if cell.colour:
        it.setForeground(theme.brush(cell.colour))
    if cell.bold:
        f = it.font()
        f.setBold(True)
        it.setFont(f)
    return it


def table(columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps focus; ↑ ↓ move the selection
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(36)
    big = t.font()
    big.setPixelSize(17)
    t.setFont(big)
    return t


def fill(t: QTableWidget, rows: list[list[Cell]]) -> None:
    t.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, cell in enumerate(cells):
            t.setItem(i, j, _item(cell))


class RefundPanel(QFrame):
    """Beside the lines: the refund to pay out and its tenders, where it goes and why, the
    approvals it needs; below, the return just done and its voucher."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # a 1024 px till: the lines' columns need the rest; its words wrap, its total shrinks
        self.setMinimumWidth(min(260, QFontMetrics(self.font()).averageCharWidth() * SIDE_LEAST_CHARS))
        self.setMaximumWidth(400)
        self.total_caption = QLabel(tr("returns", "Refund"))
        self.total_caption.setObjectName("totalCaption")
        self.total = FitLabel("", STYLE_LABELS["total"][0])
        self.total.setObjectName("total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.parts = wrapping_label(18, True)
        self.parts.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.refund_to = wrapping_label(16)
        self.reason = wrapping_label(16)
        self.approvals = wrapping_label(16, True, WARNING_AMBER)
        self.result = wrapping_label(16, True, OK_GREEN)
        self.voucher = wrapping_label(26, True, ACCENT_BLUE)
        self.voucher.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voucher.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sl = QVBoxLayout(self)
        sl.addWidget(self.total_caption, 0, Qt.AlignmentFlag.AlignRight)
        for w in (self.total, self.parts):
            sl.addWidget(w)
        sl.addSpacing(8)
        self.words = words_scrolled(self.refund_to, self.reason, self.approvals)
        sl.addWidget(self.words, 1)
        for w in (self.result, self.voucher):
            sl.addWidget(w)

    def show_panel(self, p: Panel) -> None:
        self.total_caption.setText(p.caption)
        self.total.setText(p.total)
        _say(self.parts, p.parts)
        _say(self.approvals, p.approvals)
        self.refund_to.setVisible(p.show_choice)
        self.reason.setVisible(p.show_choice)
        self.refund_to.setText(p.refund_to)
        self.reason.setText(p.reason)

    def show_result(self, note: str, voucher: str) -> None:
        _say(self.result, note)
        _say(self.voucher, voucher)


def words_scrolled(*labels: QLabel) -> QScrollArea:
    """The panel's wrapped words (where the refund goes, why, the approvals), top-aligned, each
    as high as its text needs at the panel's width. A layout gives a wrapped label its height for
    its width only when there is room: at 125 % the screen's row beside the lines is sized from
    minimum heights, and a four-line "Refund to: …" lost its last few px. In a scroll area the
    labels always have their full height; when a German approval on a 1024 x 768 till needs more
    than the panel has, the words scroll instead of being cut or pushing the window off the screen."""
    inner = QWidget()
    inner.setAutoFillBackground(False)
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, 0, 0)
    for label in labels:
        column.addWidget(label)
    column.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps focus
    area.setWidget(inner)
    return area


def _say(label: QLabel, text: str) -> None:
    """`text` in `label`, which takes no room while it has nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))
