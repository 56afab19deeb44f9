"""Small shared widgets: the message line, the key bar, money text, read-only tables and
table columns that stay readable on a small till."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..domain.money_format import fmt_money
from ..i18n.formats import parse_decimal
from . import theme
from .accessibility import show_kind
from .palette import ERROR_BACKGROUND, ERROR_RED, FAINT_GREY, INFO_BACKGROUND, INFO_BLUE, OK_BACKGROUND, OK_GREEN
from .style import scaled
from .translation import tr
from .wording import number


def money(amount: Decimal, currency: str = "EUR") -> str:
    return fmt_money(amount, currency)


def typed_number(text: str) -> str:
    """A number a clerk typed in the store's locale ("2,5" or "1 234,50" in French, "1,234.50"
    in Irish), written as the domain's parsers read it ("2.5", "1234.50"), so that they apply
    their own limits and messages. Text that is not a number in the locale is given on as typed:
    the parser refuses it in its own words (or reads it as it always did: "2,5" at an Irish till)."""
    try:
        return format(parse_decimal(text), "f")
    except ValueError:
        return text


def shown_of(shown: int, total: int, capped: bool) -> str:
    """A list that shows the first matches says how many match in all, and what to do:
    "20 of 1,204 products shown: type more of the name or SKU"."""
    if capped:
        return tr(
            "widgets",
            "{shown} of more than %n product(s) shown: type more of the name or SKU",
            n=total,
            shown=number(shown),
        )
    return tr("widgets", "{shown} of %n product(s) shown: type more of the name or SKU", n=total, shown=number(shown))


_KINDS = {  # background, text, bold
    "error": (ERROR_BACKGROUND, ERROR_RED, True),
    "ok": (OK_BACKGROUND, OK_GREEN, False),
    "info": (INFO_BACKGROUND, INFO_BLUE, False),
    "none": (None, None, False),
}


class MessageLine(QLabel):
    """One line that says what just happened; errors are red and beep.

    Colours go through the palette, not a style-sheet property: re-polishing a style sheet
    on every scan re-lays out the screen and cost several milliseconds per scan."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setFixedHeight(scaled(48))  # two lines at the station's text size
        self.setAutoFillBackground(True)
        self.setContentsMargins(10, 0, 10, 0)
        self._base = QPalette(self.palette())
        self._kind = "none"
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._bold.setPixelSize(scaled(17))
        self._plain = QFont(self.font())
        self._plain.setPixelSize(scaled(17))
        self._show("", "none")

    def _show(self, text: str, kind: str) -> None:
        kind = kind if text else "none"
        if kind != self._kind:
            background, color, bold = _KINDS[kind]
            pal = QPalette(self._base)
            if background:
                pal.setColor(QPalette.ColorRole.Window, QColor(background))
                pal.setColor(QPalette.ColorRole.WindowText, QColor(color))
            self.setPalette(pal)
            self.setFont(self._bold if bold else self._plain)
            self._kind = kind
            show_kind(self, kind)  # an icon and a word: never the colour alone
        self.setText(text)

    def show_error(self, text: str) -> None:
        QApplication.beep()
        self._show(text, "error")

    def show_ok(self, text: str) -> None:
        self._show(text, "ok")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    @property
    def kind(self) -> str:
        return self._kind

    def clear_message(self) -> None:
        self._show("", "none")


# A finger needs 44 px (WCAG 2.5.5, Apple's HIG); the key bar's buttons are taller still.
TOUCH_HEIGHT = 44
KEY_HEIGHT = 56


class KeyBar(QWidget):
    """Touch-sized buttons that also show each action's key. A click or a tap on a button does
    what its key does: both go through the screen's `trigger(action)`."""

    triggered = Signal(str)

    def __init__(self, keys: list[tuple[str, str, str]], parent=None, per_row: int | None = None):
        """keys: (action name, key label, caption). `per_row`: buttons per row when a screen has
        more keys than fit in one row on a 1024 px till."""
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        # the bar's own minimum (see minimumSizeHint), not the sum of one row of its buttons
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.grid = layout
        self.per_row = per_row or len(keys) or 1
        self.columns = self.per_row
        for i, (action, key, caption) in enumerate(keys):
            btn = QPushButton(f"{key}\n{caption}")
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps focus
            btn.setMinimumHeight(KEY_HEIGHT)
            btn.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # never squeezed below a finger
            btn.clicked.connect(lambda _=False, a=action: self.triggered.emit(a))
            btn.installEventFilter(self)  # a key shown or hidden: the bar lays its keys out again
            layout.addWidget(btn, i // self.per_row, i % self.per_row)
            self.buttons[action] = btn
        self.placed: list[tuple[str, int, int]] = [
            (action, i // self.per_row, i % self.per_row) for i, action in enumerate(self.buttons)
        ]

    # ---- more rows when the keys no longer fit one (a larger type, a longer language) ----
    def _fewest_columns(self) -> int:
        """At most twice the rows the screen asked for: a bar never becomes a column of keys."""
        return max(1, math.ceil(self.per_row / 2))

    def shown(self) -> list[str]:
        """The actions whose keys are not hidden (the Manager key is for managers only), in order."""
        return [action for action, btn in self.buttons.items() if not btn.isHidden()]

    def _width_for(self, columns: int) -> int:
        """The least width of the bar with `columns` keys a row: each column as wide as its widest key."""
        widths = [self.buttons[a].minimumSizeHint().width() for a in self.shown()]
        if not widths:
            return 0
        column_widths = [max(widths[c::columns]) for c in range(min(columns, len(widths)))]
        return sum(column_widths) + self.grid.spacing() * (len(column_widths) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        height = self.grid.minimumSize().height()
        return QSize(self._width_for(self._fewest_columns()), height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width_for(self.per_row), self.grid.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.reflow(event.size().width())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.reflow(self.width())
        return super().eventFilter(watched, event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a caption changed (a language): widths may differ
            self.reflow(self.width())
        return super().event(event)

    def reflow(self, width: int) -> None:
        """As many keys a row as `width` holds whole (never more than the screen asked for), the
        shown keys laid out afresh one after the other, a hidden key taking no place: the layout
        is worked out anew from the keys shown now, whatever it was before."""
        columns = self.per_row
        while columns > self._fewest_columns() and self._width_for(columns) > width:
            columns -= 1
        placed = [(action, i // columns, i % columns) for i, action in enumerate(self.shown())]
        self.columns = columns
        if placed == self.placed:
            return
        self.placed = placed
        for btn in self.buttons.values():
            self.grid.removeWidget(btn)
        for action, row, column in placed:
            self.grid.addWidget(self.buttons[action], row, column)
        self.updateGeometry()

    def grey_when_disabled(self) -> None:
        """A key that cannot act now looks it: its text turns faint grey when it is disabled."""
        for btn in self.buttons.values():
            pal = btn.palette()
            pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(FAINT_GREY))
            btn.setPalette(pal)


class SideBySide(QWidget):
    """Parts side by side when the width holds them all, else one above the other: two lists
    that share a 1280 px till at the standard type take turns in height at a larger one. The
    screen asks only for the width of its widest part."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add(self, part: QWidget | QLayout, stretch: int = 0) -> None:
        if isinstance(part, QLayout):
            self.box.addLayout(part, stretch)
        else:
            self.box.addWidget(part, stretch)

    def _widths(self) -> list[int]:
        items = [self.box.itemAt(i) for i in range(self.box.count())]
        return [item.minimumSize().width() for item in items if item is not None]

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(max(self._widths(), default=0), self.box.minimumSize().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        widths = self._widths()
        holds_all = event.size().width() >= sum(widths) + self.box.spacing() * (len(widths) - 1)
        direction = QBoxLayout.Direction.LeftToRight if holds_all else QBoxLayout.Direction.TopToBottom
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()


# ---- read-only tables -----------------------------------------------------------------------
def table(headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A read-only list chosen by rows, one at a time; columns sized to their contents, the
    `stretch` column (a name) taking the rest. readable_columns may then set each column's least width."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    head = t.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        head.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def fill(t: QTableWidget, rows: list[list], right_from: int = 99, colours: list[str | None] | None = None) -> None:
    """Put `rows` of text in `t`; the columns from `right_from` on (numbers) align right and
    take the row's colour, if it has one."""
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(str(text))
            if j >= right_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            colour = colours[i] if colours else None
            if colour and j >= right_from:
                item.setForeground(theme.brush(colour))
            t.setItem(i, j, item)


# ---- readable columns ---------------------------------------------------------------------
CELL_PADDING = 10  # the item view's text margins (3 px a side) and a little air
NAME_LEAST_CHARS = 14  # a name column, short of room, still tells one name from another
HEADER_PADDING = 12  # the header's section margins (4 px a side) and a little air


class ReadableHeader(QHeaderView):
    """A horizontal header whose columns are never narrower than their caption and a typical
    value (a sample such as "W-1234567" or "€9,999.99"); longer values still widen a column
    sized to its contents. With `wrap`, a caption of several words may take two lines, so a
    column of small numbers needs no more than its longest word."""

    def __init__(self, samples: dict[int, str], parent=None, wrap: bool = False, bold: bool = False):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.samples = dict(samples)
        self.wrap = wrap
        self.bold = bold  # the view shows some values in bold: samples are measured so
        if wrap:
            self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def caption(self, logical: int) -> str:
        model = self.model()
        text = (
            model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if model is not None
            else ""
        )
        return str(text or "")

    def caption_width(self, logical: int) -> int:
        """Wide enough for the caption on one line, or with `wrap` on the two lines the header
        has room for ("Remise max. (%)" needs "Remise max." on one of them, not three lines)."""
        fm = QFontMetrics(self.font())
        text = self.caption(logical)
        words = text.split()
        if not self.wrap or len(words) < 2:
            return fm.horizontalAdvance(text) + HEADER_PADDING
        halves = ((" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words)))
        return min(max(fm.horizontalAdvance(a), fm.horizontalAdvance(b)) for a, b in halves) + HEADER_PADDING

    def sample_width(self, logical: int) -> int:
        sample = self.samples.get(logical)
        if not sample:
            return 0
        view = self.parentWidget()
        font = QFont(view.font() if view is not None else self.font())
        font.setBold(self.bold)
        return QFontMetrics(font).horizontalAdvance(sample) + CELL_PADDING

    def readable_width(self, logical: int) -> int:
        return max(self.caption_width(logical), self.sample_width(logical))

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 (Qt's name)
        size = super().sectionSizeFromContents(logical)
        if self.wrap:
            lines = max(1, len(self.caption(logical).split()))
            size.setHeight(max(size.height(), QFontMetrics(self.font()).lineSpacing() * min(lines, 2) + 8))
            return QSize(self.readable_width(logical), size.height())
        return QSize(max(size.width(), self.readable_width(logical)), size.height())


def readable_columns(
    view: QTableView,
    samples: dict[int, str],
    stretch: int | None = None,
    stretch_sample: str = "",
    wrap: bool = False,
    fixed: bool = False,
    bold: bool = False,
) -> ReadableHeader:
    """Give `view` a header that keeps every column readable, and ask the layout for room for
    all of them: each column is at least as wide as its caption and its sample, and the
    `stretch` column (a name) takes the rest, never less than `stretch_sample` (or 14 characters of it). `fixed` sizes
    the other columns once from caption and sample (no re-measuring as rows change); `wrap`
    lets a caption take two lines; `bold`: the samples are measured in bold.

    Call it after the screen's fonts are set (style.decorate): the widths are measured with them."""
    old = view.horizontalHeader()
    header = ReadableHeader(samples, view, wrap=wrap, bold=bold)
    header.setFont(old.font())
    header.setHighlightSections(old.highlightSections())
    view.setHorizontalHeader(header)
    header.setMinimumSectionSize(24)
    needed = 0
    for col in range(header.count()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            fm = QFontMetrics(view.font())
            name = min(fm.horizontalAdvance(stretch_sample), fm.averageCharWidth() * NAME_LEAST_CHARS)
            needed += max(
                header.caption_width(col),
                header.sample_width(col) if col in samples else 0,
                name + CELL_PADDING,
            )
        elif fixed:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, header.readable_width(col))
            needed += header.readable_width(col)
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            needed += header.readable_width(col)
    if stretch is None:
        header.setStretchLastSection(False)
    frame = 2 * view.frameWidth() + view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
    view.setMinimumWidth(needed + frame + 2)
    return header
