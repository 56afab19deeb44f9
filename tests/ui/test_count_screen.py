"""The count screen, driven with the keyboard: a clerk scans a blind count, a manager's PIN
opens the variance and approves it. Also the receiving screen and the stock panel's keys.

Set STOREDESK_SHOTS=DIR to keep screenshots of the stock screens.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from storedesk.adapters.demo_catalog import gtin_for


def shot(widget, name: str) -> None:
    folder = os.environ.get("STOREDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def open_stock(counter):
    counter.key(Qt.Key_F5, counter.sale.scan)
    counter.idle()
    screen = counter.window.stock
    assert counter.window.stack.currentWidget() is screen
    return screen


def approve_with_pin(counter, panel, user="max", pin="9876"):
    counter.qtbot.waitUntil(lambda: panel.dialog is not None, timeout=5000)
    dlg = panel.dialog
    counter.qtbot.keyClicks(dlg.user, user)
    counter.qtbot.keyClicks(dlg.pin, pin)
    with counter.qtbot.waitSignal(panel.done, timeout=10000):
        counter.qtbot.keyClick(dlg.pin, Qt.Key_Return)
    counter.idle()


def test_blind_count_scanned_by_a_clerk_and_approved_with_a_manager_pin(counter):
    counter.login()  # ana, a clerk
    screen = open_stock(counter)
    counter.key(Qt.Key_F4, screen.panel.field)
    count = screen.count
    assert screen.pages.currentWidget() is count
    with counter.qtbot.waitSignal(count.done, timeout=10000):
        counter.key(Qt.Key_F2, count.scan)
    counter.idle()
    assert count.current is not None and count.current.kind == "cycle"

    for code in (gtin_for(1), gtin_for(1), f"4*{gtin_for(2)}", f"0*{gtin_for(3)}"):
        counter.qtbot.keyClicks(count.scan, code)
        with counter.qtbot.waitSignal(count.done, timeout=10000):
            counter.qtbot.keyClick(count.scan, Qt.Key_Return)
    counter.idle()
    headers = [count.lines.horizontalHeaderItem(i).text() for i in range(count.lines.columnCount())]
    assert "Expected" not in " ".join(headers) and count.variance.isHidden()  # blind
    assert count.lines.item(0, 3).text() == "0" and count.lines.item(1, 3).text() == "4"
    assert count.lines.item(2, 3).text() == "2"
    assert "counted so far 0" in count.message.text()
    shot(counter.window, "stock-count")

    con = counter.db()
    opening = dict(con.execute("SELECT product_id, on_hand_milli FROM stock_balances WHERE product_id IN (1,2,3)"))
    assert con.execute("SELECT product_id, counted_milli, scans FROM count_lines ORDER BY product_id").fetchall() == [
        (1, 2000, 2),
        (2, 4000, 1),
        (3, 0, 1),
    ]
    con.close()

    # the clerk asks for the variance: a manager's PIN opens it
    count.message.clear_message()
    counter.key(Qt.Key_F8, count.scan)
    approve_with_pin(counter, count)
    assert not count.variance.isHidden() and count.variance.rowCount() == 3
    expected = {count.variance.item(i, 0).text(): count.variance.item(i, 2).text() for i in range(3)}
    assert sorted(int(v) for v in expected.values()) == sorted(v // 1000 for v in opening.values())
    shot(counter.window, "stock-count-variance")

    counter.key(Qt.Key_F9, count.scan)
    approve_with_pin(counter, count)
    assert "approved by max" in count.message.text()
    con = counter.db()
    assert con.execute(
        "SELECT on_hand_milli FROM stock_balances WHERE product_id IN (1,2,3) ORDER BY product_id"
    ).fetchall() == [(2000,), (4000,), (0,)]
    assert con.execute("SELECT status FROM counts").fetchall() == [("approved",)]
    assert con.execute("SELECT action FROM overrides").fetchall() == [("stock_count_approve",)]
    con.close()
    counter.key(Qt.Key_Escape, count.scan)
    assert screen.pages.currentWidget() is screen.panel


def test_receiving_screen_and_stock_panel_keys(counter, tmp_path):
    counter.login("sam", "5555")  # a supervisor
    screen = open_stock(counter)
    panel = screen.panel
    shot(counter.window, "stock")

    counter.key(Qt.Key_F2, panel.field)
    rec = screen.receiving
    assert screen.pages.currentWidget() is rec
    counter.new_delivery(rec, "DN-1", f"{gtin_for(1)} 3\n{gtin_for(2)} 2")
    for code in (f"3*{gtin_for(1)}", gtin_for(2), gtin_for(5)):
        counter.qtbot.keyClicks(rec.scan, code)
        with counter.qtbot.waitSignal(rec.done, timeout=10000):
            counter.qtbot.keyClick(rec.scan, Qt.Key_Return)
    counter.idle()
    statuses = [rec.lines.item(i, 5).text() for i in range(rec.lines.rowCount())]
    assert statuses == ["ok", "short", "not on the notice"]
    shot(counter.window, "stock-receiving")
    with counter.qtbot.waitSignal(rec.done, timeout=10000):
        counter.key(Qt.Key_F9, rec.scan)
    counter.qtbot.waitUntil(lambda: "Receiving report saved" in rec.message.text(), timeout=10000)
    pdf = Path(rec.message.text().split("saved: ")[1])
    assert pdf.exists() and pdf.name.startswith("REC-PAR01-T1-")
    counter.key(Qt.Key_Escape, rec.scan)

    # adjust the selected product (a supervisor, small: no PIN)
    counter.qtbot.keyClicks(panel.field, "SKU0000001")
    counter.idle()
    counter.key(Qt.Key_F3, panel.field)
    adj = panel.dialog
    assert adj.code.text() == "SKU0000001"
    counter.qtbot.keyClick(adj, Qt.Key_F2)  # theft
    adj.qty.setText("2")
    shot(adj, "stock-adjust")
    with counter.qtbot.waitSignal(panel.done, timeout=10000):
        counter.qtbot.keyClick(adj.qty, Qt.Key_Return)
    counter.idle()
    assert (
        "ADJ-PAR01-T1-000001" in panel.message.text() and "(Theft, " in panel.message.text()
    )  # the reason as the dialog names it

    # a reorder point (F12) puts it on the low-stock list (F8)
    counter.key(Qt.Key_F12, panel.field)
    ro = panel.dialog
    counter.qtbot.keyClicks(ro.point, "10")
    ro.qty.setText("24")
    with counter.qtbot.waitSignal(panel.done, timeout=10000):
        counter.qtbot.keyClick(ro.qty, Qt.Key_Return)
    assert "Reorder point of SKU0000001 saved" in panel.message.text()
    # low / negative lists, labels and where-else (no hub: a clear message)
    with counter.qtbot.waitSignal(panel.done, timeout=10000):
        counter.key(Qt.Key_F8, panel.field)
    assert panel.lists.isVisible() and panel.low.item(0, 0).text() == "SKU0000001"
    assert panel.low.item(0, 4).text() == "24"
    shot(counter.window, "stock-lists")
    counter.key(Qt.Key_F8, panel.field)
    counter.key(Qt.Key_F9, panel.field)
    where = panel.dialog
    counter.qtbot.waitUntil(lambda: where.message.kind == "error", timeout=10000)
    assert "not connected to a hub" in where.message.text()
    shot(where, "stock-where-else")
    where.reject()
    counter.key(Qt.Key_F7, panel.field)
    tr = panel.dialog
    counter.qtbot.keyClicks(tr.store, "LYO01")
    shot(tr, "stock-transfer")
    tr.reject()
    counter.idle()
    counter.key(Qt.Key_F10, panel.field)
    lab = panel.dialog
    counter.qtbot.keyClick(lab, Qt.Key_S)
    with counter.qtbot.waitSignal(panel.done, timeout=10000):
        counter.qtbot.keyClick(lab.copies, Qt.Key_Return)
    assert "1 label saved" in panel.message.text()  # one copy of one product: a real singular


def test_typed_lines_parse_codes_and_quantities():
    from storedesk.ui.stock_dialogs import parse_lines

    assert parse_lines("SKUx01 x 2\n3760000000017 12\n\nABC*3\nSKU9") == [
        ("SKUx01", "2"),
        ("3760000000017", "12"),
        ("ABC", "3"),
        ("SKU9", "1"),
    ]
