"""Who sees which language (issue 16), through the real window: the screens follow the signed-in
user's language, else the system's (pinned to English for the tests, tests/conftest.py), else the
store's; the customer's papers follow the store's (the demo store is French, fr_FR). A German
clerk at the Paris store sells on German screens and the customer gets a French receipt; the
lock returns the till to its own language; `storedesk --language fr` stands in for the system's;
a language set at the hub reaches a locked till's screens."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from tests.conftest import copy_station_files
from tests.integration.test_pickup import FakeFeed
from tests.ui.conftest import Counter

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.money_format import fmt_money
from storedesk.i18n import store_language, store_locale, translator
from storedesk.services.sync import SyncReport
from storedesk.sync import puller
from storedesk.ui import translation


def eur(amount: str) -> str:
    """An amount as the demo store writes it (fr_FR): "2,49 €"."""
    return fmt_money(Decimal(amount), "EUR", "fr_FR")


@pytest.fixture(autouse=True)
def english_screens_after(qapp):
    yield
    translation.install_language("en")


def with_language(counter: Counter, username: str, language: str | None) -> None:
    con = counter.db()
    con.execute("UPDATE users SET language = ? WHERE username = ?", (language, username))
    con.commit()
    con.close()


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_german_clerk_sells_on_german_screens_and_the_receipt_is_french(counter):
    window = counter.window
    assert translation.current_language() == "en"  # the system's (pinned), before anyone signs in
    assert window.labels["user"].text() == "Not signed in"
    assert (store_language(), store_locale()) == ("fr", "fr_FR")  # the station took the store's
    english_sale = window.sale
    with_language(counter, "ana", "de")

    counter.login("ana", "1234")
    assert translation.current_language() == "de"
    assert window.sale is not english_sale and window.stack.currentWidget() is window.sale  # rebuilt in German
    assert window.labels["user"].text() == "Ana (Kassierer)"
    assert window.labels["shift"].text() == "Keine Schicht offen"
    counter.scan(gtin_for(1))
    assert counter.sale.total.text() == eur("2.49")  # the store's way of writing money

    counter.key(Qt.Key_F10)
    pay = counter.sale.dialog
    pay.amount.selectAll()
    counter.qtbot.keyClicks(pay.amount, "5")
    counter.qtbot.keyClick(pay.amount, Qt.Key_Return)
    counter.idle()
    counter.qtbot.waitUntil(lambda: counter.sale.last_receipt is not None, timeout=10000)
    paper = pdf_text(counter.sale.last_receipt).replace("\u00a0", " ").replace("\u202f", " ")
    assert eur("2.51").replace("\u00a0", " ") in paper  # the change, written the French way
    french, german = translator("fr"), translator("de")
    assert french.translate("receipt", "Subtotal") in paper
    if german.translate("receipt", "Subtotal") != french.translate("receipt", "Subtotal"):
        assert german.translate("receipt", "Subtotal") not in paper
    assert translation.current_language() == "de"  # printing left the screens alone


def test_the_lock_returns_to_the_stations_language_and_the_open_sale_survives_the_rebuild(counter):
    window = counter.window
    with_language(counter, "ana", "de")
    counter.login("ana", "1234")
    counter.scan(gtin_for(1))
    counter.scan(gtin_for(1))
    german_sale = window.sale

    window.lock()
    counter.idle()
    assert translation.current_language() == "en"
    assert window.stack.currentWidget() is window.login and window.login.isVisible()
    assert window.login.message.text() == "Locked by Ana."
    assert f"2 items, {eur('4.98')}" in window.login.lock_note.text()  # in English again, money French
    assert window.labels["user"].text() == "Locked"
    assert window.sale is not german_sale

    counter.login("ana", "1234")  # back in German, her sale shown again from the database
    assert translation.current_language() == "de"
    assert counter.sale.total.text() == eur("4.98") and len(counter.sale.model.rows) == 1

    window.lock()
    counter.idle()
    counter.login("max", "9876")  # no language of his own: the system's; Ana's sale is his to decide
    assert translation.current_language() == "en"


def test_language_option_stands_in_for_the_system_language(qtbot, demo_template, tmp_path):
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    from storedesk.ui.app import build

    _app, ops, window = build(data_dir, language="fr")  # `storedesk --demo --language fr`
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.login.button.isEnabled(), timeout=10000)
        assert translation.current_language() == "fr"
        assert window.labels["user"].text() == "Personne n'est connecté"
        assert window.login.subtitle.text() == "storedesk Demo Store · caisse T1"
        window.login.user.setCurrentText("ana")
        qtbot.keyClicks(window.login.pin, "1234")
        qtbot.keyClick(window.login.pin, Qt.Key_Return)
        qtbot.waitUntil(lambda: window.user is not None, timeout=10000)
        assert translation.current_language() == "fr" and window.labels["user"].text() == "Ana (caissier)"
    finally:
        window.close()
        ops.stop()


@pytest.fixture
def no_system_language(monkeypatch):
    """A computer in none of storedesk's languages: the screens fall back on the store's."""
    monkeypatch.setattr(translation, "system_language", lambda: None)


def test_without_a_system_language_the_login_is_in_the_stores_and_follows_the_hub(no_system_language, counter):
    window = counter.window
    assert translation.current_language() == "fr"  # the demo store's
    assert window.login.subtitle.text() == "storedesk Demo Store · caisse T1"
    assert window.labels["shift"].text() == "Aucune session de caisse ouverte"

    # the hub sets the store's language and locale; the station's sync applies the item
    feed = FakeFeed()
    feed.add("store_settings", {"store": "PAR01", "settings": {"language": "de", "locale": "de_DE"}})
    from tests.conftest import Station

    other = Station(counter.data_dir)
    try:
        assert puller.pull(other.uow, feed).applied == 1
    finally:
        other.close()
    window.sync_runner.last_report = SyncReport(0, 0, 0, 1, 0, 0)  # what the sync thread reports
    window._show_sync()
    counter.idle()
    assert (store_language(), store_locale()) == ("de", "de_DE")  # papers and formats at once
    assert translation.current_language() == "de"  # nobody signed in: the login follows
    assert window.login.subtitle.text() == "storedesk Demo Store · Kasse T1"
    assert window.login.button.isEnabled() and window.stack.currentWidget() is window.login


def test_a_rebuild_keeps_one_screen_of_each_on_the_stack(counter):
    """The screens of a former language leave the stack, and are deleted once no answer is due."""
    window = counter.window
    before = window.stack.count()
    with_language(counter, "ana", "it")
    counter.login("ana", "1234")
    assert window.stack.count() == before and translation.current_language() == "it"
    assert len(window._retired) == before  # the login and every screen
    counter.idle()  # no answer is due any more
    window.refresh_status()
    assert window._retired == []
