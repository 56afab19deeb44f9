"""Issue 13, items 6, 7 and 8 through the real window (and the F4 prompt on its own):
the Sync screen gives a clerk no shell command, the parked list says each thing once, counts
have real plurals and say when more match, a wrong quantity can be corrected in place, and
the Pickup screen's "No order matches" goes when another list is shown."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.scan import parse_quantity
from storedesk.ui.dialogs import QuantityDialog, ValueDialog
from storedesk.ui.sale.basket_table import basket_summary
from storedesk.ui.sale.park import ParkDialog, ParkedSale


# ---- 6: Sync ------------------------------------------------------------------------------
def _sync_summary(counter) -> str:
    counter.key(Qt.Key_F6, counter.sale.scan)
    screen = counter.window.sync_screen
    assert counter.window.stack.currentWidget() is screen
    counter.qtbot.waitUntil(lambda: bool(screen.summary.text()), timeout=10000)
    return screen.summary.text()


def test_a_clerk_is_told_whom_to_ask_and_a_manager_gets_the_command(counter):
    counter.login("ana", "1234")  # the demo station is not registered at a hub
    text = _sync_summary(counter)
    assert text.startswith("Not connected to the hub: ask a manager")
    assert "storedesk" not in text and "--hub" not in text
    counter.window.lock()
    counter.login("max", "9876")
    text = _sync_summary(counter)
    assert "`storedesk register --hub URL --token TOKEN`" in text


# ---- 7: Park --------------------------------------------------------------------------------
def test_the_parked_list_says_each_thing_once(counter):
    counter.login()
    counter.scan(gtin_for(1))
    total = counter.sale.total.text()
    counter.key(Qt.Key_F9, counter.sale.scan)
    counter.qtbot.keyClick(counter.sale.dialog, Qt.Key_F9)  # park it
    counter.idle()
    counter.key(Qt.Key_F9, counter.sale.scan)
    dlg = counter.sale.dialog
    assert isinstance(dlg, ParkDialog) and dlg.list.count() == 1
    text = dlg.list.item(0).text()
    # once each: "20:07 Ana 20:07 5.06 €5.06" before
    assert text.count(":") == 1 and text.count(total.lstrip("€")) == 1, text
    number, time, who, items, money = text.split("   ·   ")
    assert (number, who, items, money) == ("#1", "Ana", "1 item", total)
    dlg.reject()
    counter.idle()


def test_parked_rows_with_items_and_named_parks(qtbot):
    local = datetime.fromisoformat  # the times as given: no time zone in play
    rows = [
        ("b1", "Ana 20:07 5.06", "2026-11-27T20:07:00", D("5.06"), D("3")),
        ("b2", "Mrs Dupont, back at 6", "2026-11-27T20:09:00", D("12.00")),
    ]
    dlg = ParkDialog(rows, True, "EUR", local)
    qtbot.addWidget(dlg)
    assert [dlg.list.item(i).text() for i in range(2)] == [
        "20:07   ·   Ana   ·   3 items   ·   €5.06",  # no station opened: a new store's en_IE
        "20:09   ·   Mrs Dupont, back at 6   ·   €12.00",
    ]
    assert ParkedSale.from_row(("b", "Jo 9:05 1", "x", D(1), D(1))).who == "Jo"
    assert (
        ParkedSale.from_row(("b", "Jo 9:05 1", "2026-01-01T09:05:00", D(1), D(1))).text("EUR", local)
        == "09:05   ·   Jo   ·   1 item   ·   €1.00"
    )


# ---- 8: plurals, "more match", the F4 prompt, old messages -------------------------------
def test_basket_counts_have_real_plurals():
    assert basket_summary(1, D("1.000")) == "1 line · 1 item"
    assert basket_summary(2, D("3")) == "2 lines · 3 items"
    assert basket_summary(1, D("0.250")) == "1 line · 0.25 items"


def test_search_says_when_more_match_than_it_shows(counter):
    counter.login()
    dlg = counter.search("organic")  # about one product in fifteen of the 2004
    assert dlg.results.count() == 20
    assert dlg.message.text() == "20 of 87 products shown: type more of the name or SKU"
    dlg.field.setText("SKU0000007")
    counter.idle()
    assert dlg.results.count() == 1 and dlg.message.text() == "1 product found"
    dlg.reject()
    counter.idle()


def test_a_wrong_quantity_stays_in_the_prompt_to_be_corrected(qtbot, beeps):
    dlg = QuantityDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.field, "2x")
    qtbot.keyClick(dlg.field, Qt.Key_Return)
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted
    assert dlg.message.kind == "error" and "'2x' is not a quantity" in dlg.message.text() and beeps
    assert dlg.field.selectedText() == "2x"  # typing replaces it
    qtbot.keyClicks(dlg.field, "3")
    qtbot.keyClick(dlg.field, Qt.Key_Return)
    assert dlg.result() == QDialog.Accepted and dlg.value() == "3"


def test_a_value_prompt_with_a_check_refuses_on_ok_too(qtbot):
    dlg = ValueDialog("Quantity", "New quantity", "0", "", None, check=parse_quantity)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg._ok()  # the OK button's slot
    assert dlg.isVisible() and dlg.message.kind == "error"
    plain = ValueDialog("Reason", "Reason", "anything")  # no check: as before
    qtbot.addWidget(plain)
    plain.show()
    plain._ok()
    assert plain.result() == QDialog.Accepted


def test_no_order_matches_goes_when_the_queue_is_shown_again(counter):
    counter.login()
    counter.key(Qt.Key_F3, counter.sale.scan)
    pickup = counter.window.pickup
    assert counter.window.stack.currentWidget() is pickup
    counter.qtbot.keyClicks(pickup.find, "zzzz")
    counter.qtbot.waitUntil(lambda: "No order matches 'zzzz'" in pickup.message.text(), timeout=5000)
    pickup.find.clear()  # the queue again: the message spoke of the search
    counter.qtbot.waitUntil(lambda: not pickup._search_timer.isActive(), timeout=5000)
    counter.idle()
    assert pickup.message.text() == ""

    counter.qtbot.keyClicks(pickup.find, "zzzz")
    counter.qtbot.waitUntil(lambda: "No order matches" in pickup.message.text(), timeout=5000)
    pickup.tabs.setCurrentIndex(1)  # another queue (Ctrl+2): the search is cleared, and its message
    counter.idle()
    assert pickup.find.text() == "" and pickup.message.text() == ""
