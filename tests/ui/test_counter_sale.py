"""A clerk's day at the counter, through the real window, offscreen."""

from __future__ import annotations

import json
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import Qt
from tests.helpers.money import eur
from tests.ui.conftest import Counter

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.ui.dialogs import OverrideDialog


def test_ana_scans_three_items_pays_cash_and_gets_a_receipt(counter):
    counter.login("ana", "1234")
    assert counter.window.stack.currentWidget() is counter.sale
    for n in (1, 2, 3):
        counter.scan(gtin_for(n))
    assert counter.sale.total.text() == eur("9.07")  # 2.49 + 5.29 + 1.29
    names = [r[1] for r in counter.sale.model.rows]
    assert len(names) == 3

    counter.key(Qt.Key_F10)
    pay = counter.sale.dialog
    assert pay is not None and pay.total == Decimal("9.07")
    pay.amount.selectAll()
    counter.qtbot.keyClicks(pay.amount, "20")
    counter.qtbot.keyClick(pay.amount, Qt.Key_Return)
    counter.idle()
    counter.qtbot.waitUntil(lambda: counter.sale.last_receipt is not None, timeout=10000)
    assert counter.sale.change.text() == f"Change {eur('10.93')}"

    con = counter.db()
    sale = con.execute("SELECT receipt_no, total_minor, change_minor, user_id FROM sales").fetchall()
    assert sale == [("PAR01-T1-000001", 907, 1093, 1)]
    lines = con.execute("SELECT sku, quantity_milli, gross_minor FROM sale_lines ORDER BY line_no").fetchall()
    assert [ln[0] for ln in lines] == ["SKU0000001", "SKU0000002", "SKU0000003"]
    assert sum(ln[2] for ln in lines) == 907
    pays = con.execute("SELECT kind, amount_minor FROM sale_payments").fetchall()
    assert pays == [("cash", 2000)]
    journal = con.execute("SELECT seq, kind, doc_ref, payload FROM journal").fetchall()
    assert [(j[0], j[1], j[2]) for j in journal] == [(1, "sale", "PAR01-T1-000001")]
    assert json.loads(journal[0][3])["total_minor"] == 907
    moves = con.execute("SELECT count(*), sum(quantity_milli) FROM stock_movements WHERE reason = 'sale'").fetchone()
    assert moves == (3, -3000)
    assert con.execute("SELECT count(*) FROM outbox WHERE kind = 'sale'").fetchone()[0] == 1
    con.close()

    text = "\n".join(page.extract_text() for page in PdfReader(counter.sale.last_receipt).pages)
    for expected in (
        "storedesk Demo Store",
        "PAR01-T1-000001",
        eur("9.07"),
        eur("20.00"),
        eur("10.93"),
        "Ana",
    ):
        assert expected.replace("\u00a0", " ") in text.replace("\u00a0", " "), expected
    for name in names:
        assert name[:20] in text


def test_unknown_and_malformed_barcodes_beep_say_so_and_add_nothing(counter, beeps):
    counter.login()
    counter.scan(gtin_for(1))
    counter.scan("3760999999996")  # valid check digit, not in the catalog
    assert "unknown barcode" in counter.sale.message.text()
    assert counter.sale.message.kind == "error"
    counter.scan("4006381333932")  # wrong check digit
    assert "check digit" in counter.sale.message.text()
    counter.scan("12ab$%")
    assert "not a barcode" in counter.sale.message.text()
    counter.scan("0*" + gtin_for(2))
    assert "more than zero" in counter.sale.message.text()
    assert len(beeps) == 4
    assert len(counter.sale.model.rows) == 1
    assert counter.sale.total.text() == eur("2.49")


def test_same_product_again_adds_one_and_quantity_prefix(counter):
    counter.login()
    counter.scan(gtin_for(5))
    counter.scan(gtin_for(5))
    counter.scan("3*" + gtin_for(6))
    qtys = [r[2] for r in counter.sale.model.rows]
    assert qtys == [Decimal(2), Decimal(3)]
    # "4" then F4: the next scan counts 4
    counter.qtbot.keyClicks(counter.sale.scan, "4")
    counter.key(Qt.Key_F4, counter.sale.scan)
    counter.scan(gtin_for(7))
    assert counter.sale.model.rows[-1][2] == Decimal(4)


def test_f12_twice_completes_one_sale(counter):
    counter.login()
    counter.scan(gtin_for(1))
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_F12)
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_F12)
    counter.idle()
    counter.qtbot.waitUntil(lambda: not counter.sale.completing, timeout=5000)
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_F12)  # empty basket now: refused
    counter.idle()
    con = counter.db()
    assert con.execute("SELECT count(*) FROM sales").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM journal").fetchone()[0] == 1
    con.close()
    assert counter.sale.total.text() == eur("0.00")


def ana_changes_the_apples_price(counter, price: str):
    """Ana, a clerk, scans apples (2.49) and types a new price: the dialog that asks a manager."""
    counter.login("ana", "1234")
    counter.scan(gtin_for(1))
    counter.key(Qt.Key_F7, counter.sale.scan)
    counter.qtbot.keyClicks(counter.sale.dialog.field, price)
    counter.qtbot.keyClick(counter.sale.dialog.field, Qt.Key_Return)
    counter.idle()
    return counter.sale.dialog


def test_price_override_needs_a_manager_and_records_both(counter):
    override = ana_changes_the_apples_price(counter, "2.00")
    assert override is not None and "manager" in override.message.text()
    counter.qtbot.keyClicks(override.user, "max")
    counter.qtbot.keyClicks(override.pin, "9876")
    counter.qtbot.keyClick(override.pin, Qt.Key_Return)
    counter.idle()
    assert counter.sale.total.text() == eur("2.00")
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.idle()
    con = counter.db()
    rows = con.execute(
        "SELECT o.action, u.username, a.username, o.doc_ref FROM overrides o "
        "JOIN users u ON u.id = o.user_id JOIN users a ON a.id = o.approver_id"
    ).fetchall()
    assert rows == [("price_override", "ana", "max", "PAR01-T1-000001")]
    con.close()


def test_wrong_manager_pin_changes_nothing(counter, beeps):
    override = ana_changes_the_apples_price(counter, "0.10")
    counter.qtbot.keyClicks(override.user, "max")
    counter.qtbot.keyClicks(override.pin, "0000")
    counter.qtbot.keyClick(override.pin, Qt.Key_Return)
    counter.idle()
    assert "wrong PIN" in counter.sale.message.text()
    assert counter.sale.total.text() == eur("2.49")


def test_esc_at_the_managers_pin_changes_nothing_and_says_so(counter):
    """The manager's PIN is asked by the keyed panel every screen shares (ui/keyed_panel.py
    gated): Esc there says that nothing was changed, as on every other screen, and gives the
    keyboard back to the scan field."""
    override = ana_changes_the_apples_price(counter, "1.00")
    assert isinstance(override, OverrideDialog)
    override.reject()
    counter.idle()
    assert counter.sale.dialog is None
    assert counter.sale.message.text() == "Cancelled: nothing was changed"
    assert counter.sale.model.rows[0][3] == Decimal("2.49") and counter.sale.total.text() == eur("2.49")
    assert counter.window.focusWidget() is counter.sale.scan


def test_basket_survives_a_restart(qtbot, demo_template, tmp_path):
    from tests.conftest import copy_station_files

    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    first = Counter(qtbot, data_dir)
    first.login()
    first.scan(gtin_for(1))
    first.scan(gtin_for(2))
    first.close()  # the till is switched off mid-sale

    second = Counter(qtbot, data_dir)
    second.login("ana", "1234")
    assert [r[1] for r in second.sale.model.rows] == [r[1] for r in first.sale.model.rows]
    assert second.sale.total.text() == first.sale.total.text()
    second.close()


def test_park_and_recall(counter):
    counter.login()
    counter.scan(gtin_for(1))
    counter.key(Qt.Key_F9, counter.sale.scan)
    counter.qtbot.keyClick(counter.sale.dialog, Qt.Key_F9)  # park this sale
    counter.idle()
    assert counter.sale.model.rows == []
    counter.scan(gtin_for(2))
    counter.key(Qt.Key_F9, counter.sale.scan)
    dlg = counter.sale.dialog
    assert dlg.list.count() == 1
    counter.qtbot.keyClick(dlg, Qt.Key_Return)  # recall; the current sale is parked in exchange
    counter.idle()
    assert counter.sale.total.text() == eur("2.49")
    con = counter.db()
    assert con.execute("SELECT count(*) FROM baskets WHERE status = 'parked'").fetchone()[0] == 1
    con.close()


def test_search_by_name_then_enter_adds(counter):
    counter.login()
    dlg = counter.search("brioch")
    assert dlg.results.count() > 0
    counter.qtbot.keyClick(dlg.field, Qt.Key_Down)
    chosen = dlg.results.currentItem().text()
    counter.qtbot.keyClick(dlg.field, Qt.Key_Return)
    counter.idle()
    assert counter.sale.model.rows[0][1] in chosen
    assert "Brioche" in counter.sale.model.rows[0][1]


def test_ctrl_l_locks_and_needs_a_pin(counter):
    counter.login()
    counter.scan(gtin_for(1))
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_L, Qt.ControlModifier)
    assert counter.window.stack.currentWidget() is counter.window.login
    counter.login("ana", "1111")
    assert counter.window.stack.currentWidget() is counter.window.login
    counter.login("ana", "1234")
    assert counter.window.stack.currentWidget() is counter.sale
    assert counter.sale.total.text() == eur("2.49")


def test_split_payment_card_then_cash(counter):
    counter.login()
    counter.scan(gtin_for(1))
    counter.scan(gtin_for(2))  # 2.49 + 5.29 = 7.78
    counter.key(Qt.Key_F10)
    pay = counter.sale.dialog
    pay.amount.selectAll()
    counter.qtbot.keyClicks(pay.amount, "5")
    counter.qtbot.keyClicks(pay.reference, "AUTH42")
    counter.qtbot.keyClick(pay.reference, Qt.Key_Return)
    assert pay.tenders[0].kind == "card"
    pay.amount.selectAll()
    counter.qtbot.keyClicks(pay.amount, "5")
    counter.qtbot.keyClick(pay.amount, Qt.Key_Return)
    counter.idle()
    con = counter.db()
    assert con.execute("SELECT kind, amount_minor, reference FROM sale_payments ORDER BY line_no").fetchall() == [
        ("card", 500, "AUTH42"),
        ("cash", 500, ""),
    ]
    assert con.execute("SELECT change_minor FROM sales").fetchone()[0] == 222
    con.close()
