"""The pickup desk's To ship queue (issue 17), driven with the keyboard: Ctrl+6 shows the ship
orders only (never the pickup queues' orders), F3 accepts, scanning picks, F9 and F10 are not
for a ship order, F11 packs (weights typed in the store's locale: "1,2" kg in fr_FR) and prints a
label per parcel, F12 takes the tracking numbers (a scanner's Enter moves on) and ships; the
order leaves the queue. The tab fits a 1024 x 768 till in German (a screenshot is kept in
STOREDESK_SHOTS or the test's folder)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.integration.test_ship_from_store import ship_item
from tests.ui.test_fit_and_touch import readable_everywhere
from tests.ui.test_pickup_screen import idle, key, open_desk, shot, type_in, wait_dialog

from storedesk.i18n.formats import use_store_locale
from storedesk.services.context import config
from storedesk.services.pickup.feed import apply_order_item
from storedesk.ui.pickup.ship_dialogs import PackDialog, ShipDialog
from storedesk.ui.translation import install_language

SHIP_TAB = 5  # the sixth tab: Ctrl+6


def with_ship_order(screen, number="W-5001"):
    st = screen.st
    item = ship_item(number)
    item["created_at"], item["due_at"] = "2026-11-27T08:00:00+00:00", "2026-11-28T16:00:00+00:00"
    with st.uow.write() as tx:
        apply_order_item(tx, item, config(st.uow), "2026-11-27T08:05:00+00:00")
    screen.refresh()
    idle(screen.qtbot, screen.ops)


@pytest.fixture
def desk(qtbot, pinned, tmp_path):
    screen = open_desk(qtbot, pinned, tmp_path)
    with_ship_order(screen)
    yield screen
    screen.ops.stop()


@pytest.fixture
def french_store():
    use_store_locale("fr_FR")
    yield
    use_store_locale("en_IE")


def test_to_ship_tab_packs_labels_and_ships_by_keys(desk, french_store, tmp_path):
    s = desk
    assert "W-5001" not in [s.list.item(i, 0).text() for i in range(s.list.rowCount())]  # not in New
    assert s.tabs.tabText(SHIP_TAB).startswith("To ship (1)") and s.tabs.tabText(SHIP_TAB).endswith("Ctrl+6")
    s.qtbot.keyClick(s.find, Qt.Key_6, Qt.ControlModifier)
    idle(s.qtbot, s.ops)
    assert s.tab == "ship" and s.list.rowCount() == 1 and s.list.item(0, 0).text() == "W-5001"
    s.list.setCurrentCell(0, 0)
    s.qtbot.waitUntil(lambda: s.view is not None and s.view.order.number == "W-5001", timeout=10000)
    assert "Ship to" in s.order.facts.text() and "12 rue des Lilas" in s.order.facts.text()

    key(s, Qt.Key_F3)
    s.qtbot.waitUntil(lambda: s.view.status == "accepted" and s.last_pdf is not None, timeout=10000)
    for pid in (1, 1, 2):
        type_in(s, s.scan, s.st.barcode(pid))
    assert "F11 packs it" in s.message.text()
    assert not s.keys.buttons["ready"].isEnabled() and not s.keys.buttons["handover"].isEnabled()
    assert s.keys.buttons["pack"].isEnabled() and not s.keys.buttons["ship"].isEnabled()
    key(s, Qt.Key_F9, s.scan)  # ready is a pickup order's: the message line says why not
    assert s.message.kind == "error" and s.view.status == "picking"

    key(s, Qt.Key_F11, s.scan)
    dlg = wait_dialog(s, PackDialog)
    dlg.count.setValue(2)
    assert len(dlg.fields) == 2
    dlg.fields[0].setFocus()
    s.qtbot.keyClicks(dlg.fields[0], "abc")
    s.qtbot.keyClick(dlg.fields[0], Qt.Key_Return)  # to the next parcel
    s.qtbot.keyClicks(dlg.fields[1], "0,5")
    s.qtbot.keyClick(dlg.fields[1], Qt.Key_Return)
    assert dlg.isVisible() and "Parcel 1" in dlg.message.text()  # refused in the dialog
    dlg.fields[0].setText("1,2")  # a French till's kilograms
    s.qtbot.keyClick(dlg.fields[1], Qt.Key_Return)
    s.qtbot.waitUntil(lambda: s.view.status == "ready" and len(s.view.parcels) == 2, timeout=10000)
    s.qtbot.waitUntil(lambda: "2 labels printed" in s.message.text(), timeout=10000)
    assert [p.weight_g for p in s.view.parcels] == [1200, 500]
    assert s.last_pdf is not None and s.last_pdf.name == "label-W-5001-2of2.pdf" and s.last_pdf.exists()
    assert "Parcel 1: 1,2 kg" in s.order.facts.text() and s.order.state.text() == "Packed"
    assert s.keys.buttons["ship"].isEnabled()

    # a weight typed wrong: F11 on the packed order shows its parcels to correct, packs it again
    key(s, Qt.Key_F11, s.scan)
    dlg = wait_dialog(s, PackDialog)
    assert [f.text() for f in dlg.fields] == ["1,2", "0,5"] and dlg.message.kind == "info"
    dlg.fields[1].setText("0,6")
    s.qtbot.keyClick(dlg.fields[1], Qt.Key_Return)
    s.qtbot.waitUntil(lambda: [p.weight_g for p in s.view.parcels] == [1200, 600], timeout=10000)
    s.qtbot.waitUntil(lambda: all(p.label_printed_at for p in s.view.parcels), timeout=10000)
    assert "2 labels printed" in s.message.text() and s.view.status == "ready"

    key(s, Qt.Key_F12)
    dlg = wait_dialog(s, ShipDialog)
    type_in(s, dlg.fields[1], "6A123FR")  # a scan: Enter moves on to parcel 2
    assert dlg.focusWidget() is dlg.fields[2]
    type_in(s, dlg.fields[2], "6A124FR")
    s.qtbot.waitUntil(lambda: s.view.status == "collected", timeout=10000)
    idle(s.qtbot, s.ops)
    assert s.order.state.text() == "Shipped" and "shipped" in s.message.text()
    assert s.list.rowCount() == 0 and s.tabs.tabText(SHIP_TAB).startswith("To ship (0)")
    rows = s.st.raw().execute("SELECT reason, quantity_milli FROM stock_movements WHERE doc_ref = 'W-5001'")
    assert sorted(rows.fetchall()) == [("ship", -2000), ("ship", -1000)]


def test_to_ship_tab_fits_1024x768_in_german(qtbot, pinned, tmp_path):
    install_language("de")
    try:
        s = open_desk(qtbot, pinned, tmp_path)
        try:
            with_ship_order(s)
            s.resize(1024, 768)
            s.qtbot.keyClick(s.find, Qt.Key_6, Qt.ControlModifier)
            idle(s.qtbot, s.ops)
            s.list.setCurrentCell(0, 0)
            s.qtbot.waitUntil(lambda: s.view is not None, timeout=10000)
            key(s, Qt.Key_F3)
            idle(s.qtbot, s.ops)
            assert s.tabs.tabText(SHIP_TAB).startswith("Versand (1)")
            assert s.minimumSizeHint().width() <= 1024 and s.minimumSizeHint().height() <= 768
            assert not readable_everywhere(s)
            shot(s, "ship-queue-de-1024x768", tmp_path)
        finally:
            s.ops.stop()
    finally:
        install_language("en")
