"""Issue 16, fit: the status bar of a small till (1024 px) in every language. In German or
French its words needed up to 1383 px, so the window asked to be wider than the screen and
the bar's words were drawn over each other. Now who is signed in, the station, the shift and
the events (waiting, or rejected by the hub: a fault) read whole; the network's detail and the
last sync may shrink to their start and "…", the whole sentence in their tooltip.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QFontMetrics
from tests.conftest import copy_station_files
from tests.ui.conftest import Counter

from storedesk.ui.main_window import SHRINKING

SMALL_TILL = 1024


@pytest.fixture
def station_dir(demo_template, tmp_path):
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    return data_dir


def drawn_whole_or_with_tooltip(window) -> list[str]:
    """What the status bar cannot show: a label narrower than its least size (squeezed, its
    text drawn over its neighbour's), a fixed word cut, a shortened one without its tooltip."""
    problems = []
    for key, label in window.labels.items():
        if not label.isVisible():
            continue
        if label.width() < label.minimumSizeHint().width():
            problems.append(f"{key}: squeezed to {label.width()} px, needs {label.minimumSizeHint().width()}")
        room = label.contentsRect().width() - 2 * label.margin()
        whole = QFontMetrics(label.font()).horizontalAdvance(label.text()) <= room
        if not whole and (key not in SHRINKING or bool(label.property("fault"))):
            problems.append(f"{key}: {label.text()!r} cut, and it must read whole")
        if not whole and (not label.elided() or label.text() not in label.toolTip()):
            problems.append(f"{key}: {label.text()!r} shortened without its whole text in the tooltip")
    return problems


def signed_in(c: Counter, user: str, pin: str):
    c.login(user, pin)
    w = c.window
    w.resize(SMALL_TILL, 768)
    c.idle()
    c.qtbot.wait(50)
    return w


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "it"])
def test_the_status_bar_fits_a_small_till_in_every_language(qtbot, station_dir, language):
    c = Counter(qtbot, station_dir, language=language)
    try:
        for user, pin in (("ana", "1234"), ("max", "9876")):
            w = signed_in(c, user, pin)
            if user == "max":  # and a shift open: its longest sentence
                w._show_shift(SimpleNamespace(number=12, opened_local="08:03"))
                c.qtbot.wait(50)
            bar = w.statusBar()
            assert w.minimumSizeHint().width() <= SMALL_TILL, (language, user, w.minimumSizeHint())
            assert bar.minimumSizeHint().width() <= SMALL_TILL, (language, user, bar.minimumSizeHint())
            assert w.width() == SMALL_TILL, (language, user, w.width())
            assert not drawn_whole_or_with_tooltip(w), (language, user, drawn_whole_or_with_tooltip(w))
            # who, where, the shift and the events are never shortened
            for key in ("user", "station", "shift", "events"):
                assert not w.labels[key].elided(), (language, key, w.labels[key].text())
            w.lock()
            c.idle()
    finally:
        c.close()


def test_rejected_events_read_whole_and_the_sync_word_gives_way(qtbot, station_dir):
    """German, a manager, events the hub rejected: the red fault is shown whole at 1024 px,
    the words that gave way say all of it in their tooltip."""
    c = Counter(qtbot, station_dir, language="de")
    try:
        w = signed_in(c, "max", "9876")
        w._show_events(1204, 3)
        w.labels["network"].setText("○ Offline seit 14:02")
        c.qtbot.wait(50)
        events = w.labels["events"]
        assert events.property("fault") and not events.elided(), events.shown()
        assert "3 abgelehnt" in events.shown()
        assert w.statusBar().minimumSizeHint().width() <= SMALL_TILL
        assert not drawn_whole_or_with_tooltip(w), drawn_whole_or_with_tooltip(w)
        shortened = [k for k in SHRINKING if w.labels[k].elided()]
        assert shortened, {k: w.labels[k].shown() for k in SHRINKING}  # something had to give way
        for key in shortened:
            label = w.labels[key]
            assert label.shown().endswith("…") and label.text() in label.toolTip(), (key, label.shown())
        # a wider till shows every word whole again
        w.resize(1600, 800)
        c.qtbot.wait(50)
        assert not any(label.elided() for label in w.labels.values()), {k: v.shown() for k, v in w.labels.items()}
    finally:
        c.close()
