"""Small shared widgets: the message line, the key bar, money text."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QWidget

from ..adapters.printing.money_format import fmt_money


def money(amount: Decimal, currency: str = "EUR") -> str:
    return fmt_money(amount, currency)


_KINDS = {  # background, text, bold
    "error": ("#fde2e1", "#9b1c1c", True),
    "ok": ("#def7ec", "#03543f", False),
    "info": ("#e1effe", "#1e429f", False),
    "none": (None, None, False),
}


class MessageLine(QLabel):
    """One line that says what just happened; errors are red and beep.

    Colours go through the palette, not a style-sheet property: re-polishing a style sheet
    on every scan re-lays out the screen and cost several milliseconds per scan."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setFixedHeight(48)
        self.setAutoFillBackground(True)
        self.setContentsMargins(10, 0, 10, 0)
        self._base = QPalette(self.palette())
        self._kind = "none"
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._bold.setPixelSize(17)
        self._plain = QFont(self.font())
        self._plain.setPixelSize(17)
        self._show("", "none")

    def _show(self, text: str, kind: str) -> None:
        kind = kind if text else "none"
        if kind != self._kind:
            background, color, bold = _KINDS[kind]
            pal = QPalette(self._base)
            if background:
                pal.setColor(QPalette.Window, QColor(background))
                pal.setColor(QPalette.WindowText, QColor(color))
            self.setPalette(pal)
            self.setFont(self._bold if bold else self._plain)
            self._kind = kind
        self.setText(text)

    def show_error(self, text: str) -> None:
        QApplication.beep()
        self._show(text, "error")

    def show_ok(self, text: str) -> None:
        self._show(text, "ok")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    @property
    def kind(self) -> str:
        return self._kind

    def clear_message(self) -> None:
        self._show("", "none")


class KeyBar(QWidget):
    """Touch-sized buttons that also show each action's key."""

    triggered = Signal(str)

    def __init__(self, keys: list[tuple[str, str, str]], parent=None, per_row: int | None = None):
        """keys: (action name, key label, caption). `per_row`: buttons per row when a screen has
        more keys than fit in one row at 1280 px."""
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        per_row = per_row or len(keys) or 1
        for i, (action, key, caption) in enumerate(keys):
            btn = QPushButton(f"{key}\n{caption}")
            btn.setFocusPolicy(Qt.NoFocus)  # the scan field keeps focus
            btn.setMinimumHeight(56)
            btn.clicked.connect(lambda _=False, a=action: self.triggered.emit(a))
            layout.addWidget(btn, i // per_row, i % per_row)
            self.buttons[action] = btn
