"""Every screen and dialog renders offscreen with real content.

Set STOREDESK_SHOTS=DIR to keep the PNGs (look at them after changing a screen).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from storedesk.adapters.demo_catalog import gtin_for


def _check(widget, name: str) -> None:
    image = widget.grab().toImage()
    assert image.width() > 200 and image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 8, f"{name} looks blank"
    folder = os.environ.get("STOREDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


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

    counter.key(Qt.Key_F2, counter.sale.scan)
    search = counter.sale.dialog
    counter.qtbot.keyClicks(search.field, "rice")
    counter.idle()
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


def test_every_screen_fits_a_1280_by_800_till(counter):
    """The main window never grows past a 1280 x 800 screen, whichever screen is shown."""
    from PySide6.QtCore import Qt

    counter.login()
    w = counter.window
    for screen in (w.sale, w.returns, w.pickup, w.stock, w.shift_screen, w.sync_screen):
        hint = screen.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 760, (type(screen).__name__, hint)
    assert w.minimumSizeHint().width() <= 1280
    counter.key(Qt.Key_Escape)
