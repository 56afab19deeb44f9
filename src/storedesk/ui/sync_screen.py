"""Sync: what waits for the hub, what it rejected and why, and what the feed quarantined.

A station not yet registered at a hub tells a manager the command that registers it; anyone
else reads that the hub is not connected and whom to ask (a clerk has no shell to type it in).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import noop
from ..i18n.formats import fmt_datetime, fmt_time
from ..services import sync
from .ops import Ops, message_of
from .stock_screen import _table
from .style import decorate
from .translation import text, tr
from .widgets import MessageLine

STATUSES = {"pending": noop("sync", "pending"), "rejected": noop("sync", "rejected")}


class SyncScreen(QWidget):
    navigate = Signal(str)
    sync_requested = Signal()

    def __init__(self, ops: Ops, cfg, parent=None):
        super().__init__(parent)
        self.ops, self.cfg = ops, cfg
        title = QLabel(tr("sync", "Sync with the hub"))
        title.setObjectName("title")
        self.summary = QLabel("")
        self.summary.setObjectName("totalCaption")
        self.summary.setWordWrap(True)  # a long hub error never widens the window
        kind = tr("sync", "Kind")
        self.events = _table(
            [
                "#",
                kind,
                tr("sync", "Created"),
                tr("sync", "Status"),
                tr("sync", "Tries"),
                tr("sync", "Hub's answer / last error"),
            ]
        )
        self.quarantine = _table(
            [tr("sync", "Cursor"), kind, tr("sync", "Why it was set aside"), tr("sync", "Received")]
        )
        for table, reason_col in ((self.events, 5), (self.quarantine, 2)):
            head = table.horizontalHeader()
            for col in range(table.columnCount()):
                head.setSectionResizeMode(
                    col,
                    QHeaderView.ResizeMode.Stretch if col == reason_col else QHeaderView.ResizeMode.ResizeToContents,
                )
        self.message = MessageLine()
        now_btn = QPushButton("Enter\n" + tr("sync", "Sync now"))
        retry_btn = QPushButton("R\n" + tr("sync", "Retry rejected"))
        back_btn = QPushButton("Esc\n" + tr("sync", "Back to sale"))
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
        layout.addWidget(QLabel(tr("sync", "Events waiting for the hub or rejected by it (oldest first)")))
        layout.addWidget(self.events, 3)
        layout.addWidget(QLabel(tr("sync", "Feed items set aside (not applied)")))
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
            return tr(
                "sync",
                "This station is not registered at a hub: run `storedesk register --hub URL --token TOKEN` "
                "on this PC (the token comes from `storedesk-hub add-station`). Sales keep their events "
                "until then.",
            )
        return tr("sync", "Not connected to the hub: ask a manager. Sales are kept on this station until then.")

    def _show(self, result) -> None:
        health, events, quarantined = result
        if not health.registered:
            self.summary.setText(self._not_registered())
        else:
            last = fmt_time(self.cfg.local(health.last_success)) if health.last_success else tr("sync", "never")
            values = {
                "hub": health.hub_url,
                "last": last,
                "waiting": health.waiting,
                "rejected": health.rejected,
            }
            if health.online:
                summary = tr(
                    "sync", "{hub} · online · last sync {last} · waiting {waiting} · rejected {rejected}", **values
                )
            elif health.last_error:
                summary = tr(
                    "sync",
                    "{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected} · "
                    "last error: {error}",
                    error=text(health.last_error),
                    **values,
                )
            else:
                summary = tr(
                    "sync", "{hub} · offline · last sync {last} · waiting {waiting} · rejected {rejected}", **values
                )
            if health.fiscal_refused is not None:  # the hub refused the journal's copy or an archive (issue 19)
                summary += "\n" + text(health.fiscal_refused)
            self.summary.setText(summary)
        self.events.setRowCount(len(events))
        for i, (seq, _id, kind, created, status, attempts, reason) in enumerate(events):
            shown = tr("sync", STATUSES[status]) if status in STATUSES else status
            cells = [str(seq), kind, fmt_datetime(self.cfg.local(created)), shown, str(attempts), reason]
            for j, cell in enumerate(cells):
                self.events.setItem(i, j, _item(cell))
        self.quarantine.setRowCount(len(quarantined))
        for i, (cursor, kind, reason, received) in enumerate(quarantined):
            for j, cell in enumerate([cursor, kind, reason, fmt_datetime(self.cfg.local(received))]):
                self.quarantine.setItem(i, j, _item(cell))

    def sync_now(self) -> None:
        self.message.show_info(tr("sync", "Syncing…"))
        self.sync_requested.emit()

    def retry(self) -> None:
        def done(n):
            self.message.show_ok(tr("sync", "%n rejected event(s) queued again", n=n))
            self.refresh()
            self.sync_requested.emit()

        self.ops.call(sync.retry_rejected, ok=done, err=lambda e: self.message.show_error(message_of(e)))


def _item(text: str):
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)
