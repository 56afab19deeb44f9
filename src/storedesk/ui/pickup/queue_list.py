"""The pickup desk's lists: a tab per queue (New, Picking, Ready, To shelf, Done, and To ship:
the orders shipped to the customer) with how many
orders wait in it, and the list of orders of a queue or a search with their age and due time.
A late order's due time and an order to take back to the shelf are red: they need someone now."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTabBar, QTableWidget, QTableWidgetItem

from ...domain import pickup as dp
from ...domain.money_format import fmt_qty
from ...services.pickup import queues
from .. import theme
from ..palette import ERROR_RED, MUTED_GREY
from ..translation import tr
from ..widgets import readable_columns, table
from .words import TAB_WORDS, due_words, from_table, state_words

CUSTOMER_SAMPLE = "Customer Name Sample"  # the name column never gets narrower than this
TO_SHELF_TAB = queues.TABS.index("return")
LEAST_ROWS = 4  # orders in sight in the list, whatever the text size


def tab_text(label: str, count: int | None, index: int) -> str:
    """A queue's tab: "New (3)" over "Ctrl+1" (the key written as people write it, under the
    queue's name: QueueTabs makes room for it), so the six tabs fit a small till in every
    language (on one line, French needed 1120 px)."""
    gap = "\n"
    if count is None:
        return f"{label}{gap}Ctrl+{index}"
    return f"{label} ({count}){gap}Ctrl+{index}"


def age_text(since_iso: str, now: datetime) -> str:
    minutes = max(int((now - datetime.fromisoformat(since_iso)).total_seconds() // 60), 0)
    if minutes < 60:
        return tr("pickup", "{minutes} min", minutes=minutes)
    if minutes < 48 * 60:
        return tr("pickup", "{hours} h {minutes}", hours=minutes // 60, minutes=f"{minutes % 60:02d}")
    return tr("pickup", "{days} d", days=minutes // 1440)


def list_samples() -> dict[int, str]:
    """Typical values: each column is at least as wide as these (and as its caption)."""
    # a state wraps at its spaces ("Expired —" over "return to shelf"): its longest half
    states = (state_words("Expired — return to shelf"), state_words("Cancelled — return to shelf"))
    halves = [half for state in states for half in state.split(" — ")]
    return {
        0: "W-2026-000000",
        2: "999",
        3: max(halves, key=len) + " —",
        4: age_text("2026-11-27T00:00:00+00:00", datetime.fromisoformat("2026-11-28T23:59:00+00:00")),
        5: due_words(datetime(2026, 11, 28, 17, 0)),
    }


class QueueTabs(QTabBar):
    """Tabs whose text may take two lines (Qt measures one): the queue's name over its key."""

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 (Qt's name)
        size = super().tabSizeHint(index)
        lines = self.tabText(index).split("\n")
        if len(lines) > 1:
            fm = QFontMetrics(self.font())
            size.setHeight(size.height() + fm.lineSpacing() * (len(lines) - 1))
        return size


def queue_tabs() -> QTabBar:
    """Every queue in sight, none behind scroll arrows; Ctrl+1 … Ctrl+6 choose one."""
    tabs = QueueTabs()
    for i, t in enumerate(queues.TABS, start=1):
        tabs.addTab(tab_text(from_table(TAB_WORDS, t), None, i))
    tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    tabs.setExpanding(False)
    tabs.setToolTip(
        tr(
            "pickup",
            "Ctrl+1 … Ctrl+6 switch queues; 'To shelf': expired or cancelled orders "
            "whose items must go back on the shelf; 'To ship': orders sent to the customer",
        )
    )
    return tabs


def show_counts(tabs: QTabBar, c: queues.QueueCounts) -> None:
    figures = (c.new, c.picking, c.ready, c.to_return, c.done, c.to_ship)
    for i, (t, n) in enumerate(zip(queues.TABS, figures, strict=True)):
        tabs.setTabText(i, tab_text(from_table(TAB_WORDS, t), n, i + 1))
    tabs.setTabTextColor(TO_SHELF_TAB, QColor(theme.colour(ERROR_RED if c.to_return else MUTED_GREY)))


def order_list() -> QTableWidget:
    return table(
        [
            tr("pickup", "Order"),
            tr("pickup", "Customer"),
            tr("pickup", "Items"),
            tr("pickup", "Status"),
            tr("pickup", "Age"),
            tr("pickup", "Due"),
        ]
    )


def readable_list(view: QTableWidget) -> None:
    """Every column readable at 1024 px; call it once the screen's fonts are set."""
    readable_columns(view, list_samples(), stretch=1, stretch_sample=CUSTOMER_SAMPLE, fixed=True)
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a wrapped state
    # the open order below gives up height (its facts scroll) before the list shows fewer
    # than LEAST_ROWS orders: a larger type on a small till left it a row and a half
    rows = LEAST_ROWS * view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth())


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
            state_words(r.label),
            age_text(r.created_at, now),
            due_words(due) if due else "—",
        ]
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if (j == 5 and late) or (j == 3 and "return" in str(r.label)):
                item.setForeground(theme.brush(ERROR_RED))
            view.setItem(i, j, item)
