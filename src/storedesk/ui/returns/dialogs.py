"""Dialogs of the Returns screen: the reason, chosen with one number key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout

from ...domain.returns import REASONS
from ..style import decorate
from ..translation import tr
from ..widgets import MessageLine
from .view import reason_words

# The reasons in the order they are offered: key 1 is the first.
REASON_KEYS: list[tuple[str, str]] = list(REASONS.items())


class ReasonDialog(QDialog):
    """Why is it coming back? One number key (1-7) chooses and closes; Esc cancels."""

    def __init__(self, current: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("returns", "Reason for the return"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(tr("returns", "Why is it coming back?"))
        heading.setObjectName("title")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, (code, _english) in enumerate(REASON_KEYS, start=1):
            btn = QPushButton(f"{i}   {reason_words(code, tr)}")
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            btn.setMinimumHeight(52)
            btn.setCheckable(True)
            btn.setChecked(code == current)
            btn.clicked.connect(lambda _=False, c=code: self.choose(c))
            grid.addWidget(btn, (i - 1) // 2, (i - 1) % 2)
            self.buttons[code] = btn
        layout.addLayout(grid)
        message = MessageLine()
        message.show_info(tr("returns", "Press the number of the reason (Esc: cancel)"))
        layout.addWidget(message)
        decorate(self)

    def choose(self, code: str) -> None:
        self.chosen = code
        self.accept()

    def keyPressEvent(self, event):
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(REASON_KEYS):
            self.choose(REASON_KEYS[int(text) - 1][0])
            return
        super().keyPressEvent(event)
