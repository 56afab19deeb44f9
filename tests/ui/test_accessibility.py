"""Issue 16, accessibility: every control of every screen has a name and a description for a
screen reader (what Qt's accessibility hands to AT-SPI / UI Automation), and a refused scan is
never said by colour alone: it beeps and shows an icon and a word beside its message.

Set STOREDESK_SHOTS=DIR to keep the refused scan's message line as a PNG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from tests.helpers.shots import shoot

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.ui.accessibility import (
    Badge,
    controls,
    name_controls,
    plain,
    screen_reader_description,
    screen_reader_name,
)
from storedesk.ui.translation import install_language
from storedesk.ui.widgets import table


def nameless(root: QWidget, where: str) -> list[str]:
    """The controls of `root` the keyboard can reach that a screen reader could not name or
    describe (a label showing nothing has nothing to name)."""
    out = []
    for w in controls(root):
        if isinstance(w, QLabel) and not w.text():
            continue
        what = f"{where}: {type(w).__name__} in {type(w.parentWidget()).__name__}"
        if not screen_reader_name(w):
            out.append(f"{what} has no name")
        if not screen_reader_description(w):
            out.append(f"{what} ({screen_reader_name(w)!r}) has no description")
    return out


def test_every_control_of_every_screen_has_a_name_and_a_description(counter):
    w = counter.window
    missing = nameless(w.login, "login")
    counter.login()
    counter.scan(gtin_for(1))
    missing += nameless(w.sale, "sale")
    for key, name in ((Qt.Key_F10, "payment"), (Qt.Key_F2, "search"), (Qt.Key_F8, "discount")):
        counter.key(key, counter.sale.scan)
        dialog = counter.sale.dialog
        assert dialog is not None, name
        missing += nameless(dialog, name)
        dialog.reject()
        counter.idle()
    screens = {
        "returns": w.returns,
        "pickup": w.pickup,
        "shift": w.shift_screen,
        "stock": w.stock,  # its panel, receiving and count pages
        "manager": w.manager,
        "fiscal": w.fiscal,
        "sync": w.sync_screen,
    }
    for name, screen in screens.items():
        missing += nameless(screen, name)
    assert not missing, "\n".join(missing)


def test_the_names_are_the_screens_own_words_in_context(counter):
    """A field is named by what a clerk reads on it, a list by its columns, the login's user box
    by its label (Qt names a combo box by its value: on Linux the label reaches the screen reader
    as a relation, elsewhere as this name)."""
    w = counter.window
    assert w.login.user.accessibleName() == "User"
    assert screen_reader_name(w.login.pin) == "PIN"
    counter.login()
    assert screen_reader_name(counter.sale.scan) == plain(counter.sale.scan.placeholderText())
    sync_lists = [screen_reader_name(t) for t in w.sync_screen.findChildren(QWidget) if t.inherits("QTableWidget")]
    assert sync_lists and all(n.startswith("List: ") and len(n) > len("List: ") for n in sync_lists), sync_lists
    # a screen the keyboard rests on is named by its title and described by its keys
    assert screen_reader_name(w.sync_screen) == w.sync_screen.findChild(QLabel, "title").text()
    keys = screen_reader_description(w.sync_screen)
    assert keys.startswith("Keys: ") and "Esc " in keys, keys


def refused_scan(counter, beeps) -> Badge:
    counter.login()
    counter.scan("3760999999996")  # no such product
    message = counter.sale.message
    assert beeps == [1]
    assert message.kind == "error" and message.text()
    badge = message.findChild(Badge)
    assert badge is not None and badge.isVisible()
    return badge


def test_a_refused_scan_beeps_and_shows_an_icon_and_a_word_beside_its_message(counter, beeps):
    badge = refused_scan(counter, beeps)
    message = counter.sale.message
    assert not badge.icon.pixmap().isNull()
    assert badge.word.text() == "Error"
    assert screen_reader_description(message) == "Error"
    # the message's text starts after the badge: both read whole
    assert message.contentsMargins().left() >= badge.geometry().right()
    assert badge.geometry().bottom() <= message.height()
    shoot(message, "refused-scan-message")
    refused = badge.icon.pixmap().toImage()
    counter.scan(gtin_for(1))  # a good scan: its own icon and word
    assert message.kind == "ok" and badge.isVisible() and badge.word.text() == "Done"
    assert badge.icon.pixmap().toImage() != refused
    message.clear_message()  # no message: no badge, the text back at the edge
    assert message.kind == "none" and not badge.isVisible()
    assert message.contentsMargins().left() == 10


@pytest.fixture
def french():
    yield install_language("fr")
    install_language("en")


def test_the_word_and_the_names_are_in_the_screens_language(counter, beeps, french, qtbot):
    """In French the refusal's word is French, and so are the names given to a screen built
    in French (screens are rebuilt when the language changes)."""
    badge = refused_scan(counter, beeps)
    install_language("fr")  # signing in chose the user's language: French from now on
    counter.sale.message.clear_message()
    counter.scan("3760999999996")
    assert badge.word.text() == "Erreur"
    screen = QWidget()
    qtbot.addWidget(screen)
    lines = table(["Produit", "Qté"])
    lines.setParent(screen)
    name_controls(screen)
    assert screen_reader_name(lines) == "Liste : Produit, Qté"
    assert screen_reader_description(lines) == "Les flèches passent d'une ligne à l'autre"
