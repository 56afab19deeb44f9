"""No English left where a German clerk reads (issue 16): the real window built in German
(`build(data_dir, language="de")`), driven through the pickup desk (a pick, a handover whose
payment is refused first, the handover slip), and the stock screen showing a product with a
movement of every reason the ledger can hold. What the services say (an order view's message, a
refusal, the slip's sentences) is a Message translated where it is read; no English sentence of
the catalog is shown (`english_left`), and the messages are the German ones, not English with
German around them.

Also, without Qt: every reason any code writes into the stock ledger has a translated caption.
"""

from __future__ import annotations

import ast
import sqlite3
import uuid
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from tests.conftest import Station, copy_station_files
from tests.ui.conftest import Counter
from tests.ui.test_fit_and_touch import english_left, fill_the_store

from storedesk.domain import stock_ops
from storedesk.domain.errors import PermissionDenied
from storedesk.domain.limits import QUANTITY, Crossing, NeedsConfirmation
from storedesk.domain.permissions import Perm
from storedesk.domain.returns import ReturnError, SoldLine, check_condition
from storedesk.domain.tenders import kind_words
from storedesk.i18n import LANGUAGES, msg, translator
from storedesk.services import auth
from storedesk.services.pending_receipts import not_written
from storedesk.services.station import storage_words
from storedesk.ui.ops import message_after
from storedesk.ui.payment_dialog import PaymentDialog
from storedesk.ui.stock_dialogs import LEDGER_REASONS, reason_name
from storedesk.ui.translation import install_language, text, tr

SRC = Path(__file__).resolve().parents[2] / "src" / "storedesk"
# reasons that reach NewMovement(...) as a value rather than a literal, and where they come from
PASSED_ON = {
    "reason",  # services/stock/posting.py (its callers: rules.* constants), sync/puller: the hub's copy
    "effect.movement_reason",  # domain/pickup.rejection_effect (StockEffect literals)
    "m['reason']",  # services/restore/rebuild.py: this station's own movements, sent before
}


def _ledger_reasons() -> set[str]:
    """Every reason the code writes: NewMovement(..., "reason", ...) and StockEffect(q, "reason", ...)
    literals, domain.stock_ops's ledger constants and its adjustment reasons."""
    found: set[str] = set(stock_ops.REASONS)
    found |= {v for k, v in vars(stock_ops).items() if k.isupper() and type(v) is str}
    for path in SRC.rglob("*.py"):
        if "hub" in path.relative_to(SRC).parts[:1] or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            at = {"NewMovement": 3, "StockEffect": 1}.get(name)
            if at is None or len(node.args) <= at:
                continue
            arg = node.args[at]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if arg.value:
                    found.add(arg.value)
            else:
                assert ast.unparse(arg) in PASSED_ON, f"{path}: a reason from {ast.unparse(arg)}: give it a caption"
    return found


def test_every_reason_the_ledger_can_hold_has_a_caption_in_every_language():
    reasons = _ledger_reasons()
    assert {"sale", "return", "pickup", "opening", "count_correction", "damaged", "transfer_in"} <= reasons
    for reason in sorted(reasons):
        caption = stock_ops.REASONS[reason][0] if reason in stock_ops.REASONS else LEDGER_REASONS.get(reason)
        assert caption, f"no caption for the ledger reason {reason!r}"
        for language in LANGUAGES:
            if language != "en":
                assert translator(language).translate("stock", caption) != caption, (reason, language)


@pytest.fixture
def german_till(qtbot, demo_template, tmp_path):
    """The busy store (tests/ui/test_fit_and_touch.fill_the_store) with a movement of every
    reason on product 3, its window in German, ana signed in. English and en_IE afterwards."""
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    st = Station(data_dir)
    fill_the_store(st)
    st.close()
    with sqlite3.connect(data_dir / "storedesk.db") as con:
        for i, reason in enumerate(sorted(_ledger_reasons())):
            con.execute(
                "INSERT INTO stock_movements VALUES (?, 3, 1000, ?, ?, 'T1', ?)",
                (uuid.uuid4().hex, reason, f"DOC-{i}", f"2026-11-2{i % 9}T09:00:00+00:00"),
            )
    c = Counter(qtbot, data_dir, language="de")
    c.login()
    yield c
    c.close()
    install_language("en")  # tests/conftest.py gives the store back its English and en_IE


@pytest.fixture
def german(qtbot):
    install_language("de")
    yield
    install_language("en")


def _said(language: str, *args, **values) -> str:
    return translator(language).text(msg(*args, **values))


def test_the_pickup_desk_and_the_stock_screen_leave_no_english_for_a_german_clerk(german_till):
    c = german_till
    w = c.window
    c.key(Qt.Key_F3, c.sale.scan)
    pk = w.pickup
    assert english_left(pk) == []

    # picking (W-2026-104230: one apple of two picked, the brioche rejected): the last apple
    c.qtbot.keyClick(pk.find, Qt.Key_2, Qt.ControlModifier)
    c.idle()
    pk.list.setCurrentCell([r.number for r in pk.rows].index("W-2026-104230"), 0)
    c.qtbot.waitUntil(lambda: pk.view is not None and pk.view.order.number == "W-2026-104230", timeout=10000)
    c.qtbot.keyClicks(pk.scan, "SKU0000001")
    c.qtbot.keyClick(pk.scan, Qt.Key_Return)
    c.idle()
    assert pk.message.text() == "Test Apples 1 kg: 2 von 2 kommissioniert — alle Zeilen erledigt: F9 meldet bereit"
    assert str(pk.view.message).startswith("Test Apples 1 kg: 2 of 2 picked")  # the log's English
    c.key(Qt.Key_F9, pk.find)
    c.qtbot.waitUntil(lambda: pk.view.status == "ready", timeout=10000)
    assert pk.message.text().startswith("Bestellung W-2026-104230 ist bereit; der Kunde ist benachrichtigt.")
    assert english_left(pk) == []

    # the handover of Bruno's order, paid at pickup: a card for more than is due is refused
    c.qtbot.keyClick(pk.find, Qt.Key_3, Qt.ControlModifier)
    c.idle()
    pk.list.setCurrentCell([r.number for r in pk.rows].index("W-2026-104231"), 0)
    c.qtbot.waitUntil(lambda: pk.view is not None and pk.view.order.number == "W-2026-104231", timeout=10000)
    c.key(Qt.Key_F10, pk.find)
    c.qtbot.waitUntil(lambda: pk.dialog is not None, timeout=10000)
    c.qtbot.keyClicks(pk.dialog.code, "CODE1X")
    c.qtbot.keyClick(pk.dialog.code, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: isinstance(pk.dialog, PaymentDialog), timeout=10000)
    pay = pk.dialog
    pay.amount.setText("1000")
    pay.reference.setText("AUTH 1")
    c.qtbot.keyClick(pay.amount, Qt.Key_F6)
    refused = pay.message.text()
    english = "A card cannot pay more than what is left; cards give no change"
    assert refused == tr("payment", english) != english
    assert english_left(pay) == []
    pay.amount.clear()
    c.qtbot.keyClick(pay.amount, Qt.Key_Return)  # exact cash
    c.idle()
    c.qtbot.waitUntil(lambda: pk.view.status == "collected", timeout=10000)
    assert pk.message.text().startswith("Bestellung W-2026-104231 abgeholt")
    assert english_left(pk) == []

    # the slip is the customer's: the store's language (the demo store is French), every sentence
    c.qtbot.waitUntil(lambda: pk.last_pdf is not None and pk.last_pdf.exists(), timeout=10000)
    slip = " ".join("\n".join(p.extract_text() for p in PdfReader(pk.last_pdf).pages).split())
    paid = _said("fr", "pickup_slip", "Paid at pickup, receipt {receipt}", receipt=pk.view.order.receipt_no)
    assert paid in slip and "Paid at pickup" not in slip and "Pickup code" not in slip, slip
    assert _said("fr", "pickup_slip", "Pickup code") in slip

    # the stock screen: a product with a movement of every reason, each caption in German
    c.key(Qt.Key_Escape, pk.find)
    c.key(Qt.Key_F5, c.sale.scan)
    panel = w.stock.panel
    c.qtbot.keyClicks(panel.field, "SKU0000003")
    c.idle()
    c.qtbot.waitUntil(lambda: panel.moves.rowCount() >= len(_ledger_reasons()), timeout=10000)
    shown = {panel.moves.item(r, 2).text() for r in range(panel.moves.rowCount())}
    for reason in _ledger_reasons():
        assert reason_name(reason) in shown and reason_name(reason) != reason.replace("_", " "), reason
    english_captions = {LEDGER_REASONS.get(r) or stock_ops.REASONS[r][0] for r in _ledger_reasons()}
    assert not shown & english_captions, shown & english_captions
    assert english_left(panel) == []


def test_the_services_words_are_messages_translated_where_they_are_read(qtbot, station, german):
    """What the till said in English before: a disk or database problem after a save, a role
    and an action inside a refusal, a limit crossed, a tender kind, a returned line's label."""
    full = OSError(28, "No space left on device")
    assert message_after("Gespeichert.", full) == "Gespeichert. {}.".format(tr("disk", "the disk is full"))
    waits = not_written("sale", "PAR01-T1-000009", full)
    assert text(waits.reason) == tr("disk", "the disk is full") != str(waits.reason) == "the disk is full"
    busy = sqlite3.OperationalError("database is locked")
    assert text(storage_words(busy)) == tr("storage", "The database is busy (another program holds it).")
    assert str(storage_words(busy)) == "The database is busy (another program holds it)."

    uow = station.uow
    with pytest.raises(PermissionDenied) as clerk:
        auth.approve(uow, "ana", "1234", Perm.STOCK_ADJUST)  # a clerk may not approve it either
    said = text(clerk.value)
    assert "Kassierer" in said and "Bestand korrigieren" in said and "clerk" not in said, said
    assert "(clerk) may not adjust stock either" in clerk.value.message  # the log keeps English

    over = NeedsConfirmation((Crossing(QUANTITY, "confirm", D(500), D(99), "Äpfel"),), "EUR")
    assert text(over) == "500 × Äpfel ist mehr als 99 in einer Zeile. Bestätigen oder korrigieren"
    assert over.message == "500 × Äpfel is more than 99 on one line. Confirm it, or correct it"
    negative = msg("reports", "The counted total of {tender} cannot be negative", tender=kind_words("card"))
    assert "Karte" in text(negative) and "card" in str(negative)
    with pytest.raises(ReturnError) as bad:
        check_condition("broken", SoldLine(3, "SKU0000001", "Äpfel", D(1), D("2.49"), "S", D(20)).label)
    assert text(bad.value).startswith("Zeile 3 (Äpfel):"), text(bad.value)
