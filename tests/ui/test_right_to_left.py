"""A language written right to left mirrors the screens (issue 16).

No right-to-left language ships yet; this is the pseudo-RTL run that proves one would work: English
taken for a language written right to left, so that `ui/translation.install_language` turns the
application right to left as it does for Arabic or Hebrew. Qt mirrors the layouts; the test
checks that the counter really is mirrored (the basket on the right of the totals, the key bar
from right to left, the typing field's text aligned right) and that the clerk's work is unchanged.
Set STOREDESK_SHOTS=DIR to keep the screenshot.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from tests.conftest import copy_station_files
from tests.helpers.shots import shoot
from tests.ui.conftest import Counter

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.i18n import is_rtl


@pytest.fixture
def rtl_counter(qtbot, demo_template, tmp_path, monkeypatch):
    from storedesk.ui import translation

    app = QApplication.instance()
    monkeypatch.setattr(translation, "is_rtl", lambda code: True)  # pseudo-RTL English
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    c = Counter(qtbot, data_dir)
    try:
        yield c
    finally:
        c.close()
        monkeypatch.undo()
        translation.install_language("en")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def x_in_window(widget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_arabic_and_hebrew_are_right_to_left_and_the_shipped_languages_are_not():
    assert is_rtl("ar") and is_rtl("he_IL")
    assert not any(is_rtl(code) for code in ("en", "fr", "de", "es", "it"))


def test_the_counter_mirrors_right_to_left_and_still_sells(rtl_counter):
    c = rtl_counter
    c.login()
    sale = c.sale
    assert sale.layoutDirection() == Qt.LayoutDirection.RightToLeft
    c.scan(gtin_for(1))
    c.scan(gtin_for(2))
    assert sale.model.rowCount() == 2  # the clerk's work is the same
    # the basket (left in English) is right of the totals, which are now on the left
    assert x_in_window(sale.table) > x_in_window(sale.totals)
    # the key bar reads from right to left: its first key is right of its last
    buttons = [b for b in sale.keys.buttons.values() if b.isVisible()]
    assert len(buttons) >= 2
    assert x_in_window(buttons[0]) > x_in_window(buttons[-1])
    shoot(c.window, "counter-right-to-left")
