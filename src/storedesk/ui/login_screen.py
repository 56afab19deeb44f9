"""Sign in with user and PIN. Also the lock screen (Ctrl+L, idle)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..services import auth
from .ops import Ops, message_of
from .widgets import MessageLine
from .style import decorate


class LoginScreen(QWidget):
    logged_in = Signal(object)  # services.context.User

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.busy = False
        self.title = QLabel("storedesk")
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignCenter)
        self.subtitle = QLabel("Opening the station…")
        self.subtitle.setAlignment(Qt.AlignCenter)
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setMinimumHeight(44)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText("PIN")
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.submit)
        self.button = QPushButton("Sign in  (Enter)")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.submit)
        self.message = MessageLine()

        form = QFormLayout()
        form.addRow("User", self.user)
        form.addRow("PIN", self.pin)
        box = QWidget()
        box.setFixedWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(16)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignHCenter)
        outer.addStretch(2)
        self.set_ready(False)
        decorate(self)

    def set_ready(self, ready: bool, subtitle: str = "") -> None:
        self.user.setEnabled(ready)
        self.pin.setEnabled(ready)
        self.button.setEnabled(ready)
        if subtitle:
            self.subtitle.setText(subtitle)
        if ready:
            self.pin.setFocus()

    def set_users(self, users: list[tuple[str, str]]) -> None:
        current = self.user.currentText()
        self.user.clear()
        for username, name in users:
            self.user.addItem(username)
        if current:
            self.user.setCurrentText(current)

    def reset(self, locked_by: str = "") -> None:
        self.pin.clear()
        self.message.show_info(f"Locked. {locked_by} can sign in again." if locked_by else "")
        self.pin.setFocus()

    def submit(self) -> None:
        if self.busy or not self.button.isEnabled():
            return
        self.busy = True
        username, pin = self.user.currentText().strip().lower(), self.pin.text()
        self.pin.clear()
        self.ops.call(auth.login, username, pin, ok=self._ok, err=self._err)

    def _ok(self, user) -> None:
        self.busy = False
        self.message.show_info("")
        self.logged_in.emit(user)

    def _err(self, exc) -> None:
        self.busy = False
        self.message.show_error(message_of(exc))
        self.pin.setFocus()
