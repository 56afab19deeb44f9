"""Keyboard dialogs of the stock screens: a typed delivery, an adjustment, a transfer, labels,
a reorder point, and the answer to "where else is it in stock?". Validation happens in the
services; these only collect text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from ..domain.money_format import fmt_qty
from ..domain.stock_ops import REASONS
from ..i18n import noop
from .dialogs import FormDialog
from .style import decorate
from .translation import tr
from .widgets import fill, readable_columns, table, typed_number

# The stock ledger's other reasons as the movements list names them (the adjustment reasons are
# domain/stock_ops.REASONS, marked there in the same context)
LEDGER_REASONS = {
    "sale": noop("stock", "Sale"),
    "return": noop("stock", "Return"),
    "receiving": noop("stock", "Receiving"),
    "count": noop("stock", "Count"),
    "transfer_out": noop("stock", "Transfer out"),
    "transfer_in": noop("stock", "Transfer in"),
    "opening": noop("stock", "Opening stock"),
    "pickup": noop("stock", "Pickup"),
    "ship": noop("stock", "Shipped to customer"),
    "count_correction": noop("stock", "Count correction"),
}


def reason_name(reason: str) -> str:
    """A stock movement's reason in the screens' language ("own_use" -> "Own use")."""
    if reason in REASONS:
        return tr("stock", REASONS[reason][0])
    return tr("stock", LEDGER_REASONS[reason]) if reason in LEDGER_REASONS else reason.replace("_", " ")


def parse_lines(text: str) -> list[tuple[str, str]]:
    """One "code quantity" per line ("3760... 12", "SKU0000001 x 2"); a bare code is one."""
    out = []
    for raw in text.splitlines():
        parts = [p for p in raw.replace("*", " ").replace("\t", " ").split() if p.lower() != "x"]
        if not parts:
            continue
        out.append((parts[0], parts[1] if len(parts) > 1 else "1"))
    return out


class LinesDialog(FormDialog):
    """A dialog with product lines typed one a line: Enter starts a new line, Ctrl+Enter saves."""

    text: QPlainTextEdit  # the product lines, from lines_field

    def lines_field(self, initial: str, example: str, height: int) -> QPlainTextEdit:
        """The field the product lines are typed in; `example`: a line as the placeholder shows it."""
        self.text = QPlainTextEdit(initial)
        self.text.setPlaceholderText(tr("stock", "one line per product: barcode or SKU, then the quantity") + example)
        self.text.setMinimumHeight(height)
        return self.text

    def lines(self) -> list[tuple[str, str]]:
        """(code, quantity) a line, each quantity read in the store's locale ("2,5" -> "2.5")."""
        return [(code, typed_number(qty)) for code, qty in parse_lines(self.text.toPlainText())]

    def keyPressEvent(self, event):
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return
        super().keyPressEvent(event)


class NewDeliveryDialog(LinesDialog):
    def __init__(self, parent=None):
        super().__init__(tr("stock", "Expected delivery (typed in)"), parent)
        self.ref = QLineEdit()
        self.ref.setPlaceholderText(tr("stock", "the supplier's delivery note number"))
        self.sup = QLineEdit()
        form = QFormLayout()
        form.addRow(tr("stock", "Reference"), self.ref)
        form.addRow(tr("stock", "Supplier"), self.sup)
        form.addRow(tr("stock", "Expected lines"), self.lines_field("", "\n3760000000017 12", 140))
        self.message.show_info(tr("stock", "Ctrl+Enter saves; the items are then received by scanning"))
        self._finish(form)

    def reference(self) -> str:
        return self.ref.text().strip()

    def supplier(self) -> str:
        return self.sup.text().strip()


class AdjustDialog(FormDialog):
    """Product, quantity and a reason chosen with keys 1-6."""

    def __init__(self, code: str = "", parent=None):
        super().__init__(tr("stock", "Stock adjustment"), parent)
        self.code = QLineEdit(code)
        self.code.setPlaceholderText(tr("stock", "scan or type the barcode or SKU"))
        self.qty = QLineEdit("1")
        self.note = QLineEdit()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        # two reasons a row: the longer words of other languages (German) are never cut
        rows = [QHBoxLayout() for _ in range((len(REASONS) + 1) // 2)]
        for i, (reason, (_label, sign)) in enumerate(REASONS.items(), start=1):
            b = QRadioButton(f"F{i}  {reason_name(reason)} ({'+' if sign and sign > 0 else '−'})")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(b, i)
            self.buttons[reason] = b
            rows[(i - 1) // 2].addWidget(b)
        self.buttons["damaged"].setChecked(True)
        form = QFormLayout()
        form.addRow(tr("stock", "Product"), self.code)
        form.addRow(tr("stock", "Quantity"), self.qty)
        form.addRow(tr("stock", "Reason"), rows[0])
        for row in rows[1:]:
            form.addRow("", row)
        form.addRow(tr("stock", "Note"), self.note)
        self.message.show_info(tr("stock", "F1-F6 choose the reason. Large adjustments need a manager's PIN"))
        self.qty.returnPressed.connect(self.accept)
        self._finish(form)
        (self.qty if code else self.code).setFocus()
        # F1 chooses the first reason, F2 the second, ...
        self.choices = {Qt.Key.Key_F1 + i: b for i, b in enumerate(self.buttons.values())}

    def reason(self) -> str:
        return next(r for r, b in self.buttons.items() if b.isChecked())

    def values(self) -> tuple[str, str, str, str]:
        qty = typed_number(self.qty.text().strip())
        return self.code.text().strip(), qty, self.reason(), self.note.text().strip()


class TransferDialog(LinesDialog):
    def __init__(self, code: str = "", parent=None):
        super().__init__(tr("stock", "Transfer to another store"), parent)
        self.store = QLineEdit()
        self.store.setPlaceholderText(tr("stock", "store code, e.g. LYO01"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(tr("stock", "To store"), self.store)
        form.addRow(tr("stock", "Products"), self.lines_field(f"{code} 1" if code else "", "", 120))
        form.addRow(tr("stock", "Note"), self.note)
        self.message.show_info(
            tr("stock", "Ctrl+Enter sends: the stock leaves now; the other store receives it by scanning")
        )
        self._finish(form)
        self.store.setFocus()

    def values(self) -> tuple[str, list[tuple[str, str]], str]:
        return self.store.text().strip(), self.lines(), self.note.text().strip()


class LabelsDialog(FormDialog):
    """S: shelf labels of the selection, P: price labels of the selection, C: every price change."""

    def __init__(self, selected: str, waiting: int, parent=None):
        super().__init__(tr("stock", "Labels"), parent)
        self.shelf = QRadioButton(tr("stock", "Shelf labels for {product}  (S)", product=selected))
        self.price = QRadioButton(tr("stock", "Price labels for {product}  (P)", product=selected))
        self.changes = QRadioButton(
            tr("stock", "Price labels for every price change received: %n waiting  (C)", n=waiting)
        )
        group = QButtonGroup(self)
        for b in (self.shelf, self.price, self.changes):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            group.addButton(b)
        (self.changes if waiting else self.shelf).setChecked(True)
        self.copies = QLineEdit("1")
        self.copies.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.shelf)
        form.addRow(self.price)
        form.addRow(self.changes)
        form.addRow(tr("stock", "Copies each"), self.copies)
        self._finish(form)
        self.copies.setFocus()
        self.choices = {Qt.Key.Key_S: self.shelf, Qt.Key.Key_P: self.price, Qt.Key.Key_C: self.changes}

    def choice(self) -> str:
        return "shelf" if self.shelf.isChecked() else "price" if self.price.isChecked() else "changes"

    def copies_count(self) -> int:
        try:
            return max(1, min(100, int(self.copies.text())))
        except ValueError:
            return 1


class ReorderDialog(FormDialog):
    def __init__(self, product: str, parent=None):
        # wide enough for the title with a long SKU in French or German
        super().__init__(tr("stock", "Reorder point · {product}", product=product), parent, min_width=640)
        self.point = QLineEdit()
        self.point.setPlaceholderText(tr("stock", "list as low stock at or below this on-hand"))
        self.qty = QLineEdit("0")
        self.qty.setPlaceholderText(tr("stock", "the usual order quantity"))
        self.point.returnPressed.connect(self.qty.setFocus)
        self.qty.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow(tr("stock", "Reorder point"), self.point)
        form.addRow(tr("stock", "Reorder quantity"), self.qty)
        self._finish(form)
        self.point.setFocus()

    def values(self) -> tuple[str, str]:
        """The reorder point and quantity as typed, read in the store's locale (empty quantity: 0)."""
        return typed_number(self.point.text().strip()), typed_number(self.qty.text().strip()) or "0"


class WhereElseDialog(FormDialog):
    """The hub's answer: on-hand of one product in every store (this store first), then in the
    warehouses, marked as such (they deliver to the customer; nothing is collected there)."""

    def __init__(self, title: str, parent=None):
        # the hub's answer ("not connected: ...") takes two lines at most, in every language
        super().__init__(title, parent, min_width=680)
        self.table = table([tr("stock", "Store"), tr("stock", "Name"), tr("stock", "On hand")], 1)
        self.table.setMinimumHeight(220)
        self.layout_.addWidget(self.table)
        self.message.show_info(tr("stock", "Asking the hub…"))
        self.layout_.addWidget(self.message)
        self.caption = QLabel("")
        self.layout_.addWidget(self.caption)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(tr("stock", "Close  (Esc)"))
        box.rejected.connect(self.reject)
        self.layout_.addWidget(box)
        decorate(self)
        this_store = tr("stock", "{store}  (this store)", store="PAR01")
        readable_columns(self.table, {0: this_store, 2: "9,999"}, stretch=1, stretch_sample="Store Name")

    def show_stores(self, stores) -> None:
        fill(self.table, [[_where(s), s.name, fmt_qty(s.on_hand)] for s in stores], right_from=2)
        others = [s for s in stores if not s.this_store and not s.warehouse and s.on_hand > 0]
        depots = [s for s in stores if s.warehouse and s.on_hand > 0]
        if others:
            self.message.show_ok(
                tr("stock", "In stock in %n other store(s): most at {store}", n=len(others), store=others[0].store)
            )
        elif depots:
            self.message.show_ok(
                tr("stock", "No other store has it in stock; %n warehouse(s) can deliver it", n=len(depots))
            )
        else:
            self.message.show_info(tr("stock", "No other store has it in stock"))
        if others and depots:
            self.caption.setText(tr("stock", "Also in %n warehouse(s): delivery only", n=len(depots)))

    def show_error(self, text: str) -> None:
        self.message.show_error(text)


def _where(s) -> str:
    """The first column: the code, marked when it is this store or a warehouse."""
    if s.this_store:
        return tr("stock", "{store}  (this store)", store=s.store)
    if s.warehouse:
        return tr("stock", "{store}  (warehouse)", store=s.store)
    return s.store


def ask_where_else(parent, ops, cfg, sku: str, on_answer=None) -> WhereElseDialog:
    """Open "Where else is it in stock?" for `sku` from any screen: the hub settings are read on
    the database worker, the HTTP call runs on a thread of its own (Ops.background), and the
    dialog shows the stores or a clear offline message. `on_answer()` runs once it is shown."""
    from ..services.stock import where
    from .ops import message_of

    dlg = WhereElseDialog(tr("stock", "Where else? · {product}", product=sku), parent)
    done = on_answer or (lambda: None)

    def shown(stores) -> None:
        dlg.show_stores(stores)
        done()

    def failed(exc) -> None:
        dlg.show_error(message_of(exc))
        done()

    def ask(hub_cfg):
        ops.background(where.where_else, hub_cfg, sku, cfg.store_code, ok=shown, err=failed)

    ops.call(where.hub_settings, ok=ask, err=failed)
    return dlg
