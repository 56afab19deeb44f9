"""The Manager screen at the till (Ctrl+M, issue 15), driven by keys as a manager would: add a
user who types their own PIN twice, reset a PIN, change a role, unlock, disable and enable,
the role limits; bad input refused in the dialog and nothing changed; a clerk is not shown
the key and is told a manager signs in for it; a one-time PIN is replaced at the first sign-in.

Demo users: ana (clerk, 1234), sam (supervisor, 5555), max (manager, 9876)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from storedesk.ui.manager.dialogs import AddUserDialog, LimitsDialog, PinDialog, RoleDialog


def open_manager(c, user: str = "max", pin: str = "9876"):
    c.login(user, pin)
    c.qtbot.keyClick(c.sale.scan, Qt.Key_M, Qt.ControlModifier)
    c.idle()
    m = c.window.manager
    assert c.window.stack.currentWidget() is m
    c.qtbot.waitUntil(lambda: m.staff.rowCount() == len(m.members) > 0, timeout=10000)
    return m


def users(c) -> dict[str, tuple]:
    with c.db() as con:
        rows = con.execute("SELECT username, name, role, active, failed_attempts, pin_change_required FROM users")
        return {r[0]: r[1:] for r in rows}


def journal(c) -> list[tuple[str, dict]]:
    with c.db() as con:
        return [(k, json.loads(p)) for k, p in con.execute("SELECT kind, payload FROM journal ORDER BY seq")]


def press(c, m, key) -> None:
    """A key on the Manager screen, once the keyboard is back on the window after a dialog."""
    c.qtbot.waitUntil(lambda: QApplication.activeWindow() is c.window, timeout=5000)
    c.key(key, m.staff)


def select(m, username: str) -> None:
    m.staff.setCurrentCell([x.username for x in m.members].index(username), 0)


def active(c, dlg):
    """The dialog, once it has the keyboard (as a person waits to see it before typing)."""
    assert dlg is not None
    c.qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=5000)
    return dlg


def type_into(c, field: QLineEdit, text: str) -> None:
    c.qtbot.keyClicks(field, text)
    c.qtbot.keyClick(field, Qt.Key_Return)
    c.idle()


def type_pins(c, dlg: PinDialog, pin: str, again: str) -> None:
    active(c, dlg)
    type_into(c, dlg.pin, pin)
    type_into(c, dlg.again, again)


def test_a_manager_adds_a_user_who_types_their_own_pin_twice(counter):
    c = counter
    m = open_manager(c)
    assert [x.username for x in m.members] == ["ana", "max", "sam"]
    before = users(c)

    press(c, m, Qt.Key_F2)
    dlg = active(c, m.dialog)
    assert isinstance(dlg, AddUserDialog)
    type_into(c, dlg.username, "Ana")  # taken: refused in the dialog, which stays open
    type_into(c, dlg.name, "Ana Two")
    c.qtbot.keyClick(dlg.role, Qt.Key_Return)
    assert m.dialog is dlg and "The username 'ana' is taken by Ana; choose another" in dlg.message.text()
    dlg.username.clear()
    type_into(c, dlg.username, "bob")
    dlg.name.clear()
    type_into(c, dlg.name, "Bob   Stone")
    c.qtbot.keyClick(dlg.role, Qt.Key_Down)  # clerk -> supervisor
    c.qtbot.keyClick(dlg.role, Qt.Key_Return)
    c.idle()

    pins = active(c, m.dialog)
    assert isinstance(pins, PinDialog) and pins is not dlg
    assert pins.pin.echoMode() == QLineEdit.EchoMode.Password and pins.again.echoMode() == QLineEdit.EchoMode.Password
    note = " ".join(label.text() for label in pins.findChildren(QLabel))
    assert "Bob Stone types a new PIN twice" in note and "the manager does not see it" in note
    type_pins(c, pins, "2580", "2581")  # they differ
    assert m.dialog is pins and "The two PINs differ" in pins.message.text()
    assert pins.pin.text() == "" and pins.again.text() == ""  # typed again from the start
    type_pins(c, pins, "1111", "1111")  # guessable
    assert m.dialog is pins and "too easy to guess" in pins.message.text()
    type_pins(c, pins, "123", "123")
    assert "A PIN is 4 to 8 digits" in pins.message.text()
    assert users(c) == before  # nothing written while the dialog refuses

    type_pins(c, pins, "2580", "2580")
    c.qtbot.waitUntil(lambda: "bob" in [x.username for x in m.members], timeout=10000)
    assert m.dialog is None
    assert users(c)["bob"] == ("Bob Stone", "supervisor", 1, 0, 0)
    assert m.selected().username == "bob"
    assert m.message.text() == "Added Bob Stone (bob) as a supervisor. They can sign in now."
    [(kind, entry)] = [j for j in journal(c) if j[0].startswith("user_")]
    assert kind == "user_add" and entry["by"] == "max" and entry["user"] == "bob"
    assert "2580" not in json.dumps(entry)

    # Esc in the PIN dialog: nobody is added
    press(c, m, Qt.Key_F2)
    type_into(c, active(c, m.dialog).username, "cleo")
    type_into(c, m.dialog.name, "Cleo")
    c.qtbot.keyClick(m.dialog.role, Qt.Key_Return)
    c.idle()
    c.qtbot.keyClick(active(c, m.dialog).pin, Qt.Key_Escape)
    c.idle()
    assert m.dialog is None and m.message.text() == "Cancelled: nothing was changed."
    assert "cleo" not in users(c)

    # Bob signs in with the PIN he typed
    c.window.lock()
    c.login("bob", "2580")
    assert c.window.user is not None and c.window.user.username == "bob"


def test_unlock_reset_role_disable_enable_and_limits_by_keys(counter):
    c = counter
    for _ in range(2):  # ana mistypes her PIN twice
        c.login("ana", "0000")
    assert users(c)["ana"][3] == 2
    m = open_manager(c)
    row = [x.username for x in m.members].index("ana")
    assert m.staff.item(row, 4).text() == "2"

    select(m, "ana")
    press(c, m, Qt.Key_F9)  # unlock: asked once more, Y does it
    assert "their wrong PINs (2)" in m.dialog.note.text()
    c.qtbot.keyClick(active(c, m.dialog), Qt.Key_Y)
    c.qtbot.waitUntil(lambda: m.message.text() == "Ana is unlocked and can sign in now.", timeout=10000)
    assert users(c)["ana"][3] == 0
    press(c, m, Qt.Key_F9)  # nothing left to clear
    assert m.dialog is None and "Ana is not locked" in m.message.text()

    press(c, m, Qt.Key_F3)  # a new PIN, typed by Ana
    assert isinstance(m.dialog, PinDialog) and m.dialog.windowTitle() == "A new PIN for Ana"
    type_pins(c, m.dialog, "2468", "2468")
    c.qtbot.waitUntil(lambda: m.message.text() == "Ana has a new PIN and can sign in with it now.", timeout=10000)

    press(c, m, Qt.Key_F4)  # the role
    dlg = active(c, m.dialog)
    assert isinstance(dlg, RoleDialog)
    c.qtbot.keyClick(dlg.role, Qt.Key_Return)  # still a clerk: refused in the dialog
    assert m.dialog is dlg and "They are already a clerk" in dlg.message.text()
    c.qtbot.keyClick(dlg.role, Qt.Key_Down)
    c.qtbot.keyClick(dlg.role, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: m.message.text() == "Ana is now a supervisor.", timeout=10000)
    assert users(c)["ana"][1] == "supervisor"

    select(m, "max")
    press(c, m, Qt.Key_F7)  # disabling yourself: refused at once, nothing asked
    assert m.dialog is None and "You cannot disable yourself: another manager can" in m.message.text()
    assert users(c)["max"][2] == 1

    select(m, "sam")
    press(c, m, Qt.Key_F7)
    c.qtbot.keyClick(active(c, m.dialog), Qt.Key_Return)  # Enter answers No
    c.idle()
    assert m.message.text() == "Cancelled: nothing was changed." and users(c)["sam"][2] == 1
    press(c, m, Qt.Key_F7)
    c.qtbot.keyClick(active(c, m.dialog), Qt.Key_Y)
    c.qtbot.waitUntil(lambda: "Sam is disabled" in m.message.text(), timeout=10000)
    assert users(c)["sam"][2] == 0
    assert m.staff.item([x.username for x in m.members].index("sam"), 3).text() == "Disabled"
    press(c, m, Qt.Key_F8)
    c.qtbot.keyClick(active(c, m.dialog), Qt.Key_Y)
    c.qtbot.waitUntil(lambda: m.message.text() == "Sam is enabled and can sign in again.", timeout=10000)
    assert users(c)["sam"][2] == 1

    press(c, m, Qt.Key_F10)  # the role limits: a clerk's largest discount
    dlg = active(c, m.dialog)
    assert isinstance(dlg, LimitsDialog) and dlg.discount.text() == "10"
    dlg.discount.selectAll()
    type_into(c, dlg.discount, "abc")
    assert m.dialog is dlg and "discount_pct must be a percent" in dlg.message.text()
    dlg.discount.selectAll()
    type_into(c, dlg.discount, "15")
    c.qtbot.waitUntil(lambda: "The clerk limits are changed" in m.message.text(), timeout=10000)
    assert m.limit_table.item(0, 1).text() == "15 %"
    with c.db() as con:
        assert con.execute("SELECT value FROM settings WHERE key = 'limit.clerk.discount_pct'").fetchone() == ("15",)

    kinds = [k for k, e in journal(c) if e.get("by") == "max"]
    assert kinds == ["user_unlock", "user_pin_reset", "user_role", "user_disable", "user_enable", "role_limits"]
    press(c, m, Qt.Key_Escape)
    assert c.window.stack.currentWidget() is c.sale

    c.window.lock()  # Ana signs in with the PIN she typed, as a supervisor now
    c.login("ana", "2468")
    assert c.window.user.role == "supervisor"


def test_a_clerk_is_not_shown_the_manager_key_and_is_told_who_opens_it(counter):
    c = counter
    c.login("ana", "1234")
    assert not c.sale.keys.buttons["manager"].isVisible()
    c.qtbot.keyClick(c.sale.scan, Qt.Key_M, Qt.ControlModifier)
    c.idle()
    assert c.window.stack.currentWidget() is c.sale
    assert "The Manager screen is for managers" in c.sale.message.text()
    c.window.lock()
    c.login("max", "9876")
    assert c.sale.keys.buttons["manager"].isVisible()


def test_a_one_time_pin_is_replaced_at_the_first_sign_in(counter):
    c = counter
    m = open_manager(c)
    select(m, "ana")
    press(c, m, Qt.Key_F3)
    dlg = active(c, m.dialog)
    c.qtbot.keyClick(dlg.pin, Qt.Key_F2)  # a one-time PIN: Ana is not here
    assert dlg.one_time.isChecked()
    type_pins(c, dlg, "2468", "2468")
    c.qtbot.waitUntil(lambda: "one-time PIN" in m.message.text(), timeout=10000)
    assert users(c)["ana"][4] == 1

    c.window.lock()
    c.login("ana", "2468")
    login = c.window.login
    own = active(c, login.dialog)
    assert isinstance(own, PinDialog) and own.windowTitle() == "Choose your own PIN"
    assert c.window.user is None  # not signed in until she has chosen
    type_pins(c, own, "2468", "2468")  # the one she was given
    c.qtbot.waitUntil(lambda: login.dialog is not None and login.dialog is not own, timeout=10000)
    assert "Choose a PIN other than the one you were given" in login.dialog.message.text()
    assert c.window.user is None
    type_pins(c, login.dialog, "1357", "1357")
    c.qtbot.waitUntil(lambda: c.window.user is not None, timeout=10000)
    assert c.window.user.username == "ana" and c.window.stack.currentWidget() is c.sale
    assert users(c)["ana"][4] == 0
    assert [k for k, _e in journal(c)][-1] == "user_pin_change"

    c.window.lock()  # her own PIN now; Esc in the dialog would have signed nobody in
    c.login("ana", "1357")
    assert login.dialog is None and c.window.user.username == "ana"
