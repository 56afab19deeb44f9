"""The back-office screens in the store's language (issue 16): the shift screen, the stock screens,
the Manager screen and the sign-in screen are built in French or German when the station runs in
that language (`storedesk --language fr`), an error a service raises reaches the clerk in it, and
amounts typed at the till are read in the store's locale ("12,50" in France, "1.234,50" in
Germany). Each test ends in English and en_IE (tests/conftest.py restores the store's locale;
the fixtures here the screens' language).
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableWidget
from tests.conftest import copy_station_files
from tests.ui.conftest import Counter

from storedesk.domain.errors import DomainError, StorageError
from storedesk.i18n import msg, use_store_locale
from storedesk.ui.translation import current_language, install_language


class LanguageCounter(Counter):
    """The app started with `--language` (the system's language stood in for), then signed in."""

    def __init__(self, qtbot, data_dir, language: str):
        from storedesk.ui.app import build

        self.qtbot = qtbot
        self.data_dir = data_dir
        self.app, self.ops, self.window = build(data_dir, language=language)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitUntil(lambda: self.window.login.button.isEnabled(), timeout=10000)


@pytest.fixture
def english_after():
    yield
    install_language("en")
    use_store_locale(None)


def start(qtbot, demo_template, tmp_path, language: str) -> LanguageCounter:
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    return LanguageCounter(qtbot, data_dir, language)


def words(widget) -> set[str]:
    """Every caption a person reads on `widget`: labels, buttons (the key bar's caption under its
    key), placeholders and column headers."""
    found: set[str] = set()
    for label in widget.findChildren(QLabel):
        found.add(label.text())
    for button in widget.findChildren(QAbstractButton):
        found.update(button.text().split("\n"))
    for field in widget.findChildren(QLineEdit):
        found.add(field.placeholderText())
    for table in widget.findChildren(QTableWidget):
        found.update(table.horizontalHeaderItem(i).text() for i in range(table.columnCount()))
    return found


SCREENS = {
    "fr": {
        "login": {"Utilisateur", "Se connecter  (Enter)"},
        "shift": {
            "Caisse et rapports",
            "Aucune session ouverte",
            "Fond de caisse",
            "Billets",
            "Pièces",
            "Total du TPE",
        },
        "stock": {"Stock", "Réf.", "Produit", "En stock", "Quand", "Motif"},
        "receiving": {"Réception", "Référence", "Origine", "Excédent / manque"},
        "count": {"Inventaire", "Comptage", "Compté jusqu'ici"},
        "manager": {"Personnel et limites par rôle", "Identifiant", "Rôle", "Codes erronés"},
    },
    "de": {
        "login": {"Benutzer", "Anmelden  (Enter)"},
        "shift": {"Kasse & Berichte", "Keine Schicht offen", "Wechselgeld-Bestand", "Scheine", "Münzen"},
        "stock": {"Bestand", "Art.-Nr.", "Artikel", "Wann", "Grund"},
        "receiving": {"Wareneingang", "Referenz", "Quelle", "Mehr / weniger"},
        "count": {"Inventur", "Zählung", "Bisher gezählt"},
        "manager": {"Personal und Rollengrenzen", "Benutzername", "Rolle", "Falsche PINs"},
    },
}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_back_office_screens_speak_the_stations_language(qtbot, demo_template, tmp_path, english_after, language):
    c = start(qtbot, demo_template, tmp_path, language)
    try:
        w = c.window
        assert current_language() == language
        want = SCREENS[language]
        assert want["login"] <= words(w.login), words(w.login)
        c.login("max", "9876")  # a manager without a language of their own: the station's
        assert current_language() == language
        for name, screen in (
            ("shift", w.shift_screen),
            ("stock", w.stock.panel),
            ("receiving", w.stock.receiving),
            ("count", w.stock.count),
            ("manager", w.manager),
        ):
            seen = words(screen)
            assert want[name] <= seen, (name, sorted(want[name] - seen))
            assert "Shift & reports" not in seen and "Sign in  (Enter)" not in seen
    finally:
        c.close()


def test_a_services_refusal_and_an_unexpected_error_come_out_in_the_installed_language(qtbot, english_after):
    from storedesk.ui.ops import message_of

    refusal = DomainError(msg("shift", "'{text}' is not a Z number", text="x7"))
    assert message_of(refusal) == "'x7' is not a Z number"  # English first: the source
    install_language("fr")
    assert message_of(refusal) == "« x7 » n'est pas un numéro de Z"
    assert refusal.message == "'x7' is not a Z number"  # the log keeps English
    assert message_of(RuntimeError("boom")) == (
        "Erreur inattendue : boom. Rien n'a été enregistré ; prévenez le responsable."
    )
    install_language("de")
    assert message_of(refusal) == "„x7“ ist keine Z-Nummer"
    storage = StorageError(msg("errors", "The database is not open yet"))
    assert message_of(storage) == "Die Datenbank ist noch nicht geöffnet"


def paid_in_cents(data_dir) -> list[int]:
    with sqlite3.connect(data_dir / "storedesk.db") as con:
        return [row[0] for row in con.execute("SELECT amount_minor FROM cash_moves WHERE kind = 'paid_in'")]


@pytest.mark.parametrize(("locale", "typed", "cents"), [("fr_FR", "12,50", 1250), ("de_DE", "1.234,50", 123450)])
def test_cash_typed_in_the_stores_locale_is_accepted(counter, english_after, locale, typed, cents):
    """A paid in of "12,50" at a French till and "1.234,50" at a German one (which the old
    parser refused: it read "1.234.50"), and a card total typed the same way."""
    counter.login("max", "9876")
    use_store_locale(locale)
    w = counter.window
    counter.key(Qt.Key_F11, counter.sale.scan)
    screen = w.shift_screen
    assert w.stack.currentWidget() is screen
    counter.qtbot.keyClicks(screen.count.fields[Decimal("50")], "2")  # an opening float of 100
    counter.key(Qt.Key_F2, screen.count.first())
    assert screen.state is not None, screen.message.text()
    counter.key(Qt.Key_F3, screen.count.first())
    dlg = screen.dialog
    counter.qtbot.keyClicks(dlg.amount, typed)
    counter.qtbot.keyClicks(dlg.reason, "change from the bank")
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.qtbot.keyClick(dlg.reason, Qt.Key_Return)
    assert paid_in_cents(counter.data_dir) == [cents], screen.message.text()
    assert "recorded" in screen.message.text()
    screen.card.setText(typed)
    assert screen._counted()[1] == {"card": format(Decimal(cents) / 100, ".2f")}
    counter.idle()
