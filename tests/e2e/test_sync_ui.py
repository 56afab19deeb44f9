"""The till's status bar and Sync screen follow the hub going away and coming back."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from tests.ui.conftest import Counter

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services import settings


def test_status_bar_and_sync_screen_follow_the_hub(qtbot, hub, make_station):
    st = make_station(hub, "T1")
    settings.set_setting(st.uow, "sync_interval_seconds", "1")
    c = Counter(qtbot, st.data_dir)
    try:
        c.login()
        labels = c.window.labels
        qtbot.waitUntil(lambda: labels["network"].text() == "● Online", timeout=10000)
        c.scan(gtin_for(1))
        c.key(Qt.Key_F12, c.sale.scan)
        qtbot.waitUntil(lambda: "Last sync" in labels["sync"].text(), timeout=10000)
        c.window.sync_runner.sync_now()
        qtbot.waitUntil(lambda: labels["events"].text() == "Waiting events: 0", timeout=10000)

        hub.stop()
        c.scan(gtin_for(2))
        c.key(Qt.Key_F12, c.sale.scan)  # sales go on while the hub is away
        c.window.sync_runner.sync_now()
        qtbot.waitUntil(lambda: labels["network"].text().startswith("○ Offline"), timeout=15000)
        qtbot.waitUntil(lambda: labels["events"].text() == "Waiting events: 2", timeout=10000)
        c.key(Qt.Key_F6, c.sale.scan)
        screen = c.window.sync_screen
        assert c.window.stack.currentWidget() is screen
        c.idle()
        assert screen.events.rowCount() == 2
        assert {screen.events.item(i, 1).text() for i in range(2)} == {"sale", "stock_movements"}
        assert "offline" in screen.summary.text()
        if os.environ.get("STOREDESK_SHOTS"):
            c.window.grab().save(os.path.join(os.environ["STOREDESK_SHOTS"], "sync_offline.png"))

        hub.start()
        qtbot.keyClick(screen, Qt.Key_Return)  # sync now
        qtbot.waitUntil(lambda: labels["events"].text() == "Waiting events: 0", timeout=15000)
        qtbot.waitUntil(lambda: labels["network"].text() == "● Online", timeout=10000)
        c.idle()
        qtbot.waitUntil(lambda: screen.events.rowCount() == 0, timeout=5000)
    finally:
        c.close()
