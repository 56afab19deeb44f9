"""The station's look for tired eyes: a high-contrast theme and a larger text size (issue 16).

Both are one till's settings (`storedesk config set theme high_contrast`, `... text_size 125`),
read when the station opens. The high-contrast theme is black on white with yellow for the
chosen row and the field being typed, every text at least 7:1 against its background (WCAG
AAA; `contrast_ratio` measures it): each colour of palette.py has a darker or stronger twin
here, so the screens keep naming colours by what they mean. Screens set some colours
themselves after they are built (the message line turns red on a refusal): `Remapper` turns
those into their twins as they are set, and `FocusOutline` draws a thick black frame on a
yellow field around whatever has the keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from . import palette as p

STANDARD = "standard"
HIGH_CONTRAST = "high_contrast"
THEMES = (STANDARD, HIGH_CONTRAST)
TEXT_SIZES = (100, 125, 150)  # per cent of the standard type

BLACK = "#000000"
YELLOW = "#ffff00"

# Each colour of palette.py -> its high-contrast twin (black, white, yellow, and dark colours
# that read 7:1 on white and on yellow). No twin is itself another colour's standard value.
HIGH_CONTRAST_COLOURS: dict[str, str] = {
    p.INK: BLACK,
    p.WHITE: "#ffffff",
    p.WINDOW: "#ffffff",
    p.ALTERNATE_ROW: "#ececec",
    p.SELECTION: YELLOW,
    p.ERROR_RED: "#a00000",
    p.ERROR_BACKGROUND: YELLOW,
    p.FAULT_RED: "#a00000",
    p.OK_GREEN: "#005a00",
    p.OK_BACKGROUND: "#ffffff",
    p.INFO_BLUE: "#00007a",
    p.INFO_BACKGROUND: "#ffffff",
    p.WARNING_AMBER: "#5c3200",
    p.ACCENT_BLUE: BLACK,
    p.PRIMARY_BLUE: BLACK,
    p.FOCUS_YELLOW: YELLOW,
    p.MUTED_GREY: "#333333",
    p.FAINT_GREY: "#4a4a4a",
    p.DISABLED_FACE: "#ffffff",
}


@dataclass(frozen=True)
class TextPair:
    """Text of one colour on a background of another, as some screen shows it."""

    where: str
    text: str
    background: str


# Every text-on-background pair the screens use, by palette.py's names (the test of the
# high-contrast theme measures each one there).
TEXT_PAIRS = (
    TextPair("ordinary text on the window", p.INK, p.WINDOW),
    TextPair("text in a field or a table", p.INK, p.WHITE),
    TextPair("text on every other row", p.INK, p.ALTERNATE_ROW),
    TextPair("the chosen row", p.INK, p.SELECTION),
    TextPair("the field being typed", p.INK, p.FOCUS_YELLOW),
    TextPair("a screen's default button", p.WHITE, p.PRIMARY_BLUE),
    TextPair("a refusal on the message line", p.ERROR_RED, p.ERROR_BACKGROUND),
    TextPair("a refused line in a table", p.ERROR_RED, p.WHITE),
    TextPair("a refused figure on the window", p.ERROR_RED, p.WINDOW),
    TextPair("a rejected sync in the status bar", p.WHITE, p.FAULT_RED),
    TextPair("done, on the message line", p.OK_GREEN, p.OK_BACKGROUND),
    TextPair("the change to give", p.OK_GREEN, p.WINDOW),
    TextPair("a note on the message line", p.INFO_BLUE, p.INFO_BACKGROUND),
    TextPair("payments taken", p.INFO_BLUE, p.WINDOW),
    TextPair("needs a manager", p.WARNING_AMBER, p.WINDOW),
    TextPair("titles and totals", p.ACCENT_BLUE, p.WINDOW),
    TextPair("captions", p.MUTED_GREY, p.WINDOW),
    TextPair("voided lines and placeholders", p.FAINT_GREY, p.WHITE),
    TextPair("voided lines on every other row", p.FAINT_GREY, p.ALTERNATE_ROW),
    TextPair("a key that cannot act now", p.FAINT_GREY, p.DISABLED_FACE),
)

_theme = STANDARD


def current() -> str:
    return _theme


def set_current(theme: str) -> None:
    global _theme
    _theme = theme if theme in THEMES else STANDARD


def colour(standard: str, theme: str | None = None) -> str:
    """The colour to show for palette.py's `standard` in `theme` (default: the current one)."""
    if (theme or _theme) == HIGH_CONTRAST:
        return HIGH_CONTRAST_COLOURS.get(standard.lower(), standard)
    return standard


def brush(standard: str) -> QBrush:
    """A brush for a table cell's text in palette.py's `standard` colour, in the current theme
    (a cell's colour is no widget's palette: the Remapper never sees it)."""
    return QBrush(QColor(colour(standard)))


def themed(text: str, theme: str | None = None) -> str:
    """A style sheet or rich text with palette.py's colours, in `theme`'s colours."""
    if (theme or _theme) != HIGH_CONTRAST:
        return text
    for standard, twin in HIGH_CONTRAST_COLOURS.items():
        text = text.replace(standard, twin)
    return text


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of a `#rrggbb` colour."""
    c = QColor(hex_colour)
    return 0.2126 * _linear(c.red()) + 0.7152 * _linear(c.green()) + 0.0722 * _linear(c.blue())


def contrast_ratio(text: str, background: str) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white); AAA asks 7 for ordinary text."""
    lighter, darker = sorted((luminance(text), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
_ROLES = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.Button,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.Highlight,
    QPalette.ColorRole.HighlightedText,
    QPalette.ColorRole.PlaceholderText,
)


def remapped(pal: QPalette) -> QPalette | None:
    """`pal` with every standard colour replaced by its high-contrast twin; None if it has none."""
    out = QPalette(pal)
    changed = False
    for group in _GROUPS:
        for role in _ROLES:
            name = pal.color(group, role).name()
            twin = HIGH_CONTRAST_COLOURS.get(name)
            if twin is not None and twin != name:
                out.setColor(group, role, QColor(twin))
                changed = True
    return out if changed else None


class Remapper(QObject):
    """High contrast: a colour a screen sets on a widget after it was built (the message line's
    red, a late figure's green) becomes its high-contrast twin as it is set. Palette changes are
    rare (a message changing kind), so looking at each costs nothing a clerk can feel."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._busy = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.PaletteChange and not self._busy and isinstance(obj, QWidget):
            pal = remapped(obj.palette())
            if pal is not None:
                self._busy = True
                try:
                    obj.setPalette(pal)
                finally:
                    self._busy = False
        return False


# The thick frame around what has the keyboard: a style sheet on that one widget only (an
# application-wide sheet slowed every scan's painting: see style.py).
# (no `color`: the sheet would draw the placeholder in half-transparent black, olive on yellow)
FOCUS_SHEET = "{kind} {{ border: 3px solid #000000; background: #ffff00; }}"
_FOCUS_KINDS = ("QLineEdit", "QComboBox", "QAbstractSpinBox", "QPlainTextEdit", "QTextEdit", "QPushButton")


class FocusOutline(QObject):
    """High contrast: the field or button that has the keyboard gets a 3 px black frame on
    yellow, and loses it when the keyboard moves on."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._marked: QWidget | None = None
        app.focusChanged.connect(self.moved)

    def moved(self, _old, new) -> None:
        if self._marked is not None:
            try:
                self._marked.setStyleSheet("")
            except RuntimeError:  # the widget was deleted with its dialog
                pass
            self._marked = None
        kind = next((k for k in _FOCUS_KINDS if new is not None and new.inherits(k)), None)
        if kind is None or new.styleSheet():
            return
        if kind == "QLineEdit" and new.parent() is not None and new.parent().inherits("QComboBox"):
            new, kind = new.parent(), "QComboBox"
        new.setStyleSheet(FOCUS_SHEET.format(kind=kind))
        self._marked = new
