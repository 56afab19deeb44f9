"""The keyed panel every screen builds on: a key bar whose keys act from anywhere in the
panel (line edits included: window shortcuts only fire while the window is active), one
message line, one open dialog at a time, and the manager-PIN retry of a refused action."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ..domain.errors import PermissionDenied
from .dialogs import OverrideDialog
from .ops import Ops, message_of
from .widgets import KeyBar, MessageLine, Shortcut


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
        keys: Sequence[tuple[str, str, str, Shortcut]],
        parent=None,
        per_row: int | None = None,
    ):
        """`per_row`: key buttons per row. By default more than six keys take two rows: one row
        of eight or nine captioned keys was over 1024 px, wider than a small till."""
        super().__init__(parent)
        self.ops, self.cfg, self.user_fn = ops, cfg, user_fn
        self.dialog: QDialog | None = None
        self.message = MessageLine()
        if per_row is None and len(keys) > 6:
            per_row = (len(keys) + 1) // 2
        self.keys = KeyBar([(a, k, c) for a, k, c, _ in keys], per_row=per_row)
        self.keys.triggered.connect(self.trigger)
        self._shortcuts = {a: s for a, _k, _c, s in keys}
        for action, seq in self._shortcuts.items():
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda a=action: self.trigger(a))

    def watch(self, *fields: QLineEdit) -> None:
        for f in fields:
            f.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == event.Type.KeyPress and isinstance(obj, QLineEdit):
            typed = QKeySequence(event.key() | event.modifiers().value)
            for action, seq in self._shortcuts.items():
                if typed == QKeySequence(seq):
                    self.trigger(action)
                    return True
        return super().eventFilter(obj, event)

    @property
    def user(self):
        return self.user_fn()

    def trigger(self, action: str) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def error(self, exc) -> None:
        self.message.show_error(message_of(exc))
        self.done.emit()

    def open_dialog(self, dlg: QDialog, on_finished) -> None:
        self.dialog = dlg

        def finished(code):
            self.dialog = None
            on_finished(code)

        dlg.finished.connect(finished)
        dlg.open()

    def gated(self, fn, *args, ok, **kwargs) -> None:
        """Run a permission-checked service; on refusal ask a manager's PIN and retry once."""
        user = self.user
        if user is None:
            self.message.show_error("Sign in first")
            return

        def refused(exc):
            if not isinstance(exc, PermissionDenied):
                self.error(exc)
                return
            dlg = OverrideDialog.for_refusal(exc, self)

            def finished(code):
                if code == QDialog.DialogCode.Accepted:
                    self.ops.call(fn, user, *args, approver=dlg.credentials(), **kwargs, ok=ok, err=self.error)
                else:
                    self.message.show_info("Cancelled: nothing was changed")
                    self.done.emit()

            self.open_dialog(dlg, finished)

        self.ops.call(fn, user, *args, **kwargs, ok=ok, err=refused)
