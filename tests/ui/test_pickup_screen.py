"""The Pickup screen, built on its own with an Ops worker and a demo station, driven with the
keyboard as the pickup desk would: find, accept + pick list, pick by scanning (a wrong item
beeps), reject a line, ready, hand over with the code, pay at pickup through the payment dialog,
a cancellation arriving before the handover.

Set STOREDESK_SHOTS=DIR to keep screenshots of the screen.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storedesk.adapters.db import open_database
from storedesk.adapters.uow import UnitOfWork
from storedesk.services.context import config
from storedesk.sync.puller import pull
from storedesk.ui.ops import Ops
from storedesk.ui.payment_dialog import PaymentDialog
from storedesk.ui.pickup.dialogs import HandoverDialog, RejectDialog
from storedesk.ui.pickup.screen import PickupScreen


class Feed:
    def __init__(self):
        self.items = []

    def add(self, kind, data):
        self.items.append({"cursor": str(len(self.items) + 1), "kind": kind, "data": data})

    def get_feed(self, after, limit):
        start = int(after)
        page = self.items[start : start + limit]
        return {"items": page, "next": str(start + len(page)), "more": False}


def order(number, payment, code, name, lines):
    total = sum(int(D(q)) * p for _s, _n, q, p in lines)
    return {
        "order_id": f"ord-{number}",
        "number": number,
        "store": "PAR01",
        "channel": "web",
        "created_at": "2026-11-27T08:00:00+00:00",
        "due_at": "2026-11-28T16:00:00+00:00",
        "customer": {"name": name, "email": f"{name.split()[0].lower()}@example.com", "phone": "+33 6 11 22 33 44"},
        "currency": "EUR",
        "payment": payment,
        "paid_minor": total if payment == "paid_online" else 0,
        "total_minor": total,
        "pickup_code": code,
        "status": "routed",
        "version": 1,
        "lines": [
            {"line": i, "sku": s, "name": n, "quantity": q, "unit_price_minor": p}
            for i, (s, n, q, p) in enumerate(lines, start=1)
        ],
    }


@pytest.fixture
def desk(qtbot, pinned, tmp_path):
    screen = open_desk(qtbot, pinned, tmp_path)
    yield screen
    screen.ops.stop()


def open_desk(qtbot, st, tmp_path) -> PickupScreen:
    """A Pickup screen on `st` with stock and eight web orders (two of them in the examples
    above); built in the screens' language of the moment. The caller stops its `ops`."""
    con = st.raw()
    for pid in (1, 2, 5, 8):
        con.execute(
            "INSERT INTO stock_movements VALUES (?, ?, 10000, 'receiving', 'seed', 'T1', '2026-11-27T07:00:00+00:00')",
            (uuid.uuid4().hex, pid),
        )
        con.execute(
            "INSERT INTO stock_balances(product_id, on_hand_milli) VALUES (?, 10000) "
            "ON CONFLICT(product_id) DO UPDATE SET on_hand_milli = 10000",
            (pid,),
        )
    con.close()
    feed = Feed()
    feed.add(
        "order",
        order(
            "W-1001",
            "paid_online",
            "K7P2QX",
            "Ana Lopez",
            [("SKU0000001", "Test Apples 1 kg", "2", 249), ("SKU0000002", "Test Brioche", "1", 529)],
        ),
    )
    feed.add(
        "order",
        order(
            "W-1002",
            "pay_at_pickup",
            "QQ11ZZ",
            "Bruno Martin",
            [("SKU0000005", "Test Cola x6", "1", 319), ("SKU0000008", "Test Puzzle Book", "1", 1619)],
        ),
    )
    for n in range(3, 9):
        feed.add(
            "order",
            order(
                f"W-100{n}", "paid_online", f"CODE{n}X", f"Customer {n} Doe", [("SKU0000002", "Test Brioche", "1", 529)]
            ),
        )
    pull(st.uow, feed)
    cfg = config(st.uow)
    user = st.user("ana")
    data_dir = st.data_dir
    ops = Ops()

    def open_uow():
        return UnitOfWork(open_database(data_dir))

    ops.open(open_uow)
    screen = PickupScreen(ops, cfg, tmp_path / "out")
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    with qtbot.waitSignal(screen.shown, timeout=10000):
        screen.start(user)
    idle(qtbot, ops)
    screen.st = st
    screen.qtbot = qtbot
    return screen


def idle(qtbot, ops):
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=10000)


def key(screen, k, widget=None):
    screen.qtbot.keyClick(widget or screen.find, k)
    idle(screen.qtbot, screen.ops)


def type_in(screen, widget, text):
    widget.setFocus()
    screen.qtbot.keyClicks(widget, text)
    screen.qtbot.keyClick(widget, Qt.Key_Return)
    idle(screen.qtbot, screen.ops)


def db(screen, sql, *params):
    con = sqlite3.connect(screen.st.db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def shot(screen, name, tmp_path):
    folder = Path(os.environ.get("STOREDESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    image = screen.grab()
    path = folder / f"{name}.png"
    image.save(str(path))
    return path


def wait_dialog(screen, cls):
    screen.qtbot.waitUntil(lambda: isinstance(screen.dialog, cls), timeout=10000)
    return screen.dialog


def test_find_accept_pick_ready_and_hand_over_with_code(desk, beeps, tmp_path):
    s = desk
    assert s.tabs.tabText(0).startswith("New (8)")
    assert s.list.rowCount() == 8 and s.list.item(0, 0).text() == "W-1001"
    assert s.list.item(0, 5).text().startswith("Sat 28/11")  # due, in the store's time zone
    s.list.setCurrentCell(0, 0)
    idle(s.qtbot, s.ops)
    shot(s, "pickup-queue", tmp_path)
    s.find.setFocus()

    type_in(s, s.find, "ana lop")  # by name
    assert s.view is not None and s.view.order.number == "W-1001"
    assert "F3 accepts" in s.message.text()
    key(s, Qt.Key_F3)
    idle(s.qtbot, s.ops)
    s.qtbot.waitUntil(lambda: s.last_pdf is not None and s.last_pdf.exists(), timeout=10000)
    assert s.view.status == "accepted" and "pick list printed" in s.message.text()
    assert s.scan.hasFocus()

    type_in(s, s.scan, s.st.barcode(5))  # the cola is not on this order
    assert beeps and s.message.kind == "error" and "Wrong item" in s.message.text()
    for pid in (1, 1, 2):
        type_in(s, s.scan, s.st.barcode(pid))
    assert s.message.kind == "ok" and "all lines done" in s.message.text()
    assert [s.lines.item(i, 4).text() for i in range(2)] == ["2", "1"]
    shot(s, "pickup-picking", tmp_path)
    key(s, Qt.Key_F9, s.scan)
    assert s.view.status == "ready" and "ready" in s.message.text()

    s.find.clear()
    type_in(s, s.find, "K7P-2QX")  # the customer shows the QR: it opens the order
    assert s.view.order.number == "W-1001"
    key(s, Qt.Key_F10)
    dlg = wait_dialog(s, HandoverDialog)
    shot(dlg, "pickup-handover-dialog", tmp_path)
    s.qtbot.keyClicks(dlg.code, "WRONG1")
    s.qtbot.keyClick(dlg.code, Qt.Key_Return)
    assert dlg.isVisible() and "does not match" in dlg.message.text()
    dlg.code.clear()
    s.qtbot.keyClicks(dlg.code, "k7p2qx")
    s.qtbot.keyClick(dlg.code, Qt.Key_Return)
    idle(s.qtbot, s.ops)
    s.qtbot.waitUntil(lambda: s.view.status == "collected", timeout=10000)
    assert "collected" in s.message.text()
    assert db(s, "SELECT status FROM pickup_orders WHERE number = 'W-1001'") == [("collected",)]
    assert db(s, "SELECT sum(quantity_milli) FROM stock_movements WHERE doc_ref = 'W-1001'") == [(-3000,)]
    s.qtbot.waitUntil(lambda: s.last_pdf is not None and s.last_pdf.name.startswith("handover"), timeout=10000)
    shot(s, "pickup-screen", tmp_path)


def test_reject_a_line_then_pay_at_pickup_through_the_payment_dialog(desk, tmp_path):
    s = desk
    s.list.setCurrentCell(1, 0)
    idle(s.qtbot, s.ops)
    assert s.view.order.number == "W-1002"
    key(s, Qt.Key_F3)
    type_in(s, s.scan, s.st.barcode(5))
    s.lines.setCurrentCell(1, 0)
    key(s, Qt.Key_F6, s.scan)
    dlg = wait_dialog(s, RejectDialog)
    shot(dlg, "pickup-reject-dialog", tmp_path)
    s.qtbot.keyClick(dlg.quantity, Qt.Key_Return)
    assert dlg.isVisible() and "Choose a reason" in dlg.message.text()
    s.qtbot.keyClick(dlg.quantity, Qt.Key_D)  # damaged
    assert dlg.reason() == "damaged"
    s.qtbot.keyClick(dlg.quantity, Qt.Key_Return)
    idle(s.qtbot, s.ops)
    s.qtbot.waitUntil(lambda: s.view.lines[1].rejected == 1, timeout=10000)
    assert "written off" in s.message.text()
    assert s.lines.item(1, 5).text() == "1 damaged"
    key(s, Qt.Key_F9, s.scan)
    assert s.view.status == "ready", s.message.text()

    key(s, Qt.Key_F10)
    dlg = wait_dialog(s, HandoverDialog)
    s.qtbot.keyClicks(dlg.code, "QQ11ZZ")
    s.qtbot.keyClick(dlg.code, Qt.Key_Return)
    pay = wait_dialog(s, PaymentDialog)
    assert pay.total == D("3.19")
    shot(pay, "pickup-payment", tmp_path)
    s.qtbot.keyClick(pay.amount, Qt.Key_Return)  # exact cash
    idle(s.qtbot, s.ops)
    s.qtbot.waitUntil(lambda: s.view.status == "partially_collected", timeout=10000)
    assert "receipt PAR01-T1-000001" in s.message.text()
    assert db(s, "SELECT receipt_no, total_minor FROM sales") == [("PAR01-T1-000001", 319)]
    assert db(
        s,
        "SELECT product_id, quantity_milli, reason FROM stock_movements WHERE doc_ref IN "
        "('W-1002', 'PAR01-T1-000001') ORDER BY product_id",
    ) == [(5, -1000, "sale"), (8, -1000, "damaged")]


def test_cancelled_order_cannot_be_handed_over(desk):
    s = desk
    s.list.setCurrentCell(2, 0)
    idle(s.qtbot, s.ops)
    key(s, Qt.Key_F3)
    type_in(s, s.scan, s.st.barcode(2))
    key(s, Qt.Key_F9, s.scan)
    assert s.view.status == "ready"
    # the puller applies the customer's online cancellation (its own connection)
    feed = Feed()
    feed.items = [
        {
            "cursor": "1",
            "kind": "order_status",
            "data": {
                "order_id": s.view.id,
                "status": "cancelled",
                "at": "2026-11-27T10:00:00+00:00",
                "by": "customer",
                "reason": "changed mind",
                "version": 4,
            },
        }
    ]
    with s.st.uow.write() as tx:
        tx.sync_state.set("feed_cursor", "0")
    pull(s.st.uow, feed)
    key(s, Qt.Key_F10)
    idle(s.qtbot, s.ops)
    s.qtbot.waitUntil(lambda: s.view.status == "cancelled", timeout=10000)
    assert s.dialog is None
    assert s.message.kind == "error" and "cancelled" in s.message.text()
    assert s.view.label == "Cancelled — return to shelf"
    key(s, Qt.Key_F8)
    assert "back on the shelf" in s.message.text()
    assert db(s, "SELECT reserved_milli FROM stock_reserved WHERE product_id = 2") == [(0,)]


def test_escape_goes_back_to_the_sale(desk):
    with desk.qtbot.waitSignal(desk.navigate, timeout=2000) as sig:
        key(desk, Qt.Key_Escape)
    assert sig.args == ["sale"]


def test_f3_at_the_counter_opens_the_pickup_desk_and_esc_comes_back(counter):
    """Wired in the main window: F3 from the sale screen, Esc back with the scan field ready."""
    from PySide6.QtCore import Qt

    counter.login()
    counter.key(Qt.Key_F3, counter.sale.scan)
    assert counter.window.stack.currentWidget() is counter.window.pickup
    counter.key(Qt.Key_Escape, counter.window.pickup)
    assert counter.window.stack.currentWidget() is counter.sale
