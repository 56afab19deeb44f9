"""Shared pieces of the stock screens: the panel that lists open documents and takes scans into
the chosen one (receiving and counting work the same way), and how they read a scan and a
quantity in thousandths. No SQL here: services only."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableWidget, QWidget

from .keyed_panel import KeyedPanel
from .style import decorate
from .translation import tr
from .widgets import fill, typed_number


def signed(v) -> str:
    return f"+{v}" if v > 0 else str(v)


def from_milli(milli: int) -> Decimal:
    """A stored quantity in thousandths as people write it: 1500 -> 1.5, 2000 -> 2."""
    return (Decimal(milli) / 1000).normalize() if milli % 1000 else Decimal(milli // 1000)


def split_quantity(text: str) -> tuple[str, str]:
    """ "5*3760..." -> ("5", "3760..."); a bare code counts one."""
    text = text.strip()
    if "*" in text:
        qty, _, code = text.partition("*")
        return typed_number(qty.strip()) or "1", code.strip()
    return "1", text


class OpenDocumentsPanel(KeyedPanel):
    """A list of the open documents of one kind (deliveries to receive, counts) with one chosen,
    and a scan field whose scans go into the chosen one. The subclass builds `documents` (the
    list), says how a document reads as a row, and which services list and scan; a refresh
    keeps the chosen document chosen."""

    documents: QTableWidget
    right_from = 99  # the list's columns from this one on are numbers
    no_document = ""  # the error when a scan comes with no document chosen (noop("stock", ...))

    def __init__(self, ops, cfg, user_fn, keys, parent=None):
        super().__init__(ops, cfg, user_fn, keys, parent)
        self.open: list = []  # the open documents, as listed
        self.current = None  # the chosen one
        self.heading = QLabel("")  # what the chosen document is
        self.heading.setObjectName("totalCaption")
        self.scan = QLineEdit()
        self.scan.returnPressed.connect(self.scan_entered)

    def lay_out(self, title: str, *rows: QWidget | tuple[QWidget, int]) -> None:
        """The screen's title with the heading on its right, then `rows` (a widget, or a widget
        and its stretch), the message line and the keys; the documents' list chooses."""
        self.documents.currentCellChanged.connect(lambda row, *_: self.choose(row))
        caption = QLabel(title)  # translated by the screen
        caption.setObjectName("title")
        head = QHBoxLayout()
        head.addWidget(caption)
        head.addStretch(1)
        head.addWidget(self.heading)
        self.arrange(head, *rows)
        self.watch(self.scan)
        decorate(self)

    def showEvent(self, event):
        super().showEvent(event)
        self.scan.setFocus()
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """List the open documents again; `select` (an id) is chosen, else the one chosen before."""
        self.ask_open(lambda rows: self.listed(rows, select))

    def listed(self, rows, select: str | None = None) -> None:
        self.open = rows
        fill(self.documents, [self.row_of(d) for d in rows], right_from=self.right_from)
        want = select or (self.current.id if self.current else None)
        idx = next((i for i, d in enumerate(rows) if d.id == want), 0 if rows else -1)
        if idx >= 0:
            self.documents.setCurrentCell(idx, 0)
            self.choose(idx)
        else:
            self.current = None
            self.show_none()

    def next_document(self) -> None:
        if self.open:
            self.documents.setCurrentCell((self.documents.currentRow() + 1) % len(self.open), 0)

    def trigger(self, action: str) -> None:
        """Back and Next act alike on every list of documents; the other keys are the screen's."""
        if self.dialog is not None:
            return
        if action == "back":
            self.back.emit()
        elif action == "next":
            self.next_document()
        else:
            self.act(action)

    def scan_entered(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        if self.current is None:
            self.message.show_error(tr("stock", self.no_document))
            return
        self.scan.clear()
        qty, code = split_quantity(text)
        self.take_scan(self.current.id, code, qty)

    # ---- what each screen says ---------------------------------------------------------
    def act(self, action: str) -> None:  # pragma: no cover - overridden
        """A key of the screen's own (not Back or Next)."""
        raise NotImplementedError

    def ask_open(self, ok: Callable[[list], None]) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def row_of(self, document) -> list:  # pragma: no cover - overridden
        raise NotImplementedError

    def choose(self, row: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_none(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def take_scan(self, document_id: str, code: str, qty: str) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
