"""What a screen reader says about each control, and signals that never rely on colour alone.

Qt hands every widget to the desktop's screen reader (AT-SPI on Linux, UI Automation on
Windows) with a name and a description. Buttons are named by their text and fields by their
label (a label's buddy), so most controls need nothing; `name_controls` (run by
style.decorate on every screen and dialog once it is built) names the rest from what a sighted
clerk reads beside them: a field by its placeholder, a list by its column headers, a screen by
its title and keys, and gives each a description saying how to work it. The words are the
screen's own (already translated) or translated here (context "accessibility").

A message line's refusal is red and beeps; `show_kind` adds an icon and a word beside it, so
a clerk who cannot tell red from green, or does not hear the beep, still sees the refusal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QTabBar,
    QTableView,
    QWidget,
)

from .translation import tr


def plain(text: str) -> str:
    """A caption as one line of words: no mnemonic '&', no line breaks."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def screen_reader_name(widget: QWidget) -> str:
    """The name a screen reader announces: Qt's (text, buddy label, ...) or the one set."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None and iface.isValid() else ""
    return plain(name or widget.accessibleName())


def screen_reader_description(widget: QWidget) -> str:
    """The longer help a screen reader gives after the name (a placeholder, a tooltip, ...)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    text = iface.text(QAccessible.Text.Description) if iface is not None and iface.isValid() else ""
    return plain(text or widget.accessibleDescription() or widget.toolTip())


def controls(root: QWidget) -> list[QWidget]:
    """Every widget of `root`'s tree the keyboard can reach, hidden ones included (they show later)."""
    return [w for w in [root, *root.findChildren(QWidget)] if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def _owner(widget: QWidget, kind: type) -> QWidget | None:
    """The nearest ancestor of `kind`: the combo box a popup list or an inner field belongs to."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, kind):
        parent = parent.parentWidget()
    return parent


def _columns(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or not isinstance(view, QTableView):
        return []
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    return [
        plain(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for c in shown
        if model.headerData(c, Qt.Orientation.Horizontal)
    ]


def _title(widget: QWidget) -> str:
    title = next((lb for lb in widget.findChildren(QLabel) if lb.objectName() == "title" and lb.text()), None)
    return plain(title.text()) if title is not None else plain(widget.windowTitle())


def _keys(widget: QWidget) -> list[str]:
    """The captions of a screen's key buttons ("F2 Find"), for its description: the buttons the
    keyboard does not reach, because their key works from anywhere on the screen."""
    return [
        plain(b.text())
        for b in widget.findChildren(QAbstractButton)
        if b.focusPolicy() == Qt.FocusPolicy.NoFocus and b.text()
    ]


def _derived_name(w: QWidget) -> str:
    """A name for a control Qt cannot name, from what is written on or beside it."""
    combo = _owner(w, QComboBox)
    if combo is not None and (isinstance(w, QAbstractItemView) or isinstance(w, QLineEdit)):
        return screen_reader_name(combo)
    spin = _owner(w, QAbstractSpinBox)
    if spin is not None and isinstance(w, QLineEdit):
        return screen_reader_name(spin)
    if isinstance(w, QLineEdit):
        return plain(w.placeholderText())
    if isinstance(w, QAbstractItemView):
        columns = _columns(w)
        if columns:
            return tr("accessibility", "List: {columns}", columns=", ".join(columns))
        return tr("accessibility", "List")
    if isinstance(w, QTabBar):
        tabs = ", ".join(plain(w.tabText(i)) for i in range(w.count()))
        return tr("accessibility", "Tabs: {tabs}", tabs=tabs) if tabs else ""
    if isinstance(w, QLabel):
        return ""  # a label reads its own text; an empty one shows nothing to name
    return _title(w)


def _hint(w: QWidget) -> str:
    """How to work a control from the keyboard: its description when it has none of its own."""
    if isinstance(w, QLineEdit):
        placeholder = plain(w.placeholderText())
        if placeholder and placeholder != screen_reader_name(w):
            return placeholder
        return tr("accessibility", "Type, then press Enter")
    if isinstance(w, QComboBox):
        return tr("accessibility", "Alt+Down opens the list; the arrow keys choose")
    if isinstance(w, QAbstractItemView):
        return tr("accessibility", "The arrow keys move from line to line")
    if isinstance(w, QTabBar):
        return tr("accessibility", "The arrow keys move from tab to tab")
    if isinstance(w, QAbstractButton):
        return tr("accessibility", "Space presses it")
    if isinstance(w, QLabel):
        return tr("accessibility", "Text you can select and copy")
    keys = _keys(w)
    if keys:
        return tr("accessibility", "Keys: {keys}", keys=", ".join(keys))
    return tr("accessibility", "A screen of the station")


def name_controls(root: QWidget) -> None:
    """Name and describe every control of a built screen or dialog that has no name or no
    description yet: what a screen reader says when the keyboard reaches it."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        # Qt names a combo box by its current value: its label says what it is for
        if isinstance(buddy, QComboBox) and not buddy.accessibleName() and label.text():
            buddy.setAccessibleName(plain(label.text()))
    for w in controls(root):
        if not screen_reader_name(w):
            # a field whose placeholder comes later (it changes with the screen's mode) is
            # named by its screen's title; the placeholder, read then, describes it
            name = _derived_name(w) or (_title(root) if isinstance(w, QLineEdit) else "")
            if name:
                w.setAccessibleName(name)
        if not screen_reader_description(w):
            w.setAccessibleDescription(_hint(w))


# ---- never colour alone -------------------------------------------------------------------
_BADGE = "messageBadge"
_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def kind_word(kind: str) -> str:
    """The word beside a message of this kind: what its colour says, for those who cannot see it."""
    if kind == "error":
        return tr("accessibility", "Error")
    if kind == "ok":
        return tr("accessibility", "Done")
    if kind == "info":
        return tr("accessibility", "Note")
    return ""


class Badge(QWidget):
    """An icon and a word at the start of a message line: what kind of message it is."""

    def __init__(self, line: QLabel):
        super().__init__(line)
        self.setObjectName(_BADGE)
        self.icon = QLabel()
        self.word = QLabel()
        font = self.word.font()
        font.setBold(True)
        font.setPixelSize(max(12, line.font().pixelSize() - 2))
        self.word.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.word)
        self.kind = "none"

    def show_kind(self, kind: str, left: int, line: QLabel) -> None:
        self.kind = kind
        side = self.word.fontMetrics().height()
        icon = QApplication.style().standardIcon(_ICONS[kind])
        self.icon.setPixmap(icon.pixmap(side, side))
        self.word.setText(kind_word(kind))
        self.adjustSize()
        self.move(left, max(0, (line.height() - self.height()) // 2))
        self.show()


def show_kind(line: QLabel, kind: str, margin: int = 10) -> None:
    """Put the icon and word of `kind` ("error", "ok", "info"; "none" takes them away) at the
    start of the message `line`, its text moved right to make room, and tell a screen reader."""
    badge = line.findChild(Badge, _BADGE)
    if kind not in _ICONS:
        if badge is not None:
            badge.hide()
            badge.kind = "none"
        m = line.contentsMargins()
        line.setContentsMargins(margin, m.top(), m.right(), m.bottom())
        line.setAccessibleDescription("")
        return
    if badge is None:
        badge = Badge(line)
    badge.show_kind(kind, margin, line)
    m = line.contentsMargins()
    line.setContentsMargins(margin + badge.width() + 8, m.top(), m.right(), m.bottom())
    line.setAccessibleDescription(kind_word(kind))
