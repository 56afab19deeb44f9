"""The key bar lays its keys out afresh whenever the keys shown change: a key hidden or shown
(the counter's Manager key is for managers only) or a caption that changes width (a language).
Every key shown then lies inside the bar, the keys in full rows one after the other (a hidden
key leaves no hole), none over another, and the bar is as tall as its rows."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtWidgets import QTableWidget, QVBoxLayout, QWidget

from storedesk.ui.widgets import KeyBar

KEYS = [(f"k{i}", f"F{i + 1}", f"Caption number {i}") for i in range(12)]


@pytest.fixture
def screen(qtbot):
    """A screen as the app builds one: a list that takes the height, the key bar under it."""
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.addWidget(QTableWidget(), 1)
    bar = KeyBar(KEYS, per_row=6)
    layout.addWidget(bar)
    qtbot.addWidget(host)
    host.resize(wide(bar), 500)
    host.show()
    qtbot.waitExposed(host)
    return host, bar


def wide(bar: KeyBar) -> int:
    """A width that holds six keys a row at this machine's type (another test may have made it larger)."""
    return bar.sizeHint().width() + 60


def laid_out(qtbot, bar: KeyBar) -> list[list[str]]:
    """The shown keys by rows (top to bottom, left to right), once checked that every one lies
    inside the bar and none overlaps another."""
    qtbot.wait(20)  # the layout's posted requests are handled
    shown = [a for a, b in bar.buttons.items() if not b.isHidden()]
    rects = {a: bar.buttons[a].geometry() for a in shown}
    for action, rect in rects.items():
        assert bar.rect().contains(rect), (action, rect, bar.rect())
    for (a, r), (b, s) in itertools.combinations(rects.items(), 2):
        assert not r.intersects(s), (a, r, b, s)
    tops = sorted({r.y() for r in rects.values()})
    return [sorted((a for a in shown if rects[a].y() == top), key=lambda a: rects[a].x()) for top in tops]


def assert_rows(rows: list[list[str]], shown: list[str], columns: int) -> None:
    """The shown keys in order, `columns` a row, only the last row short."""
    assert [a for row in rows for a in row] == shown
    assert len(rows) == math.ceil(len(shown) / columns)
    assert all(len(row) == columns for row in rows[:-1])


def test_hidden_keys_leave_no_hole_and_shown_keys_come_back_in_place(qtbot, screen):
    host, bar = screen
    every = [a for a, _k, _c in KEYS]
    assert_rows(laid_out(qtbot, bar), every, 6)

    bar.buttons["k2"].setVisible(False)  # a key in the first row hidden: the others move up
    assert_rows(laid_out(qtbot, bar), [a for a in every if a != "k2"], 6)

    bar.buttons["k2"].setVisible(True)
    assert_rows(laid_out(qtbot, bar), every, 6)


def test_a_row_less_when_keys_are_hidden_and_a_row_more_when_shown(qtbot, screen):
    host, bar = screen
    host.resize(560, 500)  # fewer keys a row: more rows
    every = [a for a, _k, _c in KEYS]
    rows = laid_out(qtbot, bar)
    columns = len(rows[0])
    assert columns < 6
    assert_rows(rows, every, columns)
    taller = bar.height()

    hidden = every[1 : 1 + columns]  # a row's worth of keys hidden: a row less
    for action in hidden:
        bar.buttons[action].setVisible(False)
    shown = [a for a in every if a not in hidden]
    rows = laid_out(qtbot, bar)
    assert_rows(rows, shown, columns)
    assert bar.height() < taller  # the bar gives the row back to the list above it

    for action in hidden:
        bar.buttons[action].setVisible(True)
    assert_rows(laid_out(qtbot, bar), every, columns)
    assert bar.height() == taller

    host.resize(wide(bar), 500)  # wide again: six a row
    assert_rows(laid_out(qtbot, bar), every, 6)


def test_longer_captions_take_more_rows_without_a_resize(qtbot, screen):
    """A language whose captions are longer (the screen's words set again): fewer keys a row."""
    host, bar = screen
    every = [a for a, _k, _c in KEYS]
    assert_rows(laid_out(qtbot, bar), every, 6)
    for action, key, caption in KEYS:
        bar.buttons[action].setText(f"{key}\n{caption} in a much longer language")
    rows = laid_out(qtbot, bar)
    assert len(rows[0]) < 6
    assert_rows(rows, every, len(rows[0]))
