"""Large type and touch-sized buttons, readable from a step back — without style sheets.

Qt style sheets route every widget's painting through the style-sheet engine: with one
application-wide sheet a scan cost ~5 ms more to paint (the basket table and its scroll bar
were the worst). So the look is set with the Fusion style, a palette and fonts: `apply` once
for the application, `decorate` once for each screen or dialog after it is built.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

INK = "#1d2327"
BLUE = "#1f6feb"
# objectName -> (pixel size, bold, colour)
LABELS = {
    "title": (28, True, "#0b3d91"),
    "total": (44, True, "#0b3d91"),
    "totalCaption": (16, False, "#52606d"),
    "change": (30, True, "#03543f"),
}


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPixelSize(15)
    app.setFont(font)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#f4f6f8"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    pal.setColor(QPalette.ColorRole.Text, QColor(INK))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    pal.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#cfe2ff"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(INK))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a96a3"))
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
    _colour(button, QPalette.ColorRole.Button, BLUE)
    _colour(button, QPalette.ColorRole.ButtonText, "#ffffff")
    _font(button, 15, bold=True)


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
