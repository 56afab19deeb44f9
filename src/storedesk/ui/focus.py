"""Give the keyboard back to the till after every dialog, with or without a window manager.

Tills often run without a window manager. There, nobody hands the X input focus back when a
dialog's window closes: X gives it to the desktop (the root window), Qt has no active window,
and every window-level key (Sync's Enter and R, Pickup's Ctrl+1…5, Ctrl+L) is lost until
someone clicks the window. One rule for every dialog of the app, here rather than in each
screen: when one of the app's windows other than the main window hides, the dialog still open
(a PIN dialog over the payment dialog) or else the main window is raised and activated — Qt
sets the X input focus itself when there is no window manager to ask — and the current
screen's field gets the keyboard. Only when the app had the keyboard as the dialog went: a
dialog the idle lock closes while someone works in another program does not take it from them.

The rule follows windows through `QGuiApplication.focusWindowChanged`, a signal, rather than an
application-wide event filter: it costs nothing per key or per paint at the counter.

The field a screen wants (`home_field`): the screen's `focus_home()` when it has one; else
the field it last focused, if that is still usable; else its first visible, enabled text field;
else the screen itself when it takes the keyboard (Sync)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

# Windows that never hold the keyboard themselves: their closing needs nothing.
_PASSING = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)
_WATCHED = "storedeskFocusKept"  # a window property: its hiding is already watched


def _usable(widget: QWidget | None) -> bool:
    return (
        widget is not None
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


def _first_field(screen: QWidget) -> QWidget | None:
    """The first visible, enabled, editable text field of `screen`, in focus-chain order."""
    widget = screen.nextInFocusChain()
    seen = set()
    while widget is not None and widget is not screen and id(widget) not in seen:
        seen.add(id(widget))
        editable = isinstance(widget, QLineEdit) and not widget.isReadOnly()
        # a combo box's or spin box's own line edit is part of that box, not a field of its own
        if (
            editable
            and screen.isAncestorOf(widget)
            and _usable(widget)
            and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def home_field(screen: QWidget | None) -> QWidget | None:
    """The widget of `screen` that should have the keyboard now (see the module's docstring)."""
    if screen is None:
        return None
    hook = getattr(screen, "focus_home", None)
    if callable(hook):
        chosen = hook()
        if _usable(chosen):
            return chosen
    current = screen.window().focusWidget()
    if current is not None and screen.isAncestorOf(current) and _usable(current):
        return current
    field = _first_field(screen)
    if field is not None:
        return field
    return screen if _usable(screen) else None


def open_dialog(main: QWidget, hiding: QWindow | None = None) -> QWidget | None:
    """A dialog of the app still on screen (the modal one first), other than `main` and the
    one whose window is `hiding` (it still counts as visible while it goes)."""
    candidates = [QApplication.activeModalWidget(), *QApplication.topLevelWidgets()]
    for widget in candidates:
        if (
            widget is not None
            and widget is not main
            and isinstance(widget, QDialog)
            and widget.isVisible()
            and (hiding is None or widget.windowHandle() is not hiding)
        ):
            return widget
    return None


def activate(window: QWidget) -> None:
    """Raise `window` and give it the keyboard (X: Qt sets the input focus when no window
    manager is there to ask)."""
    window.raise_()
    window.activateWindow()


class FocusKeeper(QObject):
    """Keeps the keyboard on the main window and its current screen's field.

    `screen_of()` returns the screen now shown in the main window."""

    def __init__(self, window: QWidget, screen_of):
        super().__init__(window)
        self.window = window
        self.screen_of = screen_of
        self.restored = 0  # how many times the keyboard was given back (tests read it)
        cast(QGuiApplication, QGuiApplication.instance()).focusWindowChanged.connect(self._focus_window_changed)

    def _alive(self) -> bool:
        """False once the main window is gone (a dialog may outlive it and still hide)."""
        return isValid(self) and isValid(self.window)

    def _focus_window_changed(self, window: QWindow | None) -> None:
        """A window of the app got the keyboard: when it is not the main window, give the
        keyboard back the moment it hides."""
        if not self._alive() or window is None or window.property(_WATCHED):
            return
        if window is self.window.windowHandle() or window.flags() & Qt.WindowType.WindowType_Mask in _PASSING:
            return
        window.setProperty(_WATCHED, True)
        window.visibleChanged.connect(self._window_visibility)

    def _window_visibility(self, visible: bool) -> None:
        # Only when the app had the keyboard as the window went: a dialog closed behind the
        # back of someone working in another program (the idle lock) does not take it from them.
        if not visible and QGuiApplication.focusWindow() is not None:
            self.give_back(self.sender())

    def give_back(self, hiding: QObject | None = None) -> None:
        """Activate the dialog still open, or the main window; then, once the closed dialog's
        own handlers have run, put the keyboard in the current screen's field. `hiding`: the
        window that is going."""
        if not self._alive() or not self.window.isVisible():
            return
        dialog = open_dialog(self.window, hiding if isinstance(hiding, QWindow) else None)
        activate(dialog or self.window)
        self.restored += 1
        QTimer.singleShot(0, self, self.focus_screen)

    def focus_screen(self) -> None:
        if not self._alive() or not self.window.isVisible():
            return
        dialog = open_dialog(self.window)
        if dialog is not None:
            if QApplication.activeWindow() is not dialog:
                activate(dialog)
            return
        if QApplication.activeWindow() is not self.window:
            activate(self.window)
        field = home_field(self.screen_of())
        if field is not None and not field.hasFocus():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
