"""Print a report (an X, a Z, a Z reprint) on one of the computer's printers, after seeing it.

The manager picks a printer by name from the computer's own list (QPrinterInfo: the default
one marked, an offline one said so), an A4 sheet or the 80 mm roll, and reads the report's
PDF page by page (PageUp / PageDown) before Enter prints it. The station remembers the choice
(settings report_printer and report_paper) for the next report.

Nothing here waits on the GUI thread: the printer list, the PDF on the other paper and the
pictures of its pages come from threads of their own through the Op bridge, and the job is
sent by the shift screen, also off the GUI thread, once this dialog has closed with a
`PrintRequest`. Every report is a PDF in the reports folder before any of this: a printer
that is missing or offline loses nothing, and the dialog says which it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
)

from ..domain.shift_report import ShiftReport
from ..i18n import noop
from ..services import reports
from .ops import Ops, message_of
from .style import decorate
from .translation import tr
from .widgets import KeyBar, MessageLine

if TYPE_CHECKING:
    from .keyed_panel import KeyedPanel

# (action, key label, caption, the keys that do it): Esc closes, as in every dialog
KEYS: list[tuple[str, str, str, tuple[Qt.Key, ...]]] = [
    ("print", "Enter", noop("report_print", "Print"), (Qt.Key.Key_Return, Qt.Key.Key_Enter)),
    ("a4", "F2", noop("report_print", "A4 sheet"), (Qt.Key.Key_F2,)),
    ("roll", "F3", noop("report_print", "80 mm roll"), (Qt.Key.Key_F3,)),
    ("previous", "PgUp", noop("report_print", "Previous page"), (Qt.Key.Key_PageUp,)),
    ("next", "PgDn", noop("report_print", "Next page"), (Qt.Key.Key_PageDown,)),
    ("refresh", "F5", noop("report_print", "Look again"), (Qt.Key.Key_F5,)),
    ("close", "Esc", noop("report_print", "Close"), ()),
]
# the paper in a sentence ("Enter prints the report on X, on an A4 sheet"): tr("report_print", ...)
PAPER_NAMES = {"a4": noop("report_print", "an A4 sheet"), "80mm": noop("report_print", "the 80 mm roll")}
ROW_HEIGHT = 44  # a printer is chosen with a finger as easily as with the arrows


@dataclass(frozen=True)
class PrintRequest:
    """What the manager chose: the report's PDF on that paper, and the printer to send it to."""

    pdf: Path
    printer: str
    paper: str


def printer_caption(p: reports.Printer) -> str:
    """A printer as the list shows it: its name, and whether it is the default, offline or busy."""
    if p.is_default and p.offline:
        return tr("report_print", "{printer} (default printer, offline)", printer=p.name)
    if p.offline:
        return tr("report_print", "{printer} (offline)", printer=p.name)
    if p.is_default:
        return tr("report_print", "{printer} (default printer)", printer=p.name)
    if p.state == reports.PRINTING:
        return tr("report_print", "{printer} (printing)", printer=p.name)
    return p.name


def report_caption(r: ShiftReport) -> str:
    if r.kind == "Z" and r.copy:
        return tr("report_print", "Z report {z} of shift {shift}, a copy", z=r.z_no, shift=r.shift_no)
    if r.kind == "Z":
        return tr("report_print", "Z report {z} of shift {shift}", z=r.z_no, shift=r.shift_no)
    return tr("report_print", "X report of shift {shift} at {time}", shift=r.shift_no, time=r.printed_at[-5:])


def missing_text(printer: str) -> str:
    return tr(
        "report_print",
        "{printer}, the printer chosen last time, is not among this computer's printers any more: choose "
        "another one, or F5 looks again. Its PDF stays saved.",
        printer=printer,
    )


def offline_text(printer: str) -> str:
    return tr(
        "report_print",
        "{printer} is offline (stopped, or in error): check that it is on and has paper, then F5 looks again; "
        "or choose another printer. Its PDF stays saved.",
        printer=printer,
    )


def none_text() -> str:
    return tr(
        "report_print",
        "This computer lists no printer: add one in the system's printer settings, then F5 looks again. "
        "Its PDF stays saved.",
    )


def to_image(page) -> QImage:
    """A QImage that owns a copy of a rendered page (pdf_pages.PageImage, RGBA bytes)."""
    return QImage(page.rgba, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888).copy()


class ReportPrintDialog(QDialog):
    ready = Signal()  # the printer list and the preview are both on screen (tests wait on it)
    # The preview's scroll area. The name hides QWidget.scroll (never called on a dialog); tests use it.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(
        self,
        ops: Ops,
        report: ShiftReport | None,
        a4_pdf: Path,
        parent=None,
        *,
        caption: str = "",
        preview: Callable[[Path, str], reports.ReportPreview] | None = None,
    ):
        """`report`: an X or a Z, on A4 or the 80 mm roll. Another paper (a fiscal closing's
        duplicate: report None) comes with its `caption` and its `preview(a4_pdf, paper)`, on A4 only."""
        super().__init__(parent)
        self.ops, self.report, self.a4_pdf = ops, report, Path(a4_pdf)
        self._preview = preview
        self.papers = ("a4", "80mm") if report is not None else ("a4",)
        title = tr("report_print", "Print the report") if report is not None else tr("report_print", "Print")
        self.setWindowTitle(title)
        self.setModal(True)
        self.choice: reports.PrintChoice | None = None  # the station's remembered printer and paper
        self.printers: list[reports.Printer] | None = None  # None until the computer has answered
        self.preview: reports.ReportPreview | None = None
        self.paper = ""
        self.images: list[QImage] = []
        self.page = 0
        self.request: PrintRequest | None = None
        self._asked = 0  # the newest preview asked for: an older answer (paper switched since) is dropped
        self._gone = False  # closed: late answers from the threads are dropped
        self.finished.connect(self._closed)

        heading = QLabel(title)
        heading.setObjectName("title")
        self.what = QLabel(report_caption(report) if report is not None else caption)
        self.what.setObjectName("totalCaption")
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addSpacing(16)
        head.addWidget(self.what, 1)

        self.list = QListWidget()
        self.list.setMinimumWidth(280)
        font = QFont(self.list.font())
        font.setPixelSize(18)
        self.list.setFont(font)
        self.list.currentRowChanged.connect(self._printer_changed)
        printer_label = QLabel(tr("report_print", "Printer (↑ ↓ to choose)"))
        printer_label.setBuddy(self.list)
        self.a4 = QRadioButton(tr("report_print", "A4 sheet (F2)"))
        self.roll = QRadioButton(tr("report_print", "80 mm roll (F3)"))
        for paper, button in (("a4", self.a4), ("80mm", self.roll)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the printer list keeps the keyboard
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, p=paper: self.choose_paper(p))
            button.setVisible(paper in self.papers)
        left = QVBoxLayout()
        left.addWidget(printer_label)
        left.addWidget(self.list, 1)
        left.addWidget(QLabel(tr("report_print", "Paper")))
        left.addWidget(self.a4)
        left.addWidget(self.roll)

        self.page_label = QLabel(tr("report_print", "Preparing the preview…"))
        self.page_label.setObjectName("totalCaption")
        self.sheet = QLabel()
        self.sheet.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.sheet)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setMinimumWidth(360)
        right = QVBoxLayout()
        right.addWidget(self.page_label)
        right.addWidget(self.scroll, 1)

        middle = QHBoxLayout()
        middle.addLayout(left, 0)
        middle.addLayout(right, 1)
        self.message = MessageLine()
        self.message.setFixedHeight(68)  # three lines: what is wrong, what to do, that the PDF is safe
        self.keys = KeyBar([(action, label, tr("report_print", caption)) for action, label, caption, _keys in KEYS])
        self.keys.buttons["roll"].setVisible("80mm" in self.papers)
        for btn in self.keys.buttons.values():
            btn.setAutoDefault(False)
        self.keys.triggered.connect(self.trigger)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.keys)
        for action, _label, _caption, keys in KEYS:
            for key in keys:
                sc = QShortcut(QKeySequence(key), self)
                sc.activated.connect(lambda a=action: self.trigger(a))
        decorate(self)
        self._fit(parent)
        self.message.show_info(tr("report_print", "Looking for this computer's printers…"))
        self.list.setFocus()
        self.ops.call(reports.print_choice, ok=self._got_choice, err=self._failed)
        self._look_for_printers()

    def _fit(self, parent) -> None:
        """As large as the till's window allows (1024 x 768 and up), never larger."""
        top = parent.window() if parent is not None else None
        width, height = (top.width(), top.height()) if top is not None else (1024, 768)
        self.resize(max(760, min(1180, width - 24)), max(560, min(780, height - 24)))

    # ---- answers from the threads ----------------------------------------------------
    def _closed(self, *_) -> None:
        self._gone = True

    def _failed(self, exc) -> None:
        if not self._gone:
            self.message.show_error(message_of(exc))

    def _got_choice(self, choice) -> None:
        if self._gone:
            return
        self.choice = choice
        self.choose_paper(choice.paper if choice.paper in self.papers else self.papers[0])
        self._show_printers()

    def _look_for_printers(self) -> None:
        self.ops.background(reports.printers, ok=self._got_printers, err=self._failed)

    def _got_printers(self, printers) -> None:
        if self._gone:
            return
        self.printers = list(printers)
        self._show_printers()

    def _show_printers(self) -> None:
        """Fill the list once both the computer's printers and the remembered choice are known."""
        if self.printers is None or self.choice is None:
            return
        keep = self.selected()
        wanted = keep.name if keep is not None else self.choice.printer
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.printers:
            item = QListWidgetItem(printer_caption(p))
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            self.list.addItem(item)
        names = [p.name for p in self.printers]
        default = next((i for i, p in enumerate(self.printers) if p.is_default), 0)
        row = names.index(wanted) if wanted in names else default
        self.list.setCurrentRow(row if self.printers else -1)
        self.list.blockSignals(False)
        if not self.printers:
            self.message.show_error(none_text())
        elif wanted and wanted not in names:
            self.message.show_error(missing_text(wanted))
        else:
            self._printer_changed(row)
        self._maybe_ready()

    def _printer_changed(self, _row: int) -> None:
        p = self.selected()
        if p is None or self.printers is None:
            return
        if p.offline:
            self.message.show_error(offline_text(p.name))
        else:
            self.message.show_info(
                tr(
                    "report_print",
                    "Enter prints the report on {printer}, on {paper}.",
                    printer=p.name,
                    paper=tr("report_print", PAPER_NAMES[self.paper or "a4"]),
                )
            )

    def selected(self) -> reports.Printer | None:
        item = self.list.currentItem()
        if item is None or not self.printers:
            return None
        name = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.printers if p.name == name), None)

    # ---- paper and preview -------------------------------------------------------------
    def choose_paper(self, paper: str) -> None:
        if paper not in self.papers:
            self.message.show_info(tr("report_print", "This paper is printed on an A4 sheet only."))
            return
        (self.a4 if paper == "a4" else self.roll).setChecked(True)
        if paper == self.paper:
            return
        self.paper = paper
        self.preview, self.images, self.page = None, [], 0
        self.sheet.clear()
        self.page_label.setText(
            tr("report_print", "Preparing the report on {paper}…", paper=tr("report_print", PAPER_NAMES[paper]))
        )
        self._asked += 1
        asked = self._asked

        def got(pv) -> None:
            self._got_preview(asked, pv)

        if self._preview is not None:
            self.ops.background(self._preview, self.a4_pdf, paper, ok=got, err=self._preview_failed)
        else:
            assert self.report is not None  # only another paper comes without a report, with its preview
            self.ops.background(reports.preview, self.report, self.a4_pdf, paper, ok=got, err=self._preview_failed)
        self._printer_changed(self.list.currentRow())

    def _got_preview(self, asked: int, preview) -> None:
        if self._gone or asked != self._asked:
            return
        self.preview = preview
        self.images = [to_image(page) for page in preview.pages]
        self.show_page(0)
        self._maybe_ready()

    def _preview_failed(self, exc) -> None:
        if not self._gone:
            self.page_label.setText(tr("report_print", "No preview"))
            self.message.show_error(message_of(exc))

    def _maybe_ready(self) -> None:
        if self.preview is not None and self.printers is not None and self.choice is not None:
            self.ready.emit()

    def show_page(self, index: int, at_end: bool = False) -> None:
        if self.preview is None or not self.images:  # nothing shown yet: the images come with their preview
            return
        self.page = max(0, min(index, len(self.images) - 1))
        self.page_label.setText(
            tr(
                "report_print",
                "Page {page} of {pages} · {file}",
                page=self.page + 1,
                pages=len(self.images),
                file=self.preview.path.name,
            )
        )
        self._draw()
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() if at_end else 0)

    def _draw(self) -> None:
        image = self.images[self.page]
        width = max(200, self.scroll.viewport().width() - 24)
        pixmap = QPixmap.fromImage(image)
        if image.width() > width:  # fit the width, never enlarge (the roll is narrower than the view)
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.sheet.setPixmap(pixmap)
        self.sheet.adjustSize()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.images:
            self._draw()

    def turn(self, forward: bool) -> None:
        """PageDown reads on: down the page while there is more of it, then the next page;
        PageUp the other way."""
        bar = self.scroll.verticalScrollBar()
        step = max(1, bar.pageStep())
        if forward and bar.value() < bar.maximum():
            bar.setValue(bar.value() + step)
        elif not forward and bar.value() > 0:
            bar.setValue(bar.value() - step)
        elif forward and self.page + 1 < len(self.images):
            self.show_page(self.page + 1)
        elif not forward and self.page > 0:
            self.show_page(self.page - 1, at_end=True)

    # ---- keys --------------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if action == "close":
            self.reject()
        elif action == "print":
            self.print_report()
        elif action in ("a4", "roll"):
            self.choose_paper("a4" if action == "a4" else "80mm")
        elif action in ("previous", "next"):
            self.turn(action == "next")
        elif action == "refresh":
            self.message.show_info(tr("report_print", "Looking for this computer's printers…"))
            self._look_for_printers()

    def print_report(self) -> None:
        """Enter: close with the request when a ready printer and the report on its paper are there."""
        if self.printers is None or self.choice is None:
            self.message.show_info(
                tr("report_print", "Still looking for this computer's printers: Enter again in a moment.")
            )
            return
        if not self.printers:
            self.message.show_error(none_text())
            return
        p = self.selected()
        if p is None:
            self.message.show_error(tr("report_print", "Choose a printer first (↑ ↓)."))
            return
        if p.offline:
            self.message.show_error(offline_text(p.name))
            return
        if self.preview is None or self.preview.paper != self.paper:
            self.message.show_info(
                tr(
                    "report_print",
                    "The report on {paper} is still being prepared: Enter again in a moment.",
                    paper=tr("report_print", PAPER_NAMES[self.paper]),
                )
            )
            return
        self.request = PrintRequest(self.preview.path, p.name, self.paper)
        self.accept()


def see_and_print(
    panel: KeyedPanel,
    report: ShiftReport | None,
    pdf: Path,
    remember: bool = True,
    user=None,
    *,
    caption: str = "",
    preview: Callable[[Path, str], reports.ReportPreview] | None = None,
    printed: Callable[[PrintRequest], None] | None = None,
) -> None:
    """Ctrl+P on the Shift and the Fiscal screens: `report` (its A4 `pdf`) in this dialog, in
    `panel`'s one-at-a-time dialog slot, then on the printer chosen (send_to_printer). Another
    paper (a closing's duplicate) comes with its caption and preview (ReportPrintDialog);
    `printed(request)` once the printer took it."""
    dlg = ReportPrintDialog(panel.ops, report, pdf, panel, caption=caption, preview=preview)

    def finished(code):
        if code == QDialog.DialogCode.Accepted and dlg.request is not None:
            send_to_printer(panel, dlg.request, remember, user, printed=printed)

    panel.open_dialog(dlg, finished)


def send_to_printer(
    panel: KeyedPanel,
    request: PrintRequest,
    remember: bool = True,
    user=None,
    printed: Callable[[PrintRequest], None] | None = None,
) -> None:
    """Send the report the dialog closed with to its printer without waiting: the print system can
    take seconds (or a timeout) to answer, and the till goes on; `panel` (the Shift or the Fiscal
    screen) says what became of it. `remember`: keep the printer and paper for the station's next
    report (a settings row; not for an auditor, who changes nothing), as `user`'s change (the
    service refuses an auditor too); without a `user` nothing is kept. `printed(request)` once
    the printer took it."""
    name, printer, paper = request.pdf.name, request.printer, tr("report_print", PAPER_NAMES[request.paper])
    if remember and user is not None:
        panel.ops.call(reports.remember_print_choice, user, printer, request.paper, err=panel.error)
    panel.message.show_info(
        tr(
            "shift",
            "Sending {file} to the printer {printer}, on {paper}. You can go on meanwhile.",
            file=name,
            printer=printer,
            paper=paper,
        )
    )
    panel.ops.background(
        reports.send,
        request.pdf,
        printer,
        request.paper,
        ok=lambda said: _took(panel, request, said, printed),
        err=lambda exc: panel.message.show_error(
            tr("shift", "{file} was not printed. {reason}", file=name, reason=message_of(exc))
        ),
    )


def _took(panel: KeyedPanel, request: PrintRequest, said: str, printed) -> None:
    """The printer took the job: said on the panel's message line, then `printed(request)`."""
    panel.message.show_ok(
        tr(
            "shift",
            "The printer {printer} took {file}: {said}.",
            printer=request.printer,
            file=request.pdf.name,
            said=said,
        )
    )
    if printed is not None:
        printed(request)
