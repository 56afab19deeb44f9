"""The Fiscal screen (issue 19, "Inspection"): the station's closings, the journal check and the
reprints an inspector asks for. It is the read-only auditor's screen (an auditor who signs in
lands here and never reaches the counter) and a manager's too (F11 on the Manager screen).

F2 prints the chosen closing (its first print the original, every later one a journaled
"DUPLICATA n°") through the print dialog, A4 only; F3 checks the journal (hash chain and
signatures, on a thread of its own: a million entries take most of a minute and the till goes
on; its answer only for the one who asked), F4 and F6 reprint the last receipt and the last
return receipt (duplicates, journaled), F8 makes an X report of the open shift, F10 reprints a
Z, Ctrl+P shows the last paper of this screen (closing, X or Z) and prints it on one of the
computer's printers (ui/report_print_dialog.py). Every read and print goes through
services/fiscal_records.py and the reports and receipts services, which check the user's
role (rule 9); nothing here changes the store's records. Ctrl+L locks (the auditor signs out).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ..domain.fiscal.closings import DAY, MONTH, YEAR, parse_day, parse_month
from ..domain.permissions import Perm, allowed
from ..i18n import noop
from ..i18n.formats import fmt_date, fmt_datetime, fmt_month
from ..services import fiscal_records, receipts, reports
from ..services.context import User
from ..services.journal import VerifyResult
from ..services.returns import printing as return_printing
from . import keymap
from .keyed_panel import KeyedPanel
from .ops import Ops, message_of
from .report_print_dialog import PrintRequest, see_and_print
from .shift_screen import z_reprint_dialog, z_reprinted_words
from .style import decorate
from .translation import text, tr
from .widgets import fill, money, readable_columns, table

KEYS = keymap.FISCAL
# A closing's kind as the list shows it.
KIND_WORDS = {
    DAY: noop("fiscal", "Day"),
    MONTH: noop("fiscal", "Month"),
    YEAR: noop("fiscal", "Year"),
}
AMOUNT_SAMPLE = "-999,999.99 €"  # a day's, a month's or a year's total at one till
SAMPLES = {0: "Month", 1: "September 2026", 2: "30/11/2026 23:59", 3: AMOUNT_SAMPLE, 4: AMOUNT_SAMPLE}
SIGNATURE_COLUMN = 5


def kind_word(kind: str) -> str:
    """ "Day", "Month", "Year" in the screens' language; a kind this screen does not know, as it is."""
    word = KIND_WORDS.get((kind or "").lower())
    return tr("fiscal", word) if word else kind


def period_words(kind: str, period: str) -> str:
    """A closing's period as a clerk reads it: a day in the store's date format, a month by its
    name and year ("décembre 2026"), a fiscal year by its number; a period it cannot read, as it is."""
    try:
        if kind == DAY:
            return fmt_date(parse_day(period))
        if kind == MONTH:
            return fmt_month(*parse_month(period))
    except ValueError:
        pass
    return period


def closing_words(printed: fiscal_records.PrintedClosing) -> str:
    """ "Closing DAY-2026-12-07, duplicate no. 2": the paper a print of a closing made."""
    if printed.duplicate:
        return tr(
            "fiscal", "Closing {closing}, duplicate no. {number}", closing=printed.doc_no, number=printed.duplicate
        )
    return tr("fiscal", "Closing {closing}", closing=printed.doc_no)


def journal_words(result: VerifyResult) -> str:
    """The journal check's answer as the screen says it (its reason a Message in the screens'
    language, or a plain string as it is)."""
    if result.ok and result.signatures:
        return tr(
            "fiscal",
            "The journal is intact: %n entries, {signatures} signatures checked.",
            n=result.entries,
            signatures=result.signatures,
        )
    if result.ok:
        return tr("fiscal", "The journal is intact: %n entries.", n=result.entries)
    if result.broken_doc:
        return tr(
            "fiscal",
            "The journal fails at entry {seq}, document {document}: {reason}",
            seq=result.broken_seq,
            document=result.broken_doc,
            reason=text(result.reason),
        )
    return tr("fiscal", "The journal fails at entry {seq}: {reason}", seq=result.broken_seq, reason=text(result.reason))


class FiscalScreen(KeyedPanel):
    navigate = Signal(str)

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        super().__init__(ops, cfg, lambda: self._user, KEYS, parent, window_keys=("lock",))
        self.data_dir = Path(data_dir)
        self._user: User | None = None
        self.rows: list = []  # services/fiscal/closings.ClosingRow, as last listed
        self.kinds: tuple[str, ...] = ()  # the periods the store's fiscal country closes
        self.last_pdf: Path | None = None  # the last paper of this screen (X, Z or closing), for Ctrl+P
        self.last_report = None  # its figures when it is an X or a Z; None for a closing
        self.last_closing: fiscal_records.PrintedClosing | None = None  # when last_pdf is a closing's
        self.journal: VerifyResult | None = None  # the last journal check's answer
        self.checking = False
        self._asked = 0  # the journal check on its way: its answer is shown only to the one who asked
        title = QLabel(tr("fiscal", "Fiscal records"))
        title.setObjectName("title")
        self.journal_line = QLabel()
        self.journal_line.setWordWrap(True)
        self.list = table(
            [
                tr("fiscal", "Closing"),
                tr("fiscal", "Period"),
                tr("fiscal", "Closed at"),
                tr("fiscal", "Total"),
                tr("fiscal", "Perpetual total"),
                tr("fiscal", "Signature"),
            ],
            SIGNATURE_COLUMN,
        )
        self.list.setAccessibleName(tr("fiscal", "Closings"))
        self.last = QLabel("")
        self.last.setWordWrap(True)
        self._forget()
        self.arrange(title, self.journal_line, (self.list, 1), self.last)
        decorate(self)
        samples = {**SAMPLES, 0: max((tr("fiscal", w) for w in KIND_WORDS.values()), key=len)}
        # two-line captions ("Perpetual total" is long in German): every column fits a 1024 px till
        readable_columns(self.list, samples, stretch=SIGNATURE_COLUMN, stretch_sample="SGwx9Hrp", wrap=True)

    # ---- life cycle --------------------------------------------------------------------
    def start(self, user: User) -> None:
        """Shown to `user`: the closings listed again; the counter's key only for one who sells.
        Someone else than last time sees nothing of the one before (their check, their reports)."""
        if self._user is None or self._user.username != user.username:
            self._forget()
        self._user = user
        self.keys.buttons["back"].setVisible(allowed(user.role, Perm.SELL))
        self.message.clear_message()
        self.refresh()
        self.list.setFocus()

    def _forget(self) -> None:
        self.last_pdf = self.last_report = self.journal = None
        self.last_closing = None
        self.checking = False
        self._asked += 1  # a check still running answers no one now
        self.last.setText("")
        self.journal_line.setText(tr("fiscal", "F3 checks the journal: every entry's hash and signature."))

    def focus_home(self) -> QWidget:
        return self.list

    def showEvent(self, event):
        """The list takes the keyboard whenever the screen comes up: start() runs before the
        window shows it, and after a sign-in in another language the screens are new and nothing
        had the keyboard (no window manager gives it back)."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_list)

    def _focus_list(self) -> None:
        if self.dialog is None and self.isVisible():
            self.list.setFocus()

    def refresh(self, said: str = "") -> None:
        self.ops.call(fiscal_records.listing, self.clerk, ok=lambda got: self._show(got, said), err=self.error)

    def _show(self, got: fiscal_records.Closings, said: str) -> None:
        self.rows, self.kinds = list(got.rows), got.kinds
        cur = self.cfg.currency
        fill(
            self.list,
            [
                [
                    kind_word(r.kind),
                    period_words(r.kind, r.period),
                    fmt_datetime(self.cfg.local(r.closed_at)) if r.closed_at else "",
                    money(r.total, cur),
                    money(r.perpetual_total, cur),
                    r.fingerprint,
                ]
                for r in self.rows
            ],
            right_from=3,
        )
        for row in range(len(self.rows)):  # the signature is a word, not a number
            item = self.list.item(row, SIGNATURE_COLUMN)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if self.rows:
            self.list.selectRow(0)
        if said:
            self.message.show_ok(said)
        elif not self.kinds:
            self.message.show_info(tr("fiscal", "The store's fiscal country has no closings: there are none to list."))
        elif not self.rows:
            self.message.show_info(
                tr("fiscal", "No closing yet: each day, month and year is closed once it has ended.")
            )
        self.done.emit()

    def selected(self):
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # ---- keys --------------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self._user is None or self.dialog is not None:
            return
        if action == "back":
            if allowed(self._user.role, Perm.SELL):  # an auditor never comes to the counter
                self.navigate.emit("sale")
            return
        if action == "lock":
            self.navigate.emit("lock")
            return
        {
            "refresh": lambda: self.refresh(said=tr("fiscal", "The list is up to date.")),
            "print": self.print_closing,
            "check": self.check_journal,
            "receipt": self.reprint_receipt,
            "return": self.reprint_return,
            "x": self.x_report,
            "z": self.reprint_z,
            "see": self.print_last_report,
        }[action]()

    def print_closing(self) -> None:
        closing = self.selected()
        if closing is None:
            self.message.show_error(tr("fiscal", "Choose a closing first (↑ ↓)."))
            return

        def saved(printed: fiscal_records.PrintedClosing) -> None:
            self.last_pdf, self.last_report, self.last_closing = printed.path, None, printed
            paper, file = closing_words(printed), printed.path.name
            self.last.setText(
                tr("fiscal", "Last paper: {paper}, saved as {file} (Ctrl+P prints it again)", paper=paper, file=file)
            )
            self.message.show_ok(tr("fiscal", "Saved: {paper}, {file}", paper=paper, file=file))
            self.done.emit()
            if self.dialog is None and self._user is not None and self._user.username == asker:
                self.print_last_report()  # F2 prints: the printers and the closing, Enter sends it

        asker = self.clerk.username
        self.ops.call(
            fiscal_records.print_closing_paper, self.clerk, self.data_dir, closing.doc_no, ok=saved, err=self.error
        )

    def check_journal(self) -> None:
        """The whole journal read on a thread of its own (Ops.background): the screen and the
        database worker go on meanwhile."""
        if self.checking:
            self.message.show_info(tr("fiscal", "The journal is being checked: its answer comes here."))
            return
        self.checking = True
        self._asked += 1
        asked = self._asked  # the one who asks; _forget (someone else signs in) moves it on
        self.journal_line.setText(tr("fiscal", "Checking the journal…"))
        self.message.show_info(tr("fiscal", "Checking the journal…"))
        self.ops.background(
            fiscal_records.check_journal,
            self.data_dir,
            self.clerk,
            ok=lambda result: self._checked(result) if asked == self._asked else None,
            err=lambda exc: self._not_checked(exc) if asked == self._asked else None,
        )

    def _checked(self, result: VerifyResult) -> None:
        self.checking = False
        self.journal = result
        words = journal_words(result)
        self.journal_line.setText(words)  # stays on screen; the message line says it once
        if result.ok:
            self.message.show_ok(tr("fiscal", "Journal checked: no fault found."))
        else:
            self.message.show_error(words)
        self.done.emit()

    def _not_checked(self, exc) -> None:
        self.checking = False
        self.journal_line.setText(tr("fiscal", "The journal was not checked: {reason}", reason=message_of(exc)))
        self.error(exc)

    def reprint_receipt(self) -> None:
        self.ops.call(
            receipts.reprint_last,
            self.data_dir,
            self.clerk,
            ok=lambda path: self._reprinted(
                tr("fiscal", "The last receipt was printed again as a duplicate: {file}", file=path.name)
            ),
            err=self.error,
        )

    def reprint_return(self) -> None:
        self.ops.call(
            return_printing.reprint_last_return,
            self.data_dir,
            self.clerk,
            ok=lambda path: self._reprinted(
                tr("fiscal", "The last return receipt was printed again as a duplicate: {file}", file=path.name)
            ),
            err=self.error,
        )

    def _reprinted(self, said: str) -> None:
        self.message.show_ok(said)
        self.done.emit()

    def x_report(self) -> None:
        def made(result) -> None:
            self.last_pdf, self.last_report, self.last_closing = result.path, result.report, None
            self.last.setText(tr("fiscal", "Last report: X of shift {shift}", shift=result.report.shift_no))
            self.message.show_ok(
                tr("shift", "X report saved (nothing reset): {file} (Ctrl+P prints it)", file=result.path.name)
            )
            self.done.emit()

        self.ops.call(reports.x_report, self.clerk, self.data_dir, ok=made, err=self.error)

    def reprint_z(self) -> None:
        dlg = z_reprint_dialog(self)

        def finished(code):
            if code != QDialog.DialogCode.Accepted:
                return
            text = dlg.value()
            number = int(text) if text else None
            self.ops.call(reports.z_report, self.clerk, self.data_dir, number=number, ok=self._z_made, err=self.error)

        self.open_dialog(dlg, finished)

    def _z_made(self, result) -> None:
        self.last_pdf, self.last_report, self.last_closing = result.path, result.report, None
        self.last.setText(tr("fiscal", "Last report: Z {z}, a copy", z=result.report.z_no))
        self.message.show_ok(z_reprinted_words(result))
        self.done.emit()

    def print_last_report(self) -> None:
        """Ctrl+P: the last paper of this screen (an X, a Z, a closing's duplicate) in the print
        dialog, then on a printer."""
        if self.last_pdf is None or (self.last_report is None and self.last_closing is None):
            self.message.show_error(
                tr("fiscal", "No report on this screen yet: F8 makes an X report, F10 reprints a Z.")
            )
            return
        # the printer chosen is remembered for the station only by one who may change its
        # settings: an auditor's visit leaves nothing behind
        remember = allowed(self.clerk.role, Perm.CHANGE)
        if self.last_report is not None:
            see_and_print(self, self.last_report, self.last_pdf, remember=remember, user=self.clerk)
            return
        closing = self.last_closing
        assert closing is not None
        see_and_print(
            self,
            None,
            self.last_pdf,
            remember=False,  # the closing's A4 sheet does not change the station's paper for reports
            caption=closing_words(closing),
            preview=fiscal_records.closing_preview,
            printed=lambda request: self._closing_printed(closing, request),
        )

    def _closing_printed(self, closing: fiscal_records.PrintedClosing, request: PrintRequest) -> None:
        self.last.setText(
            tr(
                "fiscal",
                "Last paper: {paper}, saved as {file} and printed on {printer}",
                paper=closing_words(closing),
                file=request.pdf.name,
                printer=request.printer,
            )
        )
