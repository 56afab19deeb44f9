"""The station window: login/lock, sale and stock screens, and the status bar.

After every dialog the keyboard comes back to this window and its screen's field, with or
without a window manager (ui/focus.py); on a screen smaller than the window the window takes
the screen's size, which no window manager does in a kiosk session. Signing in at a locked till settles whose sale is on
the counter first (services/basket_owner.py): another user's open sale is parked for them,
unless a manager signing in chooses to take it over."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from ..services import basket_owner, prices, station, status
from ..services import shift as shift_svc
from ..services.context import StoreConfig, User, config
from .focus import FocusKeeper, activate
from .login_screen import LoginScreen, TakeOverDialog
from .manager.screen import ManagerScreen, refused_manager, show_manager_key
from .ops import Ops, message_of
from .palette import FAULT_RED, WHITE
from .pending_receipts_watch import PendingReceiptsWatch
from .pickup.screen import PickupScreen
from .returns.screen import ReturnsScreen
from .sale.screen import SaleScreen
from .shift_screen import ShiftScreen
from .stock_screen import StockScreen
from .sync_runner import SyncRunner
from .sync_screen import SyncScreen
from .widgets import money
from .wording import plural

# Events the hub rejected are a fault, not a count: white on red in the status bar.
FAULT_STYLE = f"QLabel {{ color: {WHITE}; background: {FAULT_RED}; font-weight: bold; }}"
APP_NAME = "storedesk"


def window_title(store_name: str, station_code: str) -> str:
    """ "storedesk · Corner Shop · T1". A store whose name already says storedesk is not
    named twice: "storedesk Demo Store · T1"."""
    if APP_NAME.casefold() in store_name.casefold():
        return f"{store_name} · {station_code}"
    return f"{APP_NAME} · {store_name} · {station_code}"


def fit_to_screen(window: QWidget) -> None:
    """A till's screen smaller than the window (1024 × 768): the window takes the screen's size.
    Without a window manager nobody else would, and the right and bottom of every screen would
    be cut off. The offscreen platform (tests) has no real screen: its 800 × 600 is ignored."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return
    area = screen.availableGeometry()
    if window.width() > area.width() or window.height() > area.height():
        window.setGeometry(area.x(), area.y(), min(window.width(), area.width()), min(window.height(), area.height()))


def sale_in_words(items, total, currency: str) -> str:
    """An open sale as the lock screen and the takeover dialog say it: "3 items, €5.06"."""
    return f"{plural(items, 'item')}, {money(total, currency)}"


class IdleWatch(QObject):
    """Locks the station after a configurable time without a key or a click."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(window.lock)

    def arm(self, seconds: int) -> None:
        if seconds > 0:
            self.timer.start(seconds * 1000)

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and self.timer.isActive():
            self.timer.start()  # restart with the same interval
        return False


class MainWindow(QMainWindow):
    def __init__(self, ops: Ops, data_dir: Path, demo: bool = False):
        super().__init__()
        self.ops, self.data_dir = ops, Path(data_dir)
        self.cfg: StoreConfig | None = None
        self.user: User | None = None
        self.integrity_ok: bool | None = None  # None while the start-up check runs
        self.sync_runner: SyncRunner | None = None
        self.sync_screen: SyncScreen | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        fit_to_screen(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login = LoginScreen(ops)
        self.login.logged_in.connect(self.on_login)
        self.stack.addWidget(self.login)
        self.sale: SaleScreen | None = None
        self.stock: StockScreen | None = None
        self.shift_screen: ShiftScreen | None = None
        self.returns: ReturnsScreen | None = None
        self.pickup: PickupScreen | None = None
        self.manager: ManagerScreen | None = None
        self.idle = IdleWatch(self)
        cast(QApplication, QApplication.instance()).installEventFilter(self.idle)
        self.focus = FocusKeeper(self, self.stack.currentWidget)  # the keyboard back after every dialog
        self.takeover: TakeOverDialog | None = None
        self._shown_once = False

        self.labels = {k: QLabel("") for k in ("user", "station", "shift", "network", "events", "sync")}
        for key in ("user", "station", "shift", "network", "events", "sync"):
            self.labels[key].setContentsMargins(12, 2, 12, 2)
            self.statusBar().addPermanentWidget(self.labels[key])
        self.receipts = PendingReceiptsWatch(ops, self.data_dir, self)  # receipts a full disk held back
        self.statusBar().addPermanentWidget(self.receipts.label)
        self._set_status(
            user="Not signed in",
            station="Station …",
            shift="No shift open",
            network="Offline (hub not set up)",
            events="Waiting events: –",
            sync="Last sync: never",
        )
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.activated.connect(self.lock)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.refresh_status)

        self.ops.open(station.open_station, self.data_dir, demo, False, True, ok=self.on_open, err=self.on_open_failed)

    # ---- start ----------------------------------------------------------------------
    def on_open(self, uow) -> None:
        self._db = uow.db
        self.ops.call(lambda u: (config(u), station.sign_in_names(u)), ok=self._configured, err=self.on_open_failed)
        # The integrity check reads the whole file: it runs beside the login screen, and a
        # damaged database stops the station with a clear message.
        self.ops.background(station.integrity_check, self.data_dir, ok=self._checked, err=self.on_damaged)

    def _checked(self, _ok) -> None:
        self.integrity_ok = True

    def on_damaged(self, exc) -> None:
        self.integrity_ok = False
        self.lock()
        self.on_open_failed(exc)

    def _configured(self, result) -> None:
        self.cfg, users = result
        if self.integrity_ok is False:
            return
        self.sale = SaleScreen(self.ops, self.cfg, self.data_dir)
        self.sale.navigate.connect(self.navigate)
        self.sale.sale_completed.connect(lambda _r: self.refresh_status())
        self.stock = StockScreen(self.ops, self.cfg)
        self.stock.navigate.connect(self.navigate)
        self.shift_screen = ShiftScreen(self.ops, self.cfg, self.data_dir)
        self.shift_screen.navigate.connect(self.navigate)
        self.shift_screen.shift_changed.connect(self.refresh_status)
        self.stack.addWidget(self.shift_screen)
        self.returns = ReturnsScreen(self.ops, self.cfg, self.data_dir)
        self.returns.navigate.connect(self.navigate)
        self.returns.return_completed.connect(lambda _r: self.refresh_status())
        self.returns.exchanged.connect(self.sale.completed_elsewhere)
        self.returns.exchange_basket = self._counter_basket
        self.stack.addWidget(self.returns)
        self.pickup = PickupScreen(self.ops, self.cfg, self.data_dir)
        self.pickup.navigate.connect(self.navigate)
        self.pickup.handed_over.connect(lambda _r: self.refresh_status())
        self.stack.addWidget(self.pickup)
        self.manager = ManagerScreen(self.ops, self.cfg)
        self.manager.navigate.connect(self.navigate)
        self.stack.addWidget(self.manager)
        self.sync_runner = SyncRunner(self._db, interval=self.cfg.sync_interval_seconds)
        self.sync_runner.updated.connect(self._show_sync)
        self.sync_screen = SyncScreen(self.ops, self.cfg)
        self.sync_screen.navigate.connect(self.navigate)
        self.sync_screen.sync_requested.connect(self.sync_runner.sync_now)
        self.stack.addWidget(self.sale)
        self.stack.addWidget(self.stock)
        self.stack.addWidget(self.sync_screen)
        self.sync_runner.start()
        self.setWindowTitle(window_title(self.cfg.store_name, self.cfg.station_code))
        self.login.set_users(users)
        self.login.set_ready(True, f"{self.cfg.store_name} · station {self.cfg.station_code}")
        self._set_status(station=f"{self.cfg.store_code} / {self.cfg.station_code}")
        self.refresh_status()
        self.status_timer.start(5000)
        # Everything built so far lives as long as the app: keep it out of the garbage
        # collector's full passes, which otherwise pause the GUI for tens of ms mid-scan.
        gc.collect()
        gc.freeze()

    def on_open_failed(self, exc) -> None:
        self.login.set_ready(False, "The station cannot start")
        self.login.message.show_error(message_of(exc))

    # ---- sign in, lock, screens -------------------------------------------------------
    def on_login(self, user) -> None:
        """The PIN was right: settle whose sale is open, then sell."""
        self.ops.call(
            basket_owner.on_sign_in, user, ok=lambda found: self._settle(user, found), err=self._sign_in_failed
        )

    def _settle(self, user, found) -> None:
        if found.outcome != basket_owner.ASK:
            self._start_selling(user, found)
            return
        sale = found.sale
        owner = sale.owner.name
        self.takeover = dlg = TakeOverDialog(owner, sale_in_words(sale.items, sale.total, sale.currency), self)

        def decided(_code):
            self.takeover = None
            action = basket_owner.take_over if dlg.choice == dlg.TAKE else basket_owner.park_for_owner
            self.ops.call(action, user, sale, ok=lambda done: self._start_selling(user, done), err=self._sign_in_failed)

        dlg.finished.connect(decided)
        dlg.open()

    def _sign_in_failed(self, exc) -> None:
        self.login.message.show_error(message_of(exc))
        self.login.pin.setFocus()

    def _start_selling(self, user, found) -> None:
        assert self.sale is not None and self.cfg is not None  # built before the login screen takes a PIN
        self.user = user
        self._set_status(user=f"{user.name} ({user.role})")
        self.login.signed_in()
        self.stack.setCurrentWidget(self.sale)
        self.sale.start(user)
        show_manager_key(self.sale.keys, user)
        self.idle.arm(self.cfg.idle_lock_seconds)
        note = sign_in_note(found)
        if note:
            self.sale.message.show_info(note)

    def lock(self) -> None:
        if self.user is None:
            return
        # someone signed in: _configured built every screen before the login screen took a PIN
        assert self.sale is not None and self.stock is not None
        for screen in (self.sale, self.shift_screen, self.returns, self.pickup, self.manager):
            if screen is not None and screen.dialog is not None:
                screen.dialog.reject()  # a half-done dialog never stays open behind the lock
        self.stock.close_dialogs()
        name = self.user.name
        view = self.sale.view
        open_sale = (
            ""
            if view is None or view.basket.is_empty
            else sale_in_words(view.totals.item_count, view.totals.total, view.basket.currency)
        )
        self.user = None
        self.sale.user = None
        self.idle.timer.stop()
        self._set_status(user="Locked")
        self.stack.setCurrentWidget(self.login)
        self.login.reset(locked_by=name, open_sale=open_sale)

    def _counter_basket(self):
        """(basket id, total) of the counter's basket when it holds items: an exchange's new items."""
        assert self.sale is not None  # the returns screen asking is built with it
        view = self.sale.view
        if view is None or view.basket.is_empty:
            return None
        return view.basket_id, view.totals.total

    def navigate(self, where: str) -> None:
        # only the screens send it, and _configured builds them all at once
        assert (
            self.sale is not None
            and self.shift_screen is not None
            and self.returns is not None
            and self.stock is not None
            and self.pickup is not None
            and self.sync_screen is not None
            and self.manager is not None
        )
        # the screens that are told who is signed in each time they are shown
        started: dict[str, StockScreen | ShiftScreen | PickupScreen | ReturnsScreen | ManagerScreen] = {
            "stock": self.stock,
            "shift": self.shift_screen,
            "pickup": self.pickup,
            "returns": self.returns,
            "manager": self.manager,
        }
        if where == "manager" and refused_manager(self.user, self.sale.message):
            return
        if where == "lock":
            self.lock()
        elif where == "sync":
            self.stack.setCurrentWidget(self.sync_screen)
        elif where in started and self.user is not None:
            started[where].start(self.user)
            self.stack.setCurrentWidget(started[where])
        elif where == "sale" and self.user is not None:
            self.stack.setCurrentWidget(self.sale)
            self.sale.scan.setFocus()

    # ---- status bar -----------------------------------------------------------------
    def _set_status(self, **texts) -> None:
        for key, text in texts.items():
            self.labels[key].setText(text)

    def refresh_status(self) -> None:
        self.ops.call(
            status.bar_status,
            ok=lambda st: self._show_events(st.waiting_events, st.rejected_events),
            err=lambda e: None,
        )
        self.ops.call(shift_svc.current, ok=self._show_shift, err=lambda e: None)
        # Safety net for long runs of scans without a sale: keep the WAL below ~8 MB.
        self.ops.call(station.tidy_up, 8 << 20, err=lambda e: None)
        # Prices with a later valid_from switch on the store's clock, online or not (the scan checks too).
        self.ops.call(prices.apply_due_prices, err=lambda e: None)
        if self.cfg is not None:  # the database is open: write the receipts still missing, if any
            self.receipts.poll()

    def _show_shift(self, state) -> None:
        self._set_status(shift=f"Shift {state.number} open since {state.opened_local}" if state else "No shift open")

    def _show_events(self, waiting: int, rejected: int) -> None:
        """Waiting events are a count; events the hub REJECTED are a fault (red): they will never
        reach the hub until someone fixes the cause on the Sync screen (F6)."""
        text = f"Waiting events: {waiting}"
        if rejected:
            text += f" · ⚠ {rejected} rejected by hub — F6"
        self._set_status(events=text)
        label = self.labels["events"]
        label.setProperty("fault", bool(rejected))
        label.setStyleSheet(FAULT_STYLE if rejected else "")
        label.setToolTip("The hub refused these events: open the Sync screen (F6) to see why" if rejected else "")

    def _show_sync(self) -> None:
        # built before the runner starts
        assert self.sync_runner is not None and self.sync_screen is not None and self.cfg is not None
        report, health = self.sync_runner.snapshot()
        if health is None:
            return
        if not health.registered:
            self._set_status(network="Offline (hub not set up)")
        elif health.online:
            self._set_status(network="● Online")
        else:
            since = self.cfg.local(health.last_error_at).strftime("%H:%M") if health.last_error_at else ""
            self._set_status(network=f"○ Offline since {since}" if since else "○ Offline")
        self._show_events(health.waiting, health.rejected)
        if health.last_success:
            self._set_status(sync=f"Last sync: {self.cfg.local(health.last_success):%H:%M:%S}")
        if self.stack.currentWidget() is self.sync_screen:
            self.sync_screen.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        if not self._shown_once:  # no window manager gives a new window the keyboard: take it
            self._shown_once = True
            QTimer.singleShot(0, self, lambda: activate(self))

    def closeEvent(self, event):
        self.status_timer.stop()
        if self.sync_runner is not None:
            self.sync_runner.stop()
        super().closeEvent(event)


def sign_in_note(found) -> str:
    """What the counter says right after signing in, when signing in changed whose sale is open
    or the user has sales parked (services/basket_owner.SignIn)."""
    sale = found.sale
    if found.outcome == basket_owner.PARKED and sale is not None:
        words = sale_in_words(sale.items, sale.total, sale.currency)
        if found.own_parked:
            return (
                f"{sale.owner.name}'s sale ({words}) was parked for {sale.owner.name}. "
                f"F9 lists it with your {plural(found.own_parked, 'parked sale')}."
            )
        return f"{sale.owner.name}'s sale ({words}) was parked for {sale.owner.name}: F9 recalls it."
    if sale is not None:  # a manager took it over
        return f"You took over {sale.owner.name}'s sale; the takeover is recorded with both names."
    if found.own_parked == 1:
        return "You have 1 parked sale: F9 recalls it."
    if found.own_parked > 1:
        return f"You have {plural(found.own_parked, 'parked sale')}: F9 recalls them."
    return ""
