"""Issue 16, who sees what: a manager chooses a user's own screen language on the Manager screen
(F6 for someone on the list, or when adding them with F2), and that user's next sign-in shows
their screens in it, while the manager's own screens and the customer's papers stay as they were.

Demo users: ana (clerk, 1234), sam (supervisor, 5555), max (manager, 9876)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.ui.test_manager_screen import active, journal, open_manager, press, select, type_into, type_pins

from storedesk.i18n import LANGUAGES, store_language
from storedesk.ui import translation
from storedesk.ui.manager.dialogs import AddUserDialog, LanguageDialog
from storedesk.ui.manager.screen import LANGUAGE_COLUMN


@pytest.fixture(autouse=True)
def english_screens_after(qapp):
    yield
    translation.install_language("en")


def language_of(c, username: str) -> str | None:
    with c.db() as con:
        return con.execute("SELECT language FROM users WHERE username = ?", (username,)).fetchone()[0]


def choose(c, box, code: str | None) -> None:
    """The arrow keys down the list (not set, then each language in LANGUAGES' order) to `code`."""
    c.qtbot.keyClick(box, Qt.Key_Home)
    for _ in range([None, *LANGUAGES].index(code)):
        c.qtbot.keyClick(box, Qt.Key_Down)
    assert box.currentData() == code, box.currentText()


def test_a_manager_gives_ana_german_screens_from_her_next_sign_in(counter):
    c = counter
    m = open_manager(c)
    select(m, "ana")
    row = m.staff.currentRow()
    assert m.staff.item(row, LANGUAGE_COLUMN).text() == ""  # none of her own: the till's, else the store's
    assert m.keys.buttons["language"].text() == "F6\nLanguage"

    press(c, m, Qt.Key_F6)
    dlg = active(c, m.dialog)
    assert isinstance(dlg, LanguageDialog) and dlg.windowTitle() == "The screen language of Ana"
    # each language named in its own words
    assert [dlg.language.itemText(i) for i in range(dlg.language.count())] == [
        "Not set (the till's or the store's)",
        "English",
        "Français",
        "Deutsch",
        "Español",
        "Italiano",
    ]
    c.qtbot.keyClick(dlg.language, Qt.Key_Return)  # the same as now: refused, the dialog stays
    assert m.dialog is dlg and "Ana has no screen language of their own yet" in dlg.message.text()
    choose(c, dlg.language, "de")
    c.qtbot.keyClick(dlg.language, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: m.dialog is None and "Deutsch" in m.message.text(), timeout=10000)
    assert m.message.text() == "The screens of Ana are in Deutsch from their next sign-in."
    assert m.staff.item(m.staff.currentRow(), LANGUAGE_COLUMN).text() == "Deutsch"
    assert language_of(c, "ana") == "de"
    [(kind, entry)] = [j for j in journal(c) if j[0] == "user_language"]
    assert entry["by"] == "max" and entry["user"] == "ana" and entry["after"] == "de"
    # the manager's own screens stay as they are
    assert translation.current_language() == "en" and c.window.labels["user"].text() == "Max (manager)"

    # Ana's next sign-in: German screens; the store's papers stay French
    c.window.lock()
    c.idle()
    c.login("ana", "1234")
    c.qtbot.waitUntil(lambda: translation.current_language() == "de", timeout=10000)
    assert c.window.stack.currentWidget() is c.window.sale
    assert c.window.labels["user"].text() == "Ana (Kassierer)"
    pay = c.sale.keys.buttons["pay"].text()
    assert pay.startswith("F10\n") and pay != "F10\nPayment", pay
    assert pay == "F10\n" + translation.tr("keys", "Payment")
    assert store_language() == "fr"

    # back to none: the till's language (English on the test machine) from her next sign-in
    c.window.lock()
    c.idle()
    c.login("max", "9876")
    m = open_manager_again(c)
    select(m, "ana")
    press(c, m, Qt.Key_F6)
    dlg = active(c, m.dialog)
    assert dlg.language.currentData() == "de"  # what she has now is shown first
    c.qtbot.keyClick(dlg.language, Qt.Key_Return)  # unchanged: refused
    assert m.dialog is dlg and "already in Deutsch" in dlg.message.text()
    choose(c, dlg.language, None)
    c.qtbot.keyClick(dlg.language, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: m.dialog is None and language_of(c, "ana") is None, timeout=10000)
    c.window.lock()
    c.idle()
    c.login("ana", "1234")
    assert translation.current_language() == "en" and c.window.labels["user"].text() == "Ana (clerk)"


def open_manager_again(c):
    """Ctrl+M for a manager already signed in (open_manager signs in first)."""
    c.qtbot.keyClick(c.sale.scan, Qt.Key_M, Qt.ControlModifier)
    c.idle()
    m = c.window.manager
    c.qtbot.waitUntil(lambda: m.staff.rowCount() == len(m.members) > 0, timeout=10000)
    return m


def test_a_new_user_is_added_with_french_screens(counter):
    c = counter
    m = open_manager(c)
    press(c, m, Qt.Key_F2)
    dlg = active(c, m.dialog)
    assert isinstance(dlg, AddUserDialog) and dlg.language.currentData() is None  # none unless chosen
    type_into(c, dlg.username, "lea")
    type_into(c, dlg.name, "Lea Martin")
    dlg.language.setFocus()  # Tab from the role, as a manager reaches it
    choose(c, dlg.language, "fr")
    c.qtbot.keyClick(dlg.language, Qt.Key_Return)
    c.idle()
    type_pins(c, active(c, m.dialog), "2580", "2580")
    c.qtbot.waitUntil(lambda: "lea" in [x.username for x in m.members], timeout=10000)
    assert language_of(c, "lea") == "fr"
    assert m.staff.item(m.staff.currentRow(), LANGUAGE_COLUMN).text() == "Français"

    c.window.lock()
    c.idle()
    c.login("lea", "2580")
    c.qtbot.waitUntil(lambda: translation.current_language() == "fr", timeout=10000)
    assert c.window.labels["user"].text() == "Lea Martin (caissier)"
