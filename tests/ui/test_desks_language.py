"""The Returns and Pickup desks in French and German (issue 16): the captions, the keys the
screens caption themselves, the column headers, a message and a real plural are in the screens'
language; amounts and dates in the store's locale; a quantity typed with a decimal comma
("2,5") is taken in a French store. English and en_IE come back after each test.

Set STOREDESK_SHOTS=DIR to keep screenshots of both screens in German at 1024 x 768.
"""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from tests.ui.test_pickup_screen import idle, key
from tests.ui.test_pickup_screen import open_desk as open_pickup
from tests.ui.test_returns_screen import open_desk as open_returns

from storedesk.domain import pickup as dp
from storedesk.domain.errors import DomainError
from storedesk.domain.returns import SoldLine
from storedesk.i18n import use_store_locale
from storedesk.services.pickup import queues
from storedesk.ui.pickup import words
from storedesk.ui.pickup.dialogs import HandoverDialog, RejectDialog
from storedesk.ui.returns import view
from storedesk.ui.returns.state import ReturnsState
from storedesk.ui.translation import install_language, text

FLAG = ("f1", "PAR01-T2-R000001", "PAR01-T1-000001", "over by 1", "2026-11-27T10:00:00+00:00", None)

# language, store locale, and what the desks say in it
SAID = {
    "fr": {
        "locale": "fr_FR",
        "mode": "Avec ticket",
        "product": "Article",
        "no_receipt_key": "F9\nSans ticket",
        "refund": "Montant",
        "greyed": "Rien n'est encore choisi",
        "flags": ("1 retour en trop signalé par le central", "2 retours en trop signalés par le central"),
        "flagged_at": "27/11/2026 11:00",
        "pickup_find": "F2 Chercher",
        "order_column": "Commande",
        "no_order": "Aucune commande ouverte",
        "open_first": "Ouvrez d'abord une commande",
        "found": ("1 commande trouvée", "6 commandes trouvées"),
        "due": "sam. 28/11/2026 17:00",
        "new_tab": "Nouvelle",
    },
    "de": {
        "locale": "de_DE",
        "mode": "Mit Bon",
        "product": "Artikel",
        "no_receipt_key": "F9\nOhne Bon",
        "refund": "Erstattung",
        "greyed": "Noch nichts zur Rückgabe gewählt",
        "flags": ("1 Überrückgabe von der Zentrale gemeldet", "2 Überrückgaben von der Zentrale gemeldet"),
        "flagged_at": "27.11.26 11:00",
        "pickup_find": "F2 Suchen",
        "order_column": "Bestellung",
        "no_order": "Keine Bestellung offen",
        "open_first": "Zuerst eine Bestellung öffnen",
        "found": ("1 Bestellung gefunden", "6 Bestellungen gefunden"),
        "due": "Sa. 28.11.26 17:00",
        "new_tab": "Neu",
    },
}


@pytest.fixture
def speak():
    """speak(language, locale): the screens' language and the store's locale until the test ends."""

    def speak(language: str, locale: str) -> None:
        assert install_language(language) == language
        use_store_locale(locale)

    yield speak
    install_language("en")
    use_store_locale(None)


def _shots() -> Path | None:
    folder = os.environ.get("STOREDESK_SHOTS")
    return Path(folder) if folder else None


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_returns_desk_speaks_the_screens_language(qtbot, demo_template, tmp_path, speak, language):
    said = SAID[language]
    desk = open_returns(qtbot, demo_template, tmp_path, before=lambda: speak(language, said["locale"]))
    try:
        s = desk.screen
        assert s.mode_label.text() == said["mode"]
        assert s.lines.horizontalHeaderItem(1).text() == said["product"]
        assert s.keys.buttons["no_receipt"].text() == said["no_receipt_key"]
        assert s.side.total_caption.text() == said["refund"]
        desk.key(Qt.Key_F12)  # nothing chosen: the greyed key says why, in the user's language
        assert s.message.text() == said["greyed"]
        s.state.flags_loaded([FLAG])
        assert view.flags_said(s.state).startswith(said["flags"][0] + ",")
        s.state.flags_loaded([FLAG, (*FLAG[:5], "2026-11-27T10:00:00+00:00")])
        assert view.flags_said(s.state).startswith(said["flags"][1] + ",")
        cells = view.flag_rows(s.state, s.cfg)
        assert cells[1][4].text == said["flagged_at"]  # Paris time, the store's locale
        desk.c.window.resize(1024, 768)
        desk.idle()
        assert desk.c.window.width() == 1024, s.minimumSizeHint()  # it fits a 1024 px till
        folder = _shots()
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            desk.c.window.grab().save(str(folder / f"returns-{language}-1024x768.png"))
    finally:
        desk.c.close()


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_pickup_desk_speaks_the_screens_language(counter, qtbot, pinned, tmp_path, speak, language):
    """`counter`: the station window runs, so the screen has the till's fonts and style."""
    said = SAID[language]
    speak(language, said["locale"])
    s = open_pickup(qtbot, pinned, tmp_path)
    try:
        assert s.find.placeholderText().startswith(said["pickup_find"])
        assert s.list.horizontalHeaderItem(0).text() == said["order_column"]
        assert s.order.number.text() == said["no_order"]
        assert s.tabs.tabText(0).startswith(said["new_tab"] + " (")  # "Nouvelle (8)   Ctrl+1"
        assert s.list.item(0, 5).text() == said["due"]  # the due time: weekday and the locale's date
        key(s, Qt.Key_F3)  # no order open: the key says why
        assert s.message.text().startswith(said["open_first"])
        for typed, plural in (("Ana Lopez", 0), ("Doe", 1)):  # typing searches and says how many
            s.find.setText(typed)
            s.qtbot.waitUntil(lambda p=plural: s.message.text().startswith(said["found"][p]), timeout=10000)
        s.list.setCurrentCell(0, 0)  # an order open beside the list: the widest the screen gets
        idle(s.qtbot, s.ops)
        s.resize(1024, 768)
        s.qtbot.wait(50)  # laid out at that size
        assert s.width() == 1024, s.minimumSizeHint()  # it fits a 1024 px till
        folder = _shots()
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            s.grab().save(str(folder / f"pickup-{language}-1024x768.png"))
    finally:
        s.ops.stop()


def test_every_state_the_pickup_services_say_is_translated(speak):
    """The services say an order's state in English (queues.OrderSummary.label); the desk shows each
    one translated, the "return to shelf" states too."""
    speak("fr", "fr_FR")
    label = queues.OrderSummary.label.fget  # type: ignore[attr-defined]
    said = {
        label(SimpleNamespace(status=status, overdue=overdue, reserved=D(1), returned_at=None, fulfilment=how))
        for status in dp.STATES
        for overdue in (False, True)
        for how in ("pickup", "ship")
    }
    assert {"Cancelled — return to shelf", "Expired — return to shelf", "Partly collected"} <= said
    assert {"Packed", "Shipped"} <= said  # a ship order's (the To ship queue)
    for english in said:
        assert words.state_words(english) != english, english
    assert words.state_words("Expired — return to shelf") == "Expirée — remettre en rayon"


def test_a_quantity_typed_with_a_decimal_comma_is_taken_in_a_french_store(qtbot, speak):
    speak("fr", "fr_FR")
    line = dp.PickLine(1, 1, "SKU0000001", "Test Apples 1 kg", D(3), 249)
    reject = RejectDialog(line)
    qtbot.addWidget(reject)
    reject.quantity.setText("2,5")
    assert reject.value() == D("2.5")
    reject.buttons[dp.DAMAGED].setChecked(True)
    reject.accept()
    assert reject.result() == RejectDialog.DialogCode.Accepted, reject.message.text()

    order = SimpleNamespace(
        number="W-1",
        customer_name="Ana Lopez",
        customer_phone="",
        customer_email="a@example.com",
        payment=dp.PAID_ONLINE,
        pickup_code="K7P2QX",
    )
    picked = SimpleNamespace(line_no=1, name="Test Apples 1 kg", picked=D(3))
    handover = HandoverDialog(SimpleNamespace(order=order, lines=[picked]))
    qtbot.addWidget(handover)
    handover.table.item(0, 3).setText("2,5")
    assert handover.selection() == {1: D("2.5")}
    handover.table.item(0, 3).setText("2,5,1")
    with pytest.raises(DomainError) as refused:
        handover.selection()
    assert text(refused.value) == "Ligne 1 : '2,5,1' n'est pas une quantité"  # the log keeps English

    st = ReturnsState("EUR")
    apples = SoldLine(1, "SKU0000001", "Test Apples 1 kg", D(3), D("7.47"), "A", D(20), weighed=True)
    st.sale = SimpleNamespace(lines=[apples])  # type: ignore[assignment]
    assert st.typed_quantity("2,5") == D("2.5") and st.typed_quantity("2.5") == D("2.5")
    use_store_locale("de_DE")
    assert st.typed_quantity("2,5") == D("2.5")
