"""Paid in / paid out: an amount (in the store's locale) and the reason, typed at the keyboard (Enter goes on)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QLineEdit

from ..i18n.formats import fmt_number
from .dialogs import FormDialog
from .translation import tr
from .widgets import typed_number


class CashMoveDialog(FormDialog):
    def __init__(self, title: str, hint: str, parent=None):
        super().__init__(title, parent)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(tr("cash", "e.g. {amount}", amount=fmt_number(Decimal("12.50"))))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("cash", "what the cash is for (required)"))
        self.reason.setMaxLength(120)
        self.amount.returnPressed.connect(self.reason.setFocus)
        self.reason.returnPressed.connect(self.accept)
        form = QFormLayout()
        form.addRow(tr("cash", "Amount"), self.amount)
        form.addRow(tr("cash", "Reason"), self.reason)
        self.message.show_info(hint)
        self._finish(form)
        self.amount.setFocus()

    def values(self) -> tuple[str, str]:
        """The amount as the services read it ("12,50" typed at a French till -> "12.50"), the reason."""
        return typed_number(self.amount.text().strip()), self.reason.text().strip()
