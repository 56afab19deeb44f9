"""Issue 19, "Inspection": the Fiscal screen on the real station window (offscreen). An auditor
who signs in lands on it, never on the counter: the closings listed, one printed again as a
copy, the journal checked off the GUI thread and the database worker, the last receipt
reprinted as a duplicate, Ctrl+L signs out. A manager reaches the same screen from the Manager
screen (F11) and goes back to the counter with Esc.

The station is French (its documents and closings signed), with a sale, a Z and a day closed."""

from __future__ import annotations

import json
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.conftest import Station, copy_station_files
from tests.ui.conftest import Counter
from tests.ui.test_report_print import OFFICE, ROLL, FakePrinters

from storedesk.adapters import fiscal_keys
from storedesk.domain.fiscal.closings import parse_day
from storedesk.i18n import msg, use_store_locale
from storedesk.i18n.formats import fmt_date
from storedesk.services import fiscal_records, shift, staff
from storedesk.services.fiscal import closings
from storedesk.services.journal import VerifyResult
from storedesk.ui.fiscal_screen import journal_words, period_words
from storedesk.ui.report_print_dialog import ReportPrintDialog
from storedesk.ui.translation import install_language
from storedesk.ui.widgets import money

VERA = ("vera", "2580")


def french_store_with_a_closing(data_dir) -> str:
    """An auditor (vera), a French store's sale and Z, and today's day closing: its number."""
    st = Station(data_dir)
    try:
        st.set_setting("fiscal_country", "FR")
        mx = st.user("max")
        staff.add_user(st.uow, mx, "vera", "Vera Audit", "auditor", VERA[1], VERA[1])
        shift.open_shift(st.uow, mx, {"10": 1})
        st.sell(1, 2)
        shift.close_shift(st.uow, mx, {"10": 1}, data_dir=st.data_dir)
        [day] = closings.close(st.uow, "day")
        return day.doc_no
    finally:
        st.close()


def _audited(qtbot, demo_template, tmp_path, language=None):
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    doc_no = french_store_with_a_closing(data_dir)
    c = Counter(qtbot, data_dir, language=language)
    c.doc_no = doc_no
    return c


@pytest.fixture
def audit(qtbot, demo_template, tmp_path):
    c = _audited(qtbot, demo_template, tmp_path)
    yield c
    c.close()
    fiscal_keys.forget(c.data_dir)


@pytest.fixture
def audit_in_german(qtbot, demo_template, tmp_path):
    c = _audited(qtbot, demo_template, tmp_path, language="de")
    yield c
    c.close()
    fiscal_keys.forget(c.data_dir)
    install_language("en")


def signed_in_as_auditor(c):
    c.login(*VERA)
    f = c.window.fiscal
    c.qtbot.waitUntil(lambda: f.list.rowCount() == 1, timeout=10000)
    return f


def test_an_auditor_lands_on_the_fiscal_screen_and_sees_the_closings(audit):
    c = audit
    w = c.window
    f = signed_in_as_auditor(c)
    assert w.stack.currentWidget() is f and w.user.role == "auditor"
    assert w.labels["user"].text() == "Vera Audit (auditor)"
    cells = [f.list.item(0, col).text() for col in range(f.list.columnCount())]
    row = f.rows[0]
    assert row.doc_no == c.doc_no
    assert cells[:2] == ["Day", fmt_date(parse_day(row.period))]  # 07/12/2026, not 2026-12-07
    assert cells[3:5] == [money(row.total), money(row.perpetual_total)]
    assert cells[5] == row.fingerprint and row.fingerprint
    assert not f.keys.buttons["back"].isVisible()  # an auditor has no counter to go back to


def _print_dialog(c, f) -> ReportPrintDialog:
    dlg = f.dialog
    assert isinstance(dlg, ReportPrintDialog)
    c.qtbot.waitUntil(lambda: dlg.preview is not None and dlg.list.count() == 2, timeout=10000)
    return dlg


def _reprints(c) -> list[tuple[str, dict]]:
    con = c.db()
    try:
        rows = con.execute("SELECT doc_ref, payload FROM journal WHERE kind = 'reprint' ORDER BY seq").fetchall()
    finally:
        con.close()
    return [(ref, json.loads(payload)) for ref, payload in rows]


def _pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_an_auditor_prints_a_closing_and_then_a_duplicate(audit, monkeypatch):
    """F2 prints: the closing in the print dialog (A4 only), Enter sends it. Its first print is
    the original; the next one says DUPLICATA n° 1 and is journaled as a reprint by the auditor;
    Ctrl+P afterwards prints that same paper, not another."""
    c = audit
    fake = FakePrinters(monkeypatch, [OFFICE, ROLL])
    f = signed_in_as_auditor(c)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F2, f.list)
    assert f.message.kind == "ok", f.message.text()
    original = f.last_pdf
    assert original.name == f"{c.doc_no}.pdf" and "DUPLICATA" not in _pdf_text(original)
    dlg = _print_dialog(c, f)  # F2 prints: the dialog is open on the closing
    assert dlg.preview.path == original and dlg.paper == "a4" and not dlg.roll.isVisible()
    assert dlg.what.text() == f"Closing {c.doc_no}"
    c.qtbot.keyClick(dlg.list, Qt.Key_Escape)
    c.idle()
    assert f.dialog is None and fake.jobs == [] and _reprints(c) == []
    c.qtbot.waitUntil(lambda: QApplication.activeWindow() is c.window, timeout=5000)

    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F2, f.list)
    pdf = f.last_pdf
    assert pdf.name == f"{c.doc_no}-copy-1.pdf" and "DUPLICATA" in _pdf_text(pdf)
    [(ref, entry)] = _reprints(c)
    assert ref == c.doc_no and entry["by"] == "vera" and entry["count"] == 1
    assert f.message.text() == f"Saved: Closing {c.doc_no}, duplicate no. 1, {pdf.name}"
    dlg = _print_dialog(c, f)
    assert dlg.preview.path == pdf and dlg.what.text() == f"Closing {c.doc_no}, duplicate no. 1"
    c.qtbot.keyClick(dlg.list, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: len(fake.jobs) == 1, timeout=10000)
    assert fake.jobs[0][:3] == (pdf, "Receipt_80", "a4")
    said = f"Last paper: Closing {c.doc_no}, duplicate no. 1, saved as {pdf.name} and printed on Receipt_80"
    c.qtbot.waitUntil(lambda: f.last.text() == said, timeout=10000)

    c.qtbot.waitUntil(lambda: QApplication.activeWindow() is c.window, timeout=5000)
    c.qtbot.keyClick(f.list, Qt.Key_P, Qt.ControlModifier)  # the same paper again, on the printer chosen
    dlg = _print_dialog(c, f)
    assert dlg.preview.path == pdf
    c.qtbot.keyClick(dlg.list, Qt.Key_Up)
    c.qtbot.keyClick(dlg.list, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: len(fake.jobs) == 2, timeout=10000)
    assert fake.jobs[1][:3] == (pdf, "Office_A4", "a4")
    assert len(_reprints(c)) == 1  # the same duplicate: no new reprint


def test_an_auditor_checks_the_journal_off_the_gui_thread(audit, monkeypatch):
    c = audit
    f = signed_in_as_auditor(c)
    threads = []
    check = fiscal_records.check_journal

    def watched(*args):
        threads.append(threading.current_thread().name)
        return check(*args)

    monkeypatch.setattr(fiscal_records, "check_journal", watched)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F3, f.list)
    assert threads == ["storedesk-bg"]  # neither the GUI thread nor the database worker
    assert f.journal is not None and f.journal.ok and f.journal.signatures > 0
    assert f.journal_line.text() == journal_words(f.journal)
    assert f.journal_line.text().startswith("The journal is intact: ")
    assert f.message.kind == "ok" and f.message.text() == "Journal checked: no fault found."


def _tamper_with_a_sale(c) -> tuple[int, str]:
    """A sale's journal entry edited in the file (its guard trigger dropped): its seq and number."""
    con = c.db()
    try:
        con.isolation_level = None
        seq, doc = con.execute("SELECT seq, doc_ref FROM journal WHERE kind = 'sale' ORDER BY seq LIMIT 1").fetchone()
        con.execute("DROP TRIGGER journal_no_update")
        con.execute(
            f'UPDATE journal SET payload = replace(payload, \'"user":"ana"\', \'"user":"anb"\') WHERE seq = {seq}'
        )
    finally:
        con.close()
    return seq, doc


def test_the_journal_check_names_the_first_document_that_fails(audit):
    """A sale's journal entry edited in the file (its guard trigger dropped): F3 names it."""
    c = audit
    seq, doc = _tamper_with_a_sale(c)
    f = signed_in_as_auditor(c)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F3, f.list)
    assert not f.journal.ok and f.journal.broken_seq == seq and f.journal.broken_doc == doc
    said = f"The journal fails at entry {seq}, document {doc}: hash does not match its content"
    assert f.journal_line.text() == said and f.message.text() == said and f.message.kind == "error"


def test_a_check_still_running_answers_no_one_else(audit, monkeypatch):
    """Vera's journal check is on its way when she signs out and Max signs in: its answer is
    dropped, Max's screen shows nothing of it, and his own F3 checks at once."""
    c = audit
    w = c.window
    gate, answered = threading.Event(), threading.Event()
    check = fiscal_records.check_journal

    def slow(*args):
        assert gate.wait(20)
        try:
            return check(*args)
        finally:
            answered.set()

    monkeypatch.setattr(fiscal_records, "check_journal", slow)
    f = signed_in_as_auditor(c)
    c.qtbot.keyClick(f.list, Qt.Key_F3)  # (Counter.idle would wait for the check: not here)
    assert f.checking
    c.qtbot.keyClick(f.list, Qt.Key_L, Qt.ControlModifier)
    assert w.user is None
    w.login.user.setCurrentText("max")
    c.qtbot.keyClicks(w.login.pin, "9876")
    c.qtbot.keyClick(w.login.pin, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: w.user is not None and w.user.username == "max", timeout=10000)
    w.navigate("fiscal")
    c.qtbot.waitUntil(lambda: w.stack.currentWidget() is f and f.list.rowCount() == 1, timeout=10000)
    assert not f.checking and f.journal_line.text().startswith("F3 checks the journal")
    gate.set()
    assert answered.wait(20)
    c.qtbot.wait(200)
    c.idle()
    assert w.user.username == "max" and f.journal is None and not f.checking
    assert f.journal_line.text().startswith("F3 checks the journal")
    assert "journal" not in f.message.text().lower()
    monkeypatch.setattr(fiscal_records, "check_journal", check)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F3, f.list)
    assert f.journal is not None and f.journal.ok


def test_an_auditor_in_another_language_has_the_keyboard_on_the_fiscal_screen(audit):
    """Vera's screens are German at an English station: signing in rebuilds every screen, and with
    no window manager nothing gave the keyboard back: F3 was lost. The list has it now."""
    c = audit
    con = c.db()
    try:
        with con:
            con.execute("UPDATE users SET language = 'de' WHERE username = 'vera'")
    finally:
        con.close()
    try:
        c.login(*VERA)
        f = c.window.fiscal
        c.qtbot.waitUntil(lambda: f.list.rowCount() == 1, timeout=10000)
        assert f.list.item(0, 0).text() == "Tag"
        c.qtbot.waitUntil(lambda: QApplication.focusWidget() is f.list, timeout=5000)
        with c.qtbot.waitSignal(f.done, timeout=20000):
            QTest.keyClick(QGuiApplication.focusWindow(), Qt.Key_F3)  # as a keyboard types it
        assert f.journal is not None and f.journal.ok
    finally:
        install_language("en")


def test_a_tampered_sale_is_told_in_german(audit_in_german):
    """The failure's reason is translated with the sentence around it, not English inside German."""
    c = audit_in_german
    seq, doc = _tamper_with_a_sale(c)
    f = signed_in_as_auditor(c)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F3, f.list)
    said = f.journal_line.text()
    assert said.startswith(f"Das Journal ist fehlerhaft bei Eintrag {seq}, Beleg {doc}: "), said
    assert "hash does not match" not in said and said.split(": ", 1)[1].strip(), said
    assert f.message.text() == said


def test_the_journals_reason_is_in_the_screens_language(qapp):
    """A Message reason is translated with the sentence around it; a plain one shows as it is."""
    reason = msg("fiscal", "No closing is numbered {number}", number="DAY-2026-11-05")
    failed = VerifyResult(False, 9, 4, reason, broken_doc="T1-000002")  # type: ignore[arg-type]
    try:
        install_language("de")
        german = journal_words(failed)
        assert german.startswith("Das Journal") and "DAY-2026-11-05" in german
        assert "No closing is numbered" not in german and "Kein" in german, german
        plain = journal_words(VerifyResult(False, 9, 4, "hash does not match its content"))
        assert plain.endswith(": hash does not match its content") and plain.startswith("Das Journal")
    finally:
        install_language("en")


def test_periods_read_as_a_clerk_says_them(qapp):
    try:
        use_store_locale("fr_FR")
        assert period_words("day", "2026-12-07") == "07/12/2026"
        assert period_words("month", "2026-11") == "novembre 2026"
        use_store_locale("de_DE")
        assert period_words("day", "2026-12-07") == "07.12.26"
        assert period_words("month", "2026-11") == "November 2026"
        assert period_words("year", "2026") == "2026" and period_words("month", "2026-13") == "2026-13"
    finally:
        use_store_locale("en_IE")


def test_a_store_with_no_fiscal_country_is_told_it_has_no_closings(counter):
    counter.login("max", "9876")
    w = counter.window
    f = w.fiscal
    with counter.qtbot.waitSignal(f.done, timeout=10000):
        w.navigate("fiscal")
    assert f.list.rowCount() == 0 and f.kinds == ()
    assert f.message.text() == "The store's fiscal country has no closings: there are none to list."


def test_an_auditor_reprints_the_last_receipt_and_a_z_but_never_reaches_the_counter(audit):
    c = audit
    w = c.window
    f = signed_in_as_auditor(c)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F4, f.list)
    assert f.message.kind == "ok" and "duplicate" in f.message.text(), f.message.text()
    c.key(Qt.Key_F10, f.list)  # Z reprint: the last Z
    assert f.dialog is not None
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.qtbot.keyClick(f.dialog.field, Qt.Key_Return)
    assert f.last_report is not None and f.last_report.z_no == 1 and f.last_pdf.exists()
    for where in ("sale", "stock", "shift", "returns", "pickup", "manager"):
        w.navigate(where)
        c.idle()
        assert w.stack.currentWidget() is f, where
    c.key(Qt.Key_Escape, f.list)
    assert w.stack.currentWidget() is f
    c.qtbot.keyClick(f.list, Qt.Key_L, Qt.ControlModifier)  # sign out
    c.idle()
    assert w.stack.currentWidget() is w.login and w.user is None


def test_a_manager_reaches_the_fiscal_screen_from_the_manager_screen(audit):
    """...and sees nothing of the auditor who used it before (their journal check, their Z)."""
    c = audit
    w = c.window
    f = signed_in_as_auditor(c)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        c.key(Qt.Key_F3, f.list)
    c.qtbot.keyClick(f.list, Qt.Key_L, Qt.ControlModifier)
    c.idle()
    c.login("max", "9876")
    c.qtbot.keyClick(c.sale.scan, Qt.Key_M, Qt.ControlModifier)
    c.idle()
    assert w.stack.currentWidget() is w.manager
    c.key(Qt.Key_F11, w.manager.staff)
    c.qtbot.waitUntil(lambda: f.list.rowCount() == 1, timeout=10000)
    assert w.stack.currentWidget() is f and f.keys.buttons["back"].isVisible()
    assert f.journal is None and f.journal_line.text().startswith("F3 checks the journal") and not f.last.text()
    c.key(Qt.Key_Escape, f.list)
    assert w.stack.currentWidget() is c.sale


def test_a_clerk_is_refused_the_fiscal_records(audit):
    """The service checks the role (rule 9), whatever a screen shows."""
    c = audit
    c.login()
    w = c.window
    w.fiscal.start(w.user)  # as if a clerk had found a way to the screen
    c.idle()
    assert w.fiscal.message.kind == "error"
    assert w.fiscal.message.text() == "A clerk may not view the fiscal records; a manager can authorise it"
