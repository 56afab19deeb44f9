"""Start the station app: Qt application, the database worker, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir
from .main_window import MainWindow
from .ops import Ops
from . import style


def build(data_dir: Path, demo: bool = False) -> tuple[QApplication, Ops, MainWindow]:
    # The database worker and the GUI share the GIL: hand it over every 1 ms rather than 5,
    # so a scan answered by the worker reaches the screen within a frame.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("storedesk")
    app.setDesktopFileName("storedesk")  # Wayland app_id: matches storedesk.desktop
    icon = resources_dir() / "icons" / "storedesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style.apply(app)
    ops = Ops()
    window = MainWindow(ops, data_dir, demo)
    return app, ops, window


def run_app(data_dir: Path, demo: bool = False, smoke: bool = False) -> int:
    """Run the station. smoke=True: open the main window, wait until the login screen is
    ready (database opened, migrated, demo seeded), then quit with 0 — or 1 if it cannot start.
    Installers use it to prove a bundle works."""
    app, ops, window = build(Path(data_dir), demo)
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
        ops.stop()
        return result["code"]
    code = app.exec()
    ops.stop()
    return code
