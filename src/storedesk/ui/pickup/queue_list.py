"""The pickup desk's lists: a tab per queue (New, Picking, Ready, To shelf, Done) with how many
orders wait in it, and the list of orders of a queue or a search with their age and due time.
A late order's due time and an order to take back to the shelf are red: they need someone now."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTabBar, QTableWidget, QTableWidgetItem

from ...domain import pickup as dp
from ...domain.money_format import fmt_qty
from ...services.pickup import queues
from ..palette import ERROR_RED, MUTED_GREY
from ..widgets import readable_columns, table

# Typical values: each column is at least as wide as these (and as its caption)
LIST_SAMPLES = {0: "W-2026-000000", 2: "999", 3: "Expired — return to shelf", 4: "23 h 59", 5: "Sat 28/11 17:00"}
CUSTOMER_SAMPLE = "Customer Name Sample"  # the name column never gets narrower than this
TO_SHELF_TAB = queues.TABS.index("return")


def tab_text(label: str, count: int | None, index: int) -> str:
    """A queue's tab: "New (3)   Ctrl+1" (the key written as people write it)."""
    if count is None:
        return f"{label}   Ctrl+{index}"
    return f"{label} ({count})   Ctrl+{index}"


def age_text(since_iso: str, now: datetime) -> str:
    minutes = max(int((now - datetime.fromisoformat(since_iso)).total_seconds() // 60), 0)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d}"
    return f"{minutes // 1440} d"


def queue_tabs() -> QTabBar:
    """Every queue in sight, none behind scroll arrows; Ctrl+1 … Ctrl+5 choose one."""
    tabs = QTabBar()
    for i, t in enumerate(queues.TABS, start=1):
        tabs.addTab(tab_text(queues.TAB_LABELS[t], None, i))
    tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    tabs.setExpanding(False)
    tabs.setToolTip(
        "Ctrl+1 … Ctrl+5 switch queues; 'To shelf': expired or cancelled orders whose items must go back on the shelf"
    )
    return tabs


def show_counts(tabs: QTabBar, c: queues.QueueCounts) -> None:
    figures = (c.new, c.picking, c.ready, c.to_return, c.done)
    for i, (t, n) in enumerate(zip(queues.TABS, figures, strict=True)):
        tabs.setTabText(i, tab_text(queues.TAB_LABELS[t], n, i + 1))
    tabs.setTabTextColor(TO_SHELF_TAB, QColor(ERROR_RED if c.to_return else MUTED_GREY))


def order_list() -> QTableWidget:
    return table(["Order", "Customer", "Items", "Status", "Age", "Due"])


def readable_list(view: QTableWidget) -> None:
    """Every column readable at 1024 px; call it once the screen's fonts are set."""
    readable_columns(view, LIST_SAMPLES, stretch=1, stretch_sample=CUSTOMER_SAMPLE)


def fill_orders(view: QTableWidget, rows, cfg, now: datetime) -> None:
    """The orders as rows; the caller blocks the list's signals around it."""
    view.setRowCount(len(rows))
    for i, r in enumerate(rows):
        due = cfg.local(r.due_at) if r.due_at else None
        late = due is not None and due < now and r.status in dp.OPEN_STATES
        cells = [
            r.number,
            r.customer,
            fmt_qty(r.items),
            r.label,
            age_text(r.created_at, now),
            f"{due:%a %d/%m %H:%M}" if due else "—",
        ]
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if (j == 5 and late) or (j == 3 and "return" in r.label):
                item.setForeground(QBrush(QColor(ERROR_RED)))
            view.setItem(i, j, item)
