"""Drive the real station window offscreen, as a clerk would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.conftest import copy_station_files


class Counter:
    """The running app plus the keystrokes a clerk makes."""

    def __init__(self, qtbot, data_dir: Path, language: str | None = None):
        from storedesk.ui.app import build

        self.qtbot = qtbot
        self.data_dir = data_dir
        self.app, self.ops, self.window = build(data_dir, language=language)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitUntil(lambda: self.window.login.button.isEnabled(), timeout=10000)

    @property
    def sale(self):
        return self.window.sale

    def idle(self) -> None:
        """Wait until every queued database operation has answered."""
        self.qtbot.waitUntil(lambda: self.ops.pending == 0, timeout=10000)

    def login(self, user: str = "ana", pin: str = "1234") -> None:
        login = self.window.login
        login.user.setCurrentText(user)
        self.qtbot.keyClicks(login.pin, pin)
        self.qtbot.keyClick(login.pin, Qt.Key_Return)
        self.idle()

    def scan(self, code: str) -> None:
        self.qtbot.keyClicks(self.sale.scan, code)
        self.qtbot.keyClick(self.sale.scan, Qt.Key_Return)
        self.idle()

    def key(self, key, widget=None) -> None:
        self.qtbot.keyClick(widget or QApplication.focusWidget() or self.sale.scan, key)
        self.idle()

    def search(self, text: str):
        """F2 at the counter, `text` typed into the search dialog, its answer waited for: the dialog."""
        self.key(Qt.Key_F2, self.sale.scan)
        dialog = self.sale.dialog
        self.qtbot.keyClicks(dialog.field, text)
        self.idle()
        return dialog

    def new_delivery(self, receiving, reference: str, lines: str) -> None:
        """On the receiving screen: F2, a delivery `reference` with `lines` pasted ("GTIN quantity"
        a line), accepted; returns once the screen has opened it."""
        self.key(Qt.Key_F2, receiving.scan)
        dlg = receiving.dialog
        self.qtbot.keyClicks(dlg.ref, reference)
        dlg.text.setPlainText(lines)
        with self.qtbot.waitSignal(receiving.done, timeout=10000):
            dlg.accept()
        self.idle()

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.data_dir / "storedesk.db")

    def close(self) -> None:
        self.window.close()
        self.ops.stop()


@pytest.fixture
def counter(qtbot, demo_template, tmp_path):
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    c = Counter(qtbot, data_dir)
    yield c
    c.close()


@pytest.fixture
def beeps(monkeypatch):
    """Count the beeps the app makes (the speaker is not there offscreen)."""
    calls = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls
