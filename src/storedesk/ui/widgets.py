"""Small shared widgets: the message line, the key bar, money text."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from ..adapters.printing.money_format import fmt_money


def money(amount: Decimal, currency: str = "EUR") -> str:
    return fmt_money(amount, currency)


class MessageLine(QLabel):
    """One line that says what just happened; errors are red and beep."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setMinimumHeight(44)
        self.show_info("")

    def _show(self, text: str, kind: str) -> None:
        self.setText(text)
        self.setProperty("kind", kind if text else "none")
        self.style().unpolish(self)
        self.style().polish(self)

    def show_error(self, text: str) -> None:
        QApplication.beep()
        self._show(text, "error")

    def show_ok(self, text: str) -> None:
        self._show(text, "ok")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    @property
    def kind(self) -> str:
        return self.property("kind")

    def clear_message(self) -> None:
        self._show("", "none")


class KeyBar(QWidget):
    """Touch-sized buttons that also show each action's key."""

    triggered = Signal(str)

    def __init__(self, keys: list[tuple[str, str, str]], parent=None):
        """keys: (action name, key label, caption)."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for action, key, caption in keys:
            btn = QPushButton(f"{key}\n{caption}")
            btn.setFocusPolicy(Qt.NoFocus)  # the scan field keeps focus
            btn.clicked.connect(lambda _=False, a=action: self.triggered.emit(a))
            layout.addWidget(btn)
            self.buttons[action] = btn
