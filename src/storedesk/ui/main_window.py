"""The station window: login/lock, sale and stock screens, and the status bar.

The screens speak the signed-in user's language, else the system's (or the one `storedesk
--language` gives in its place), else the store's (ui/translation.ui_language). Qt widgets take
their words when they are built, so a change of language rebuilds the screens: when someone
whose language differs signs in, and at the lock, which returns to the station's language. The
open sale lives in the database: the rebuilt counter shows it again (SaleScreen.start). Papers
stay in the store's language whoever prints them (services/station.use_language_of_store).

After every dialog the keyboard comes back to this window and its screen's field, with or
without a window manager (ui/focus.py); on a screen smaller than the window the window takes
the screen's size, which no window manager does in a kiosk session. Signing in at a locked till settles whose sale is on
the counter first (services/basket_owner.py): another user's open sale is parked for them,
unless a manager signing in chooses to take it over."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from ..domain.permissions import Perm, allowed
from ..i18n import known_language, noop
from ..services import basket_owner, prices, station, status
from ..services import shift as shift_svc
from ..services.context import StoreConfig, User, config
from . import style, theme, translation
from .fiscal_screen import FiscalScreen
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
from .status_label import StatusLabel
from .stock_screen import StockScreen
from .sync_runner import SyncRunner
from .sync_screen import SyncScreen
from .translation import current_language, install_language, tr
from .widgets import money
from .wording import number

# Events the hub rejected are a fault, not a count: white on red in the status bar.
FAULT_STYLE = f"QLabel {{ color: {WHITE}; background: {FAULT_RED}; font-weight: bold; }}"
APP_NAME = "storedesk"
STATUS_WORDS = ("user", "station", "shift", "network", "events", "sync")
SHRINKING = {"network", "sync"}  # may end with "…" on a small till (the tooltip says all)


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
    amount = money(total, currency)
    if items != int(items):  # weighed items: "2.5 items"
        return tr("station", "{count} items, {amount}", count=number(items), amount=amount)
    return tr("station", "%n item(s), {amount}", n=int(items), amount=amount)


# The status bar names the signed-in user's role in the screens' language.
ROLE_WORDS = {
    "clerk": noop("station", "clerk"),
    "supervisor": noop("station", "supervisor"),
    "manager": noop("station", "manager"),
    "auditor": noop("station", "auditor"),
}


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
    def __init__(self, ops: Ops, data_dir: Path, demo: bool = False, language: str | None = None):
        super().__init__()
        self.ops, self.data_dir = ops, Path(data_dir)
        self.cfg: StoreConfig | None = None
        self.user: User | None = None
        self.locked = False  # someone signed in, then the till was locked
        self.users: list[tuple[str, str]] = []  # who may sign in: (username, name)
        # `storedesk --language`: the screens' language in place of the system's
        self.forced_language = known_language(language)
        self.integrity_ok: bool | None = None  # None while the start-up check runs
        self.sync_runner: SyncRunner | None = None
        self.sync_screen: SyncScreen | None = None
        self._retired: list[QWidget] = []  # screens of a former language, deleted once no answer is due
        self._report_seen: object = None
        install_language(self.station_language())  # the system's until the store's is known
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        fit_to_screen(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login = self._build_login()
        self.sale: SaleScreen | None = None
        self.stock: StockScreen | None = None
        self.shift_screen: ShiftScreen | None = None
        self.returns: ReturnsScreen | None = None
        self.pickup: PickupScreen | None = None
        self.manager: ManagerScreen | None = None
        self.fiscal: FiscalScreen | None = None
        self.idle = IdleWatch(self)
        cast(QApplication, QApplication.instance()).installEventFilter(self.idle)
        self.focus = FocusKeeper(self, self.stack.currentWidget)  # the keyboard back after every dialog
        self.takeover: TakeOverDialog | None = None
        self._shown_once = False

        # who, where and the shift read whole; the rest gives way at 1024 px ("…", the tooltip says all)
        self.labels = {k: StatusLabel(shrinks=k in SHRINKING) for k in STATUS_WORDS}
        for key in STATUS_WORDS:
            self.labels[key].setContentsMargins(8, 2, 8, 2)
            self.statusBar().addPermanentWidget(self.labels[key])
        self.receipts = PendingReceiptsWatch(ops, self.data_dir, self)  # receipts a full disk held back
        self.statusBar().addPermanentWidget(self.receipts.label)
        self._status_words()
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.activated.connect(self.lock)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.refresh_status)

        self.ops.open(station.open_station, self.data_dir, demo, False, True, ok=self.on_open, err=self.on_open_failed)

    # ---- the screens' language --------------------------------------------------------
    def station_language(self) -> str:
        """The screens' language while nobody is signed in: the system's (or --language), else
        the store's (once the database has said it), else English."""
        return self.screen_language(None)

    def screen_language(self, user_language: str | None) -> str:
        store = self.cfg.language if self.cfg is not None else None
        return translation.ui_language(user_language, store, system=self.forced_language)

    def _use_language(self, language: str) -> bool:
        """Install `language` for the screens and rebuild them in it, unless they speak it
        already. The login screen comes back as it was (users, ready); the caller shows the
        screen it wants. Returns whether anything was rebuilt."""
        if language == current_language():
            return False
        install_language(language)
        self._retire(self.login)
        self.login = self._build_login()
        if self.sale is not None:
            for screen in self._screens():
                self._retire(screen)
            self._build_screens()
            self._status_words()
            self.refresh_status()
            self._show_sync()
        return True

    def _retire(self, screen: QWidget) -> None:
        """Off the stack and deaf: an answer still due to it from the worker finds it alive
        (deleted in refresh_status once nothing is pending), and its signals reach nobody."""
        screen.blockSignals(True)
        self.stack.removeWidget(screen)
        screen.hide()
        self._retired.append(screen)

    def _drop_retired(self) -> None:
        if self._retired and self.ops.pending == 0:
            for screen in self._retired:
                screen.deleteLater()
            self._retired.clear()

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
        self.cfg, self.users = result
        if self.integrity_ok is False:
            return
        self.sync_runner = SyncRunner(self._db, interval=self.cfg.sync_interval_seconds)
        self.sync_runner.updated.connect(self._show_sync)
        # this till's theme and text size, before its screens are built (the login screen again)
        app = cast(QApplication, QApplication.instance())
        style.apply_station_look(app, self.cfg.theme, self.cfg.text_size, (self.login,))
        style.fit_pages(self.stack)  # a larger type: the window asks for the room of the screen shown
        # the store's language when the system's is none of ours: the login screen is rebuilt in it
        if not self._use_language(self.station_language()):
            self._ready_login(self.login)
        self._build_screens()
        self.stack.setCurrentWidget(self.login)
        self.sync_runner.start()
        self.setWindowTitle(window_title(self.cfg.store_name, self.cfg.station_code))
        self._status_words()
        self.refresh_status()
        self.status_timer.start(5000)
        # Everything built so far lives as long as the app: keep it out of the garbage
        # collector's full passes, which otherwise pause the GUI for tens of ms mid-scan.
        gc.collect()
        gc.freeze()

    def _build_login(self) -> LoginScreen:
        login = LoginScreen(self.ops)
        login.logged_in.connect(self.on_login)
        self.stack.addWidget(login)
        if self.cfg is not None:
            self._ready_login(login)
        return login

    def _ready_login(self, login: LoginScreen) -> None:
        assert self.cfg is not None
        login.set_users(self.users)
        subtitle = tr(
            "station", "{store} · station {station}", store=self.cfg.store_name, station=self.cfg.station_code
        )
        login.set_ready(True, subtitle)

    def _build_screens(self) -> None:
        """Every screen but the login, in the installed language (at start, and again when the
        language changes)."""
        assert self.cfg is not None and self.sync_runner is not None  # built once the database is open
        cfg = self.cfg
        self.sale = SaleScreen(self.ops, cfg, self.data_dir)
        self.sale.navigate.connect(self.navigate)
        self.sale.sale_completed.connect(lambda _r: self.refresh_status())
        self.stock = StockScreen(self.ops, cfg)
        self.stock.navigate.connect(self.navigate)
        self.shift_screen = ShiftScreen(self.ops, cfg, self.data_dir)
        self.shift_screen.navigate.connect(self.navigate)
        self.shift_screen.shift_changed.connect(self.refresh_status)
        self.returns = ReturnsScreen(self.ops, cfg, self.data_dir)
        self.returns.navigate.connect(self.navigate)
        self.returns.return_completed.connect(lambda _r: self.refresh_status())
        self.returns.exchanged.connect(self.sale.completed_elsewhere)
        self.returns.exchange_basket = self._counter_basket
        self.pickup = PickupScreen(self.ops, cfg, self.data_dir)
        self.pickup.navigate.connect(self.navigate)
        self.pickup.handed_over.connect(lambda _r: self.refresh_status())
        self.manager = ManagerScreen(self.ops, cfg)
        self.manager.navigate.connect(self.navigate)
        self.fiscal = FiscalScreen(self.ops, cfg, self.data_dir)
        self.fiscal.navigate.connect(self.navigate)
        self.sync_screen = SyncScreen(self.ops, cfg)
        self.sync_screen.navigate.connect(self.navigate)
        self.sync_screen.sync_requested.connect(self.sync_runner.sync_now)
        for screen in self._screens():
            self.stack.addWidget(screen)

    def _screens(self) -> list[QWidget]:
        """Every screen but the login (built together by _build_screens)."""
        found = (
            self.shift_screen,
            self.returns,
            self.pickup,
            self.manager,
            self.fiscal,
            self.sale,
            self.stock,
            self.sync_screen,
        )
        return [screen for screen in found if screen is not None]

    def on_open_failed(self, exc) -> None:
        self.login.set_ready(False, tr("station", "The station cannot start"))
        self.login.message.show_error(message_of(exc))

    # ---- sign in, lock, screens -------------------------------------------------------
    def on_login(self, user) -> None:
        """The PIN was right: settle whose sale is open, then sell (in the user's language). An
        auditor (read-only) goes to the Fiscal screen and leaves the counter's sale as it is."""
        if not allowed(user.role, Perm.CHANGE):
            self.ops.call(
                station.user_language,
                user,
                ok=lambda language: self._start_reading(user, language),
                err=self._sign_in_failed,
            )
            return
        self.ops.call(
            lambda uow: (basket_owner.on_sign_in(uow, user), station.user_language(uow, user)),
            ok=lambda found: self._settle(user, *found),
            err=self._sign_in_failed,
        )

    def _settle(self, user, found, language: str | None = None) -> None:
        if found.outcome != basket_owner.ASK:
            self._start_selling(user, found, language)
            return
        sale = found.sale
        owner = sale.owner.name
        self.takeover = dlg = TakeOverDialog(owner, sale_in_words(sale.items, sale.total, sale.currency), self)

        def decided(_code):
            self.takeover = None
            action = basket_owner.take_over if dlg.choice == dlg.TAKE else basket_owner.park_for_owner
            self.ops.call(
                action, user, sale, ok=lambda done: self._start_selling(user, done, language), err=self._sign_in_failed
            )

        dlg.finished.connect(decided)
        dlg.open()

    def _sign_in_failed(self, exc) -> None:
        self.login.message.show_error(message_of(exc))
        self.login.pin.setFocus()

    def _start_selling(self, user, found, language: str | None = None) -> None:
        """Sell: the screens in the user's language (rebuilt if it is not theirs), the open sale
        shown again from the database."""
        self.login.signed_in()
        self._use_language(self.screen_language(language))
        assert self.sale is not None and self.cfg is not None  # built before the login screen takes a PIN
        self.user, self.locked = user, False
        self._set_status(user=self._user_words())
        self.stack.setCurrentWidget(self.sale)
        self.sale.start(user)
        show_manager_key(self.sale.keys, user)
        self.idle.arm(self.cfg.idle_lock_seconds)
        note = sign_in_note(found)
        if note:
            self.sale.message.show_info(note)

    def _start_reading(self, user, language: str | None = None) -> None:
        """An auditor signed in: the Fiscal screen, in their language; never the counter."""
        self.login.signed_in()
        self._use_language(self.screen_language(language))
        assert self.fiscal is not None and self.cfg is not None  # built before the login screen takes a PIN
        self.user, self.locked = user, False
        self._set_status(user=self._user_words())
        self.fiscal.start(user)
        self.stack.setCurrentWidget(self.fiscal)
        self.idle.arm(self.cfg.idle_lock_seconds)

    def lock(self) -> None:
        if self.user is None:
            return
        # someone signed in: _configured built every screen before the login screen took a PIN
        assert self.sale is not None and self.stock is not None
        for screen in (self.sale, self.shift_screen, self.returns, self.pickup, self.manager, self.fiscal):
            if screen is not None and screen.dialog is not None:
                screen.dialog.reject()  # a half-done dialog never stays open behind the lock
        self.stock.close_dialogs()
        name = self.user.name
        view = self.sale.view
        left = None if view is None or view.basket.is_empty else view
        self.user, self.locked = None, True
        self.sale.user = None
        self.idle.timer.stop()
        self._use_language(self.station_language())  # the station's again, for whoever comes next
        open_sale = (
            "" if left is None else sale_in_words(left.totals.item_count, left.totals.total, left.basket.currency)
        )
        self._set_status(user=self._user_words())
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
            and self.fiscal is not None
        )
        # the screens that are told who is signed in each time they are shown
        started: dict[str, StockScreen | ShiftScreen | PickupScreen | ReturnsScreen | ManagerScreen | FiscalScreen] = {
            "stock": self.stock,
            "shift": self.shift_screen,
            "pickup": self.pickup,
            "returns": self.returns,
            "manager": self.manager,
            "fiscal": self.fiscal,
        }
        if where != "lock" and self.user is not None and not allowed(self.user.role, Perm.CHANGE):
            where = "fiscal"  # an auditor stays on the Fiscal screen: never the counter, nor any other
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

    def _user_words(self) -> str:
        if self.user is None:
            return tr("station", "Locked") if self.locked else tr("station", "Not signed in")
        role = tr("station", ROLE_WORDS[self.user.role]) if self.user.role in ROLE_WORDS else self.user.role
        return tr("station", "{name} ({role})", name=self.user.name, role=role)

    def _status_words(self) -> None:
        """Every status bar word in the screens' language; what is known (the shift, the hub, the
        events) is said again by refresh_status and _show_sync."""
        cfg = self.cfg
        self._set_status(
            user=self._user_words(),
            station=f"{cfg.store_code} / {cfg.station_code}" if cfg is not None else tr("station", "Station …"),
            shift=tr("station", "No shift open"),
            network=tr("station", "Offline (hub not set up)"),
            events=tr("station", "Waiting events: –"),
            sync=tr("station", "Last sync: never"),
        )

    def refresh_status(self) -> None:
        self._drop_retired()
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
        if state:
            text = tr("station", "Shift {number} open since {time}", number=state.number, time=state.opened_local)
        else:
            text = tr("station", "No shift open")
        self._set_status(shift=text)

    def _show_events(self, waiting: int, rejected: int) -> None:
        """Waiting events are a count; events the hub REJECTED are a fault (red): they will never
        reach the hub until someone fixes the cause on the Sync screen (F6)."""
        if rejected:
            text = tr(
                "station", "Waiting events: {waiting} · ⚠ %n rejected by hub — F6", n=rejected, waiting=number(waiting)
            )
        else:
            text = tr("station", "Waiting events: {waiting}", waiting=number(waiting))
        self._set_status(events=text)
        label = self.labels["events"]
        label.setProperty("fault", bool(rejected))
        label.setStyleSheet(theme.themed(FAULT_STYLE) if rejected else "")  # 7:1 in high contrast
        tip = tr("station", "The hub refused these events: open the Sync screen (F6) to see why")
        label.setToolTip(tip if rejected else "")

    def _show_sync(self) -> None:
        if self.sync_runner is None or self.cfg is None or self.sync_screen is None:  # the database is not open yet
            return
        report, health = self.sync_runner.snapshot()
        if report is not None and report is not self._report_seen:
            self._report_seen = report
            if report.received:  # the hub's store settings may have changed the store's language
                self.ops.call(station.use_language_of_store, ok=self._store_language, err=lambda e: None)
        if health is None:
            return
        if not health.registered:
            self._set_status(network=tr("station", "Offline (hub not set up)"))
        elif health.online:
            self._set_status(network=tr("station", "● Online"))
        elif health.last_error_at:
            since = self.cfg.local(health.last_error_at).strftime("%H:%M")
            self._set_status(network=tr("station", "○ Offline since {time}", time=since))
        else:
            self._set_status(network=tr("station", "○ Offline"))
        self._show_events(health.waiting, health.rejected)
        if health.last_success:
            when = f"{self.cfg.local(health.last_success):%H:%M:%S}"
            self._set_status(sync=tr("station", "Last sync: {time}", time=when))
        if self.stack.currentWidget() is self.sync_screen:
            self.sync_screen.refresh()

    def _store_language(self, found: station.StoreLanguage) -> None:
        """The hub changed the store's language or locale: papers and formats follow at once
        (use_language_of_store did it); the screens too while nobody is signed in, else at the lock."""
        assert self.cfg is not None
        if (found.language, found.locale) == (self.cfg.language, self.cfg.locale):
            return
        self.cfg = replace(self.cfg, language=found.language, locale=found.locale)
        if self.user is None and self._use_language(self.station_language()):
            self.stack.setCurrentWidget(self.login)
            self.login.reset()

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
        owner = sale.owner.name
        if found.own_parked:
            return tr(
                "station",
                "{owner}'s sale ({sale}) was parked for {owner}. F9 lists it with your %n parked sale(s).",
                n=found.own_parked,
                owner=owner,
                sale=words,
            )
        return tr("station", "{owner}'s sale ({sale}) was parked for {owner}: F9 recalls it.", owner=owner, sale=words)
    if sale is not None:  # a manager took it over
        return tr(
            "station",
            "You took over {owner}'s sale; the takeover is recorded with both names.",
            owner=sale.owner.name,
        )
    if found.own_parked:  # "You have 1 parked sale: F9 recalls it."
        return tr("station", "You have %n parked sale(s): F9 recalls them.", n=found.own_parked)
    return ""
