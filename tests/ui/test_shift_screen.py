"""The Shift & reports screen, driven with the keyboard as a manager would.

Set STOREDESK_SHOTS=DIR to keep a screenshot of the screen at the closing count.
"""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from tests.helpers.money import eur, paper

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.cash import denominations


def shift_screen(counter):
    return counter.window.shift_screen


def open_screen(counter):
    screen = shift_screen(counter)
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.key(Qt.Key_F11, counter.sale.scan)
    counter.idle()
    assert counter.window.stack.currentWidget() is screen
    return screen


def type_count(counter, screen, amount: D) -> None:
    """Type `amount` into the note and coin fields, largest first, as a manager counts."""
    left = amount
    for d in denominations("EUR"):
        n = int(left // d)
        field = screen.fields[d]
        field.clear()
        if n:
            counter.qtbot.keyClicks(field, str(n))
            left -= d * n
    assert left == 0


def press(counter, screen, key) -> None:
    counter.key(key, screen.fields[D("50")])


def test_open_pay_out_sell_and_close_with_counted_cash(counter, tmp_path, monkeypatch):
    counter.login("max", "9876")
    screen = open_screen(counter)
    assert screen.status.text() == "No shift open"
    assert counter.window.labels["shift"].text() == "No shift open"

    type_count(counter, screen, D("150.00"))
    assert screen.count.total.text() == f"Opening float {eur('150.00')}"
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        press(counter, screen, Qt.Key_F2)
    counter.idle()
    assert screen.state is not None and screen.state.number == 1
    assert f"Shift 1 opened with a float of {eur('150.00')}" in screen.message.text()
    counter.qtbot.waitUntil(lambda: counter.window.labels["shift"].text().startswith("Shift 1 open since"))
    with counter.db() as con:
        assert con.execute("SELECT number, float_minor, status FROM shifts").fetchall() == [(1, 15000, "open")]

    # paid out: F4, amount, Enter, reason, Enter
    press(counter, screen, Qt.Key_F4)
    dlg = screen.dialog
    assert dlg is not None and dlg.windowTitle() == "Paid out"
    counter.qtbot.keyClicks(dlg.amount, "4.20")
    counter.qtbot.keyClick(dlg.amount, Qt.Key_Return)
    counter.qtbot.keyClicks(dlg.reason, "milk for the staff room")
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.qtbot.keyClick(dlg.reason, Qt.Key_Return)
    counter.idle()
    assert f"Paid out {eur('4.20')} recorded" in screen.message.text()

    # back to the counter: one sale in exact cash
    press(counter, screen, Qt.Key_Escape)
    assert counter.window.stack.currentWidget() is counter.sale
    counter.scan(gtin_for(8))
    due = counter.sale.view.totals.total
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.idle()

    screen = open_screen(counter)
    r = screen.figures
    assert r.sales_count == 1 and r.cash_expected == D("150.00") + due - D("4.20")
    assert screen.fig["expected"].text() == eur(r.cash_expected)
    counted = r.cash_expected - D("0.50")  # the manager counts 50 cents short
    type_count(counter, screen, counted)
    assert screen.fig["difference"].text() == f"{eur('-0.50')} (short)"
    shots = os.environ.get("STOREDESK_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        counter.window.grab().save(str(Path(shots) / "shift_screen.png"))

    press(counter, screen, Qt.Key_F9)  # first F9: says what will happen
    assert "F9 again closes it" in screen.message.text() and f"difference {eur('-0.50')}" in screen.message.text()
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        press(counter, screen, Qt.Key_F9)
    counter.idle()
    assert "Shift 1 closed: Z 1" in screen.message.text()
    assert screen.state is None and screen.status.text() == "No shift open"
    counter.qtbot.waitUntil(lambda: counter.window.labels["shift"].text() == "No shift open")
    with counter.db() as con:
        z = con.execute(
            "SELECT number, counted_cash_minor, expected_cash_minor, sales_count, pdf_path FROM z_reports"
        ).fetchall()
    assert z[0][:4] == (1, int(counted * 100), int(r.cash_expected * 100), 1)
    pdf = counter.data_dir / z[0][4]
    assert pdf.exists() and screen.last_pdf == pdf
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert (
        paper("report", "Z report no. {number}", number=1) in text  # the demo's papers
        and paper("report", "short by {amount}", amount=eur("0.50")).replace("\u00a0", " ")
        in text.replace("\u00a0", " ")
        and "milk for the staff room" in "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    )
    if shots:
        counter.window.grab().save(str(Path(shots) / "shift_screen_closed.png"))

    # F10 reprints the last Z, a numbered duplicate
    press(counter, screen, Qt.Key_F10)
    dlg = screen.dialog
    counter.qtbot.keyClick(dlg.field, Qt.Key_Return)
    counter.idle()
    assert "reprint saved as duplicate no. 1" in screen.message.text() and screen.last_pdf.name.endswith("-copy-1.pdf")

    # Ctrl+P shows it in the print dialog; Enter sends it to the system's print queue (CUPS: a
    # stand-in `lp` here, and a stand-in for the printers QPrinterInfo lists)
    from storedesk.adapters.printing import system_print

    monkeypatch.setattr(system_print, "list_printers", lambda: [system_print.Printer("Office_A4", True)])
    (tmp_path / "bin").mkdir()
    lp = tmp_path / "bin" / "lp"
    lp.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path}/printed\necho 'request id is A4-1'\n")
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    counter.qtbot.keyClick(screen.fields[D("50")], Qt.Key_P, Qt.ControlModifier)
    dlg = screen.dialog
    counter.qtbot.waitUntil(lambda: dlg.preview is not None and dlg.list.count() == 1, timeout=10000)
    counter.qtbot.keyClick(dlg.list, Qt.Key_Return)
    counter.qtbot.waitUntil(lambda: "request id is A4-1" in screen.message.text(), timeout=10000)
    assert (tmp_path / "printed").read_text().split() == ["-d", "Office_A4", "-o", "media=A4", str(screen.last_pdf)]


def test_a_clerk_pays_out_with_a_managers_pin(counter):
    counter.login("ana", "1234")
    screen = open_screen(counter)
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        press(counter, screen, Qt.Key_F2)  # a clerk may open the shift (empty drawer)
    counter.idle()
    assert screen.state is not None
    assert screen.fig["expected"].text() == "–" and "Supervisor approval" in screen.blind.text()  # a clerk counts blind
    press(counter, screen, Qt.Key_F4)
    dlg = screen.dialog
    counter.qtbot.keyClicks(dlg.amount, "10")
    counter.qtbot.keyClick(dlg.amount, Qt.Key_Return)
    counter.qtbot.keyClicks(dlg.reason, "delivery")
    counter.qtbot.keyClick(dlg.reason, Qt.Key_Return)
    counter.idle()
    approval = screen.dialog
    assert approval is not None and "may not pay cash in or out" in approval.message.text()
    counter.qtbot.keyClicks(approval.user, "max")
    counter.qtbot.keyClick(approval.user, Qt.Key_Return)
    counter.qtbot.keyClicks(approval.pin, "9876")
    counter.qtbot.keyClick(approval.pin, Qt.Key_Return)
    counter.idle()
    assert f"Paid out {eur('10.00')} recorded" in screen.message.text()
    with counter.db() as con:
        assert con.execute("SELECT action FROM overrides").fetchall() == [("paid_in_out",)]
    press(counter, screen, Qt.Key_F9)
    press(counter, screen, Qt.Key_F9)
    counter.idle()
    assert screen.dialog is not None  # closing needs a manager too
    screen.dialog.reject()
    counter.idle()


def test_a_sale_without_a_shift_is_refused_when_the_store_says_so(counter):
    with counter.db() as con:
        con.execute("INSERT INTO settings(key, value) VALUES ('sales_need_shift', '1')")
    counter.login("ana", "1234")
    counter.scan(gtin_for(8))
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.idle()
    assert "No shift is open: sales need an open shift" in counter.sale.message.text()
    with counter.db() as con:
        assert con.execute("SELECT count(*) FROM sales").fetchone() == (0,)
    screen = open_screen(counter)
    type_count(counter, screen, D("85.50"))
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        press(counter, screen, Qt.Key_F2)
    counter.idle()
    press(counter, screen, Qt.Key_Escape)
    counter.key(Qt.Key_F12, counter.sale.scan)
    counter.idle()
    assert "saved" in counter.sale.message.text() or "printed" in counter.sale.message.text()
    with counter.db() as con:
        assert con.execute("SELECT count(*) FROM sales WHERE shift_id IS NOT NULL").fetchone() == (1,)
