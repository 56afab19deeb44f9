"""Every screen and dialog renders offscreen with real content.

Set STOREDESK_SHOTS=DIR to keep the PNGs (look at them after changing a screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.helpers.shots import shoot

from storedesk.adapters.demo_catalog import gtin_for


def _check(widget, name: str) -> None:
    image = shoot(widget, name)
    assert image.width() > 200 and image.height() > 100


def test_screens_and_dialogs_render(counter):
    _check(counter.window, "login")
    counter.login()
    for n in (1, 2, 2, 3, 8):
        counter.scan(gtin_for(n))
    counter.scan("3760999999996")
    _check(counter.window, "sale")

    for key, name in ((Qt.Key_F10, "payment"), (Qt.Key_F8, "discount"), (Qt.Key_F9, "park")):
        counter.key(key, counter.sale.scan)
        dlg = counter.sale.dialog
        assert dlg is not None, name
        _check(dlg, name)
        dlg.reject()
        counter.idle()

    search = counter.search("rice")
    _check(search, "search")
    search.reject()

    counter.key(Qt.Key_F7, counter.sale.scan)
    price = counter.sale.dialog
    counter.qtbot.keyClicks(price.field, "1.00")
    counter.qtbot.keyClick(price.field, Qt.Key_Return)
    counter.idle()
    _check(counter.sale.dialog, "override")
    counter.sale.dialog.reject()
    counter.idle()

    counter.key(Qt.Key_F5, counter.sale.scan)
    counter.idle()
    _check(counter.window, "stock")


TILLS = ((1024, 768), (1280, 800))  # a small till and a common one


def test_every_screen_fits_a_1024_by_768_and_a_1280_by_800_till(counter):
    """The window is never larger than a till's screen, whichever screen is shown: the stack is
    as large as its largest page, so every page (and the Stock screen's receiving and count
    pages) must fit the room the window gives it at both sizes, its status bar included.
    Columns and tabs readable at both sizes: tests/ui/test_fit_and_touch.py."""
    counter.login()
    w = counter.window
    status = w.statusBar().sizeHint().height()
    pages = (
        w.sale,
        w.returns,
        w.pickup,
        w.stock,
        w.stock.panel,
        w.stock.receiving,
        w.stock.count,
        w.shift_screen,
        w.sync_screen,
    )
    for width, height in TILLS:
        for screen in pages:
            hint = screen.minimumSizeHint().expandedTo(screen.minimumSize())
            assert hint.width() <= width and hint.height() <= height - status, (type(screen).__name__, hint, width)
        window = w.minimumSizeHint()
        assert window.width() <= width and window.height() <= height, (window, width)
        w.resize(width, height)
        counter.idle()
        assert (w.width(), w.height()) == (width, height)
    counter.key(Qt.Key_Escape)


def test_every_dialog_of_the_counter_fits_a_small_till(counter):
    """Each dialog a counter key opens fits 1024 x 768 with room for a title bar (every other
    screen's dialogs: tests/ui/test_fit_and_touch.py)."""
    counter.login()
    counter.scan(gtin_for(1))
    for key in (Qt.Key_F2, Qt.Key_F4, Qt.Key_F7, Qt.Key_F8, Qt.Key_F9, Qt.Key_F10):
        counter.key(key, counter.sale.scan)
        dlg = counter.sale.dialog
        assert dlg is not None, key
        hint = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
        assert hint.width() <= 1024 and hint.height() <= 768 - 40, (type(dlg).__name__, hint)
        assert dlg.width() <= 1024 and dlg.height() <= 768 - 40, (type(dlg).__name__, dlg.size())
        dlg.reject()
        counter.idle()
