"""The keyboard comes back to the till after every dialog (issue 13, keys and focus in kiosk
sessions), offscreen: fast, and a close model of a session without a window manager, where
nobody but the app gives the keyboard back when a dialog closes (tests/ui/test_kiosk_x11.py
proves it at a real X display).

Keys are typed as a keyboard types them: into the window that has the keyboard
(QGuiApplication.focusWindow), through Qt's whole key path, shortcuts included. A key typed
when no window has the keyboard is lost, as it was at the till.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.ui.focus import home_field
from storedesk.ui.main_window import window_title


def press(key, modifier=Qt.NoModifier) -> None:
    """One key from the keyboard: to the window that has the keyboard, or lost."""
    window = QGuiApplication.focusWindow()
    assert window is not None, "no window of the app has the keyboard: this key would be lost"
    QTest.keyClick(window, key, modifier)


def type_text(digits: str) -> None:
    for ch in digits:
        press(Qt.Key(ord(ch)))


def a_dialog_comes_and_goes(qtbot, parent) -> None:
    """Any dialog of the app: it takes the keyboard while open; Esc (typed) closes it."""
    dlg = QDialog(parent)
    dlg.setWindowTitle("A dialog")
    dlg.open()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=5000)
    press(Qt.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)


def back_on_the_till(counter) -> None:
    counter.qtbot.waitUntil(lambda: QApplication.activeWindow() is counter.window, timeout=5000)
    counter.idle()


def _screen(counter, name: str):
    w = counter.window
    return {
        "sale": w.sale,
        "stock": w.stock,
        "pickup": w.pickup,
        "returns": w.returns,
        "shift": w.shift_screen,
        "sync": w.sync_screen,
    }[name]


def _field(counter, name: str):
    """The field each screen keeps the keyboard in."""
    w = counter.window
    return {
        "sale": lambda: w.sale.scan,
        "stock": lambda: w.stock.panel.field,
        "pickup": lambda: w.pickup.find,
        "returns": lambda: w.returns.field,
        "shift": lambda: w.shift_screen.count.first(),
        "sync": lambda: w.sync_screen,
    }[name]()


@pytest.mark.parametrize("name", ["sale", "stock", "pickup", "returns", "shift", "sync"])
def test_after_a_dialog_the_window_and_the_screens_field_have_the_keyboard(counter, name):
    counter.login()
    counter.window.navigate(name)
    counter.idle()
    screen = _screen(counter, name)
    assert counter.window.stack.currentWidget() is screen
    a_dialog_comes_and_goes(counter.qtbot, screen)
    back_on_the_till(counter)
    counter.qtbot.waitUntil(lambda: QApplication.focusWidget() is _field(counter, name), timeout=5000)
    assert home_field(screen) is _field(counter, name)


def test_the_fiscal_screens_keys_work_after_each_of_its_dialogs(counter):
    """The Fiscal screen (a manager's, an auditor's): after a dialog and after its Z-reprint
    dialog, the keyboard is back in its list and its keys act."""
    counter.login("max", "9876")
    w = counter.window
    w.navigate("fiscal")
    counter.idle()
    f = w.fiscal
    assert w.stack.currentWidget() is f
    a_dialog_comes_and_goes(counter.qtbot, f)
    back_on_the_till(counter)
    counter.qtbot.waitUntil(lambda: QApplication.focusWidget() is f.list, timeout=5000)
    assert home_field(f) is f.list
    press(Qt.Key_F10)  # the Z reprint's number
    dlg = f.dialog
    assert dlg is not None and dlg.isVisible()
    press(Qt.Key_Escape)
    counter.qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    back_on_the_till(counter)
    counter.qtbot.waitUntil(lambda: QApplication.focusWidget() is f.list, timeout=5000)
    press(Qt.Key_F5)  # a key of the screen's own: the list read again
    counter.idle()
    assert f.message.text() == "The list is up to date."


def test_a_scan_after_the_search_dialog_lands_in_the_basket(counter):
    counter.login()
    press(Qt.Key_F2)
    dlg = counter.sale.dialog
    assert dlg is not None and dlg.isVisible()
    press(Qt.Key_Escape)
    counter.qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    back_on_the_till(counter)
    type_text(gtin_for(1))
    press(Qt.Key_Return)
    counter.idle()
    assert [ln.sku for ln in counter.sale.view.basket.active_lines] == ["SKU0000001"]


def test_syncs_r_works_after_a_dialog(counter):
    con = sqlite3.connect(counter.data_dir / "storedesk.db")
    with con:
        con.execute(
            "INSERT INTO outbox(id, kind, payload, created_at, status, attempts, last_error) "
            "VALUES ('refused', 'sale', '{}', '2026-01-01T00:00:00+00:00', 'rejected', 1, 'test')"
        )
    con.close()
    counter.login()
    press(Qt.Key_F6)
    counter.idle()
    assert counter.window.stack.currentWidget() is counter.window.sync_screen
    a_dialog_comes_and_goes(counter.qtbot, counter.window.sync_screen)
    back_on_the_till(counter)
    press(Qt.Key_R)  # a window-level key: nothing to type into on this screen
    counter.idle()
    con = counter.db()
    assert con.execute("SELECT status FROM outbox WHERE id = 'refused'").fetchall() == [("pending",)]
    con.close()


def test_pickups_ctrl_2_works_after_a_dialog(counter):
    counter.login()
    press(Qt.Key_F3)
    counter.idle()
    pickup = counter.window.pickup
    assert counter.window.stack.currentWidget() is pickup
    a_dialog_comes_and_goes(counter.qtbot, pickup)
    back_on_the_till(counter)
    press(Qt.Key_2, Qt.ControlModifier)
    assert pickup.tabs.currentIndex() == 1


def test_stocks_ctrl_l_locks_after_the_adjust_dialog(counter):
    counter.login()
    press(Qt.Key_F5)
    counter.idle()
    panel = counter.window.stock.panel
    counter.qtbot.waitUntil(lambda: panel.selected() is not None, timeout=5000)
    press(Qt.Key_F3)  # adjust the highlighted product
    dlg = panel.dialog
    assert dlg is not None and dlg.isVisible()
    press(Qt.Key_Escape)
    counter.qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    back_on_the_till(counter)
    press(Qt.Key_L, Qt.ControlModifier)
    assert counter.window.stack.currentWidget() is counter.window.login
    counter.qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.window.login.pin, timeout=5000)


def test_a_dialog_over_a_dialog_gives_the_keyboard_back_to_the_one_below(counter):
    counter.login()
    outer = QDialog(counter.sale)
    outer.open()
    counter.qtbot.waitUntil(lambda: QApplication.activeWindow() is outer, timeout=5000)
    inner = QDialog(outer)
    inner.open()
    counter.qtbot.waitUntil(lambda: QApplication.activeWindow() is inner, timeout=5000)
    press(Qt.Key_Escape)
    counter.qtbot.waitUntil(lambda: QApplication.activeWindow() is outer, timeout=5000)
    assert counter.window.focus.restored >= 1
    press(Qt.Key_Escape)
    back_on_the_till(counter)
    assert QApplication.focusWidget() is counter.sale.scan


def test_the_keyboard_goes_to_the_pin_after_the_lock_closed_a_dialog(counter):
    counter.login()
    counter.scan(gtin_for(1))
    press(Qt.Key_F4)  # the quantity dialog is open when the till locks
    dlg = counter.sale.dialog
    assert dlg is not None
    counter.window.lock()
    back_on_the_till(counter)
    counter.qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.window.login.pin, timeout=5000)
    type_text("1234")
    press(Qt.Key_Return)
    counter.idle()
    assert counter.window.stack.currentWidget() is counter.sale and counter.window.user.username == "ana"


def test_the_window_title_names_the_product_once(counter):
    assert counter.window.windowTitle() == "storedesk Demo Store · T1"
    assert window_title("Corner Shop", "T2") == "storedesk · Corner Shop · T2"
    assert window_title("StoreDesk Paris", "T1") == "StoreDesk Paris · T1"


def test_every_key_of_the_keymap_is_one_key_qt_reads_back_as_written():
    """A key written in ui/keymap.py becomes a shortcut: it must be one key Qt understands."""
    from PySide6.QtGui import QKeySequence

    from storedesk.ui import keymap

    tables = (
        keymap.SALE,
        keymap.RETURNS,
        keymap.PICKUP,
        keymap.SHIFT,
        keymap.STOCK,
        keymap.COUNT,
        keymap.RECEIVING,
        keymap.MANAGER,
    )
    for table in tables:
        for _action, key, _caption in table:
            if key in ("+", "−"):  # read by the returns screen itself, not a shortcut
                continue
            seq = QKeySequence(key)
            assert seq.count() == 1 and seq.toString() == key, key
