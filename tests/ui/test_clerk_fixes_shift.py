"""Issue 13, items 3 and 5 on the Shift screen (F11), through the real window.

3: Enter on an empty denomination field did nothing, so the next count landed one field too
high (€900 typed for €540); the field being typed is now marked.
5: a clerk's hidden figures said "for a supervisor" in large bold where the value goes, and
the approval dialog then asked for a manager: the screen names the role once, in the dialog's
own words, and the dialog asks for that role.
"""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from tests.helpers.money import eur

from storedesk.ui.cash_count_widget import FOCUS_BASE
from storedesk.ui.dialogs import OverrideDialog


def _open(counter):
    screen = counter.window.shift_screen
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.key(Qt.Key_F11, counter.sale.scan)
    counter.idle()
    assert counter.window.stack.currentWidget() is screen
    return screen


def _open_shift_as_ana(counter):
    """Ana (a clerk) signs in, goes to the Shift screen and opens the shift (F2): the screen."""
    counter.login("ana", "1234")
    screen = _open(counter)
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.key(Qt.Key_F2, screen.fields[D("50")])
    counter.idle()
    return screen


def _typed(counter, keys: str) -> None:
    """Keys as a person types them into whatever field has the focus ("\n" = Enter)."""
    for ch in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        if ch == "\n":
            counter.qtbot.keyClick(widget, Qt.Key_Return)
        else:
            counter.qtbot.keyClicks(widget, ch)


def _marked(screen, d: D) -> bool:
    return screen.fields[d].palette().color(QPalette.Base) == QColor(FOCUS_BASE) and screen.count.labels[
        d
    ].text().startswith("▶")


def _float_screen(counter):
    counter.login("max", "9876")
    screen = _open(counter)
    first = screen.fields[D("500")]
    first.setFocus()
    counter.qtbot.waitUntil(first.hasFocus, timeout=5000)
    return screen


def test_enter_on_an_empty_field_moves_on(counter):
    screen = _float_screen(counter)
    _typed(counter, "1\n\n\n\n2\n")  # one €500, no €200, €100, €50, two €20: €540
    assert screen.fields[D("500")].text() == "1" and screen.fields[D("200")].text() == ""
    assert screen.fields[D("20")].text() == "2"
    assert screen.count.count().total == D("540.00")  # not €900
    assert screen.count.total.text() == f"Opening float {eur('540.00')}"
    assert screen.fields[D("10")].hasFocus()


def test_the_field_being_typed_is_marked(counter):
    screen = _float_screen(counter)
    assert _marked(screen, D("500")) and screen.count.current == D("500")
    assert not _marked(screen, D("200"))
    _typed(counter, "1\n")
    assert _marked(screen, D("200")) and screen.count.current == D("200")
    assert not _marked(screen, D("500"))
    assert screen.count.labels[D("500")].text() == eur("500").replace(",00", "")  # "500 €": a note shows no cents


def test_a_clerk_reads_the_role_once_and_the_dialog_asks_for_it(counter):
    screen = _open_shift_as_ana(counter)  # a clerk may open the shift
    assert screen.state is not None
    assert screen.fig["expected"].text() == "–"  # no words where the value goes
    note = screen.blind.text()
    assert screen.blind.isVisible() and note.count("upervisor") == 1
    assert note == "A clerk counts blind: the figures are hidden. The X report (F8) needs Supervisor approval."

    counter.key(Qt.Key_F8, screen.fields[D("50")])
    dlg = screen.dialog
    assert isinstance(dlg, OverrideDialog)
    assert dlg.windowTitle() == "Supervisor approval" and "Supervisor approval" in note
    assert "a supervisor or a manager can authorise it" in dlg.message.text()
    counter.qtbot.keyClicks(dlg.user, "sam")  # a supervisor is enough, as the screen said
    counter.qtbot.keyClick(dlg.user, Qt.Key_Return)
    counter.qtbot.keyClicks(dlg.pin, "5555")
    counter.qtbot.keyClick(dlg.pin, Qt.Key_Return)
    counter.idle()
    assert "X report saved" in screen.message.text()


def test_a_manager_only_action_still_asks_for_a_manager(counter):
    screen = _open_shift_as_ana(counter)
    counter.key(Qt.Key_F9, screen.fields[D("50")])  # close: asks to confirm
    counter.key(Qt.Key_F9, screen.fields[D("50")])
    dlg = screen.dialog
    assert isinstance(dlg, OverrideDialog) and dlg.windowTitle() == "Manager approval"
    assert "a manager can authorise it" in dlg.message.text()
    dlg.reject()
    counter.idle()


def test_the_blind_note_goes_when_a_supervisor_signs_in(counter):
    screen = _open_shift_as_ana(counter)
    assert screen.blind.isVisible()
    counter.key(Qt.Key_Escape, screen.fields[D("50")])
    counter.window.lock()
    counter.login("sam", "5555")
    screen = _open(counter)
    assert not screen.blind.isVisible() and screen.fig["expected"].text() == eur("0.00")


def test_a_wrong_z_number_is_corrected_in_the_reprint_prompt(counter):
    counter.login("max", "9876")
    screen = _open(counter)
    counter.key(Qt.Key_F10, screen.fields[D("50")])
    dlg = screen.dialog
    counter.qtbot.keyClicks(dlg.field, "z1")
    counter.qtbot.keyClick(dlg.field, Qt.Key_Return)
    counter.idle()
    assert screen.dialog is dlg and dlg.isVisible()  # not closed: the clerk corrects it there
    assert "'z1' is not a Z number" in dlg.message.text()
    dlg.reject()
    counter.idle()
