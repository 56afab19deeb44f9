"""Start the station app: Qt application, the database worker, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .main_window import MainWindow
from .ops import Ops
from . import style


def build(data_dir: Path, demo: bool = False) -> tuple[QApplication, Ops, MainWindow]:
    # The database worker and the GUI share the GIL: hand it over every 1 ms rather than 5,
    # so a scan answered by the worker reaches the screen within a frame.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("storedesk")
    style.apply(app)
    ops = Ops()
    window = MainWindow(ops, data_dir, demo)
    return app, ops, window


def run_app(data_dir: Path, demo: bool = False) -> int:
    app, ops, window = build(Path(data_dir), demo)
    window.show()
    code = app.exec()
    ops.stop()
    return code
