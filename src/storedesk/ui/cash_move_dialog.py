"""Paid in / paid out: an amount and the reason, typed at the keyboard (Enter goes on)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit

from .dialogs import FormDialog


class CashMoveDialog(FormDialog):
    def __init__(self, title: str, hint: str, parent=None):
        super().__init__(title, parent)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("e.g. 12.50")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("what the cash is for (required)")
        self.reason.setMaxLength(120)
        self.amount.returnPressed.connect(self.reason.setFocus)
        self.reason.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow("Amount", self.amount)
        form.addRow("Reason", self.reason)
        self.message.show_info(hint)
        self._finish(form)
        self.amount.setFocus()

    def values(self) -> tuple[str, str]:
        return self.amount.text().strip(), self.reason.text().strip()
