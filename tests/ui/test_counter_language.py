"""The counter in the store's language (issue 16): a real counter built in French or German shows
its key bar, its table, its total and its counts in that language, with real plurals ("1 ligne",
"2 lignes"); in German it still fits a 1024×768 till (no key caption or column title wider than
its place). What a clerk types is read in the store's locale: "2,5" and "1 234,50" in French,
"1.234,50" in German, at the payment dialog, the F4 quantity and the F8 discount.
Set STOREDESK_SHOTS=DIR to keep the screenshots.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from tests.conftest import copy_station_files
from tests.helpers.shots import shoot
from tests.ui.conftest import Counter

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.tenders import CASH, Tender
from storedesk.i18n import use_store_language, use_store_locale
from storedesk.ui.dialogs import DiscountDialog, QuantityDialog
from storedesk.ui.payment_dialog import PaymentDialog
from storedesk.ui.translation import install_language, tr
from storedesk.ui.widgets import typed_number


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Every test leaves English screens and en_IE formats behind, as the other tests expect."""
    yield
    install_language("en")
    use_store_locale("en_IE")
    use_store_language("en")


class CounterIn(Counter):
    """The real window with its screens in `language` (as `storedesk --language` starts it)."""

    def __init__(self, qtbot, data_dir, language: str):
        from storedesk.ui.app import build

        self.qtbot = qtbot
        self.data_dir = data_dir
        self.app, self.ops, self.window = build(data_dir, language=language)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitUntil(lambda: self.window.login.button.isEnabled(), timeout=10000)


@pytest.fixture
def counter_in(qtbot, demo_template, tmp_path):
    built = []

    def make(language: str, locale: str) -> Counter:
        data_dir = tmp_path / f"station-{language}"
        copy_station_files(demo_template, data_dir)
        c = CounterIn(qtbot, data_dir, language)
        built.append(c)
        c.login()
        use_store_locale(locale)  # the store's formats, whatever the demo store says
        return c

    yield make
    for c in built:
        c.close()


def key_caption(sale, action: str) -> str:
    return sale.keys.buttons[action].text()


def test_the_counter_speaks_french_with_real_plurals(counter_in):
    c = counter_in("fr", "fr_FR")
    sale = c.sale
    assert key_caption(sale, "pay") == "F10\nEncaisser"
    assert key_caption(sale, "void") == "Del\nAnnuler ligne"  # the key's name stays as Qt reads it
    assert key_caption(sale, "park") == "F9\nAttente"
    headers = [sale.model.headerData(i, Qt.Orientation.Horizontal) for i in range(sale.model.columnCount())]
    assert headers == ["Article", "Qté", "Prix", "Remise", "Montant"]
    assert sale.totals.total_caption.text() == "Total"
    assert sale.scan.placeholderText().startswith("Scannez un code-barres")

    c.scan(gtin_for(1))
    assert sale.details.text().split("\n")[0] == "1 ligne · 1 article"
    assert sale.total.text() == "2,49\u00a0€"  # fr_FR: a comma, the euro after a no-break space
    c.scan(gtin_for(1))
    assert sale.details.text().split("\n")[0] == "1 ligne · 2 articles"
    c.scan(gtin_for(2))
    assert sale.details.text().split("\n")[0] == "2 lignes · 3 articles"
    assert sale.details.text().split("\n")[1].startswith("dont TVA ")

    c.key(Qt.Key_F12, sale.scan)  # exact cash
    c.idle()
    assert sale.change.text() == "Pas de rendu"
    assert sale.last_sale.text().startswith("Dernière vente ")


def test_the_counter_speaks_german_and_fits_a_small_till(counter_in):
    c = counter_in("de", "de_DE")
    sale = c.sale
    assert key_caption(sale, "pay") == "F10\nBezahlen"
    assert key_caption(sale, "exact") == "F12\nBar passend"
    assert sale.totals.total_caption.text() == "Summe"
    c.scan(gtin_for(1))
    assert sale.details.text().split("\n")[0] == "1 Zeile · 1 Artikel"
    c.scan(gtin_for(2))
    assert sale.details.text().split("\n")[0] == "2 Zeilen · 2 Artikel"

    # the counter as a 1024×768 till lays it out (the status bar under it takes its line)
    assert sale.minimumSizeHint().width() <= 1024
    sale.resize(1024, 768 - c.window.statusBar().sizeHint().height())
    for action, button in sale.keys.buttons.items():  # every key caption fits its button
        fm = QFontMetrics(button.font())
        widest = max(fm.horizontalAdvance(line) for line in button.text().split("\n"))
        assert widest + 8 <= button.width(), f"{action}: {button.text()!r} is wider than its key ({button.width()} px)"
    header = sale.table.horizontalHeader()  # every column title its column
    fm = QFontMetrics(header.font())
    for col in range(sale.model.columnCount()):
        title = sale.model.headerData(col, Qt.Orientation.Horizontal)
        assert fm.horizontalAdvance(title) + 8 <= header.sectionSize(col), title
    caption = sale.totals.total_caption
    assert QFontMetrics(caption.font()).horizontalAdvance(caption.text()) <= caption.contentsRect().width()
    shoot(sale, "counter-de-1024x768")


def test_french_amounts_are_taken_at_the_payment_dialog(qtbot):
    install_language("fr")
    use_store_locale("fr_FR")
    dlg = PaymentDialog(D("1500.00"), "EUR", D("0.01"))
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Encaissement"
    assert dlg.amount.text() == "1\u202f500,00"  # what is left, written the French way, selected to type over
    dlg.amount.setText("2,5")
    dlg.add_cash()
    assert dlg.tenders == [Tender(CASH, D("2.5"))]
    assert dlg.message.text() == "Espèces 2,50\u00a0€ ajouté"
    assert dlg.left_label.text() == "Reste : 1\u202f497,50\u00a0€"
    dlg.amount.setText("1\u202f234,50")  # grouped as the field itself shows amounts
    dlg.add_cash()
    assert dlg.tenders[-1] == Tender(CASH, D("1234.50"))
    dlg.amount.setText("2,5,1")  # not a number: refused with the domain's words, nothing taken
    dlg.add_cash()
    assert len(dlg.tenders) == 2 and dlg.message.kind == "error"


def test_german_grouping_and_the_quantity_and_discount_dialogs(qtbot):
    install_language("de")
    use_store_locale("de_DE")
    dlg = PaymentDialog(D("2000.00"), "EUR", D("0.01"))
    qtbot.addWidget(dlg)
    dlg.amount.setText("1.234,50")
    dlg.add_cash()
    assert dlg.tenders == [Tender(CASH, D("1234.50"))]
    quantity = QuantityDialog()
    qtbot.addWidget(quantity)
    assert quantity.windowTitle() == "Menge"
    quantity.field.setText("2,5")
    assert quantity.value() == "2.5"  # as the basket reads it
    discount = DiscountDialog(has_line=True)
    qtbot.addWidget(discount)
    discount.field.setText("12,5")
    assert discount.value() == "12.5"


def test_typed_numbers_follow_the_store_locale():
    use_store_locale("fr_FR")
    assert typed_number("2,5") == "2.5" and typed_number("2.5") == "2.5"
    assert typed_number("1 234,50") == "1234.50"
    use_store_locale("en_IE")
    assert typed_number("1,234.50") == "1234.50"
    assert typed_number("2,5") == "2,5"  # not an Irish number: given on as typed, read as it always was
    assert typed_number("abc") == "abc"


def test_english_says_real_plurals(qapp):
    install_language("en")
    assert tr("sale", "%n line(s)", n=1) == "1 line"
    assert tr("sale", "%n line(s)", n=2) == "2 lines"
    assert tr("sale", "%n item(s)", n=1204) == "1,204 items"
