"""Shift & reports: open with a counted float, paid in / out, no-sale, X report, close with
the drawer counted (expected, counted, difference), Z print and reprint. Keyboard first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout

from ..domain.cash import CashCount
from ..domain.errors import DomainError, PermissionDenied
from ..domain.permissions import Perm, allowed
from ..i18n import msg, noop
from ..services import reports, shift, sync
from ..services.context import User
from . import keymap
from .cash_count_widget import CashCountPanel
from .cash_move_dialog import CashMoveDialog
from .dialogs import ValueDialog, approval_title
from .keyed_panel import KeyedPanel, beside
from .ops import Ops, message_of
from .palette import ERROR_RED, OK_GREEN
from .report_print_dialog import see_and_print
from .sale.totals import FitLabel
from .shift_figures import FiguresPanel, ink
from .style import BASE_PX, decorate, scaled, text_size
from .translation import text as text_of
from .translation import tr
from .widgets import money, typed_number

KEYS = keymap.SHIFT
NEEDS_SHIFT = ("paid_in", "paid_out", "no_sale", "x", "close")
MOVES = {
    "paid_in": noop("shift", "Paid in"),
    "paid_out": noop("shift", "Paid out"),
    "no_sale": noop("shift", "No sale"),
}


def _signed(v, cur) -> str:
    return ("+" if v > 0 else "") + money(v, cur)


def _verdict(v) -> str:
    """The drawer against what is expected, in a word: exact, over or short."""
    if v == 0:
        return tr("shift", "exact")
    return tr("shift", "over") if v > 0 else tr("shift", "short")


def _move_words(result, amount: str) -> str:
    """What a paid in, paid out or no sale did, and whether the drawer opened (whole sentences)."""
    if result.kind == "no_sale":
        recorded = tr("shift", "No sale recorded ({doc}).", doc=result.doc_no)
    elif result.kind == "paid_in":
        recorded = tr("shift", "Paid in {amount} recorded ({doc}).", amount=amount, doc=result.doc_no)
    else:
        recorded = tr("shift", "Paid out {amount} recorded ({doc}).", amount=amount, doc=result.doc_no)
    if result.drawer == "opened":
        drawer = tr("shift", "The drawer opened.")
    elif result.drawer == "no printer":
        drawer = tr("shift", "No printer set up: open the drawer by hand.")
    else:
        drawer = tr("shift", "But the drawer did not open: {reason}", reason=text_of(result.drawer))
    return f"{recorded} {drawer}"


def _z_number(text: str) -> None:
    """The reprint prompt's check: empty (the last Z) or a whole number."""
    if text and not text.isdigit():
        raise DomainError(msg("shift", "'{text}' is not a Z number", text=text))


def z_reprint_dialog(parent) -> ValueDialog:
    """F10 on the Shift and the Fiscal screens: the number of the Z to reprint, empty for the
    last one; a wrong number is corrected in the dialog."""
    return ValueDialog(
        tr("shift", "Reprint a Z report"),
        tr("shift", "Z number"),
        "",
        tr("shift", "Empty: the last Z. A reprint is a numbered duplicate"),
        parent,
        check=_z_number,
    )


def z_reprinted_words(result) -> str:
    """What the screen says once a Z's duplicate is saved (services/reports.ReportResult), with
    the number its paper shows ("DUPLICATA n° 2")."""
    return tr(
        "shift",
        "Z {z} reprint saved as duplicate no. {number}: {file} (Ctrl+P prints it)",
        z=result.report.z_no,
        number=result.duplicate,
        file=result.path.name,
    )


class ShiftScreen(KeyedPanel):
    navigate = Signal(str)
    shift_changed = Signal()  # opened or closed: the status bar shows it
    shown = Signal()  # the figures on screen are up to date (tests wait on it)

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        # ten keys in two rows: one row of ten was 1055 px wide, over a 1024 px till
        super().__init__(ops, cfg, lambda: self._user, KEYS, parent)
        self.data_dir = Path(data_dir)
        self._user: User | None = None  # the signed-in user, from start()
        self.state: shift.ShiftState | None = None  # None when no shift is open
        self.figures = None  # the open shift's X figures, or the Z just closed (domain ShiftReport)
        self.confirm_close = False
        self.last_pdf: Path | None = None  # the last report's A4 PDF, and its figures (for the 80 mm one)
        self.last_report = None

        title = QLabel(tr("shift", "Shift & reports"))
        title.setObjectName("title")
        # the shift's state on one line beside the title, in smaller type when it is long
        self.status = FitLabel("", scaled(22), least_px=scaled(BASE_PX))
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.hint = QLabel("")
        self.hint.setObjectName("totalCaption")
        self.hint.setWordWrap(True)
        self.count = CashCountPanel(cfg.currency)
        self.count.changed.connect(self._count_changed)
        self.fields = self.count.fields
        left = QVBoxLayout()
        left.addWidget(self.count)
        left.addStretch(1)
        side = self.side = FiguresPanel()
        # the figures' column: its captions wrap and its amounts shrink before the count is squeezed;
        # at a larger type the count keeps its width and the column takes what is left
        larger = text_size() > 100
        side.setMinimumWidth(0 if larger else 420)
        self.side_title, self.blind, self.fig, self.last = side.title, side.blind, side.fig, side.last
        self.card, self.card_label = side.card, side.card_label
        self.card.textChanged.connect(self._count_changed)

        head = QHBoxLayout()  # the title and the shift's state on one line: the screen fits 768 px in height
        head.addWidget(title)
        head.addSpacing(24)
        head.addWidget(self.status, 1)
        # the hint over the whole width: two lines, not three above the count
        self.arrange(head, self.hint, (beside(left, side, (1, 2) if larger else (3, 2)), 1))
        self.watch(*self.count.line_edits(), self.card)
        decorate(self)
        self.keys.grey_when_disabled()
        self._show_state(None)

    # ---- life cycle ------------------------------------------------------------------
    def start(self, user) -> None:
        """Shown for `user` (the main window passes the signed-in user each time)."""
        if user is not self._user:
            self.figures = None
        self._user = user
        self.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_count)

    def _focus_count(self) -> None:
        if self.dialog is None:
            self.count.first().setFocus()

    def after_dialog(self) -> None:
        """The count takes the keyboard back after every dialog."""
        self._focus_count()

    def refresh(self) -> None:
        """Read the shift and, when one is open, its X figures so far."""

        def got(state):
            self._show_state(state)
            if state is None:
                self._show_figures()
                self.shown.emit()
                return
            self.ops.call(reports.x_figures, self.user, ok=self._got_figures, err=self._no_figures)

        self.ops.call(shift.current, ok=got, err=self.error)

    def _got_figures(self, report) -> None:
        self.figures = report
        self._say_blind(None)
        self._show_figures()
        self.shown.emit()

    def _no_figures(self, exc) -> None:
        self.figures = None
        self._show_figures()
        if isinstance(exc, PermissionDenied):  # a clerk counts blind; the role that may see them is named once
            self._say_blind(exc)
        else:
            self._say_blind(None)
            self.error(exc)
        self.shown.emit()

    def _say_blind(self, refusal: PermissionDenied | None) -> None:
        if refusal is None:
            self.blind.setText("")
            self.blind.hide()
            return
        role = self.user.role if self.user is not None else "clerk"
        approval = approval_title(refusal.permission)
        if role == "supervisor":
            words = tr(
                "shift", "A supervisor counts blind: the figures are hidden. The X report (F8) needs {approval}."
            )
        else:
            words = tr("shift", "A clerk counts blind: the figures are hidden. The X report (F8) needs {approval}.")
        self.blind.setText(words.format(approval=approval))
        self.blind.show()

    # ---- showing ---------------------------------------------------------------------
    def _show_state(self, state) -> None:
        self.state = state
        cur = self.cfg.currency
        if state is None:
            self._say_blind(None)
            self.status.setText(tr("shift", "No shift open"))
            ink(self.status, ERROR_RED)
            self.hint.setText(
                tr(
                    "shift",
                    "Opening float: type how many of each note and coin are in the drawer (Enter: next "
                    "field; empty counts 0), then F2 opens the shift.",
                )
            )
            self.count.set_caption(tr("shift", "Opening float"))
            if self.figures is not None and self.figures.kind == "X":
                self.figures = None
        else:
            self.status.setText(
                tr(
                    "shift",
                    "Shift {number} open since {since} · opened by {user} · float {amount}",
                    number=state.number,
                    since=state.opened_local,
                    user=state.opened_by,
                    amount=money(state.opening_float, cur),
                )
            )
            ink(self.status, OK_GREEN)
            self.hint.setText(
                tr(
                    "shift",
                    "Closing count: type how many of each note and coin are in the drawer (Enter: next "
                    "field; empty counts 0), then F9 closes the shift and makes the Z.",
                )
            )
            self.count.set_caption(tr("shift", "Counted"))
        for action, btn in self.keys.buttons.items():
            btn.setEnabled(action != "open" if state is not None else action not in NEEDS_SHIFT)
        self.card.setVisible(state is not None)
        self.card_label.setVisible(state is not None)

    def _counted(self) -> tuple[CashCount, dict[str, str]]:
        """(CashCount, {"card": text}) from the fields; raises DomainError on a bad entry."""
        other = {"card": typed_number(self.card.text().strip())} if self.card.text().strip() else {}
        return self.count.count(), other

    def _count_or_say(self) -> tuple[CashCount, dict[str, str]] | None:
        """The count as typed, or None once the message line says what is wrong with it."""
        try:
            return self._counted()
        except DomainError as exc:
            self.error(exc)
            return None

    def _count_changed(self, *_) -> None:
        self.confirm_close = False
        self._show_figures()

    def _show_figures(self) -> None:
        cur = self.cfg.currency
        r = self.figures
        if r is None:
            self.side_title.setText(tr("shift", "This shift so far") if self.state else tr("shift", "No shift open"))
            self.side.clear()
            return
        closed = r.kind == "Z"
        self.side_title.setText(
            tr("shift", "Z {z}: shift {shift}, closed {time}", z=r.z_no, shift=r.shift_no, time=r.printed_at[-5:])
            if closed
            else tr("shift", "Shift {shift} so far (X)", shift=r.shift_no)
        )
        cash, card = r.tender("cash"), r.tender("card")
        self.fig["sales"].setText(f"{r.sales_count} · {money(r.gross, cur)}")
        self.fig["float"].setText(money(r.opening_float, cur))
        self.fig["cash"].setText(money(cash.amount - r.outside_cash, cur))
        self.fig["paid_in"].setText(money(r.paid_in, cur))
        self.fig["paid_out"].setText(money(r.paid_out, cur))
        self.fig["expected"].setText(money(r.cash_expected, cur))
        if closed:
            counted, card_counted = r.cash_counted, money(card.counted, cur)
        else:
            try:
                count, other = self._counted()
            except DomainError:
                return
            counted, card_counted = count.total, self.card.text().strip() or tr("shift", "as expected")
        diff = counted - r.cash_expected
        self.fig["counted"].setText(money(counted, cur))
        self.fig["difference"].setText(
            tr("shift", "{difference} ({verdict})", difference=_signed(diff, cur), verdict=_verdict(diff))
        )
        ink(self.fig["difference"], OK_GREEN if diff == 0 else ERROR_RED)
        self.fig["card"].setText(f"{money(card.amount, cur)} / {card_counted}")

    # ---- actions ---------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self.dialog is not None or self.user is None:
            return
        if action == "back":
            if self.confirm_close:
                self.confirm_close = False
                self.message.show_info(tr("shift", "Not closed. Go on counting; F9 closes the shift."))
                return
            self.navigate.emit("sale")
            return
        if action in NEEDS_SHIFT and self.state is None:
            self.message.show_error(tr("shift", "No shift is open: count the float and press F2 first"))
            return
        if action == "open" and self.state is not None:
            self.message.show_error(tr("shift", "Shift {number} is already open", number=self.state.number))
            return
        {
            "open": self.open_shift,
            "paid_in": lambda: self.cash_move("paid_in"),
            "paid_out": lambda: self.cash_move("paid_out"),
            "no_sale": self.no_sale,
            "x": self.x_report,
            "close": self.close_shift,
            "reprint": self.reprint,
            "print": self.print_pdf,
            "store_day": self.store_day,
        }[action]()

    def _clear_count(self) -> None:
        self.card.clear()
        self.count.clear()

    def open_shift(self) -> None:
        counted = self._count_or_say()
        if counted is None:
            return
        count, _ = counted

        def opened(state):
            self.figures = None
            self._clear_count()
            self.message.show_ok(
                tr(
                    "shift",
                    "Shift {number} opened with a float of {amount}",
                    number=state.number,
                    amount=money(state.opening_float, self.cfg.currency),
                )
            )
            self.shift_changed.emit()
            self.refresh()

        self.gated(shift.open_shift, count, ok=opened)

    def cash_move(self, kind: str) -> None:
        title = tr("shift", MOVES[kind])
        hint = (
            tr("shift", "Cash put into the drawer; the drawer opens")
            if kind == "paid_in"
            else tr("shift", "Cash taken out of the drawer; the drawer opens. Keep the receipt for it")
        )
        dlg = CashMoveDialog(title, hint, self)
        fn = shift.paid_in if kind == "paid_in" else shift.paid_out

        def finished(code):
            if code == QDialog.DialogCode.Accepted:
                amount, reason = dlg.values()
                self.gated(fn, amount, reason, ok=self._moved)

        self.open_dialog(dlg, finished)

    def no_sale(self) -> None:
        dlg = ValueDialog(
            tr("shift", "No sale"),
            tr("shift", "Reason"),
            "",
            tr("shift", "Opens the drawer without a sale; counted on the X and Z reports"),
            self,
        )

        def finished(code):
            if code == QDialog.DialogCode.Accepted:
                self.gated(shift.no_sale, dlg.value(), ok=self._moved)

        self.open_dialog(dlg, finished)

    def _moved(self, result) -> None:
        text = _move_words(result, money(result.amount, self.cfg.currency))
        (self.message.show_ok if result.drawer in ("opened", "no printer") else self.message.show_error)(text)
        self.refresh()

    def store_day(self) -> None:
        """Today across all the store's stations, from the hub's day totals (when reachable)."""

        def got(d):
            cur = d.currency
            tenders = ", ".join(f"{kind} {money(amount, cur)} ({count})" for kind, count, amount in d.tenders)
            self.message.show_ok(
                tr(
                    "shift",
                    "Store today (all stations, hub): %n sale(s), {gross} incl. VAT {tax}; {tenders}; {z} Z, "
                    "cash difference {difference}",
                    n=d.sales_count,
                    gross=money(d.gross, cur),
                    tax=money(d.tax, cur),
                    tenders=tenders or tr("shift", "no tenders"),
                    z=d.z_reports,
                    difference=money(d.cash_difference, cur),
                )
            )

        self.message.show_info(tr("shift", "Asking the hub…"))
        self.ops.call(
            sync.store_day,
            ok=got,
            err=lambda e: self.message.show_error(
                tr("shift", "Store-wide figures need the hub: {reason}", reason=message_of(e))
            ),
        )

    def x_report(self) -> None:
        typed = self._count_or_say()
        if typed is None:
            return
        count, other = typed
        counted = count if count.total else None

        def done(result):
            self.last_pdf, self.last_report = result.path, result.report
            self.last.setText(
                tr(
                    "shift",
                    "Last report: X of shift {shift} at {time}",
                    shift=result.report.shift_no,
                    time=result.report.printed_at[-5:],
                )
            )
            self.message.show_ok(
                tr("shift", "X report saved (nothing reset): {file} (Ctrl+P prints it)", file=result.path.name)
            )

        self.gated(reports.x_report, self.data_dir, counted=counted, counted_other=other, ok=done)

    def close_shift(self) -> None:
        typed = self._count_or_say()
        if typed is None:
            return
        count, other = typed
        cur = self.cfg.currency
        state = self.state
        assert state is not None  # "close" needs an open shift: trigger checked
        if not self.confirm_close:
            self.confirm_close = True
            if self.figures is not None:
                diff = count.total - self.figures.cash_expected
                question = tr(
                    "shift",
                    "Close shift {number}? Expected {expected}, counted {counted}, difference {difference}. "
                    "F9 again closes it and makes the Z; Esc goes back to counting.",
                    number=state.number,
                    expected=money(self.figures.cash_expected, cur),
                    counted=money(count.total, cur),
                    difference=_signed(diff, cur),
                )
            else:
                question = tr(
                    "shift",
                    "Close shift {number}? Counted {counted}. "
                    "F9 again closes it and makes the Z; Esc goes back to counting.",
                    number=state.number,
                    counted=money(count.total, cur),
                )
            self.message.show_info(question)
            return
        self.confirm_close = False

        def closed(result):
            self.last_pdf = result.pdfs[0] if result.pdfs else None
            self.figures = self.last_report = result.report
            self._clear_count()
            r = result.report
            self.last.setText(tr("shift", "Last report: Z {z} (shift {shift})", z=result.z_no, shift=result.shift_no))
            text = tr(
                "shift",
                "Shift {shift} closed: Z {z}, %n sale(s), {total}; cash {verdict} {difference}.",
                n=r.sales_count,
                shift=result.shift_no,
                z=result.z_no,
                total=money(r.period_total, cur),
                verdict=_verdict(r.cash_difference),
                difference=_signed(r.cash_difference, cur),
            )
            if result.print_error:
                self.message.show_error(f"{text} {text_of(result.print_error)}")
            else:  # the Z's PDFs were written
                self.message.show_ok(
                    tr("shift", "{closed} Z saved: {file} (Ctrl+P prints it)", closed=text, file=result.pdfs[0].name)
                )
            self.shift_changed.emit()
            self.refresh()

        self.gated(shift.close_shift, count, other, data_dir=self.data_dir, shift_no=state.number, ok=closed)

    def reprint(self) -> None:
        dlg = z_reprint_dialog(self)

        def finished(code):
            if code == QDialog.DialogCode.Accepted:
                text = dlg.value()
                self.gated(reports.z_report, self.data_dir, number=int(text) if text else None, ok=self._reprinted)

        self.open_dialog(dlg, finished)

    def _reprinted(self, result) -> None:
        self.last_pdf, self.last_report = result.path, result.report
        self.last.setText(
            tr(
                "shift",
                "Last report: Z {z}, reprinted as duplicate no. {number}",
                z=result.report.z_no,
                number=result.duplicate,
            )
        )
        self.message.show_ok(z_reprinted_words(result))

    def print_pdf(self) -> None:
        """Ctrl+P: the last report in the print dialog (the computer's printers, A4 or the 80 mm
        roll, the PDF page by page); the job then goes out on a thread of its own."""
        if self.last_pdf is None or self.last_report is None:
            self.message.show_error(tr("shift", "No report on this screen yet: F8 makes an X report, F10 reprints a Z"))
            return
        keeps_choice = self.user is not None and allowed(self.user.role, Perm.CHANGE)  # not an auditor's
        see_and_print(self, self.last_report, self.last_pdf, keeps_choice, self.user)
