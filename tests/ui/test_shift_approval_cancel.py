"""The Shift screen on the keyed panel (issue 14): a refused X report asks for an approval;
cancelling it changes nothing, says so, and gives the keyboard back to the count."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storedesk.ui.dialogs import OverrideDialog


def test_cancelling_the_approval_of_an_x_report_says_nothing_changed_and_refocuses_the_count(counter):
    counter.login()  # ana, a clerk: the X report needs a supervisor
    counter.key(Qt.Key_F11, counter.sale.scan)
    shift = counter.window.shift_screen
    counter.key(Qt.Key_F2, shift.count.first())  # open with an empty float
    counter.qtbot.waitUntil(lambda: shift.state is not None, timeout=10000)
    counter.key(Qt.Key_F8, shift.count.first())
    counter.qtbot.waitUntil(lambda: isinstance(shift.dialog, OverrideDialog), timeout=10000)
    shift.dialog.reject()
    counter.idle()
    assert shift.dialog is None
    assert shift.message.text() == "Cancelled: nothing was changed"
    assert shift.last_pdf is None  # no X report was made
    assert shift.window().focusWidget() is shift.count.first()
