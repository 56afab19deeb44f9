"""More of the counter through the real window: discounts, voids, idle lock, stock, printer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from tests.conftest import copy_station_files
from tests.helpers.money import eur, paper
from tests.ui.conftest import Counter

from storedesk.adapters.db import open_database
from storedesk.adapters.demo_catalog import gtin_for
from storedesk.adapters.uow import UnitOfWork
from storedesk.services import settings


def _set(data_dir, **values):
    db = open_database(data_dir)
    uow = UnitOfWork(db)
    for key, value in values.items():
        settings.set_setting(uow, key, value)
    uow.close()
    db.dispose()


def _discount(counter, target_key, kind_key, value):
    counter.key(Qt.Key_F8, counter.sale.scan)
    dlg = counter.sale.dialog
    counter.qtbot.keyClick(dlg, target_key)
    counter.qtbot.keyClick(dlg, kind_key)
    counter.qtbot.keyClicks(dlg.field, value)
    counter.qtbot.keyClick(dlg.field, Qt.Key_Return)
    counter.idle()


def test_clerk_line_discount_within_limit_then_basket_discount_needs_a_manager(counter):
    counter.login("ana", "1234")
    counter.scan(gtin_for(2))  # 5.29
    _discount(counter, Qt.Key_L, Qt.Key_P, "10")  # clerk limit is 10 %
    assert counter.sale.total.text() == eur("4.76")  # 5.29 - 0.53
    _discount(counter, Qt.Key_B, Qt.Key_P, "50")
    override = counter.sale.dialog
    assert override is not None, "50 % is above a clerk's limit: a manager must approve"
    counter.qtbot.keyClicks(override.user, "max")
    counter.qtbot.keyClicks(override.pin, "9876")
    counter.qtbot.keyClick(override.pin, Qt.Key_Return)
    counter.idle()
    assert counter.sale.total.text() == eur("2.38")  # 4.76 - 2.38
    rows = counter.sale.model.rows
    assert rows[0][4] == Decimal("2.91")  # 0.53 line + 2.38 basket


def test_void_line_keeps_it_struck_through_and_out_of_the_total(counter):
    counter.login()
    counter.scan(gtin_for(1))
    counter.scan(gtin_for(3))
    counter.key(Qt.Key_Up, counter.sale.scan)  # select the first line
    counter.key(Qt.Key_Delete, counter.sale.scan)
    assert counter.sale.total.text() == eur("1.29")
    assert [r[6] for r in counter.sale.model.rows] == [True, False]
    assert counter.sale.model.item(0, 4).text() == "void"
    assert counter.sale.model.item(0, 0).font().strikeOut()
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.idle()
    con = counter.db()
    assert con.execute("SELECT voided_lines, total_minor FROM sales").fetchone() == (1, 129)
    con.close()


def test_idle_station_locks_itself(qtbot, demo_template, tmp_path):
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    _set(data_dir, idle_lock_seconds="1")
    c = Counter(qtbot, data_dir)
    c.login()
    c.scan(gtin_for(1))
    assert c.window.stack.currentWidget() is c.sale
    qtbot.waitUntil(lambda: c.window.stack.currentWidget() is c.window.login, timeout=5000)
    assert "Locked" in c.window.login.message.text()
    c.close()


def test_stock_view_shows_the_sale_movement_and_negative_stock(counter):
    counter.login()
    counter.scan("50*" + gtin_for(1))  # demo stock of product 1 is 6
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.idle()
    counter.key(Qt.Key_F5, counter.sale.scan)
    stock = counter.window.stock
    assert counter.window.stack.currentWidget() is stock
    counter.idle()
    assert stock.products.item(0, 0).text() == "SKU0000001"  # lowest on-hand first
    assert stock.products.item(0, 2).text() == "-44"
    counter.idle()
    assert stock.moves.item(0, 1).text() == "-50"
    assert stock.moves.item(0, 2).text() == "Sale"  # the reason's caption, not its code
    assert stock.moves.item(0, 3).text() == "PAR01-T1-000001"
    counter.qtbot.keyClick(stock.field, Qt.Key_Escape)
    assert counter.window.stack.currentWidget() is counter.sale


def test_configured_printer_receives_the_receipt(qtbot, demo_template, tmp_path):
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    device = tmp_path / "lp0"
    _set(data_dir, printer=f"file:{device}")
    c = Counter(qtbot, data_dir)
    c.login()
    c.scan(gtin_for(1))
    c.key(Qt.Key_F12, c.sale.scan)
    qtbot.waitUntil(lambda: c.sale.last_receipt is not None, timeout=10000)
    data = device.read_bytes()
    assert b"storedesk Demo Store" in data and b"PAR01-T1-000001" in data
    assert b"\x1dV" in data  # cut
    c.close()


def test_reprint_last_receipt_is_marked_copy(counter):
    from pypdf import PdfReader

    counter.login()
    counter.scan(gtin_for(1))
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.qtbot.waitUntil(lambda: counter.sale.last_receipt is not None, timeout=10000)
    first = counter.sale.last_receipt
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_P, Qt.ControlModifier)
    counter.qtbot.waitUntil(lambda: counter.sale.last_receipt != first, timeout=10000)
    text = PdfReader(counter.sale.last_receipt).pages[0].extract_text()
    # numbered: the journal counts the reprints (issue 19)
    assert paper("receipt", "DUPLICATE No. {number}", number=1) in text and "PAR01-T1-000001" in text
    # the clerk reads the receipt's number and the duplicate's, not a file name
    assert counter.sale.message.text().endswith("Receipt PAR01-T1-000001 printed again: duplicate no. 1")
