"""Small keyboard dialogs: a value prompt, a discount, a manager override."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QHBoxLayout,
)

from .style import decorate
from .widgets import MessageLine


class _Base(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(540)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("title")
        self.layout_.addWidget(heading)
        self.message = MessageLine()

    def _finish(self, form) -> None:
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("OK  (Enter)")
        buttons.button(QDialogButtonBox.Cancel).setText("Cancel  (Esc)")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        decorate(self)


class ValueDialog(_Base):
    """Ask for one value (a quantity, a price). Validation happens in the service."""

    def __init__(self, title: str, label: str, initial: str = "", hint: str = "", parent=None):
        super().__init__(title, parent)
        self.field = QLineEdit(initial)
        self.field.selectAll()
        self.field.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow(label, self.field)
        if hint:
            self.message.show_info(hint)
        self._finish(form)

    def value(self) -> str:
        return self.field.text().strip()


class DiscountDialog(_Base):
    """Line or basket discount, as a percentage or an amount. Tab switches % / amount."""

    def __init__(self, has_line: bool, parent=None):
        super().__init__("Discount", parent)
        self.line_btn = QRadioButton("Selected line  (L)")
        self.basket_btn = QRadioButton("Whole sale  (B)")
        self.pct_btn = QRadioButton("Percent %  (P)")
        self.amount_btn = QRadioButton("Amount  (A)")
        for b in (self.line_btn, self.basket_btn, self.pct_btn, self.amount_btn):
            b.setFocusPolicy(Qt.NoFocus)
        target, kind = QButtonGroup(self), QButtonGroup(self)
        target.addButton(self.line_btn)
        target.addButton(self.basket_btn)
        kind.addButton(self.pct_btn)
        kind.addButton(self.amount_btn)
        self.line_btn.setEnabled(has_line)
        (self.line_btn if has_line else self.basket_btn).setChecked(True)
        self.pct_btn.setChecked(True)
        self.field = QLineEdit()
        self.field.setPlaceholderText("e.g. 10 for 10 %, 0 removes the discount")
        self.field.returnPressed.connect(self.accept)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.line_btn)
        row1.addWidget(self.basket_btn)
        row2.addWidget(self.pct_btn)
        row2.addWidget(self.amount_btn)
        form = QFormLayout()
        form.addRow("Apply to", row1)
        form.addRow("As", row2)
        form.addRow("Value", self.field)
        self._finish(form)

    def keyPressEvent(self, event):
        keys = {Qt.Key_L: self.line_btn, Qt.Key_B: self.basket_btn, Qt.Key_P: self.pct_btn, Qt.Key_A: self.amount_btn}
        btn = keys.get(event.key())
        if btn is not None and btn.isEnabled():
            btn.setChecked(True)
            return
        super().keyPressEvent(event)

    def target(self) -> str:
        return "line" if self.line_btn.isChecked() else "basket"

    def kind(self) -> str:
        return "pct" if self.pct_btn.isChecked() else "amount"

    def value(self) -> str:
        return self.field.text().strip()


class OverrideDialog(_Base):
    """A manager authorises one action with their PIN; it is recorded with both users."""

    def __init__(self, reason: str, parent=None):
        super().__init__("Manager approval", parent)
        self.message.show_info(reason)
        self.user = QLineEdit()
        self.user.setPlaceholderText("manager's user name")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText("PIN")
        self.user.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow("Manager", self.user)
        form.addRow("PIN", self.pin)
        self._finish(form)

    def credentials(self) -> tuple[str, str]:
        return self.user.text().strip().lower(), self.pin.text()
