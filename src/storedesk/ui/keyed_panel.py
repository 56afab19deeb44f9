"""The keyed panel every screen builds on: a key bar whose keys act from anywhere in the
panel (line edits included: window shortcuts only fire while the window is active), one
message line, one open dialog at a time, and the manager-PIN retry of a refused action.
Also the layout the screens share: rows top to bottom above the message line and the keys
(`arrange`), and a work area beside its side panel (`beside`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import PermissionDenied
from ..services.context import User
from .dialogs import OverrideDialog
from .keymap import Key  # a key-bar row: (action, key, caption)
from .ops import Ops, message_of
from .translation import tr
from .widgets import KeyBar, MessageLine

Row = QWidget | QLayout | tuple[QWidget | QLayout, int]  # a row of a column, alone or with its stretch


def column(*rows: Row, parent: QWidget | None = None) -> QVBoxLayout:
    """`rows` top to bottom: each a widget or a layout, alone or with its stretch."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    for row in rows:
        item, stretch = row if isinstance(row, tuple) else (row, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def beside(work: QLayout, side: QWidget, shares: tuple[int, int] = (3, 1)) -> QHBoxLayout:
    """A screen's work area with its side panel on the right (totals, refund, figures),
    sharing the width as `shares` says."""
    layout = QHBoxLayout()
    layout.addLayout(work, shares[0])
    layout.addWidget(side, shares[1])
    return layout


class KeyedPanel(QWidget):
    """A panel with a key bar; F-keys act from any of its line edits too (window shortcuts
    only fire while the window is active). `user_fn()` gives the signed-in user."""

    back = Signal()
    done = Signal()  # an action finished and its result is on screen (tests wait on it)

    def __init__(
        self,
        ops: Ops,
        cfg,
        user_fn: Callable,
        keys: Sequence[Key],
        parent=None,
        per_row: int | None = None,
        window_keys: Collection[str] = (),
        screen_keys: Collection[str] = (),
    ):
        """`keys`: (action, key, caption) rows; the key is shown on its button and is the action's
        shortcut, as QKeySequence reads it ("F2", "Del", "Esc", "Ctrl+P").
        `per_row`: key buttons per row. By default more than six keys take two rows: one row
        of eight or nine captioned keys was over 1024 px, wider than a small till.
        `window_keys`: actions whose key the main window already has as a shortcut of its own
        (the counter's Ctrl+L): on the key bar and acting from the watched fields, but given no
        shortcut of the panel's, since two shortcuts on one key would cancel each other out.
        `screen_keys`: actions whose key the screen reads itself (Returns' + and −, only in an
        empty field): a button, and no shortcut."""
        super().__init__(parent)
        self.ops, self.cfg, self.user_fn = ops, cfg, user_fn
        self.dialog: QDialog | None = None
        self.message = MessageLine()
        if per_row is None and len(keys) > 6:
            per_row = (len(keys) + 1) // 2
        # the captions are marked in ui/keymap.py (context "keys") and shown in the screens' language
        self.keys = KeyBar([(a, k, tr("keys", c)) for a, k, c in keys], per_row=per_row)
        self.keys.triggered.connect(self.trigger)
        self._shortcuts = {a: QKeySequence(k) for a, k, _c in keys if a not in screen_keys}
        for action, seq in self._shortcuts.items():
            if action in window_keys:
                continue
            sc = QShortcut(seq, self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda a=action: self.trigger(a))

    def arrange(self, *rows: Row) -> None:
        """The panel top to bottom: `rows` (see column), then the message line and the key bar."""
        column(*rows, self.message, self.keys, parent=self)

    def watch(self, *fields: QLineEdit) -> None:
        for f in fields:
            f.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == event.Type.KeyPress and isinstance(obj, QLineEdit):
            typed = QKeySequence(event.key() | event.modifiers().value)
            for action, seq in self._shortcuts.items():
                if typed == seq:
                    self.trigger(action)
                    return True
        return super().eventFilter(obj, event)

    @property
    def user(self):
        return self.user_fn()

    @property
    def clerk(self) -> User:
        """The signed-in user, for an action that runs only while someone is signed in (a
        screen takes keys only then)."""
        user = self.user
        assert user is not None
        return user

    def trigger(self, action: str) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def focus_home(self) -> QWidget | None:
        """The field that takes the keyboard back after a dialog or an error (ui/focus.py asks
        it too); None leaves the keyboard where it is."""
        return None

    def _refocus(self) -> None:
        home = self.focus_home()
        if home is not None:
            home.setFocus()

    def error(self, exc) -> None:
        self.message.show_error(message_of(exc))
        self._refocus()
        self.done.emit()

    def open_dialog(self, dlg: QDialog, on_finished) -> None:
        self.dialog = dlg

        def finished(code):
            self.dialog = None
            on_finished(code)
            self.after_dialog()

        dlg.finished.connect(finished)
        dlg.open()

    def after_dialog(self) -> None:
        """Where the keyboard goes once a dialog has closed and its answer was acted on: to
        focus_home() unless a screen says otherwise (Shift: its first count field)."""
        self._refocus()

    def approve(self, dlg: OverrideDialog, approved: Callable, cancelled: Callable) -> None:
        """Ask a manager's name and PIN in `dlg`: `approved((name, pin))` when given, else
        `cancelled()`. The dialog half of `gated`, for a screen whose retry is its own."""

        def finished(code):
            if code == QDialog.DialogCode.Accepted:
                approved(dlg.credentials())
            else:
                cancelled()

        self.open_dialog(dlg, finished)

    def _gated_cancelled(self) -> None:
        self.message.show_info(tr("panel", "Cancelled: nothing was changed"))
        self.done.emit()

    def gated(self, fn, *args, ok, **kwargs) -> None:
        """Run a permission-checked service; on refusal ask a manager's PIN and retry once."""
        user = self.user
        if user is None:
            self.message.show_error(tr("panel", "Sign in first"))
            return

        def refused(exc):
            if not isinstance(exc, PermissionDenied):
                self.error(exc)
                return
            self.approve(
                OverrideDialog.for_refusal(exc, self),
                lambda approver: self.ops.call(fn, user, *args, approver=approver, **kwargs, ok=ok, err=self.error),
                self._gated_cancelled,
            )

        self.ops.call(fn, user, *args, **kwargs, ok=ok, err=refused)
