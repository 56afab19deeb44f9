"""Start the station app: Qt application, the database worker, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .main_window import MainWindow
from .ops import Ops
from .style import STYLE


def build(data_dir: Path, demo: bool = False) -> tuple[QApplication, Ops, MainWindow]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("storedesk")
    app.setStyleSheet(STYLE)
    ops = Ops()
    window = MainWindow(ops, data_dir, demo)
    return app, ops, window


def run_app(data_dir: Path, demo: bool = False) -> int:
    app, ops, window = build(Path(data_dir), demo)
    window.show()
    code = app.exec()
    ops.stop()
    return code
