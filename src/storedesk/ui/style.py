"""Large type and touch-sized buttons, readable from a step back — without style sheets.

Qt style sheets route every widget's painting through the style-sheet engine: with one
application-wide sheet a scan cost ~5 ms more to paint (the basket table and its scroll bar
were the worst). So the look is set with the Fusion style, a palette and fonts: `apply` once
for the application, `decorate` once for each screen or dialog after it is built.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

from .palette import (
    ACCENT_BLUE,
    ALTERNATE_ROW,
    FAINT_GREY,
    INK,
    MUTED_GREY,
    OK_GREEN,
    PRIMARY_BLUE,
    SELECTION,
    WHITE,
    WINDOW,
)

# objectName -> (pixel size, bold, colour)
LABELS = {
    "title": (28, True, ACCENT_BLUE),
    "total": (44, True, ACCENT_BLUE),
    "totalCaption": (16, False, MUTED_GREY),
    "change": (30, True, OK_GREEN),
}


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPixelSize(15)
    app.setFont(font)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    pal.setColor(QPalette.ColorRole.Text, QColor(INK))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    pal.setColor(QPalette.ColorRole.Base, QColor(WHITE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(ALTERNATE_ROW))
    pal.setColor(QPalette.ColorRole.Button, QColor(WHITE))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(INK))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(FAINT_GREY))
    app.setPalette(pal)


def _font(widget: QWidget, px: int, bold: bool = False) -> None:
    f = QFont(widget.font())
    f.setPixelSize(px)
    f.setBold(bold)
    widget.setFont(f)


def _colour(widget: QWidget, role: QPalette.ColorRole, colour: str) -> None:
    pal = widget.palette()
    pal.setColor(role, QColor(colour))
    widget.setPalette(pal)


def primary(button: QPushButton) -> None:
    """The default action of a screen: blue, bold."""
    button.setProperty("primary", True)
    _colour(button, QPalette.ColorRole.Button, PRIMARY_BLUE)
    _colour(button, QPalette.ColorRole.ButtonText, WHITE)
    _font(button, 15, bold=True)


def look(label: QWidget, px: int, bold: bool, colour: str) -> None:
    """One label's own size, weight and colour: a figure or a word that must stand out."""
    _font(label, px, bold)
    _colour(label, QPalette.ColorRole.WindowText, colour)


def decorate(root: QWidget) -> None:
    """Give a freshly built screen or dialog its fonts, colours and touch sizes."""
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit):
            _font(w, 18)
            w.setMinimumHeight(44)
        elif isinstance(w, QPushButton):
            w.setMinimumHeight(max(w.minimumHeight(), 48))
            if w.property("primary"):
                primary(w)
        elif isinstance(w, QLabel) and w.objectName() in LABELS:
            px, bold, colour = LABELS[w.objectName()]
            _font(w, px, bold)
            _colour(w, QPalette.ColorRole.WindowText, colour)
        elif isinstance(w, QHeaderView):
            _font(w, 15, bold=True)
