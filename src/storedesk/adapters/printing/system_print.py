"""Reports (A4 or the 80 mm roll) through the computer's own print system.

- Which printers there are, and whether each is ready: Qt's QPrinterInfo, which asks CUPS on
  Linux and macOS and the print spooler on Windows (`list_printers`).
- Sending a PDF (`submit`): on Linux and macOS CUPS's `lp`, which takes the PDF as it is; on
  Windows the print spooler through QPrinter, each page painted from the PDF (a PDF is not
  something Windows can print without a viewer).

`print_pdf` checks the chosen printer first: one that is not listed any more, or that is
offline (stopped, in error), is said plainly rather than left to a queue that never prints.
These calls can wait on the print system for seconds: callers run them off the GUI thread.
The PDF itself is always kept in the data folder first, so a failed print loses nothing.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .escpos_printer import PrinterError

__all__ = ["Printer", "list_printers", "print_pdf", "submit", "paint_pdf", "media_option", "PAPERS"]

PAPERS = ("a4", "80mm")
READY, PRINTING, OFFLINE = "ready", "printing", "offline"
MM_PER_POINT = 25.4 / 72
PRINT_DPI = 300  # pages painted for the Windows spooler: sharp text, and a page fits in memory


@dataclass(frozen=True)
class Printer:
    """One of the computer's printers, as the print system lists it."""

    name: str
    is_default: bool = False
    state: str = READY  # READY, PRINTING or OFFLINE

    @property
    def offline(self) -> bool:
        return self.state == OFFLINE


def list_printers() -> list[Printer]:
    """The computer's printers by name (QPrinterInfo), the default one marked. An empty list
    when the print system has none, or cannot be reached."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    default = QPrinterInfo.defaultPrinterName()
    out = []
    for name in QPrinterInfo.availablePrinterNames():
        state = QPrinterInfo.printerInfo(name).state()
        kind = {QPrinter.PrinterState.Idle: READY, QPrinter.PrinterState.Active: PRINTING}.get(state, OFFLINE)
        out.append(Printer(name, name == default, kind))
    return out


def check_printer(printer: str) -> None:
    """Raise PrinterError when `printer` is not among the computer's printers, or is offline.
    A print system that lists no printer at all is left to answer for itself (`lp` says why)."""
    if not printer:
        return
    found = {p.name: p for p in list_printers()}
    if found and printer not in found:
        raise PrinterError(
            f"The printer {printer} is not among this computer's printers any more: choose another "
            "one. The PDF stays in the reports folder."
        )
    if printer in found and found[printer].offline:
        raise PrinterError(
            f"The printer {printer} is offline (stopped, or in error): check that it is on and has "
            "paper, or choose another one. The PDF stays in the reports folder."
        )


def print_pdf(path: Path, queue: str = "", timeout: float = 20.0, paper: str | None = None) -> str:
    """Queue `path` on printer `queue` (empty: the default printer) after checking that it is
    there and ready. `paper` ("a4", "80mm") asks the print system for that paper; None leaves
    the printer's own. Returns what the print system said."""
    path = Path(path)
    if not path.is_file():
        raise PrinterError(f"{path} does not exist; print the report again")
    if paper is not None and paper not in PAPERS:
        raise PrinterError(f"paper must be one of {', '.join(PAPERS)}")
    check_printer(queue)
    return submit(path, queue, paper, timeout)


def submit(path: Path, printer: str, paper: str | None, timeout: float = 20.0) -> str:
    """Hand the PDF to the print system: CUPS (`lp`) or, on Windows, the print spooler."""
    if sys.platform.startswith("win"):  # pragma: no cover - Windows only
        return _submit_windows(path, printer, paper)
    return _submit_lp(path, printer, paper, timeout)


def media_option(path: Path, paper: str) -> str:
    """CUPS's `media` for `paper`: A4, or the roll's 80 mm by the PDF's own length (a roll
    printer then cuts where the report ends)."""
    if paper == "a4":
        return "A4"
    from .pdf_pages import page_sizes

    sizes = page_sizes(path)
    length = max((h for _w, h in sizes), default=0) * MM_PER_POINT
    return f"Custom.80x{math.ceil(length)}mm"


def _submit_lp(path: Path, printer: str, paper: str | None, timeout: float) -> str:
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError(f"This computer has no print command (lp); open {path} and print it from the viewer")
    cmd = [
        lp,
        *(["-d", printer] if printer else []),
        *(["-o", f"media={media_option(path, paper)}"] if paper else []),
        str(path),
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrinterError(f"The print command did not answer ({exc}); the PDF is kept at {path}") from exc
    if done.returncode != 0:
        reason = " ".join((done.stderr or done.stdout or "").split()) or f"exit {done.returncode}"
        raise PrinterError(f"The printer queue refused the report: {reason}. The PDF is kept at {path}")
    return " ".join(done.stdout.split()) or "sent to the printer"


def _submit_windows(path: Path, printer: str, paper: str | None) -> str:  # pragma: no cover - Windows only
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer) if printer else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrinterError(
            f"This computer has no printer {printer or '(no default printer)'}; the PDF is kept at {path}"
        )
    qprinter = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    paint_pdf(path, qprinter)
    return f"sent to {info.printerName()}"


def paint_pdf(path: Path, qprinter) -> int:
    """Paint every page of `path` on `qprinter` (a QPrinter: a spooler's printer, or a PDF file
    in tests), each on a page of its own size, at most PRINT_DPI. Returns the pages painted."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

    from .pdf_pages import page_sizes, render_page

    sizes = page_sizes(path)
    if not sizes:
        raise PrinterError(f"{path.name} has no pages to print")
    qprinter.setDocName(path.stem)
    qprinter.setFullPage(True)

    def page_layout(w_pt: float, h_pt: float) -> QPageLayout:
        size = QPageSize(QSizeF(w_pt, h_pt), QPageSize.Unit.Point, path.stem, QPageSize.SizeMatchPolicy.FuzzyMatch)
        return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))

    qprinter.setPageLayout(page_layout(*sizes[0]))
    painter = QPainter()
    if not painter.begin(qprinter):
        raise PrinterError(
            f"The printer {qprinter.printerName() or ''} could not start a print job; the PDF is kept at {path}"
        )
    try:
        for index, (w_pt, h_pt) in enumerate(sizes):
            if index:
                qprinter.setPageLayout(page_layout(w_pt, h_pt))
                qprinter.newPage()
            dpi = min(qprinter.resolution(), PRINT_DPI)
            page = render_page(path, index, dpi)
            image = QImage(page.rgba, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
            res = qprinter.resolution() / 72.0
            painter.drawImage(QRectF(0, 0, w_pt * res, h_pt * res), image)
    finally:
        painter.end()
    return len(sizes)
