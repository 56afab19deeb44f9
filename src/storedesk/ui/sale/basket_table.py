"""The basket as the counter's table shows it: voided lines stay visible, struck through, and
one line is selected (the newest, or the one ↑ ↓ moved to) for F4, F7 and Del to act on.
A line the store's promotions priced names them on a second row under its name (promotions have
ids, no names; that line is made taller) and in its tooltip with what each gave, for as long as
they apply: the basket is priced again on every change, so a promotion whose condition no longer
holds leaves the line at once.

A QStandardItemModel keeps the cells in C++: painting a basket costs no Python calls, and the
columns have fixed widths and no scroll bar: scan-to-line stays within one frame.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...domain.gift_cards import mask
from ...domain.money_format import fmt_qty
from ...i18n import noop
from .. import theme
from ..palette import FAINT_GREY
from ..style import scaled
from ..translation import tr
from ..widgets import money

COLUMNS = (
    noop("sale", "Item"),
    noop("sale", "Qty"),
    noop("sale", "Price"),
    noop("sale", "Discount"),
    noop("sale", "Amount"),
)
# A line's name with what happened to it (the model's rows keep which: "", "price", "voided").
NAMED = {
    "": "{name}",
    "price": noop("sale", "{name} (price changed)"),
    "voided": noop("sale", "{name} (voided)"),
    # an ordered line (the endless aisle) says first how it reaches the customer: a long name is cut, not that
    "ship": noop("sale", "To deliver: {name}"),
    "pickup": noop("sale", "To collect at {store}: {name}"),
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_STRUCK = QFont()
_STRUCK.setStrikeOut(True)


def basket_summary(lines: int, items: Decimal) -> str:
    """Under the total: "1 line · 1 item", "3 lines · 2.5 items" (a weighed item counts its kg)."""
    return f"{tr('sale', '%n line(s)', n=lines)} · {items_text(items)}"


def items_text(items: Decimal) -> str:
    """3 -> "3 items", 1 -> "1 item" (real plurals); 2.5 (kg) -> "2.5 items"."""
    if items == items.to_integral_value():
        return tr("sale", "%n item(s)", n=int(items))
    return tr("sale", "{quantity} items", quantity=fmt_qty(items))


class BasketModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([tr("sale", c) for c in COLUMNS])
        # (line_id, name, qty, price, discount, amount, voided, note: a NAMED key, store: where it is
        # collected, promotions: (id, amount) of the store's promotions that priced it)
        self.rows: list[tuple] = []
        self.currency = "EUR"

    def set_view(self, view) -> None:
        """Show a services.basket.BasketView."""
        self.currency = view.basket.currency
        priced = {p.line.line_id: p for p in view.totals.lines}
        rows = []
        for ln in view.basket.lines:
            p = priced.get(ln.line_id)
            note = "price" if ln.price_override is not None else ""
            store = ""
            if ln.order is not None:  # the endless aisle: how the ordered line reaches the customer
                note, store = ln.order.fulfilment, ln.order.pickup_store
            if p is None:
                rows.append((ln.line_id, ln.name, ln.quantity, ln.effective_price, None, None, True, "voided", "", ()))
            else:
                disc = p.line_discount + p.basket_discount
                rows.append(
                    (
                        ln.line_id,
                        f"{ln.name}  {mask(ln.gift_card)}" if ln.gift_card else ln.name,  # which card (issue 18)
                        ln.quantity,
                        ln.effective_price,
                        disc,
                        p.amount,
                        False,
                        note,
                        store,
                        p.promotions,
                    )
                )
        self.rows = rows
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            tip = self._promotions_tip(row[9])
            for c, text in enumerate(self._texts(row)):
                item = self.item(r, c)
                if item is None:
                    item = QStandardItem()
                    item.setEditable(False)
                    if c:
                        item.setTextAlignment(_RIGHT)
                    self.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
                if item.toolTip() != tip:
                    item.setToolTip(tip)
                voided = row[6]
                if bool(item.data(Qt.ItemDataRole.UserRole)) != voided:
                    item.setData(voided, Qt.ItemDataRole.UserRole)
                    item.setFont(_STRUCK if voided else QFont())
                    item.setForeground(theme.brush(FAINT_GREY) if voided else QBrush())

    def _promotions_tip(self, promotions: tuple) -> str:
        """One row per promotion that priced the line: its id and what it took off."""
        return "\n".join(
            tr("sale", "Promotion {id}: {amount}", id=pid, amount=money(-amount, self.currency))
            for pid, amount in promotions
        )

    def _texts(self, row: tuple) -> tuple[str, ...]:
        _id, name, qty, price, disc, amount, _voided, note, store, promotions = row
        named = tr("sale", NAMED[note], name=name, store=store) if note else name
        if promotions:  # under the name, on the line's second row (BasketTable.fit_rows)
            named = "\n".join((named, ", ".join(pid for pid, _ in promotions)))
        return (
            named,
            fmt_qty(qty),
            money(price, self.currency),
            money(-disc, self.currency) if disc else "",
            money(amount, self.currency) if amount is not None else tr("sale", "void"),
        )

    def promoted(self, row: int) -> bool:
        """Whether the line of `row` shows promotions under its name (a taller row)."""
        return bool(self.rows[row][9]) if 0 <= row < len(self.rows) else False

    def line_id(self, row: int) -> str | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, line_id: str | None) -> int:
        for i, r in enumerate(self.rows):
            if r[0] == line_id:
                return i
        return -1


class BasketTable(QTableView):
    """The basket's lines in large type; `selected_line` is the line the keys act on."""

    def __init__(self, model: BasketModel, parent=None):
        super().__init__(parent)
        self.basket = model
        self.selected_line: str | None = None
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(scaled(34))
        self.promoted_height = scaled(56)  # a line with its promotions under its name: two rows of text
        # No scroll bar: the newest line is always scrolled into view and ↑ ↓ (or the wheel,
        # or a finger) move through the rest. Repainting a scroll bar whose range changes on
        # every scan cost 2-3 ms; one appearing at the 17th line re-laid out the whole table.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        big = self.font()
        big.setPixelSize(scaled(17))
        self.setFont(big)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 80), (2, 110), (3, 110), (4, 120)):  # fixed: no re-measuring per scan
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, scaled(width))  # at the station's text size
        self.clicked.connect(lambda idx: self.select(model.line_id(idx.row())))

    def select(self, line_id: str | None) -> None:
        self.selected_line = line_id
        row = self.basket.row_of(line_id)
        if row >= 0:
            self.selectRow(row)
            self.scrollTo(self.basket.index(row, 0))

    def step(self, by: int) -> None:
        """↑ ↓ in the scan field: the line above or below, if there is one."""
        row = self.basket.row_of(self.selected_line) + by
        if 0 <= row < self.basket.rowCount():
            self.select(self.basket.line_id(row))

    def fit_rows(self) -> None:
        """Lines with promotions two rows of text high, the others one (only those that change)."""
        plain = self.verticalHeader().defaultSectionSize()
        for row in range(self.basket.rowCount()):
            height = self.promoted_height if self.basket.promoted(row) else plain
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)

    def follow(self, changed_line_id: str | None) -> None:
        """After the basket was shown again: the line just changed, else the one selected while
        it is still there, else the last."""
        self.fit_rows()
        if changed_line_id:
            self.select(changed_line_id)
        elif self.basket.row_of(self.selected_line) < 0:
            self.select(self.basket.line_id(self.basket.rowCount() - 1))
        else:
            self.select(self.selected_line)

    def active_line(self) -> str | None:
        """The selected line unless it is voided (or gone)."""
        row = self.basket.row_of(self.selected_line)
        return self.selected_line if row >= 0 and not self.basket.rows[row][6] else None
