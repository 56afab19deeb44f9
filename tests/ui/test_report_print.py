"""Issue 13, "Managers printing the end of day": the shift screen's Print (Ctrl+P) opens a
dialog with the computer's printers by name, A4 or the 80 mm roll, and the report's PDF page
by page; the station remembers the choice; a missing or offline printer is said plainly; the
job never blocks the till.

Only the printer boundary is faked (adapters/printing/system_print.py): `list_printers` (what
QPrinterInfo would list) and `submit` (what hands the PDF to CUPS or the spooler). The window,
the database, the PDFs and their pictures (PDFium) are real.
Set STOREDESK_SHOTS=DIR to keep screenshots of the dialog at 1024 x 768 and 1280 x 800.
"""

from __future__ import annotations

import os
import threading
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPainter

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.adapters.printing import system_print
from storedesk.adapters.printing.system_print import OFFLINE, Printer
from storedesk.ui.report_print_dialog import ReportPrintDialog

SIZES = ((1024, 768), (1280, 800))
OFFICE = Printer("Office_A4")
ROLL = Printer("Receipt_80", is_default=True)
BACK = Printer("Back_Office", state=OFFLINE)


class FakePrinters:
    """The computer's printers and the jobs sent to them (the print system's side)."""

    def __init__(self, monkeypatch, printers):
        self.printers = list(printers)
        self.jobs: list[tuple[Path, str, str | None, str]] = []  # pdf, printer, paper, thread name
        self.gate: threading.Event | None = None  # set: a job waits for it, as a slow print system does
        monkeypatch.setattr(system_print, "list_printers", lambda: list(self.printers))
        monkeypatch.setattr(system_print, "submit", self.submit)

    def submit(self, path, printer, paper, timeout=20.0):
        if self.gate is not None:
            assert self.gate.wait(20)
        self.jobs.append((Path(path), printer, paper, threading.current_thread().name))
        return f"request id is {printer}-{len(self.jobs)}"


def _open_shift_screen(counter):
    screen = counter.window.shift_screen
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.key(Qt.Key_F11, counter.sale.scan)
    counter.idle()
    return screen


def _field(screen):
    return screen.fields[D("50")]


@pytest.fixture
def x_report(counter):
    """A manager's open shift with one sale and its X report saved (F8): the shift screen."""
    counter.login("max", "9876")
    counter.scan(gtin_for(1))
    counter.key(Qt.Key_F12, counter.sale.scan)
    screen = _open_shift_screen(counter)
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.key(Qt.Key_F2, _field(screen))
    counter.idle()
    counter.key(Qt.Key_F8, _field(screen))
    counter.qtbot.waitUntil(lambda: screen.last_pdf is not None, timeout=10000)
    return screen


def _print_dialog(counter, screen) -> ReportPrintDialog:
    counter.qtbot.keyClick(_field(screen), Qt.Key_P, Qt.ControlModifier)
    dlg = screen.dialog
    assert isinstance(dlg, ReportPrintDialog)
    counter.qtbot.waitUntil(
        lambda: dlg.preview is not None and dlg.printers is not None and dlg.list.count() == len(dlg.printers),
        timeout=10000,
    )
    return dlg


def _non_blank(image) -> bool:
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    return len(colours) > 8


def _setting(counter, key):
    with counter.db() as con:
        row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def test_print_offers_the_printers_by_name_shows_the_pdf_and_remembers_the_choice(counter, x_report, monkeypatch):
    fake = FakePrinters(monkeypatch, [OFFICE, ROLL, BACK])
    screen = x_report
    dlg = _print_dialog(counter, screen)
    assert [dlg.list.item(i).text() for i in range(dlg.list.count())] == [
        "Office_A4",
        "Receipt_80 (default printer)",
        "Back_Office (offline)",
    ]
    assert dlg.selected() == ROLL  # nothing remembered yet: the computer's default printer
    assert dlg.paper == "a4" and dlg.a4.isChecked()
    # the preview is the report's A4 PDF, every page of it, each picture with something on it
    assert dlg.preview.path == screen.last_pdf
    assert len(dlg.images) == len(PdfReader(str(screen.last_pdf)).pages) >= 1
    assert all(_non_blank(image) for image in dlg.images)
    assert dlg.page_label.text().startswith(f"Page 1 of {len(dlg.images)}")
    assert dlg.sheet.pixmap() is not None and not dlg.sheet.pixmap().isNull()

    counter.qtbot.keyClick(dlg.list, Qt.Key_Up)  # ↑ chooses Office_A4; Enter prints
    assert dlg.selected() == OFFICE and "Enter prints the report on Office_A4" in dlg.message.text()
    counter.qtbot.keyClick(dlg.list, Qt.Key_Return)
    assert screen.dialog is None and not dlg.isVisible()
    counter.qtbot.waitUntil(lambda: "took" in screen.message.text(), timeout=10000)
    assert screen.message.text() == f"The printer Office_A4 took {screen.last_pdf.name}: request id is Office_A4-1."
    assert [(p, name, paper) for p, name, paper, _ in fake.jobs] == [(screen.last_pdf, "Office_A4", "a4")]
    counter.idle()
    assert (_setting(counter, "report_printer"), _setting(counter, "report_paper")) == ("Office_A4", "a4")

    dlg = _print_dialog(counter, screen)  # the next report: the remembered printer comes first
    assert dlg.selected() == OFFICE and dlg.paper == "a4"
    counter.qtbot.keyClick(dlg.list, Qt.Key_Escape)
    assert screen.dialog is None and len(fake.jobs) == 1  # Esc prints nothing


def test_the_80_mm_roll_is_rendered_shown_printed_and_remembered(counter, x_report, monkeypatch):
    fake = FakePrinters(monkeypatch, [OFFICE, ROLL])
    screen = x_report
    dlg = _print_dialog(counter, screen)
    a4_width = dlg.images[0].width()
    roll_pdf = screen.last_pdf.with_name(f"{screen.last_pdf.stem}-80mm.pdf")
    assert not roll_pdf.exists()  # an X is saved on A4; the roll is rendered when asked for

    counter.qtbot.keyClick(dlg.list, Qt.Key_F3)
    counter.qtbot.waitUntil(lambda: dlg.preview is not None and dlg.preview.paper == "80mm", timeout=10000)
    assert dlg.roll.isChecked() and dlg.preview.path == roll_pdf and roll_pdf.is_file()
    pages = PdfReader(str(roll_pdf)).pages
    assert len(dlg.images) == len(pages) == 1
    width_pt, height_pt = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert round(width_pt / 72 * 25.4) == 80  # the PDF is 80 mm wide, and its picture has its shape
    image = dlg.images[0]
    assert abs(image.height() / image.width() - height_pt / width_pt) < 0.01 and image.width() < a4_width
    assert _non_blank(image)

    counter.qtbot.keyClick(dlg.list, Qt.Key_Return)  # Receipt_80, the default printer
    counter.qtbot.waitUntil(lambda: len(fake.jobs) == 1, timeout=10000)
    assert fake.jobs[0][:3] == (roll_pdf, "Receipt_80", "80mm")
    counter.idle()
    assert (_setting(counter, "report_printer"), _setting(counter, "report_paper")) == ("Receipt_80", "80mm")
    dlg = _print_dialog(counter, screen)
    assert dlg.paper == "80mm" and dlg.roll.isChecked() and dlg.preview.path == roll_pdf
    counter.qtbot.keyClick(dlg.list, Qt.Key_F2)  # and back to A4
    counter.qtbot.waitUntil(lambda: dlg.preview is not None and dlg.preview.paper == "a4", timeout=10000)
    assert dlg.preview.path == screen.last_pdf and dlg.a4.isChecked()
    dlg.reject()


def test_page_up_and_page_down_read_a_z_page_by_page(counter, monkeypatch):
    FakePrinters(monkeypatch, [OFFICE])
    counter.login("max", "9876")
    for n in range(1, 4):
        counter.scan(gtin_for(n))
    counter.key(Qt.Key_F12, counter.sale.scan)
    screen = _open_shift_screen(counter)
    with counter.qtbot.waitSignal(screen.shown, timeout=10000):
        counter.key(Qt.Key_F2, _field(screen))
    counter.idle()
    for _ in range(2):  # F9 twice closes the shift: a Z on two A4 pages
        counter.key(Qt.Key_F9, _field(screen))
    counter.qtbot.waitUntil(lambda: screen.last_pdf is not None, timeout=10000)
    counter.idle()
    count = len(PdfReader(str(screen.last_pdf)).pages)
    assert count >= 2

    dlg = _print_dialog(counter, screen)
    assert len(dlg.images) == count and all(_non_blank(i) for i in dlg.images)
    bar = dlg.scroll.verticalScrollBar()
    seen = [(dlg.page, bar.value())]
    for _ in range(40):  # PageDown reads down each page, then turns to the next
        counter.qtbot.keyClick(dlg.list, Qt.Key_PageDown)
        seen.append((dlg.page, bar.value()))
        if dlg.page == count - 1 and bar.value() == bar.maximum():
            break
    assert [page for page, _ in seen] == sorted(page for page, _ in seen)  # never backwards
    assert {page for page, _ in seen} == set(range(count))
    assert dlg.page_label.text().startswith(f"Page {count} of {count}")
    for _ in range(40):
        counter.qtbot.keyClick(dlg.list, Qt.Key_PageUp)
        if dlg.page == 0 and bar.value() == 0:
            break
    assert dlg.page == 0 and dlg.page_label.text().startswith(f"Page 1 of {count}")
    dlg.reject()


def test_a_missing_or_offline_printer_is_said_plainly_and_nothing_is_sent(counter, x_report, monkeypatch):
    from storedesk.services import settings

    fake = FakePrinters(monkeypatch, [OFFICE, BACK])
    screen = x_report
    counter.ops.call(settings.set_setting, "report_printer", "Gone_Printer")
    counter.idle()
    dlg = _print_dialog(counter, screen)
    text = dlg.message.text()
    assert dlg.message.kind == "error"
    assert text == (
        "Gone_Printer, the printer chosen last time, is not among this computer's printers any more: "
        "choose another one, or F5 looks again. Its PDF stays saved."
    )

    counter.qtbot.keyClick(dlg.list, Qt.Key_Down)  # Back_Office: offline
    assert dlg.selected() == BACK
    assert dlg.message.kind == "error" and dlg.message.text().startswith("Back_Office is offline")
    counter.qtbot.keyClick(dlg.list, Qt.Key_Return)  # Enter does not send it to a dead printer
    assert screen.dialog is dlg and dlg.isVisible() and fake.jobs == []
    assert dlg.message.text().startswith("Back_Office is offline")

    # Office_A4 is chosen, then unplugged before the job goes: the screen says so
    counter.qtbot.keyClick(dlg.list, Qt.Key_Up)
    fake.printers = [BACK]
    counter.qtbot.keyClick(dlg.list, Qt.Key_Return)
    counter.qtbot.waitUntil(lambda: screen.message.kind == "error", timeout=10000)
    assert screen.message.text().startswith(
        f"{screen.last_pdf.name} was not printed. The printer Office_A4 is not among this computer's printers any more"
    )
    assert fake.jobs == [] and screen.last_pdf.is_file()  # nothing is lost: the PDF stays


def test_no_printer_at_all_is_said_and_enter_keeps_the_dialog(counter, x_report, monkeypatch):
    fake = FakePrinters(monkeypatch, [])
    screen = x_report
    dlg = _print_dialog(counter, screen)
    assert dlg.list.count() == 0 and dlg.message.kind == "error"
    assert dlg.message.text().startswith("This computer lists no printer: add one")
    fake.printers = [OFFICE]  # the manager adds one; F5 looks again
    counter.qtbot.keyClick(dlg.list, Qt.Key_F5)
    counter.qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=10000)
    assert dlg.selected() == OFFICE and dlg.message.kind == "info"
    dlg.reject()


def test_the_job_never_blocks_the_till(counter, x_report, monkeypatch):
    """The print system takes its time (here: until the test lets it go); meanwhile the GUI
    answers, the database worker serves the till, and the job runs on a thread of its own."""
    from storedesk.services import reports

    fake = FakePrinters(monkeypatch, [OFFICE])
    fake.gate = threading.Event()
    screen = x_report
    dlg = _print_dialog(counter, screen)
    counter.qtbot.keyClick(dlg.list, Qt.Key_Return)  # returns at once, though the job waits
    assert screen.dialog is None
    assert screen.message.text().startswith(f"Sending {screen.last_pdf.name} to the printer Office_A4")
    ticks = []
    QTimer.singleShot(20, lambda: ticks.append("gui"))
    answered = []
    counter.ops.call(reports.print_choice, ok=answered.append)  # the till's database work goes on
    counter.qtbot.waitUntil(lambda: bool(ticks and answered), timeout=5000)
    assert answered[0].printer == "Office_A4" and fake.jobs == []
    # back to the counter and sell, while it prints (counter.idle() would wait for the job too)
    counter.qtbot.keyClick(_field(screen), Qt.Key_Escape)
    assert counter.window.stack.currentWidget() is counter.sale
    counter.qtbot.keyClicks(counter.sale.scan, gtin_for(2))
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_Return)
    counter.qtbot.waitUntil(lambda: len(counter.sale.model.rows) == 1, timeout=5000)
    assert fake.jobs == []  # the scan is in the basket; the job still waits on the print system
    fake.gate.set()
    counter.qtbot.waitUntil(lambda: len(fake.jobs) == 1, timeout=10000)
    assert fake.jobs[0][3] != threading.main_thread().name and fake.jobs[0][3] != "storedesk-db"
    counter.qtbot.waitUntil(lambda: "took" in screen.message.text(), timeout=10000)


def _shot(counter, dlg, name: str) -> None:
    """The window with the dialog on it, as the till shows it."""
    window = counter.window.grab().toImage()
    sheet = dlg.grab().toImage()
    painter = QPainter(window)
    painter.drawImage(QPoint((window.width() - sheet.width()) // 2, (window.height() - sheet.height()) // 2), sheet)
    painter.end()
    assert _non_blank(sheet)
    folder = os.environ.get("STOREDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_dialog_fits_both_till_sizes(counter, x_report, monkeypatch, size):
    FakePrinters(monkeypatch, [OFFICE, ROLL, BACK])
    screen = x_report
    counter.window.resize(*size)
    counter.idle()
    counter.qtbot.wait(30)
    dlg = _print_dialog(counter, screen)
    counter.qtbot.wait(50)
    assert dlg.width() <= size[0] and dlg.height() <= size[1], dlg.size()
    assert dlg.minimumSizeHint().width() <= dlg.width() and dlg.minimumSizeHint().height() <= dlg.height()
    assert all(b.height() >= 44 for b in dlg.keys.buttons.values())
    dlg._draw()
    _shot(counter, dlg, f"print-a4-{size[0]}x{size[1]}")
    counter.qtbot.keyClick(dlg.list, Qt.Key_F3)
    counter.qtbot.waitUntil(lambda: dlg.preview is not None and dlg.preview.paper == "80mm", timeout=10000)
    counter.qtbot.wait(30)
    _shot(counter, dlg, f"print-roll-{size[0]}x{size[1]}")
    counter.qtbot.keyClick(dlg.list, Qt.Key_End)  # Back_Office: offline, said in full
    assert dlg.selected() == BACK and dlg.message.kind == "error"
    _shot(counter, dlg, f"print-offline-{size[0]}x{size[1]}")
    dlg.reject()
