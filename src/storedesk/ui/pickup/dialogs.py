"""The pickup desk's dialogs: reject a line with its reason, and the handover (pickup code or
ID check, all lines or some). They only collect and check input; the screen calls the services."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
)

from ...domain import pickup as dp
from ...domain.errors import DomainError
from ...domain.money_format import fmt_qty
from ...i18n import msg
from ...i18n.formats import parse_decimal
from ..dialogs import FormDialog
from ..translation import text, tr
from ..widgets import readable_columns
from .words import ID_WORDS, from_table

WIDTH = 620  # room for a product's name and the reasons on one line each

REASON_KEYS = {dp.OUT_OF_STOCK: "O", dp.DAMAGED: "D", dp.MISMATCH: "M"}


class RejectDialog(FormDialog):
    """Reject what is left of a line: the quantity, and a reason (keys O, D, M)."""

    def __init__(self, line: dp.PickLine, parent=None):
        super().__init__(tr("pickup", "Reject line {line}", line=line.line_no), parent, WIDTH)
        self.line = line
        self.layout_.addWidget(
            QLabel(
                tr(
                    "pickup",
                    "{product}  ({sku}) — ordered {ordered}, picked {picked}, left {left}",
                    product=line.name,
                    sku=line.sku,
                    ordered=fmt_qty(line.quantity),
                    picked=fmt_qty(line.picked),
                    left=fmt_qty(line.open),
                )
            )
        )
        self.quantity = QLineEdit(fmt_qty(line.open))
        self.quantity.selectAll()
        self.quantity.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow(tr("pickup", "Quantity not supplied"), self.quantity)
        self.layout_.addLayout(form)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for reason, letter in REASON_KEYS.items():
            b = QRadioButton(f"{letter}   {from_table(dp.REASON_LABELS, reason)}")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(b)
            self.buttons[reason] = b
            self.layout_.addWidget(b)
        self.quantity.installEventFilter(self)
        self._finish(ok_text=tr("pickup", "Reject  (Enter)"))
        self.message.show_info(
            tr("pickup", "Reason: O out of stock, D damaged, M mismatch — each changes stock differently")
        )

    def eventFilter(self, obj, event):
        # the quantity field takes digits; the reason letters choose the reason from it
        if obj is self.quantity and event.type() == event.Type.KeyPress:
            letter = event.text().upper()
            for reason, key in REASON_KEYS.items():
                if letter == key:
                    self.buttons[reason].setChecked(True)
                    return True
        return super().eventFilter(obj, event)

    def reason(self) -> str | None:
        return next((r for r, b in self.buttons.items() if b.isChecked()), None)

    def value(self) -> Decimal | None:
        """The quantity typed, with the store's decimal separator ("2,5" in French) or a point."""
        try:
            return parse_decimal(self.quantity.text())
        except ValueError:
            return None

    def accept(self) -> None:
        qty = self.value()
        if qty is None or not qty.is_finite() or qty <= 0 or qty > self.line.open:
            self.message.show_error(tr("pickup", "Type a quantity from 1 to {most}", most=fmt_qty(self.line.open)))
            return
        if self.reason() is None:
            self.message.show_error(tr("pickup", "Choose a reason: O out of stock, D damaged, M mismatch"))
            return
        super().accept()


class HandoverDialog(FormDialog):
    """Verify the customer (pickup code typed or scanned, or an ID shown) and choose what they
    take (every picked item by default)."""

    def __init__(self, view, parent=None):
        o = view.order
        super().__init__(tr("pickup", "Hand over {number}", number=o.number), parent, WIDTH)
        self.view = view
        self.setMinimumWidth(760)
        who = QLabel(f"{o.customer_name}   ·   {o.customer_phone or o.customer_email}")
        who.setObjectName("totalCaption")
        self.layout_.addWidget(who)
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("pickup", "pickup code: type it or scan the customer's QR"))
        self.code.returnPressed.connect(self.accept)
        self.use_id = QRadioButton(tr("pickup", "No code: check an ID instead  (F2)"))
        self.use_id.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.use_id.toggled.connect(self._mode)
        self.document = QComboBox()
        for d in dp.ID_DOCUMENTS:
            self.document.addItem(from_table(ID_WORDS, d), d)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("pickup", "last 4 characters of the document number"))
        self.reference.setMaxLength(4)
        self.name = QLineEdit(o.customer_name)
        self.collects_for = QLineEdit()
        self.collects_for.setPlaceholderText(tr("pickup", "empty when the customer collects"))
        form = QFormLayout()
        form.addRow(tr("pickup", "Pickup code"), self.code)
        form.addRow("", self.use_id)
        form.addRow(tr("pickup", "ID document"), self.document)
        form.addRow(tr("pickup", "Number ends with"), self.reference)
        form.addRow(tr("pickup", "Name on the ID"), self.name)
        form.addRow(tr("pickup", "Collects for"), self.collects_for)
        self.id_rows = (self.document, self.reference, self.name, self.collects_for)
        self.layout_.addLayout(form)
        self.layout_.addWidget(
            QLabel(tr("pickup", "What the customer takes (change a quantity for a partial handover):"))
        )
        picked = [ln for ln in view.lines if ln.picked > 0]
        self.table = QTableWidget(len(picked), 4)
        self.table.setHorizontalHeaderLabels(
            [tr("pickup", "Line"), tr("pickup", "Product"), tr("pickup", "Picked"), tr("pickup", "Takes")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines = picked
        for i, ln in enumerate(picked):
            for j, cell in enumerate((str(ln.line_no), ln.name, fmt_qty(ln.picked), fmt_qty(ln.picked))):
                item = QTableWidgetItem(cell)
                if j != 3:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, j, item)
        self.table.setMinimumHeight(min(48 + 40 * max(len(picked), 1), 320))
        self.layout_.addWidget(self.table)
        if o.payment == dp.PAID_ONLINE:
            pay = tr("pickup", "Paid online")
        else:
            pay = tr("pickup", "To pay now: the payment follows")
        self.layout_.addWidget(QLabel(pay))
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, lambda: self.use_id.setChecked(not self.use_id.isChecked()))
        self._finish(ok_text=tr("pickup", "Hand over  (Enter)"))
        readable_columns(self.table, {0: "99", 2: "999", 3: "999"}, stretch=1, stretch_sample="Organic Rice 500 g")
        self._mode(False)
        self.code.setFocus()

    def _mode(self, use_id: bool) -> None:
        self.code.setEnabled(not use_id)
        for w in self.id_rows:
            w.setEnabled(use_id)
        (self.reference if use_id else self.code).setFocus()

    def selection(self) -> dict[int, Decimal] | None:
        """None when the customer takes everything picked."""
        out, everything = {}, True
        for i, ln in enumerate(self.lines):
            cell = self.table.item(i, 3)
            assert cell is not None  # every row's cells are set when the dialog is built
            typed = cell.text().strip() or "0"
            try:  # the store's decimal separator ("2,5" in French) or a point
                qty = parse_decimal(typed)
            except ValueError:
                raise DomainError(
                    msg("pickup", "Line {line}: {typed} is not a quantity", line=ln.line_no, typed=repr(typed))
                ) from None
            if qty != ln.picked:
                everything = False
            out[ln.line_no] = qty
        return None if everything else out

    def verification(self) -> tuple[str | None, dp.IdCheck | None]:
        if self.use_id.isChecked():
            return None, dp.IdCheck(
                self.document.currentData(), self.reference.text(), self.name.text(), self.collects_for.text()
            )
        return self.code.text(), None

    def accept(self) -> None:
        try:
            code, idc = self.verification()
            self.selection()
        except DomainError as exc:
            self.message.show_error(text(exc))
            return
        if code is not None and not dp.verify_code(self.view.order.pickup_code, code):
            self.message.show_error(
                tr("pickup", "That pickup code does not match this order. Ask again, or check an ID (F2)")
            )
            self.code.selectAll()
            return
        if (
            idc is not None
            and not dp.name_matches(self.view.order.customer_name, idc.name_on_id)
            and not idc.collects_for.strip()
        ):
            self.message.show_error(tr("pickup", "The ID does not name the customer: fill in who collects for whom"))
            self.collects_for.setFocus()
            return
        super().accept()
