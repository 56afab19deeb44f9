"""Pickup desk (click-and-collect): queues by state with age and due time, a search field that
also takes a scanned pickup code or QR, accept + pick list, pick by scanning, reject a line
with its reason, ready, handover (code or ID check; pay at pickup through the payment dialog),
and expired orders to return to the shelf. Keyboard first: every action has a key.

It fits a 1024 x 768 till with every column readable: the queues (tabs) and the list take the
whole width, the open order sits below them (its facts beside its lines), and the ten keys
take two rows."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import pickup as dp
from ..domain.money_format import fmt_qty
from ..services.context import User
from ..services.pending_receipts import disk_problem
from ..services.pickup import handover, hub_check, picking, queues, shelf, slips
from ..services.pickup.queues import OrderView
from .ops import Ops, message_after, message_of
from .palette import ACCENT_BLUE, ERROR_RED, FAINT_GREY, MUTED_GREY, OK_GREEN
from .payment_dialog import PaymentDialog
from .pickup_dialogs import HandoverDialog, RejectDialog
from .style import decorate
from .widgets import KeyBar, MessageLine, money, readable_columns
from .wording import plural

KEYS = [
    ("find", "F2", "Find order"),
    ("accept", "F3", "Accept + pick list"),
    ("scan", "F4", "Scan item"),
    ("reject", "F6", "Reject line"),
    ("print", "F7", "Print pick list"),
    ("return", "F8", "Return to shelf"),
    ("ready", "F9", "Ready"),
    ("handover", "F10", "Hand over"),
    ("refresh", "F5", "Refresh"),
    ("back", "Esc", "Back to sale"),
]
SHORTCUTS = {
    "find": Qt.Key.Key_F2,
    "accept": Qt.Key.Key_F3,
    "scan": Qt.Key.Key_F4,
    "reject": Qt.Key.Key_F6,
    "print": Qt.Key.Key_F7,
    "return": Qt.Key.Key_F8,
    "ready": Qt.Key.Key_F9,
    "handover": Qt.Key.Key_F10,
    "refresh": Qt.Key.Key_F5,
    "back": Qt.Key.Key_Escape,
}
# what each action needs the open order to be
ENABLED = {
    "accept": (dp.ROUTED,),
    "scan": (dp.ACCEPTED, dp.PICKING),
    "reject": (dp.ACCEPTED, dp.PICKING),
    "print": dp.OPEN_STATES,
    "ready": (dp.ACCEPTED, dp.PICKING),
    "handover": (dp.READY,),
    "return": (dp.READY, dp.CANCELLED, dp.EXPIRED),  # the service says when it is not yet due
}
# Typical values: each column is at least as wide as these (and as its caption)
LIST_SAMPLES = {0: "W-2026-000000", 2: "999", 3: "Expired — return to shelf", 4: "23 h 59", 5: "Sat 28/11 17:00"}
LINE_SAMPLES = {0: "99", 1: "SKU0000000", 3: "999", 4: "999", 5: "1 out of stock", 6: "999"}
CUSTOMER_SAMPLE = "Customer Name Sample"  # the name columns never get narrower than these
PRODUCT_SAMPLE = "Organic Rice 500 g"
ORDER_FACTS_WIDTH = 290  # the open order's number, customer and dates, beside its lines


def tab_text(label: str, count: int | None, index: int) -> str:
    """A queue's tab: "New (3)   Ctrl+1" (the key written as people write it)."""
    if count is None:
        return f"{label}   Ctrl+{index}"
    return f"{label} ({count})   Ctrl+{index}"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def age_text(since_iso: str, now: datetime) -> str:
    minutes = max(int((now - datetime.fromisoformat(since_iso)).total_seconds() // 60), 0)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d}"
    return f"{minutes // 1440} d"


class PickupScreen(QWidget):
    navigate = Signal(str)
    handed_over = Signal(object)  # a HandoverResult: the status bar may refresh (a sale was made)
    shown = Signal()  # the list or the open order on screen is up to date (tests wait on it)
    # The search field. The name hides QWidget.find (never called on a screen); tests use it.
    find: QLineEdit  # type: ignore[assignment]

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        super().__init__(parent)
        self.ops, self.cfg, self.data_dir = ops, cfg, Path(data_dir)
        self.user: User | None = None
        self.tab = "new"
        self.rows: list = []
        self.view: OrderView | None = None  # the open order
        self.dialog = None
        self.last_pdf: Path | None = None
        self._asked = 0
        # "No order matches 'x'" speaks of one list: it goes when another list is shown
        self._list_note: tuple[str, str] | None = None  # (what the list showed, the message)

        title = QLabel("Pickup")
        title.setObjectName("title")
        self.find = QLineEdit()
        self.find.setPlaceholderText(
            "F2 Find: order number, customer name, phone, email — or scan the pickup code / QR"
        )
        self.find.setMinimumHeight(40)
        self.find.returnPressed.connect(self._find_enter)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(lambda: self.refresh_list(announce=True))
        self.find.textChanged.connect(lambda _t: self._search_timer.start())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.find, 1)

        self.tabs = QTabBar()
        for i, t in enumerate(queues.TABS, start=1):
            self.tabs.addTab(tab_text(queues.TAB_LABELS[t], None, i))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setUsesScrollButtons(False)  # every queue in sight: none hides behind arrows
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.list = _table(["Order", "Customer", "Items", "Status", "Age", "Due"])
        self.list.currentCellChanged.connect(lambda row, *_: self._select(row))

        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(panel)
        self.number = QLabel("No order open")
        self.number.setObjectName("title")
        self.number.setWordWrap(True)
        self.state = QLabel("")
        self.state.setObjectName("totalCaption")
        self.state.setWordWrap(True)
        self.customer = QLabel("")
        self.customer.setWordWrap(True)
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        self.facts.setObjectName("totalCaption")
        self.lines = _table(["Line", "SKU", "Product", "Ordered", "Picked", "Rejected", "Taken"])
        self.scan = QLineEdit()
        self.scan.setPlaceholderText("F4 Scan item: scan each product as you pick it")
        self.scan.setMinimumHeight(40)
        self.scan.returnPressed.connect(self._scan_enter)
        facts = QWidget()
        facts.setFixedWidth(ORDER_FACTS_WIDTH)
        facts_box = QVBoxLayout(facts)
        facts_box.setContentsMargins(0, 0, 0, 0)
        for w in (self.number, self.state, self.customer, self.facts):
            facts_box.addWidget(w)
        facts_box.addStretch(1)
        grid.addWidget(facts, 0, 0, 2, 1)
        grid.addWidget(self.lines, 0, 1)
        grid.addWidget(self.scan, 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)

        self.message = MessageLine()
        self.keys = KeyBar(KEYS, per_row=5)  # two rows: one row of ten keys was 1087 px wide
        self.keys.triggered.connect(self.trigger)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs)
        layout.addWidget(self.list, 4)
        layout.addWidget(panel, 5)
        layout.addWidget(self.message)
        layout.addWidget(self.keys)
        for action, key in SHORTCUTS.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda a=action: self.trigger(a))
        for i in range(len(queues.TABS)):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))
        self.find.installEventFilter(self)
        self.scan.installEventFilter(self)
        decorate(self)
        readable_columns(self.list, LIST_SAMPLES, stretch=1, stretch_sample=CUSTOMER_SAMPLE)
        readable_columns(self.lines, LINE_SAMPLES, stretch=2, stretch_sample=PRODUCT_SAMPLE)
        for btn in self.keys.buttons.values():  # a key that cannot act now looks it
            pal = btn.palette()
            pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(FAINT_GREY))
            btn.setPalette(pal)
        self.tabs.setToolTip(
            "Ctrl+1 … Ctrl+5 switch queues; 'To shelf': expired or cancelled orders whose "
            "items must go back on the shelf"
        )
        self._show_order(None)

    # ---- life cycle --------------------------------------------------------------------
    def start(self, user) -> None:
        """Shown for `user` (the main window passes the signed-in user each time)."""
        self.user = user
        self.find.setFocus()
        self.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(
            0, lambda: (self.scan if self.scan.isEnabled() and self.scan.hasFocus() else self.find).setFocus()
        )

    def eventFilter(self, obj, event):
        if event.type() != event.Type.KeyPress:
            return super().eventFilter(obj, event)
        # ↑ ↓ in the find field move through the list, as on the Stock screen
        if obj is self.find and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.list.rowCount():
                self.list.setCurrentCell(row, 0)
            return True
        # ↑ ↓ in the scan field choose the line to reject
        if obj is self.scan and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.lines.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.lines.rowCount():
                self.lines.setCurrentCell(row, 0)
            return True
        # Window shortcuts only fire while the window is active (not just after a dialog
        # closed): a key typed into a field still acts.
        typed = QKeySequence(event.key() | event.modifiers().value)
        for action, key in SHORTCUTS.items():
            if typed == QKeySequence(key):
                self.trigger(action)
                return True
        return super().eventFilter(obj, event)

    def trigger(self, action: str) -> None:
        if self.dialog is not None:
            return
        if action == "back":
            self.navigate.emit("sale")
            return
        if action == "find":
            self.find.setFocus()
            self.find.selectAll()
            return
        if action == "refresh":
            self.refresh()
            return
        if self.user is None:
            return
        if self.view is None:
            self.message.show_error("Open an order first: pick it from the list or find it (F2)")
            return
        if action not in ENABLED or self.view.status not in ENABLED[action]:
            if action == "handover" and self.view.status in (dp.CANCELLED, dp.EXPIRED):
                self.message.show_error(f"Order {self.view.order.number} is {self.view.status}: do not hand it over")
            else:
                caption = {a: c for a, _k, c in KEYS}[action]
                self.message.show_error(
                    f"Order {self.view.order.number} is {self.view.label.lower()}: "
                    f"{caption.lower()} is not possible now"
                )
            return
        getattr(
            self,
            {
                "accept": "accept",
                "scan": "focus_scan",
                "reject": "reject",
                "print": "print_pick_list",
                "ready": "ready",
                "handover": "hand_over",
                "return": "return_to_shelf",
            }[action],
        )()

    # ---- the lists ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.call(queues.counts, ok=self._show_counts, err=self._error)
        self.refresh_list()
        if self.view is not None:
            self.open_order(self.view.id, quiet=True)

    def refresh_list(self, announce: bool = False) -> None:
        """The queue of the chosen tab, or the search results; `announce` says how many were found."""
        self._asked += 1
        asked = self._asked
        text = self.find.text().strip()
        if text:
            self.ops.call(queues.search, text, ok=lambda rows: self._show_rows(asked, rows, announce), err=self._error)
        else:
            self.ops.call(queues.queue, self.tab, ok=lambda rows: self._show_rows(asked, rows, False), err=self._error)

    def _tab_changed(self, index: int) -> None:
        self.tab = queues.TABS[index]
        if self.find.text():
            self.find.blockSignals(True)
            self.find.clear()
            self.find.blockSignals(False)
        self.refresh_list()

    def _show_counts(self, c) -> None:
        figures = (c.new, c.picking, c.ready, c.to_return, c.done)
        for i, (t, n) in enumerate(zip(queues.TABS, figures, strict=True)):
            self.tabs.setTabText(i, tab_text(queues.TAB_LABELS[t], n, i + 1))
        self.tabs.setTabTextColor(3, QColor(ERROR_RED if c.to_return else MUTED_GREY))

    def _show_rows(self, asked: int, rows, searching: bool) -> None:
        if asked != self._asked:
            return  # an older answer: the clerk typed more since
        self.rows = rows
        now = datetime.now(UTC)
        self.list.blockSignals(True)
        self.list.setRowCount(len(rows))
        for i, r in enumerate(rows):
            due = self.cfg.local(r.due_at) if r.due_at else None
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
                self.list.setItem(i, j, item)
        # The highlight marks the open order, or nothing: after another queue or a search, the
        # row under it is another order, and a highlighted row beside a different open order misleads.
        open_row = next((i for i, r in enumerate(rows) if self.view is not None and r.order_id == self.view.id), -1)
        if open_row >= 0:
            self.list.setCurrentCell(open_row, 0)
        else:
            self.list.setCurrentCell(-1, -1)
            self.list.clearSelection()
        self.list.blockSignals(False)
        showing = self.find.text().strip() or f"queue {self.tab}"
        if self._list_note is not None and self._list_note[0] != showing:
            if self.message.text() == self._list_note[1]:
                self.message.clear_message()
            self._list_note = None
        if searching:
            if not rows:
                self.message.show_error(f"No order matches {self.find.text().strip()!r}")
            else:
                self.message.show_info(f"{plural(len(rows), 'order')} found — ↑ ↓ to choose, Enter opens")
            self._list_note = (showing, self.message.text())
        self.shown.emit()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.rows) and (self.view is None or self.view.id != self.rows[row].order_id):
            self.open_order(self.rows[row].order_id)

    def _find_enter(self) -> None:
        """Enter in the find field: search now; one match (a scanned code) opens it."""
        text = self.find.text().strip()
        if not text:
            return
        self._search_timer.stop()
        self._asked += 1
        asked = self._asked

        def found(rows):
            self._show_rows(asked, rows, True)
            if len(rows) == 1 or (rows and self.list.currentRow() >= 0):
                pick = rows[0] if len(rows) == 1 else self.rows[self.list.currentRow()]
                self.open_order(pick.order_id, focus=True)

        self.ops.call(queues.search, text, ok=found, err=self._error)

    # ---- the open order ----------------------------------------------------------------
    def open_order(self, order_id: str, focus: bool = False, quiet: bool = False) -> None:
        def got(view):
            self._show_order(view)
            if not quiet:
                self._hint(view)
            if focus and view.status in (dp.ACCEPTED, dp.PICKING):
                self.scan.setFocus()
            self.shown.emit()

        self.ops.call(queues.order, order_id, ok=got, err=self._error)

    def _hint(self, view) -> None:
        n = view.order.number
        if view.overdue:
            self.message.show_error(f"{n} was not collected in time: F8 returns it to the shelf")
        elif view.status in (dp.CANCELLED, dp.EXPIRED) and view.held and not view.order.returned_at:
            self.message.show_error(f"{n} is {view.status}: do not hand it over. F8 returns it to the shelf")
        elif view.status == dp.ROUTED:
            self.message.show_info(f"{n}: F3 accepts it and prints the pick list")
        elif view.status in (dp.ACCEPTED, dp.PICKING):
            self.message.show_info(f"{n}: scan each item (F4); F6 rejects a short or damaged line; F9 when done")
        elif view.status == dp.READY:
            self.message.show_info(f"{n} is ready: F10 hands it over (pickup code or ID)")
        else:
            self.message.show_info(f"{n}: {view.label}")

    @property
    def opened(self) -> OrderView:
        """The order on screen: the keys that act on it run only with one open (trigger)."""
        assert self.view is not None
        return self.view

    @property
    def clerk(self) -> User:
        """Who works the order: the keys act only while someone is signed in (trigger)."""
        assert self.user is not None
        return self.user

    def _show_order(self, view) -> None:
        self.view = view
        if view is None:
            self.number.setText("No order open")
            for w in (self.state, self.customer, self.facts):
                w.setText("")
            self.lines.setRowCount(0)
            self.scan.setEnabled(False)
            self._enable_keys(None)
            return
        o = view.order
        cur = o.currency
        self.number.setText(f"Order {o.number}")
        self.state.setText(view.label)
        pal = self.state.palette()
        pal.setColor(
            self.state.foregroundRole(),
            QColor(
                ERROR_RED
                if "return" in view.label or o.status in (dp.CANCELLED, dp.EXPIRED, dp.REJECTED)
                else ACCENT_BLUE
            ),
        )
        self.state.setPalette(pal)
        # one a line: the column is narrow; escaped: a name from the web shop is text, not markup
        contact = "<br>".join(html.escape(x) for x in (o.customer_phone, o.customer_email) if x)
        self.customer.setText(f"<b style='font-size:20px'>{html.escape(o.customer_name)}</b><br>{contact}")
        pay = (
            ("Paid online " + money(view.total, cur))
            if o.payment == dp.PAID_ONLINE
            else f"<b>To pay at pickup {money(view.total, cur)}</b>"
        )
        facts = [f"Ordered {self.cfg.local(o.created_at):%d/%m %H:%M}"]
        if o.due_at:
            facts.append(f"Due {self.cfg.local(o.due_at):%a %d/%m %H:%M}")
        if view.hold_until and o.status == dp.READY:
            facts.append(f"Held until {self.cfg.local(view.hold_until):%a %d/%m}")
        if o.status_reason:
            facts.append(f"Reason: {o.status_reason}")
        self.facts.setText("<br>".join(facts) + "<br>" + pay)
        self.lines.setRowCount(len(view.lines))
        for i, ln in enumerate(view.lines):
            rej = f"{fmt_qty(ln.rejected)} {ln.reason.replace('_', ' ')}" if ln.rejected else ""
            cells = [
                str(ln.line_no),
                ln.sku,
                ln.name,
                fmt_qty(ln.quantity),
                fmt_qty(ln.picked),
                rej,
                fmt_qty(ln.collected) if ln.collected else "",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 4 and ln.done and ln.picked == ln.quantity:
                    item.setForeground(QBrush(QColor(OK_GREEN)))
                if j == 5 and rej:
                    item.setForeground(QBrush(QColor(ERROR_RED)))
                self.lines.setItem(i, j, item)
        if view.scanned_line is not None:
            row = next((i for i, ln in enumerate(view.lines) if ln.line_no == view.scanned_line), -1)
            if row >= 0:
                self.lines.setCurrentCell(row, 0)
        elif view.lines and self.lines.currentRow() < 0:
            self.lines.setCurrentCell(0, 0)
        self.scan.setEnabled(o.status in (dp.ACCEPTED, dp.PICKING))
        self._enable_keys(o.status)

    def _enable_keys(self, status: str | None) -> None:
        for action, btn in self.keys.buttons.items():
            if action in ENABLED:
                btn.setEnabled(status in ENABLED[action])

    # ---- actions -----------------------------------------------------------------------
    def _changed(self, view) -> None:
        self._show_order(view)
        if view.message:
            self.message.show_ok(view.message)
        self.ops.call(queues.counts, ok=self._show_counts, err=self._error)
        self.refresh_list()

    def _error(self, exc) -> None:
        self.message.show_error(message_of(exc))
        if isinstance(exc, dp.OrderCancelled) and self.view is not None:
            self.open_order(self.view.id, quiet=True)
        self.shown.emit()

    def accept(self) -> None:
        def accepted(view):
            self._changed(view)
            self.print_pick_list()

        self.ops.call(picking.accept, self.clerk, self.opened.id, ok=accepted, err=self._error)

    def print_pick_list(self) -> None:
        def printed(path):
            self.last_pdf = path
            self.message.show_ok(
                f"Order {self.opened.order.number}: pick list printed ({path.name}). Scan each item (F4)"
            )
            self.scan.setFocus()
            self.shown.emit()

        self.ops.call(slips.print_pick_list, self.data_dir, self.opened.id, ok=printed, err=self._error)

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def _scan_enter(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code or self.view is None:
            return

        def picked(view):
            if view.status != self.opened.status:
                self.refresh_list()
            self._show_order(view)
            self.message.show_ok(view.message)
            self.shown.emit()

        self.ops.call(picking.pick, self.clerk, self.view.id, code, ok=picked, err=self._error)

    def _selected_line(self):
        row = self.lines.currentRow()
        if self.view is None or not (0 <= row < len(self.view.lines)):
            return None
        return self.view.lines[row]

    def reject(self) -> None:
        line = self._selected_line()
        if line is None or line.open <= 0:
            line = (
                next((ln for ln in self.opened.lines if ln.open > 0), None) if line is None or line.open <= 0 else line
            )
        if line is None:
            self.message.show_error("Every line is picked or rejected already: F9 marks the order ready")
            return
        dlg = RejectDialog(line, self)

        def done(result):
            self.dialog = None
            if result:
                reason = dlg.reason()
                assert reason is not None  # the dialog's accept() asks for one
                self.ops.call(
                    picking.reject,
                    self.clerk,
                    self.opened.id,
                    line.line_no,
                    dlg.value(),
                    reason,
                    ok=self._changed,
                    err=self._error,
                )
            else:
                self.scan.setFocus()

        self._open(dlg, done)

    def ready(self) -> None:
        self.ops.call(picking.mark_ready, self.clerk, self.opened.id, ok=self._changed, err=self._error)

    def hand_over(self) -> None:
        """Ask the hub first (online: a cancellation shows at once), then verify and hand over."""
        order_id = self.opened.id
        self.message.show_info("Checking the order with the hub…")

        def fresh(view, stop_message=None):
            """The order as it is now (the puller may have cancelled it meanwhile)."""
            self._show_order(view)
            if stop_message:
                self.message.show_error(stop_message)
            elif view.status != dp.READY:
                self._hint(view)
                if view.status in (dp.CANCELLED, dp.EXPIRED):
                    self.message.show_error(
                        f"Order {view.order.number} is {view.status}: do not hand it over. "
                        "F8 returns its items to the shelf"
                    )
            else:
                self._verify()
            self.shown.emit()

        def checked(stop_message):
            self.ops.call(queues.order, order_id, ok=lambda v: fresh(v, stop_message), err=self._error)

        self.ops.call(hub_check.check_with_hub, order_id, ok=checked, err=lambda e: checked(None))

    def _verify(self) -> None:
        view = self.view
        if view is None or view.status != dp.READY:
            return
        dlg = HandoverDialog(view, self)

        def done(result):
            self.dialog = None
            if not result:
                return
            code, idc = dlg.verification()
            selection = dlg.selection()
            if view.order.payment == dp.PAY_AT_PICKUP:
                self.ops.call(
                    handover.handover_total,
                    view.id,
                    selection,
                    ok=lambda total: self._pay(view, code, idc, selection, total),
                    err=self._error,
                )
            else:
                self._do_handover(view, code, idc, selection, None)

        self._open(dlg, done)

    def _pay(self, view, code, idc, selection, total) -> None:
        dlg = PaymentDialog(
            total, self.cfg.currency, self.cfg.cash_step, parent=self, tender_margin=self.cfg.cash_tender_margin
        )

        def done(result):
            self.dialog = None
            if result:
                self._do_handover(view, code, idc, selection, list(dlg.tenders), dlg.cash_confirmed)
            else:
                self.message.show_info("Payment cancelled: nothing was handed over")

        self._open(dlg, done)

    def _do_handover(self, view, code, idc, selection, tenders, cash_confirmed: bool = False) -> None:
        def handed(res):
            extra = f" · receipt {res.receipt_no}" if res.receipt_no else ""
            if res.change:
                extra += f" · change {money(res.change, self.cfg.currency)}"
            self.message.show_ok(f"Order {res.number} {dp.LABELS[res.status].lower()}{extra}")
            self.handed_over.emit(res)
            self.ops.call(
                slips.print_handover,
                self.data_dir,
                res.order_id,
                ok=self._printed_handover,
                err=lambda e: self._handover_not_printed(res.number, e),
            )
            self.open_order(res.order_id, quiet=True)
            self.ops.call(queues.counts, ok=self._show_counts, err=self._error)
            self.refresh_list()

        self.ops.call(
            handover.hand_over,
            self.clerk,
            view.id,
            code,
            idc,
            selection,
            tenders,
            cash_confirmed=cash_confirmed,
            ok=handed,
            err=self._error,
        )

    def _printed_handover(self, paths) -> None:
        self.last_pdf = paths[0]
        self.shown.emit()

    def _handover_not_printed(self, number: str, exc) -> None:
        """The handover is saved whatever happened to its slip: never "Nothing was saved"."""
        saved = f"Order {number} is handed over; its slip was not printed:"
        if isinstance(exc, OSError):  # the disk, in words a clerk can pass on
            self.message.show_error(f"{saved} {disk_problem(exc)}. Tell the manager.")
        else:
            self.message.show_error(message_after(saved, exc))
        self.shown.emit()

    def return_to_shelf(self) -> None:
        if self.view is None:
            self.message.show_error("Open an order of the 'Expired — return to shelf' list first (Ctrl+4)")
            return
        self.ops.call(shelf.return_to_shelf, self.clerk, self.view.id, ok=self._changed, err=self._error)

    def _open(self, dlg, on_finished) -> None:
        self.dialog = dlg
        dlg.finished.connect(on_finished)
        dlg.open()
