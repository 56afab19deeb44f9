"""Issue 16, a larger type for tired eyes: at 125 % every screen still fits a small till
(1024 x 768) and at 150 % a 1280 x 800 one, in English and in German (which runs longest),
every caption, column and key whole. Columns are measured in the larger type, key bars take
more rows when their keys no longer fit one, and side panels give up room before a list does.

One till per language and size walks every screen (the busy store of test_fit_and_touch);
set STOREDESK_SHOTS=DIR to keep what it saw as PNGs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPushButton, QWidget
from tests.conftest import Station, copy_station_files
from tests.helpers.shots import shoot
from tests.ui.conftest import Counter
from tests.ui.test_fit_and_touch import (
    TOUCH,
    cut_buttons,
    fill_the_store,
    readable_everywhere,
    the_sale_taken_back,
)
from tests.ui.test_fit_status_bar import drawn_whole_or_with_tooltip

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services.settings import set_setting
from storedesk.ui import style, theme
from storedesk.ui.translation import install_language

# text size -> the smallest till it must fit
TILL_FOR = {"125": QSize(1024, 768), "150": QSize(1280, 800)}


@pytest.fixture
def big_till(qtbot, demo_template, tmp_path, request):
    """The busy store's till at a text size, in a language: (counter, the till's size)."""
    language, size = request.param
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    st = Station(data_dir)
    facts = fill_the_store(st)
    set_setting(st.uow, "text_size", size)
    st.close()
    c = Counter(qtbot, data_dir, language=language)
    c.facts = facts
    c.login("max", "9876")  # a manager: the Manager screen and the shift's figures too
    yield c, TILL_FOR[size]
    c.close()
    style.apply_station_look(QApplication.instance(), theme.STANDARD, 100)
    install_language("en")  # the next test's screens in English again


class Walk:
    """What went wrong on each screen, all of it, so that one run shows every problem."""

    def __init__(self, c, till: QSize):
        self.c = c
        self.till = till
        self.problems: list[str] = []
        self.status_bar: list[str] = []  # left to do: see the test below
        self.cut_elsewhere: list[str] = []  # labels cut in place on NOT_YET_IN_PLACE screens: see below

    def screen(self, name: str) -> None:
        c, w = self.c, self.c.window
        w.resize(self.till)
        c.idle()
        c.qtbot.wait(30)
        page = w.stack.currentWidget()
        need = w.minimumSizeHint()
        if need.width() > self.till.width() or need.height() > self.till.height():
            self.problems.append(f"{name}: the window needs {need.width()} x {need.height()}")
        if w.size() != self.till:
            self.problems.append(f"{name}: the window stays {w.width()} x {w.height()}")
        self.problems += [f"{name}: {p}" for p in readable_everywhere(page)]
        in_place = self.cut_elsewhere if name in NOT_YET_IN_PLACE else self.problems
        in_place += [f"{name}: {p}" for p in cut_in_place(page)]
        self.status_bar += [f"{name}: status bar {p}" for p in drawn_whole_or_with_tooltip(w)]
        for btn in page.findChildren(QPushButton):
            if btn.isVisible() and btn.height() < TOUCH:
                self.problems.append(f"{name}: button {btn.text()!r} {btn.height()} px high")
        shoot(w, f"text-size-{name}-{language()}-{self.till.width()}x{self.till.height()}")

    def dialog(self, dlg, name: str) -> None:
        need = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
        if need.width() > self.till.width() or need.height() > self.till.height() - 40:
            self.problems.append(f"{name}: the dialog needs {need.width()} x {need.height()}")
        self.problems += [f"{name}: {p}" for p in readable_everywhere(dlg) + cut_buttons(dlg)]
        shoot(dlg, f"text-size-dialog-{name}-{language()}-{self.till.width()}x{self.till.height()}")
        dlg.reject()
        self.c.idle()


def scrolled_to(label: QWidget, root: QWidget) -> bool:
    """Whether `label` sits in a scroll area under `root`: a part out of sight is there when scrolled to."""
    parent = label.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_in_place(root: QWidget) -> list[str]:
    """Labels cut by where they sit, which cut_labels (each label against its own rect, plain
    text only) does not see: a label reaching past one of the widgets it sits in (a column too
    short for its facts shows their top half), and a wrapped label, rich text too, given less
    height than its text needs at its width or less width than its longest word (an e-mail
    address in a narrow column). Inside a scroll area a label may reach past the area's edge."""
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text().strip()
        if not label.isVisible() or not text:
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height():
                problems.append(f"label {text[:50]!r} cut: wrapped, needs {need} px, has {label.height()}")
            if label.minimumSizeHint().width() > label.width():
                problems.append(f"label {text[:50]!r} cut: a word wider than its {label.width()} px")
        if scrolled_to(label, root):
            continue
        rect, widget = label.geometry(), label.parentWidget()
        while widget is not None and widget is not root.parentWidget():
            if not QRect(0, 0, widget.width(), widget.height()).contains(rect):
                problems.append(f"label {text[:50]!r} cut by its {type(widget).__name__}: {rect} in {widget.size()}")
                break
            rect = rect.translated(widget.pos())
            widget = widget.parentWidget()
    return problems


def language() -> str:
    from storedesk.ui.translation import current_language

    return current_language()


# screens whose labels cut in place (cut_in_place) are left to their owner: none now
NOT_YET_IN_PLACE: set[str] = set()
LOOKS = [("en", "125"), ("de", "125"), ("en", "150"), ("de", "150")]


@pytest.mark.parametrize("big_till", LOOKS, ids=["-".join(x) for x in LOOKS], indirect=True)
def test_every_screen_fits_its_till_at_a_larger_text_size(big_till):
    c, till = big_till
    w = c.window
    walk = Walk(c, till)
    assert QApplication.instance().font().pixelSize() == style.scaled(style.BASE_PX) > style.BASE_PX

    c.scan(gtin_for(1))
    c.scan(gtin_for(2))
    c.key(Qt.Key_Delete, c.sale.scan)  # the last line voided: grey
    c.scan("3760999999996")  # an unknown code: the message line in use
    walk.screen("counter")
    c.key(Qt.Key_F10, c.sale.scan)
    walk.dialog(c.sale.dialog, "payment")

    c.key(Qt.Key_F3, c.sale.scan)
    pk = w.pickup
    c.qtbot.waitUntil(lambda: pk.list.rowCount() > 0, timeout=10000)
    c.qtbot.keyClick(pk.find, Qt.Key_2, Qt.ControlModifier)  # picking: a rejected line
    c.idle()
    pk.list.setCurrentCell(0, 0)
    c.qtbot.waitUntil(lambda: pk.view is not None, timeout=10000)
    walk.screen("pickup")
    rows = pk.list.viewport().height() // pk.list.verticalHeader().defaultSectionSize()
    if rows < 4:  # the open order below gives way first (its facts scroll)
        walk.problems.append(f"pickup: the list shows {rows} orders")
    c.key(Qt.Key_Escape, pk.find)

    c.key(Qt.Key_F5, c.sale.scan)
    st = w.stock
    c.qtbot.keyClicks(st.field, "rice")
    c.idle()
    walk.screen("stock")
    c.key(Qt.Key_F8, st.field)
    c.qtbot.waitUntil(lambda: st.panel.low.isVisible(), timeout=5000)
    walk.screen("stock-lists")
    c.key(Qt.Key_F8, st.field)
    c.key(Qt.Key_F2, st.field)
    c.qtbot.waitUntil(lambda: st.receiving.lines.rowCount() > 0, timeout=10000)
    walk.screen("receiving")
    c.key(Qt.Key_Escape, st.receiving.scan)
    c.key(Qt.Key_F4, st.field)
    c.qtbot.waitUntil(lambda: st.count.counts.rowCount() == 1, timeout=10000)
    walk.screen("count")
    c.key(Qt.Key_Escape, st.count.scan)
    c.key(Qt.Key_Escape, st.field)

    rt = the_sale_taken_back(c)
    walk.screen("returns")
    c.key(Qt.Key_Escape, rt.field)

    c.qtbot.keyClick(c.sale.scan, Qt.Key_M, Qt.ControlModifier)
    c.idle()
    m = w.manager
    c.qtbot.waitUntil(lambda: m.staff.rowCount() == 3 and m.limit_table.rowCount() == 3, timeout=10000)
    walk.screen("manager")
    m.keys.buttons["fiscal"].click()  # the Fiscal screen (F11)
    c.idle()
    f = w.fiscal
    assert w.stack.currentWidget() is f
    walk.screen("fiscal")
    f.keys.buttons["back"].click()
    c.idle()

    c.key(Qt.Key_F6, c.sale.scan)
    c.qtbot.waitUntil(lambda: bool(w.sync_screen.summary.text()), timeout=10000)
    walk.screen("sync")
    assert not walk.problems, "\n".join(walk.problems)


SHIFT_OPEN = "shift"


def the_shift_screen_with_its_figures(c, walk: Walk) -> None:
    """The shift screen, a shift just opened with an empty float: every figure shown."""
    c.key(Qt.Key_F11, c.sale.scan)
    shift = c.window.shift_screen
    c.key(Qt.Key_F2, shift.count.first())
    c.qtbot.waitUntil(lambda: shift.figures is not None, timeout=10000)
    walk.screen(SHIFT_OPEN)


@pytest.mark.parametrize("big_till", LOOKS, ids=["-".join(x) for x in LOOKS], indirect=True)
def test_the_shift_screen_fits_at_a_larger_text_size(big_till):
    """Its figures beside the drawer count: captions wrap and amounts shrink before the count is
    squeezed ("0,00 € (stimmt)" was cut, the window 25 px taller than the till)."""
    c, till = big_till
    walk = Walk(c, till)
    the_shift_screen_with_its_figures(c, walk)
    shift = c.window.shift_screen
    assert shift.fig["difference"].text().startswith(shift.fig["counted"].text())
    assert not walk.problems, "\n".join(walk.problems)


@pytest.mark.parametrize("big_till", LOOKS, ids=["-".join(look) for look in LOOKS], indirect=True)
def test_the_status_bar_fits_at_a_larger_text_size(big_till):
    """Who is signed in, the station, the shift and the events read whole; the network's detail
    and the last sync may shorten, their whole sentence in the tooltip (tests/ui/test_fit_status_bar.py)."""
    c, till = big_till
    walk = Walk(c, till)
    the_shift_screen_with_its_figures(c, walk)
    assert not walk.status_bar, "\n".join(walk.status_bar)


@pytest.mark.parametrize("big_till", LOOKS[1:3], ids=["-".join(x) for x in LOOKS[1:3]], indirect=True)
def test_the_returns_side_panel_reads_whole_at_a_larger_text_size(big_till):
    """The refund panel's wrapped rich-text lines each as high as their words need at the panel's
    width: "Refund to: …" was a few px short at de 125 % and en 150 % ("Karte) (F8)" touched
    "Grund:"), and the window stays the till's size."""
    c, till = big_till
    walk = Walk(c, till)
    rt = the_sale_taken_back(c)
    walk.screen("returns")
    side = rt.side
    assert side.refund_to.isVisible() and side.reason.isVisible()
    assert side.refund_to.heightForWidth(side.refund_to.width()) > 3 * side.refund_to.fontMetrics().height()
    c.key(Qt.Key_Escape, rt.field)
    assert not walk.problems, "\n".join(walk.problems)
