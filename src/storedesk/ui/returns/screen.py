"""Returns: take goods back against a receipt (or without one, with a manager), pay the
refund to the original tenders or as store credit, print the return receipt.

Keyboard first; the field keeps focus. In the field:
- a receipt number (scanned from the receipt's barcode, or typed) + Enter looks the sale up;
- a small number (1-999, decimals for weighed lines) + Enter sets how many of the selected
  line come back; + and - (field empty) add or take one; ↑ ↓ choose the line;
- in no-receipt mode, a product barcode or SKU (3*code for three) + Enter adds the item.
Every service call runs on the database worker through Ops (DESIGN: no DB or network on
the GUI thread); the preview is recomputed by the service after each change, so what the
screen shows is exactly what F12 will pay.

The state (what is chosen, the mode, which keys act, the words) is `state.ReturnsState`, with
no Qt; this widget forwards keys to it, asks the services, and renders it (`show_state`). The
keys, the message line, dialogs and the manager's PIN come from `KeyedPanel`; completing a
return (F12, F6, Ctrl+P) is `completing.Completion`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStackedWidget

from ...domain.errors import PermissionDenied
from ...services.context import User
from ...services.returns import flags, lookup, no_receipt, planning
from .. import keymap
from ..dialogs import OverrideDialog
from ..keyed_panel import KeyedPanel, beside, column
from ..ops import Ops
from ..palette import DISABLED_FACE, ERROR_BACKGROUND, ERROR_RED, FAINT_GREY, INK
from ..style import decorate, look
from ..translation import tr
from ..widgets import readable_columns
from . import view
from .completing import Completion
from .dialogs import ReasonDialog
from .panels import RefundPanel, fill, flag_samples, line_samples, table, wrapping_label
from .state import FLAGS, NO_RECEIPT, RECEIPT, Change, ReturnsState, Say

KEYS = keymap.RETURNS
SCREEN_KEYS = ("more", "less")  # + and − act from the field only when it is empty (eventFilter)


class ReturnsScreen(KeyedPanel):
    navigate = Signal(str)  # "sale"
    shown = Signal()  # the table and the preview on screen are up to date (tests wait on it)
    return_completed = Signal(object)  # services.returns.complete.ReturnResult
    exchanged = Signal(object)  # services.sale.SaleResult of an exchange's new sale

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        super().__init__(ops, cfg, lambda: self.signed_in, KEYS, parent, per_row=7, screen_keys=SCREEN_KEYS)
        self.data_dir = Path(data_dir)
        self.signed_in: User | None = None  # given by start()
        self.state = ReturnsState(cfg.currency, tr=tr)
        # () -> (basket id, total) of the counter's basket, or None: the new items of an exchange
        self.exchange_basket = lambda: None

        title = QLabel(tr("returns", "Returns"))
        title.setObjectName("title")
        self.mode_label = QLabel("")
        self.offline = QLabel(tr("returns", "OFFLINE — only this station's sales"))
        self.offline.setAutoFillBackground(True)
        pal = self.offline.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(ERROR_BACKGROUND))
        self.offline.setPalette(pal)
        self.offline.setContentsMargins(10, 4, 10, 4)
        self.offline.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.mode_label)
        head.addStretch(1)
        head.addWidget(self.offline)

        self.field = QLineEdit()
        self.field.returnPressed.connect(self.on_enter)
        self.sale_info = wrapping_label()
        self.hint = wrapping_label()
        self.hint.setObjectName("totalCaption")
        self.lines = table(view.line_columns(RECEIPT, tr))  # its columns: readable_columns, after decorate below
        self.lines.cellClicked.connect(lambda r, _c: self._select(r))
        self.flags_table = table(view.flag_columns(tr))
        self.flags_table.setWordWrap(True)
        self.flags_table.cellClicked.connect(lambda r, _c: self._select_flag(r))
        self.middle = QStackedWidget()
        self.middle.addWidget(self.lines)
        self.middle.addWidget(self.flags_table)
        self.side = RefundPanel()

        left = column(self.field, self.sale_info, (self.middle, 1), self.hint)
        self.arrange(head, (beside(left, self.side), 1))
        self.watch(self.field)
        self._decorate()
        self.completion = Completion(self)
        self.show_state()

    def _decorate(self) -> None:
        decorate(self)
        # Every column readable on a 1024 px till: each as wide as its caption (of two lines at
        # most: "Already / back") and a typical value, or its contents; the name takes the rest.
        samples = line_samples(self.cfg.currency)
        readable_columns(self.lines, samples, stretch=1, stretch_sample="Test Apples 1 kg", wrap=True, bold=True)
        readable_columns(
            self.flags_table, flag_samples(), stretch=3, stretch_sample="Returned twice", wrap=True, fixed=True
        )
        self.keys.grey_when_disabled()
        self.keys.buttons["complete"].setProperty("primary", True)
        decorate(self.keys)
        done = self.keys.buttons["complete"]
        p = done.palette()
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(DISABLED_FACE))
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(FAINT_GREY))
        done.setPalette(p)
        look(self.offline, 18, True, ERROR_RED)
        look(self.sale_info, 16, False, INK)

    # ---- life cycle ------------------------------------------------------------------
    def start(self, user) -> None:
        """Shown for `user` (the main window passes the signed-in user each time). A return
        half done by the same user stays on screen; another user starts afresh."""
        if self.signed_in is not None and user.id != self.signed_in.id:
            self.state.reset(keep_result=False)
        self.signed_in = user
        self.field.setFocus()
        if self.state.mode == FLAGS:
            self.load_flags()
        self.show_state()

    @property
    def mode(self) -> str:
        """receipt, no_receipt or flags (the state's)."""
        return self.state.mode

    def focus_home(self) -> QLineEdit:
        return self.field

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self._focus)

    def _focus(self) -> None:
        if self.dialog is None:
            self.field.setFocus()

    def eventFilter(self, obj, event):
        if obj is not self.field or event.type() != event.Type.KeyPress:
            return super().eventFilter(obj, event)
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.state.move(1 if key == Qt.Key.Key_Down else -1)
            self._show_selection()
            return True
        # + and - act on the selected line when nothing is typed (a receipt number's dashes
        # come after letters, so a scan is never taken for a key).
        if not self.field.text() and key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            self.trigger("more" if key == Qt.Key.Key_Plus else "less")
            return True
        return super().eventFilter(obj, event)  # the F-keys act from the field too

    # ---- actions ---------------------------------------------------------------------
    def trigger(self, action: str) -> None:
        if self.dialog is not None:
            return
        if action == "back":
            self.navigate.emit("sale")
            return
        if self.user is None:
            return
        if action in self.keys.buttons and not self.state.key_enabled(action):  # a greyed key says why
            self.message.show_info(self.state.why_greyed(action))
            return
        handler = {
            "new": lambda: self.say(self.state.new_return()),
            "all": lambda: self.act(self.state.all_lines()),
            "more": lambda: self.act(self.state.step(1)),
            "less": lambda: self.act(self.state.step(-1)),
            "condition": lambda: self.act(self.state.toggle_condition()),
            "reason": self.ask_reason,
            "refund_to": lambda: self.act(self.state.toggle_refund_to()),
            "no_receipt": lambda: self.say(self.state.toggle_no_receipt()),
            "flags": self.toggle_flags,
            "ack": self.acknowledge,
            "complete": self.completion.complete,
            "reprint": self.completion.reprint,
            "exchange": self.completion.exchange,
        }.get(action)
        if handler:
            handler()
        if self.dialog is None:
            self.field.setFocus()

    def say(self, said: Say) -> None:
        """Show what the state said, and the state as it is now."""
        m = self.message
        {"ok": m.show_ok, "info": m.show_info, "error": m.show_error}[said.kind](said.text)
        self.show_state()

    def act(self, outcome: Change | Say | None) -> None:
        """A key's outcome: a new choice for the service to check, or words."""
        if isinstance(outcome, Change):
            self._apply(outcome)
        elif outcome is not None:
            self.say(outcome)

    def on_enter(self) -> None:
        text = self.field.text().strip()
        if self.state.mode == FLAGS:
            self.field.clear()
            if text:
                self.message.show_error(tr("returns", "Flags are shown: F10 goes back to the return"))
            return
        if not text:
            if self.state.has_choice():
                self.message.show_info(tr("returns", "F12 completes the refund"))
            return
        self.field.clear()
        q = self.state.typed_quantity(text)
        if q is not None:
            self.act(self.state.set_quantity(q))
        elif self.state.mode == RECEIPT:
            self.lookup(text)
        else:
            self.add_item(text)

    def lookup(self, ref: str) -> None:
        self.message.show_info(tr("returns", "Looking up receipt {receipt}…", receipt=ref.upper()))
        self.ops.call(lookup.find_sale, ref, ok=lambda sale: self.say(self.state.found(sale)), err=self.error)

    def add_item(self, text: str) -> None:
        def found(answer):
            product, q = answer
            self._apply(self.state.add_item(product, q))

        self.ops.call(no_receipt.find_return_item, text, ok=found, err=self.error)

    def _apply(self, change: Change) -> None:
        """Show a changed choice at once and ask the service for its preview (state.propose)."""
        st = self.state
        ticket = st.propose(change)
        self.show_state()

        def ok(answer):
            if not st.accept(ticket, answer):
                return
            if change.done:
                self.message.show_ok(change.done)
            self.show_state()
            if st.complete_when_ready:
                st.complete_when_ready = False
                self.completion.complete()

        def err(exc):
            if st.refuse(ticket):
                self.show_state()
                self.error(exc)

        if st.mode == RECEIPT:
            lines = st.lines_in()
            if not lines:
                ok(None)
                return
            assert st.sale is not None  # lines chosen: from the sale shown
            role = self.user.role if self.user else ""
            self.ops.call(planning.preview, st.sale, lines, st.refund_to, role=role, ok=ok, err=err)
        else:
            its = st.items_in()
            if not its:
                ok(None)
                return
            self.ops.call(no_receipt.no_receipt_preview, its, st.refund_to, ok=ok, err=err)

    def ask_reason(self, then=None) -> None:
        dlg = ReasonDialog(self.state.reason, self)

        def done(code):
            if code == ReasonDialog.DialogCode.Accepted and dlg.chosen:
                self.state.choose_reason(dlg.chosen)
                self.show_state()
                if then is not None:
                    then()
                else:
                    self.message.show_ok(tr("returns", "Reason: {reason}", reason=view.reason_words(dlg.chosen, tr)))

        self.open_dialog(dlg, done)

    # ---- flags ---------------------------------------------------------------------------
    def toggle_flags(self) -> None:
        if self.state.toggle_flags():
            self.show_state()
            self.load_flags()
        else:
            self.message.clear_message()
            self.show_state()

    def load_flags(self, announce: bool = True) -> None:
        self.ops.call(flags.flags, ok=lambda rows: self._show_flags(rows, announce), err=self.error)

    def _show_flags(self, rows, announce: bool = True) -> None:
        self.state.flags_loaded(rows)
        fill(self.flags_table, view.flag_rows(self.state, self.cfg))
        self.flags_table.resizeRowsToContents()
        self._show_selection()
        if announce:
            self.message.show_info(view.flags_said(self.state))
        self.shown.emit()

    def acknowledge(self) -> None:
        flag = self.state.chosen_flag()
        if isinstance(flag, Say):
            self.say(flag)
            return

        def done(name):
            self.message.show_ok(
                tr("returns", "Flag on {return_no} acknowledged by {name}", return_no=flag[1], name=name)
            )
            self.load_flags(announce=False)

        def refused(exc):
            if not isinstance(exc, PermissionDenied):
                self.error(exc)
                return
            self.approve(
                OverrideDialog(tr("returns", "A manager acknowledges an over-return flag"), self),
                lambda approver: self.ops.call(
                    flags.acknowledge_flag_as, self.user, flag[0], approver, ok=done, err=self.error
                ),
                lambda: None,
            )

        self.ops.call(flags.acknowledge_flag_as, self.user, flag[0], ok=done, err=refused)

    # ---- showing ---------------------------------------------------------------------------
    def _select(self, row: int) -> None:
        if self.state.mode != FLAGS:
            self.state.row = row
            self._show_selection()

    def _select_flag(self, row: int) -> None:
        self.state.flag_row = row
        self._show_selection()

    def _show_selection(self) -> None:
        st = self.state
        if st.mode == FLAGS:
            if 0 <= st.flag_row < self.flags_table.rowCount():
                self.flags_table.selectRow(st.flag_row)
            return
        n = self.lines.rowCount()
        if n:
            st.row = max(0, min(st.row, n - 1))
            self.lines.selectRow(st.row)
            first_cell = self.lines.item(st.row, 0)
            if first_cell is not None:
                self.lines.scrollToItem(first_cell)

    def show_state(self) -> None:
        """The state on screen: mode, field, lines, refund panel, keys."""
        st = self.state
        self.middle.setCurrentWidget(self.flags_table if st.mode == FLAGS else self.lines)
        self.side.setVisible(st.mode != FLAGS)
        self.mode_label.setText(view.mode_title(st))
        look(self.mode_label, 20, True, view.mode_colour(st))
        self.field.setPlaceholderText(view.placeholder(st))
        self.offline.setVisible(st.mode == RECEIPT and st.sale is not None and not st.sale.online)
        self.sale_info.setText(view.sale_info(st, self.cfg))
        self.hint.setText(view.hint(st))
        for col in view.RECEIPT_ONLY_COLUMNS:
            self.lines.setColumnHidden(col, st.mode == NO_RECEIPT)
        if st.mode != FLAGS:
            self.lines.setHorizontalHeaderLabels(view.line_columns(st.mode, tr))
            fill(self.lines, view.line_rows(st))
            self._show_selection()
        self.side.show_panel(view.panel(st))
        self.side.show_result(st.result_text, st.voucher_text)
        for action, btn in self.keys.buttons.items():
            btn.setEnabled(st.key_enabled(action))
        for action, caption in view.key_captions(st).items():
            self.keys.buttons[action].setText(caption)
        if st.mode != FLAGS:
            self.shown.emit()


__all__ = ["ReturnsScreen", "KEYS"]
