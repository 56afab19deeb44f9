"""Reports through the computer's print system (issue 13, "Managers printing the end of day"):
the printer and paper chosen reach CUPS (`lp -d PRINTER -o media=...`), a missing or offline
printer is refused before any job with words a manager can act on, the Windows path paints
each PDF page on a QPrinter, the preview's pictures are the PDF's pages, and the station
remembers its choice.

Real report PDFs of a real closed day; only the printer boundary stands in: the list the print
system gives (`system_print.list_printers`, QPrinterInfo) and a stand-in `lp` that records its
arguments (the same as tests/integration/test_report_pdf.py's).
"""

from __future__ import annotations

import math
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_report_pdf import fake_lp, text_of
from test_shifts import COUNTED, scripted_day

from storedesk.adapters.printing import pdf_pages, system_print
from storedesk.adapters.printing.escpos_printer import PrinterError
from storedesk.adapters.printing.system_print import OFFLINE, Printer
from storedesk.domain.errors import DomainError
from storedesk.services import reports, settings, shift

OFFICE = Printer("Office_A4", is_default=True)
ROLL = Printer("Receipt_80")


@pytest.fixture
def z_day(pinned):
    """A scripted day closed with its Z: its A4 PDF and its 80 mm one."""
    st = pinned
    scripted_day(st)
    return st, shift.close_shift(st.uow, st.user("max"), COUNTED, {"card": "17.63"}, data_dir=st.data_dir)


@pytest.fixture
def listed(monkeypatch):
    """What the print system lists (QPrinterInfo's answer); the test changes it."""
    printers = [OFFICE, ROLL]
    monkeypatch.setattr(system_print, "list_printers", lambda: list(printers))
    return printers


@pytest.fixture
def lp(tmp_path, monkeypatch):
    folder = fake_lp(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    return folder


def _length_mm(pdf: Path) -> int:
    return math.ceil(float(PdfReader(str(pdf)).pages[0].mediabox.height) * 25.4 / 72)


def test_the_chosen_printer_and_paper_reach_cups(z_day, listed, lp):
    _st, z = z_day
    a4, roll = z.pdfs
    assert reports.send(a4, "Office_A4", "a4") == "request id is A4-17 (1 file(s))"
    assert (lp / "args").read_text().split() == ["-d", "Office_A4", "-o", "media=A4", str(a4)]
    reports.send(roll, "Receipt_80", "80mm")  # the roll: 80 mm wide, as long as the report
    length = _length_mm(roll)
    assert 100 < length < 2000
    assert (lp / "args").read_text().split() == ["-d", "Receipt_80", "-o", f"media=Custom.80x{length}mm", str(roll)]


def test_a_missing_or_offline_printer_is_refused_before_any_job(z_day, listed, lp):
    _st, z = z_day
    with pytest.raises(DomainError) as missing:
        reports.send(z.pdfs[0], "Gone_Printer", "a4")
    assert str(missing.value) == (
        "The printer Gone_Printer is not among this computer's printers any more: choose "
        "another one. The PDF stays in the reports folder."
    )
    listed[0] = Printer("Office_A4", is_default=True, state=OFFLINE)
    with pytest.raises(
        DomainError,
        match=r"^The printer Office_A4 is offline \(stopped, or in error\): check that "
        "it is on and has paper",
    ):
        reports.send(z.pdfs[0], "Office_A4", "a4")
    assert not (lp / "args").exists()  # no job went to either
    assert z.pdfs[0].is_file()  # and the report is still there


def test_when_the_system_lists_no_printer_cups_answers_for_itself(z_day, listed, tmp_path, monkeypatch):
    _st, z = z_day
    listed.clear()
    monkeypatch.setenv("PATH", str(fake_lp(tmp_path / "bad", code=1)))
    with pytest.raises(DomainError, match="refused the report: lp: The printer or class does not exist"):
        reports.send(z.pdfs[0], "Office_A4", "a4")
    with pytest.raises(DomainError, match="paper must be one of a4, 80mm"):
        reports.send(z.pdfs[0], "Office_A4", "a5")


def test_the_windows_path_paints_every_page_on_a_qprinter(z_day, qapp, tmp_path):
    """On Windows the spooler gets each page painted through QPrinter; here the same QPrinter
    writes a PDF file, whose pages must be the report's pages, at their own sizes."""
    from PySide6.QtPrintSupport import QPrinter

    _st, z = z_day

    def paint(source, printer, done: list) -> None:
        done.append(system_print.paint_pdf(source, printer))

    for source in z.pdfs:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"painted-{source.name}"
        printer.setOutputFileName(str(out))
        done = []
        worker = threading.Thread(target=paint, args=(source, printer, done))
        worker.start()  # as the shift screen does it: off the GUI thread
        worker.join(60)
        expected = PdfReader(str(source)).pages
        got = PdfReader(str(out)).pages
        assert done == [len(expected)] == [len(got)]
        for a, b in zip(expected, got, strict=True):
            assert abs(float(a.mediabox.width) - float(b.mediabox.width)) < 1.5
            assert abs(float(a.mediabox.height) - float(b.mediabox.height)) < 1.5
            assert b["/Resources"]["/XObject"]  # the page's picture is on it


def _distinct_pixels(page: pdf_pages.PageImage) -> int:
    step = 4 * 37
    return len({page.rgba[i : i + 4] for i in range(0, len(page.rgba) - 4, step)})


def test_the_preview_pictures_are_the_pdfs_pages(z_day):
    _st, z = z_day
    for source, scale in ((z.pdfs[0], 1.6), (z.pdfs[1], 2.4)):
        pages = pdf_pages.render_pages(source, scale)
        reader = PdfReader(str(source)).pages
        assert len(pages) == len(reader)
        for page, expected in zip(pages, reader, strict=True):
            assert abs(page.width - float(expected.mediabox.width) * scale) <= 1
            assert abs(page.height - float(expected.mediabox.height) * scale) <= 1
            assert page.stride * page.height == len(page.rgba)
            assert _distinct_pixels(page) > 8  # text and lines, not a blank sheet


def test_a_pdf_that_is_gone_or_broken_is_said(z_day, tmp_path):
    with pytest.raises(PrinterError, match="gone.pdf does not exist any more"):
        pdf_pages.render_pages(tmp_path / "gone.pdf", 1)
    broken = tmp_path / "broken.pdf"
    broken.write_text("not a PDF")
    with pytest.raises(PrinterError, match="broken.pdf cannot be read as a PDF"):
        pdf_pages.page_sizes(broken)


def test_the_preview_renders_the_other_paper_beside_the_a4(pinned):
    st = pinned
    shift.open_shift(st.uow, st.user("max"), {"50": 2})
    x = reports.x_report(st.uow, st.user("max"), st.data_dir)
    roll = x.path.with_name(f"{x.path.stem}-80mm.pdf")
    assert not roll.exists()
    shown = reports.preview(x.report, x.path, "80mm")
    assert shown.path == roll and shown.paper == "80mm" and roll.is_file()
    assert "X REPORT" in text_of(roll) and len(shown.pages) == len(PdfReader(str(roll)).pages) == 1
    written = roll.stat().st_mtime_ns
    assert reports.preview(x.report, x.path, "80mm").path == roll and roll.stat().st_mtime_ns == written
    a4 = reports.preview(x.report, x.path, "a4")
    assert a4.path == x.path and len(a4.pages) == len(PdfReader(str(x.path)).pages)


def test_the_choice_is_remembered_for_the_station_and_checked(pinned):
    st = pinned
    assert reports.print_choice(st.uow) == reports.PrintChoice("", "a4")  # nothing chosen: the default printer
    chosen = reports.remember_print_choice(st.uow, st.user("max"), "EPSON TM-T20III Receipt", "80mm")  # a Windows name
    assert reports.print_choice(st.uow) == chosen == reports.PrintChoice("EPSON TM-T20III Receipt", "80mm")
    with pytest.raises(DomainError, match="report_paper must be a4"):
        reports.remember_print_choice(st.uow, st.user("max"), "Office_A4", "a5")
    with pytest.raises(DomainError, match="report_printer must be empty"):
        reports.remember_print_choice(st.uow, st.user("max"), "x; rm -rf /", "a4")
    with pytest.raises(DomainError, match="report_printer must be empty"):
        settings.set_setting(st.uow, "report_printer", "-oevil")
    assert reports.print_choice(st.uow) == chosen  # a refused choice changes nothing
    assert settings.set_setting(st.uow, "report_printer", r"\\server\Office A4") == r"\\server\Office A4"
    assert settings.set_setting(st.uow, "report_paper", "a4") == "a4"
