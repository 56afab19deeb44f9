"""Large type and touch-sized buttons, readable from a step back — without style sheets.

Qt style sheets route every widget's painting through the style-sheet engine: with one
application-wide sheet a scan cost ~5 ms more to paint (the basket table and its scroll bar
were the worst). So the look is set with the Fusion style, a palette and fonts: `apply` once
for the application, `decorate` once for each screen or dialog after it is built.

Every size here is the standard one: `scaled(px)` gives it at the station's text size (100,
125 or 150 %), and every colour goes through the station's theme (ui/theme.py), so the high-
contrast theme and a larger type reach every screen from here. `decorate` also names each
control for a screen reader (ui/accessibility.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from . import theme
from .accessibility import name_controls
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

# objectName -> (pixel size, bold, colour), at the standard text size
BASE_LABELS = {
    "title": (28, True, ACCENT_BLUE),
    "total": (44, True, ACCENT_BLUE),
    "totalCaption": (16, False, MUTED_GREY),
    "change": (30, True, OK_GREEN),
}
LABELS = dict(BASE_LABELS)  # at the station's text size (sale/totals.py reads the total's from here)
BASE_PX = 15  # the application's type at 100 %

_scale = 1.0  # the station's text size / 100


def scaled(px: int) -> int:
    """A size in pixels at the station's text size: scaled(15) is 19 at 125 %."""
    return round(px * _scale)


def text_size() -> int:
    return round(_scale * 100)


def apply(app: QApplication, text_size: int = 100, theme_name: str = theme.STANDARD) -> None:
    """The application's style, type and palette; again when the station's settings are read
    (ui/accessibility.apply_station_look), before the screens are built."""
    global _scale
    _scale = (text_size if text_size in theme.TEXT_SIZES else 100) / 100
    theme.set_current(theme_name)
    LABELS.update({k: (scaled(px), bold, c) for k, (px, bold, c) in BASE_LABELS.items()})
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPixelSize(scaled(BASE_PX))
    app.setFont(font)
    pal = QPalette()
    roles = (
        (QPalette.ColorRole.Window, WINDOW),
        (QPalette.ColorRole.WindowText, INK),
        (QPalette.ColorRole.Text, INK),
        (QPalette.ColorRole.ButtonText, INK),
        (QPalette.ColorRole.Base, WHITE),
        (QPalette.ColorRole.AlternateBase, ALTERNATE_ROW),
        (QPalette.ColorRole.Button, WHITE),
        (QPalette.ColorRole.Highlight, SELECTION),
        (QPalette.ColorRole.HighlightedText, INK),
        (QPalette.ColorRole.PlaceholderText, FAINT_GREY),
    )
    for role, colour in roles:
        pal.setColor(role, QColor(theme.colour(colour)))
    app.setPalette(pal)


def _font(widget: QWidget, px: int, bold: bool = False) -> None:
    f = QFont(widget.font())
    f.setPixelSize(scaled(px))
    f.setBold(bold)
    widget.setFont(f)


def _colour(widget: QWidget, role: QPalette.ColorRole, colour: str) -> None:
    pal = widget.palette()
    pal.setColor(role, QColor(theme.colour(colour)))
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
        elif isinstance(w, QLabel) and w.objectName() in BASE_LABELS:
            px, bold, colour = BASE_LABELS[w.objectName()]
            _font(w, px, bold)
            _colour(w, QPalette.ColorRole.WindowText, colour)
        elif isinstance(w, QHeaderView):
            _font(w, 15, bold=True)
    name_controls(root)


_watchers: list[QObject] = []  # the high-contrast theme's Remapper and FocusOutline, while it is on


def apply_station_look(app: QApplication, theme_name: str, text_size: int, built: tuple[QWidget, ...] = ()) -> None:
    """The till's own theme and text size (`storedesk config set theme|text_size`), once its
    settings are read and before its screens are built; `built`: screens made before that (the
    login screen), given their look again. Standard at 100 % changes nothing."""
    apply(app, text_size, theme_name)
    for watcher in _watchers:
        if isinstance(watcher, theme.FocusOutline):
            watcher.moved(None, None)  # the field marked last loses its frame
        app.removeEventFilter(watcher)
        watcher.deleteLater()
    _watchers.clear()
    if theme.current() == theme.HIGH_CONTRAST:
        remapper = theme.Remapper(app)
        app.installEventFilter(remapper)
        _watchers.extend((remapper, theme.FocusOutline(app)))
    for root in built:
        decorate(root)
        if theme.current() == theme.HIGH_CONTRAST:
            for w in [root, *root.findChildren(QWidget)]:
                pal = theme.remapped(w.palette())
                if pal is not None:
                    w.setPalette(pal)


def fit_pages(stack: QStackedWidget) -> None:
    """At a text size above 100 % some screens need more than a small till's width (their
    columns are measured in the larger type): let the window ask only for the room of the
    screen shown (a stack asks for its largest page), so the counter still fits, and give the
    window back to the screen's size when a wider page has stretched it. Nothing at 100 %."""
    if _scale <= 1.0:
        return

    def shown(index: int) -> None:
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is None:
                continue
            policy = page.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored)
            policy.setVerticalPolicy(QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)
        stack.updateGeometry()
        window = stack.window()
        screen = window.screen()
        if screen is not None and QGuiApplication.platformName() != "offscreen":
            area = screen.availableGeometry()
            if window.width() > area.width() or window.height() > area.height():
                window.resize(min(window.width(), area.width()), min(window.height(), area.height()))

    stack.currentChanged.connect(shown)
    shown(stack.currentIndex())
