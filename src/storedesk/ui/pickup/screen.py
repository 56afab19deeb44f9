"""The pickup desk's screen: the queues (tabs) and their list, a search field that also takes
a scanned pickup code or QR, the open order below them, and a key for every action: accept +
pick list, pick by scanning, reject a line with its reason, ready, hand over, return expired
orders to the shelf. A key that cannot act on the open order is greyed and says why.

It fits a 1024 x 768 till with every column readable: the queues and the list take the whole
width, the open order sits below them (its facts beside its lines), and the ten keys take two
rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from ...domain import pickup as dp
from ...services.context import User
from ...services.pickup import picking, queues, shelf, shipping, slips
from ...services.pickup.queues import OrderView
from .. import keymap
from ..hint_field import HintField
from ..keyed_panel import KeyedPanel
from ..ops import Ops, message_of
from ..style import decorate
from ..translation import text, tr
from . import queue_list
from .dialogs import RejectDialog
from .handover import HandoverSteps
from .order_panel import OrderPanel
from .ship_dialogs import PackDialog, ShipDialog
from .words import state_words

KEYS = keymap.PICKUP
CAPTIONS = {action: caption for action, _key, caption in KEYS}
# what each action needs the open order to be
ENABLED = {
    "accept": (dp.ROUTED,),
    "scan": (dp.ACCEPTED, dp.PICKING),
    "reject": (dp.ACCEPTED, dp.PICKING),
    "print": dp.OPEN_STATES,
    "ready": (dp.ACCEPTED, dp.PICKING),
    "handover": (dp.READY,),
    "return": (dp.READY, dp.CANCELLED, dp.EXPIRED),  # the service says when it is not yet due
    "pack": (dp.ACCEPTED, dp.PICKING, dp.READY),  # packed already: prints the labels again
    "ship": (dp.READY,),
}
# what a ship order has instead of "ready" and a handover, and the other way round
SHIP_ONLY, PICKUP_ONLY = ("pack", "ship"), ("ready", "handover")


def allowed(action: str, view: OrderView | None) -> bool:
    """Whether `action` can act on `view` (an order open, in a state that lets it)."""
    if view is None or action not in ENABLED:
        return False
    if action in (SHIP_ONLY if not view.ships else PICKUP_ONLY):
        return False
    if action == "return" and view.ships and view.status == dp.READY:
        return False  # packed, waiting for the carrier: not held for a customer
    return view.status in ENABLED[action]


class PickupScreen(KeyedPanel):
    navigate = Signal(str)
    handed_over = Signal(object)  # a HandoverResult: the status bar may refresh (a sale was made)
    shown = Signal()  # the list or the open order on screen is up to date (tests wait on it)
    # The search field. The name hides QWidget.find (never called on a screen); tests use it.
    find: QLineEdit  # type: ignore[assignment]

    def __init__(self, ops: Ops, cfg, data_dir: Path, parent=None):
        # ten keys in two rows: one row of ten keys was 1087 px wide
        super().__init__(ops, cfg, lambda: self._user, KEYS, parent)
        self.data_dir = Path(data_dir)
        self._user: User | None = None  # the signed-in user, from start()
        self.tab = "new"
        self.rows: list = []
        self.view: OrderView | None = None  # the open order
        self.last_pdf: Path | None = None
        self._asked = 0
        # "No order matches 'x'" speaks of one list: it goes when another list is shown
        self._list_note: tuple[str, str] | None = None  # (what the list showed, the message)
        self.handover = HandoverSteps(self)

        title = QLabel(tr("pickup", "Pickup"))
        title.setObjectName("title")
        # its hint whole, or (a larger type on a small till) in its tooltip
        self.find = HintField(
            tr("pickup", "F2 Find: order number, customer name, phone, email — or scan the pickup code / QR")
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

        self.tabs = queue_list.queue_tabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.list = queue_list.order_list()
        self.list.currentCellChanged.connect(lambda row, *_: self._select(row))

        self.order = OrderPanel(cfg)
        self.lines, self.scan = self.order.lines, self.order.scan
        self.scan.returnPressed.connect(self._scan_enter)

        self.arrange(head, self.tabs, (self.list, 4), (self.order, 5))
        for i in range(len(queues.TABS)):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))
        self.watch(self.find, self.scan)
        decorate(self)
        queue_list.readable_list(self.list)
        self.order.readable()
        self.keys.grey_when_disabled()
        self.show_order(None)

    # ---- life cycle --------------------------------------------------------------------
    def start(self, user) -> None:
        """Shown for `user` (the main window passes the signed-in user each time)."""
        self._user = user
        self.find.setFocus()
        self.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(
            0, lambda: (self.scan if self.scan.isEnabled() and self.scan.hasFocus() else self.find).setFocus()
        )

    def eventFilter(self, obj, event):
        # ↑ ↓ in the find field move through the list (as on the Stock screen), in the scan
        # field they choose the line to reject
        if event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            view = self.list if obj is self.find else self.lines if obj is self.scan else None
            if view is not None:
                row = view.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= row < view.rowCount():
                    view.setCurrentCell(row, 0)
                return True
        return super().eventFilter(obj, event)

    def trigger(self, action: str) -> None:
        if self.dialog is not None:
            return
        if action == "back":
            self.navigate.emit("sale")
        elif action == "find":
            self.find.setFocus()
            self.find.selectAll()
        elif action == "refresh":
            self.refresh()
        elif self.user is not None and self._may(action):
            {
                "accept": self.accept,
                "scan": self.focus_scan,
                "reject": self.reject,
                "print": self.print_pick_list,
                "ready": self.ready,
                "handover": self.handover.start,
                "return": self.return_to_shelf,
                "pack": self.pack,
                "ship": self.ship,
            }[action]()

    def _may(self, action: str) -> bool:
        """Whether `action` can act on the open order now; if not, the message line says why."""
        if self.view is None:
            self.message.show_error(tr("pickup", "Open an order first: pick it from the list or find it (F2)"))
            return False
        if allowed(action, self.view):
            return True
        number = self.view.order.number
        if action == "handover" and self.view.status == dp.CANCELLED:
            self.message.show_error(tr("pickup", "Order {number} is cancelled: do not hand it over", number=number))
        elif action == "handover" and self.view.status == dp.EXPIRED:
            self.message.show_error(tr("pickup", "Order {number} is expired: do not hand it over", number=number))
        else:
            self.message.show_error(
                tr(
                    "pickup",
                    "Order {number} ({state}): “{action}” is not possible now",
                    number=number,
                    state=state_words(self.view.label),
                    action=tr("keys", CAPTIONS[action]),
                )
            )
        return False

    # ---- the lists ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_counts()
        self.refresh_list()
        if self.view is not None:
            self.open_order(self.view.id, quiet=True)

    def refresh_counts(self) -> None:
        self.ops.call(queues.counts, ok=lambda c: queue_list.show_counts(self.tabs, c), err=self.error)

    def refresh_list(self, announce: bool = False) -> None:
        """The queue of the chosen tab, or the search results; `announce` says how many were found."""
        self._asked += 1
        asked = self._asked
        text = self.find.text().strip()
        if text:
            self.ops.call(queues.search, text, ok=lambda rows: self._show_rows(asked, rows, announce), err=self.error)
        else:
            self.ops.call(queues.queue, self.tab, ok=lambda rows: self._show_rows(asked, rows, False), err=self.error)

    def _tab_changed(self, index: int) -> None:
        self.tab = queues.TABS[index]
        if self.find.text():
            self.find.blockSignals(True)
            self.find.clear()
            self.find.blockSignals(False)
        self.refresh_list()

    def _show_rows(self, asked: int, rows, searching: bool) -> None:
        if asked != self._asked:
            return  # an older answer: the clerk typed more since
        self.rows = rows
        self.list.blockSignals(True)
        queue_list.fill_orders(self.list, rows, self.cfg, datetime.now(UTC))
        # The highlight marks the open order, or nothing: after another queue or a search, the
        # row under it is another order, and a highlighted row beside a different open order misleads.
        open_row = next((i for i, r in enumerate(rows) if self.view is not None and r.order_id == self.view.id), -1)
        if open_row >= 0:
            self.list.setCurrentCell(open_row, 0)
        else:
            self.list.setCurrentCell(-1, -1)
            self.list.clearSelection()
        self.list.blockSignals(False)
        self._say_found(rows, searching)
        self.shown.emit()

    def _say_found(self, rows, searching: bool) -> None:
        """How many orders a search found; the message goes when another list is shown."""
        showing = self.find.text().strip() or f"queue {self.tab}"  # which list: compared, never shown
        if self._list_note is not None and self._list_note[0] != showing:
            if self.message.text() == self._list_note[1]:
                self.message.clear_message()
            self._list_note = None
        if searching:
            if not rows:
                self.message.show_error(tr("pickup", "No order matches {text}", text=repr(self.find.text().strip())))
            else:
                self.message.show_info(tr("pickup", "%n order(s) found — ↑ ↓ to choose, Enter opens", n=len(rows)))
            self._list_note = (showing, self.message.text())

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

        self.ops.call(queues.search, text, ok=found, err=self.error)

    # ---- the open order ----------------------------------------------------------------
    def open_order(self, order_id: str, focus: bool = False, quiet: bool = False) -> None:
        def got(view):
            self.show_order(view)
            if not quiet:
                self.hint(view)
            if focus and view.status in (dp.ACCEPTED, dp.PICKING):
                self.scan.setFocus()
            self.shown.emit()

        self.ops.call(queues.order, order_id, ok=got, err=self.error)

    def hint(self, view) -> None:
        """What to do next with the order just opened."""
        n = view.order.number
        to_shelf = view.held and not view.order.returned_at
        if view.overdue:
            self.message.show_error(
                tr("pickup", "{number} was not collected in time: F8 returns it to the shelf", number=n)
            )
        elif view.status == dp.CANCELLED and to_shelf:
            self.message.show_error(
                tr("pickup", "{number} is cancelled: do not hand it over. F8 returns it to the shelf", number=n)
            )
        elif view.status == dp.EXPIRED and to_shelf:
            self.message.show_error(
                tr("pickup", "{number} is expired: do not hand it over. F8 returns it to the shelf", number=n)
            )
        elif view.ships and view.status in (dp.ACCEPTED, dp.PICKING):
            self.message.show_info(
                tr("pickup", "{number}: scan each item (F4); F6 rejects a line; F11 packs it when done", number=n)
            )
        elif view.ships and view.status == dp.READY:
            self.message.show_info(
                tr("pickup", "{number} is packed: F12 enters the tracking numbers and ships it", number=n)
            )
        elif view.status == dp.ROUTED:
            self.message.show_info(tr("pickup", "{number}: F3 accepts it and prints the pick list", number=n))
        elif view.status in (dp.ACCEPTED, dp.PICKING):
            self.message.show_info(
                tr(
                    "pickup",
                    "{number}: scan each item (F4); F6 rejects a short or damaged line; F9 when done",
                    number=n,
                )
            )
        elif view.status == dp.READY:
            self.message.show_info(tr("pickup", "{number} is ready: F10 hands it over (pickup code or ID)", number=n))
        else:
            self.message.show_info(tr("pickup", "{number}: {state}", number=n, state=state_words(view.label)))

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

    def show_order(self, view: OrderView | None) -> None:
        self.view = view
        if view is None:
            self.order.show_none()
        else:
            self.order.show_order(view)
        for action, btn in self.keys.buttons.items():
            if action in ENABLED:
                btn.setEnabled(allowed(action, view))

    # ---- picking -----------------------------------------------------------------------
    def _changed(self, view) -> None:
        self.show_order(view)
        if view.message:
            self.message.show_ok(text(view.message))
        self.refresh_counts()
        self.refresh_list()

    def error(self, exc) -> None:
        """The message line says what went wrong; an order cancelled meanwhile is shown as it is."""
        self.message.show_error(message_of(exc))
        if isinstance(exc, dp.OrderCancelled) and self.view is not None:
            self.open_order(self.view.id, quiet=True)
        self.shown.emit()

    def accept(self) -> None:
        def accepted(view):
            self._changed(view)
            self.print_pick_list()

        self.ops.call(picking.accept, self.clerk, self.opened.id, ok=accepted, err=self.error)

    def print_pick_list(self) -> None:
        def printed(path):
            self.last_pdf = path
            self.message.show_ok(
                tr(
                    "pickup",
                    "Order {number}: pick list printed ({file}). Scan each item (F4)",
                    number=self.opened.order.number,
                    file=path.name,
                )
            )
            self.scan.setFocus()
            self.shown.emit()

        self.ops.call(slips.print_pick_list, self.data_dir, self.opened.id, ok=printed, err=self.error)

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
            self.show_order(view)
            self.message.show_ok(text(view.message))
            self.shown.emit()

        self.ops.call(picking.pick, self.clerk, self.view.id, code, ok=picked, err=self.error)

    def _line_to_reject(self):
        """The highlighted line while it has something left to pick, else the first that has."""
        row = self.lines.currentRow()
        line = self.opened.lines[row] if 0 <= row < len(self.opened.lines) else None
        if line is None or line.open <= 0:
            line = next((ln for ln in self.opened.lines if ln.open > 0), None)
        return line

    def reject(self) -> None:
        line = self._line_to_reject()
        if line is None:
            self.message.show_error(tr("pickup", "Every line is picked or rejected already: F9 marks the order ready"))
            return
        dlg = RejectDialog(line, self)

        def finished(result):
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
                    err=self.error,
                )
            else:
                self.scan.setFocus()

        self.open_dialog(dlg, finished)

    def ready(self) -> None:
        self.ops.call(picking.mark_ready, self.clerk, self.opened.id, ok=self._changed, err=self.error)

    def return_to_shelf(self) -> None:
        if self.view is None:
            self.message.show_error(tr("pickup", "Open an order of the 'To shelf' list first (Ctrl+4)"))
            return
        self.ops.call(shelf.return_to_shelf, self.clerk, self.view.id, ok=self._changed, err=self.error)

    # ---- shipping (the To ship queue) --------------------------------------------------
    def pack(self) -> None:
        """Pack the picked order into parcels (weights), then print their labels. A packed order
        shows its parcels: changed, it is packed again (a weight typed wrong); kept, its labels are
        printed again."""
        packed = [p.weight_g for p in self.opened.parcels] if self.opened.status == dp.READY else None
        dlg = PackDialog(self.opened.order.number, self, packed)

        def finished(result):
            if result:
                self.ops.call(
                    shipping.pack,
                    self.clerk,
                    self.opened.id,
                    dlg.weights_g(),
                    ok=self._packed,
                    err=self.error,
                )
            else:
                self.scan.setFocus()

        self.open_dialog(dlg, finished)

    def _packed(self, view) -> None:
        self._changed(view)
        self.print_labels()

    def print_labels(self) -> None:
        def printed(paths):
            self.last_pdf = paths[-1] if paths else None
            self.message.show_ok(
                tr(
                    "pickup",
                    "Order {number}: %n label(s) printed. Stick them on the parcels; F12 ships",
                    n=len(paths),
                    number=self.opened.order.number,
                )
            )
            self.open_order(self.opened.id, quiet=True)

        self.ops.call(shipping.print_labels, self.data_dir, self.opened.id, ok=printed, err=self.error)

    def ship(self) -> None:
        dlg = ShipDialog(self.opened, self)

        def finished(result):
            if result:
                self.ops.call(
                    shipping.ship, self.clerk, self.opened.id, dlg.tracking(), ok=self._changed, err=self.error
                )

        self.open_dialog(dlg, finished)
