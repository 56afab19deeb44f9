"""Guard against a Qt binding that corrupts reference counts.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
returns nothing (setText, processEvents, ...). A till makes millions of such calls a day and
then aborts with "deallocating None". pyproject.toml excludes that release; this test makes
sure the installed binding behaves.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 100
