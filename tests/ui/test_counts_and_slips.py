"""Issue 13, fit and finish: a list that shows only the first matches says how many match in
all ("20 of 1,204 products shown: type more"), numbers grouped; and a document that is saved
says so once when its receipt or slip cannot be printed (never "Nothing was saved", never the
same words twice)."""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import Qt
from tests.ui.test_fit_and_touch import shoot, till  # noqa: F401  (the fixture: a busy store)

from storedesk.domain.errors import DomainError
from storedesk.i18n.formats import fmt_number
from storedesk.services import catalog
from storedesk.services.pickup import slips
from storedesk.services.returns import printing


def full_disk(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "receipts/x.pdf")


# ---- "20 of 1,204" ---------------------------------------------------------------------
def test_search_says_how_many_match(till, monkeypatch):  # noqa: F811
    c = till
    c.key(Qt.Key_F2, c.sale.scan)
    dlg = c.sale.dialog
    c.qtbot.keyClicks(dlg.field, "SKU00001")  # SKU0000100 ... SKU0000199
    c.idle()
    assert dlg.results.count() == 20
    assert dlg.message.text() == "20 of 100 products shown: type more of the name or SKU"
    shoot(dlg, "dialog-search-20-of-100")
    dlg.field.setText("SKU0000123")
    c.idle()
    assert dlg.results.count() == 1 and dlg.message.text() == "1 product found"
    monkeypatch.setattr(catalog, "COUNT_CAP", 50)  # a huge catalog: the count stops at the cap
    dlg.field.setText("SKU00001")
    c.idle()
    assert dlg.message.text() == "20 of more than 50 products shown: type more of the name or SKU"
    dlg.reject()
    c.idle()


def test_the_stock_list_says_how_many_match(till, monkeypatch):  # noqa: F811
    c = till
    c.key(Qt.Key_F5, c.sale.scan)
    st = c.window.stock
    c.qtbot.waitUntil(lambda: len(st.rows) == 200, timeout=10000)
    with c.db() as con:
        products = con.execute("SELECT count(*) FROM stock_balances").fetchone()[0]
    assert products > 1000  # grouped in the store's locale: "2 004" in the French demo
    assert st.message.text() == f"The 200 lowest of {fmt_number(products)} products shown: type a name or SKU"
    c.qtbot.keyClicks(st.field, "SKU0001")  # SKU0001000 ... SKU0001999
    c.idle()
    assert len(st.rows) == 200
    assert st.message.text() == f"200 of {fmt_number(1000)} products shown: type more of the name or SKU"
    monkeypatch.setattr(catalog, "COUNT_CAP", 300)
    st.field.setText("SKU000")  # every SKU of the demo store
    c.idle()
    assert st.message.text() == "200 of more than 300 products shown: type more of the name or SKU"
    st.field.setText("SKU000012")  # SKU0000120 ... SKU0000129
    c.idle()
    assert len(st.rows) == 10 and st.message.text() == "10 products shown"


# ---- saved, not printed ---------------------------------------------------------------
def _return_all(c, receipt: str):
    rt = c.window.returns
    c.qtbot.keyClick(c.sale.scan, Qt.Key_R, Qt.ControlModifier)
    c.idle()
    c.qtbot.keyClicks(rt.field, receipt)
    c.qtbot.keyClick(rt.field, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: rt.lines.rowCount() == 3, timeout=10000)
    c.key(Qt.Key_F3, rt.field)
    c.key(Qt.Key_F7, rt.field)
    c.qtbot.keyClick(rt.dialog, "1")
    c.idle()
    c.key(Qt.Key_F12, rt.field)
    c.qtbot.waitUntil(lambda: rt.message.kind == "error", timeout=10000)
    with c.db() as con:
        (no,) = con.execute("SELECT return_no FROM returns").fetchone()
    return rt, no


def test_a_return_whose_receipt_cannot_be_written_says_it_is_saved_once(till, monkeypatch):  # noqa: F811
    from storedesk.adapters.printing import pdf_out

    monkeypatch.setattr(pdf_out, "write_file", full_disk)
    rt, no = _return_all(till, till.facts["receipt"])
    text = rt.message.text()
    assert text == (
        f"Return {no} is saved: do not take it back again. Its receipt could not be written "
        "(the disk is full): tell the manager."
    )
    assert "Return saved" not in text and text.count("saved") == 1
    assert rt.side.result.text() == (
        f"Return {no} done. Receipt not written yet (the disk is full); it is written by itself once there is room"
    )
    shoot(till.window, "returns-receipt-not-written")


def test_a_return_whose_receipt_fails_otherwise_says_what_is_saved(till, monkeypatch):  # noqa: F811
    def offline(*_args, **_kwargs):
        raise DomainError("The receipt printer is offline")

    monkeypatch.setattr(printing, "print_return_receipt", offline)
    rt, no = _return_all(till, till.facts["receipt"])
    assert rt.message.text() == (
        f"Return {no} is saved; its receipt was not printed: The receipt printer is offline. Ctrl+P prints a copy."
    )
    assert rt.side.result.text() == f"Return {no} done. Receipt not printed: Ctrl+P prints a copy"


def test_a_handover_slip_on_a_full_disk_never_says_nothing_was_saved(till, monkeypatch):  # noqa: F811
    monkeypatch.setattr(slips, "print_handover", full_disk)
    c = till
    c.key(Qt.Key_F3, c.sale.scan)
    pk = c.window.pickup
    c.qtbot.keyClick(pk.find, Qt.Key_3, Qt.ControlModifier)  # ready
    c.idle()
    pk.list.setCurrentCell([r.number for r in pk.rows].index("W-2026-104234"), 0)  # paid online
    c.qtbot.waitUntil(lambda: pk.view is not None and pk.view.order.number == "W-2026-104234", timeout=10000)
    c.key(Qt.Key_F10, pk.find)
    c.qtbot.waitUntil(lambda: pk.dialog is not None, timeout=10000)
    c.qtbot.keyClicks(pk.dialog.code, "CODE4X")
    c.qtbot.keyClick(pk.dialog.code, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: pk.message.kind == "error", timeout=10000)
    assert pk.message.text() == (
        "Order W-2026-104234 is handed over; its slip was not printed: the disk is full. Tell the manager."
    )
    with c.db() as con:
        assert con.execute("SELECT status FROM pickup_orders WHERE number = 'W-2026-104234'").fetchone() == (
            "collected",
        )
