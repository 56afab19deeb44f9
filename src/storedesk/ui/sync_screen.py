"""Sync: what waits for the hub, what it rejected and why, and what the feed quarantined.

A station not yet registered at a hub tells a manager the command that registers it; anyone
else reads that the hub is not connected and whom to ask (a clerk has no shell to type it in).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ..services import sync
from .ops import Ops, message_of
from .stock_screen import _table
from .style import decorate
from .widgets import MessageLine


class SyncScreen(QWidget):
    navigate = Signal(str)
    sync_requested = Signal()

    def __init__(self, ops: Ops, cfg, parent=None):
        super().__init__(parent)
        self.ops, self.cfg = ops, cfg
        title = QLabel("Sync with the hub")
        title.setObjectName("title")
        self.summary = QLabel("")
        self.summary.setObjectName("totalCaption")
        self.summary.setWordWrap(True)  # a long hub error never widens the window
        self.events = _table(["#", "Kind", "Created", "Status", "Tries", "Hub's answer / last error"])
        self.quarantine = _table(["Cursor", "Kind", "Why it was set aside", "Received"])
        for table, reason_col in ((self.events, 5), (self.quarantine, 2)):
            head = table.horizontalHeader()
            for col in range(table.columnCount()):
                head.setSectionResizeMode(
                    col,
                    QHeaderView.ResizeMode.Stretch if col == reason_col else QHeaderView.ResizeMode.ResizeToContents,
                )
        self.message = MessageLine()
        now_btn = QPushButton("Enter\nSync now")
        retry_btn = QPushButton("R\nRetry rejected")
        back_btn = QPushButton("Esc\nBack to sale")
        now_btn.clicked.connect(self.sync_now)
        retry_btn.clicked.connect(self.retry)
        back_btn.clicked.connect(lambda: self.navigate.emit("sale"))
        for b in (now_btn, retry_btn, back_btn):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        for b in (now_btn, retry_btn, back_btn):
            head.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("Events waiting for the hub or rejected by it (oldest first)"))
        layout.addWidget(self.events, 3)
        layout.addWidget(QLabel("Feed items set aside (not applied)"))
        layout.addWidget(self.quarantine, 1)
        layout.addWidget(self.message)
        for key, slot in (
            (Qt.Key.Key_Return, self.sync_now),
            (Qt.Key.Key_Enter, self.sync_now),
            (Qt.Key.Key_R, self.retry),
            (Qt.Key.Key_Escape, lambda: self.navigate.emit("sale")),
        ):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        decorate(self)

    def showEvent(self, event):
        super().showEvent(event)
        self.setFocus()
        self.refresh()

    def refresh(self) -> None:
        self.ops.call(
            lambda u: (sync.health(u), sync.events(u), sync.quarantined(u)),
            ok=self._show,
            err=lambda e: self.message.show_error(message_of(e)),
        )

    def user(self):
        """The signed-in user: the main window's (it does not start this screen with one)."""
        return getattr(self.window(), "user", None)

    def _not_registered(self) -> str:
        user = self.user()
        if user is not None and user.role == "manager":
            # `register`, not `init`: this station already has its store (cli.py, cmd_register)
            return (
                "This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` "
                "on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events "
                "until then."
            )
        return "Not connected to the hub: ask a manager. Sales are kept on this station until then."

    def _show(self, result) -> None:
        health, events, quarantined = result
        if not health.registered:
            self.summary.setText(self._not_registered())
        else:
            last = self.cfg.local(health.last_success).strftime("%H:%M:%S") if health.last_success else "never"
            state = "online" if health.online else "offline"
            self.summary.setText(
                f"{health.hub_url} · {state} · last sync {last} · waiting {health.waiting} · "
                f"rejected {health.rejected}"
                + (f" · last error: {health.last_error}" if health.last_error and not health.online else "")
            )
        self.events.setRowCount(len(events))
        for i, (seq, _id, kind, created, status, attempts, reason) in enumerate(events):
            cells = [str(seq), kind, self.cfg.local(created).strftime("%Y-%m-%d %H:%M"), status, str(attempts), reason]
            for j, text in enumerate(cells):
                self.events.setItem(i, j, _item(text))
        self.quarantine.setRowCount(len(quarantined))
        for i, (cursor, kind, reason, received) in enumerate(quarantined):
            for j, text in enumerate([cursor, kind, reason, self.cfg.local(received).strftime("%Y-%m-%d %H:%M")]):
                self.quarantine.setItem(i, j, _item(text))

    def sync_now(self) -> None:
        self.message.show_info("Syncing…")
        self.sync_requested.emit()

    def retry(self) -> None:
        def done(n):
            self.message.show_ok(f"{n} rejected events queued again")
            self.refresh()
            self.sync_requested.emit()

        self.ops.call(sync.retry_rejected, ok=done, err=lambda e: self.message.show_error(message_of(e)))


def _item(text: str):
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)
