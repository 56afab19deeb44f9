"""Start the station app: Qt application, the database worker, the main window.

One till per data folder: `run_app` holds the folder's lock while the app runs, and a second
start on the same folder hands over to the running till (ui/single_instance.py)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import logs
from ..paths import resources_dir
from ..services.fiscal import due, events
from ..services.station import hold_folder
from . import qt_log, single_instance, style
from .main_window import MainWindow
from .ops import Ops

log = logging.getLogger(__name__)


def build(data_dir: Path, demo: bool = False, language: str | None = None) -> tuple[QApplication, Ops, MainWindow]:
    """The app, its database worker and the main window; `language` (`storedesk --language`)
    stands in for the system's language on the screens."""
    # The database worker and the GUI share the GIL: hand it over every 1 ms rather than 5,
    # so a scan answered by the worker reaches the screen within a frame.
    sys.setswitchinterval(0.001)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("storedesk")
    app.setDesktopFileName("storedesk")  # Wayland app_id: matches storedesk.desktop
    icon = resources_dir() / "icons" / "storedesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style.apply(app)
    ops = Ops()
    window = MainWindow(ops, data_dir, demo, language)
    return app, ops, window


def run_app(data_dir: Path, demo: bool = False, smoke: bool = False, language: str | None = None) -> int:
    """Run the station. smoke=True: open the main window, wait until the login screen is
    ready (database opened, migrated, demo seeded), then quit with 0 — or 1 if it cannot start.
    Installers use it to prove a bundle works.

    One till per data folder: while this one runs it holds the folder's lock, and a second
    start on the folder brings this window to the front instead of opening the database.

    The log (storedesk/logs.py) goes to <data folder>/logs/, with Qt's own warnings and any
    exception nobody caught. `language`: the screens' language in place of the system's."""
    folder = Path(data_dir)
    logs.setup(folder, "app")
    logs.install_hooks()
    qt_log.install()
    try:
        lock = hold_folder(folder)
    except OSError as exc:  # a folder nobody may write to: the window says what the database says
        print(f"storedesk: cannot lock the data folder {folder}: {exc.strerror or exc}", file=sys.stderr)
        return _run(folder, demo, smoke, language)
    if lock is None:
        return single_instance.hand_over(folder, smoke=smoke)
    try:
        return _run(folder, demo, smoke, language)
    finally:
        lock.release()


def _run(data_dir: Path, demo: bool, smoke: bool, language: str | None = None) -> int:
    app, ops, window = build(data_dir, demo, language)
    journal_start(ops, data_dir)
    till = single_instance.TillServer(data_dir, window, parent=window)
    if not till.listen():  # the till still runs; only the hand-over to a second start is lost
        print(f"storedesk: a second start cannot reach this till ({till.error})", file=sys.stderr)
    window.show()
    if smoke:
        result = {"code": 1}

        def check():
            if window.login.button.isEnabled():
                result["code"] = 0
                app.quit()
            elif window.login.message.kind == "error":
                print(f"storedesk: {window.login.message.text()}", file=sys.stderr)
                app.quit()

        timer = QTimer(window)
        timer.timeout.connect(check)
        timer.start(50)
        QTimer.singleShot(60_000, app.quit)
        app.exec()
        code = result["code"]
    else:
        code = app.exec()
    ops.call(events.app_stopping, err=_not_journaled)  # a clean exit, journaled before the worker stops
    ops.stop()
    till.close()  # before the lock goes: a start from now on opens the folder itself
    return code


def journal_start(ops: Ops, data_dir: Path) -> None:
    """The software's start in the journal (issue 19: "software_update" first when the version
    changed, "clock_back" when the clock is behind the journal), on the database worker, queued
    behind the station's opening; then what fell due (the ended periods' closings and archives)
    on a thread of its own. The login screen waits for neither; a failure is logged."""

    def started(_result) -> None:
        ops.background(due.run_due_apart, data_dir, err=_not_journaled)

    ops.call(events.app_started, ok=started, err=_not_journaled)


def _not_journaled(exc: BaseException) -> None:
    log.error("fiscal: the software's start or stop could not be journaled: %s", exc)
