"""Issue 13, fit and finish: every screen and every dialog a key opens fits a small till
(1024 x 768) and a 1280 x 800 one with every column readable (no caption or value cut, no
column pushed out of sight, no queue tab behind scroll arrows), and every key-bar button works
by touch or mouse: a click does what the key does, on a button at least 44 px high.

The station is filled with what a busy store shows: pickup orders in every queue (a rejected
line, one overdue), deliveries from the hub, another store and a typed note, a stock count
with scans, and a sale to take back. Set STOREDESK_SHOTS=DIR to keep a screenshot of each
screen at both sizes (look at them: an assertion does not see overlapping text).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QToolButton,
)
from tests.conftest import Station, copy_station_files
from tests.helpers.shots import shoot
from tests.ui.conftest import Counter
from tests.ui.test_pickup_screen import Feed, order

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.services.pickup import handover, picking, queues
from storedesk.services.stock import counts, receiving
from storedesk.sync.puller import pull
from storedesk.ui.translation import tr

SIZES = ((1024, 768), (1280, 800))
TOUCH = 44  # px: the least a finger needs
TOUCHSCREEN = QTest.createTouchDevice()  # a till's touch screen, for real touch events


# ---- a station with something in every list --------------------------------------------
def _iso(days_ago: float = 0) -> str:
    return (datetime.now(UTC) - timedelta(days=days_ago)).isoformat()


def _asn(number, supplier, lines):
    return {
        "asn_id": uuid.uuid4().hex,
        "store": "PAR01",
        "number": number,
        "supplier": supplier,
        "expected_at": None,
        "status": "open",
        "lines": [{"sku": s, "quantity": q} for s, q in lines],
    }


def _transfer(number, lines):
    return {
        "transfer_id": uuid.uuid4().hex,
        "number": number,
        "from_store": "LYO02",
        "from_station": "T1",
        "to_store": "PAR01",
        "at": _iso(1),
        "status": "sent",
        "lines": [{"sku": s, "name": n, "quantity": q} for s, n, q in lines],
    }


def fill_the_store(st: Station) -> dict:
    """Orders in every pickup queue, open deliveries, a count with scans, a sale to take back."""
    from storedesk.domain.tenders import Tender
    from storedesk.services import basket, sale

    feed = Feed()
    two = [("SKU0000001", "Test Apples 1 kg", "2", 249), ("SKU0000002", "Test Brioche", "1", 529)]
    one = [("SKU0000002", "Test Brioche", "1", 529)]
    names = [
        "Ana Lopez-Garcia",
        "Bruno Martin",
        "Chloé Dubois-Lefèvre",
        "Customer Four Doe",
        "Customer Five Doe",
        "Customer Six Doe",
        "Customer Seven Doe",
    ]
    for n, name in enumerate(names):
        feed.add(
            "order",
            order(
                f"W-2026-10423{n}",
                "paid_online" if n != 1 else "pay_at_pickup",
                f"CODE{n}X",
                name,
                two if n < 4 else one,
            ),
        )
    feed.add("asn", _asn("ASN-2026-0004711", "Fresh Foods Wholesale Ltd", [("SKU0000001", "24"), ("SKU0000004", "12")]))
    feed.add("transfer", _transfer("TRF-LYO02-T1-000012", [("SKU0000002", "Test Brioche", "6")]))
    pull(st.uow, feed)
    ana = st.user("ana")
    ids = {n: f"ord-W-2026-10423{n}" for n in range(len(names))}
    # picking, with a line rejected: out of stock
    picking.accept(st.uow, ana, ids[0])
    picking.pick(st.uow, ana, ids[0], "SKU0000001")
    picking.reject(st.uow, ana, ids[0], 2, None, "out_of_stock")
    # ready (pay at pickup; paid online), overdue (to the shelf), collected (done)
    for n, days in ((1, 0), (4, 0), (2, 10), (3, 0)):
        picking.accept(st.uow, ana, ids[n], now=_iso(days))
        for sku, _name, qty, _p in two if n < 4 else one:
            for _ in range(int(qty)):
                picking.pick(st.uow, ana, ids[n], sku, now=_iso(days))
        picking.mark_ready(st.uow, ana, ids[n], now=_iso(days))
    handover.hand_over(st.uow, ana, ids[3], code="CODE3X")

    receiving.create_delivery(st.uow, ana, "DN 884512/2026", "Boulangerie du Coin", [("SKU0000002", "30")])
    count = counts.start_count(st.uow, ana, "cycle")
    for code, qty in (("SKU0000001", "12"), ("SKU0000004", "3")):
        counts.count_scan(st.uow, ana, count.id, code, qty)

    v = basket.current(st.uow, ana)
    for n in (1, 2, 2, 5):
        v = basket.add_scan(st.uow, ana, v.basket_id, gtin_for(n))
    sold = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("50.00"))])
    return {"receipt": sold.receipt_no, "orders": ids}


# Issue 16: German runs longest; every screen must fit in every language the till speaks.
EVERY_LANGUAGE = pytest.mark.parametrize("till", ["en", "fr", "de", "es", "it"], indirect=True)


@pytest.fixture
def till(qtbot, demo_template, tmp_path, request):
    """The busy store's till, its screens in English or in the language a test asks for."""
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    st = Station(data_dir)
    facts = fill_the_store(st)
    st.close()
    c = Counter(qtbot, data_dir, language=getattr(request, "param", None))
    c.facts = facts
    c.login()
    yield c
    c.close()


def the_sale_taken_back(c):
    """Returns (Ctrl+R) with the receipt of the store's sale read in and all its lines taken (F3)."""
    c.qtbot.keyClick(c.sale.scan, Qt.Key_R, Qt.ControlModifier)
    c.idle()
    rt = c.window.returns
    c.qtbot.keyClicks(rt.field, c.facts["receipt"])
    c.qtbot.keyClick(rt.field, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: rt.lines.rowCount() == 3, timeout=10000)
    c.key(Qt.Key_F3, rt.field)
    return rt


# ---- what "fits" and "readable" mean, measured on the real widgets ------------------------
def cut(fm: QFontMetrics, text: str, room: int) -> bool:
    """Whether Qt draws `text` elided ("Prod…") in `room` px: the views' own test."""
    return fm.elidedText(text, Qt.ElideRight, room) != text


def unreadable(table) -> list[str]:
    """What a clerk cannot read in `table`: a caption or a value cut, columns out of sight,
    a name column too narrow to tell one name from another."""
    problems = []
    header = table.horizontalHeader()
    model = table.model()
    style = table.style()
    head_margin = style.pixelMetric(style.PixelMetric.PM_HeaderMargin, None, header)
    cell_margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cols = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    used = sum(header.sectionSize(c) for c in cols)
    if used > table.viewport().width() + 1:
        problems.append(f"columns {used} px wide in a {table.viewport().width()} px table: some are out of sight")
    head_fm = QFontMetrics(header.font())
    wraps = bool(header.defaultAlignment() & Qt.TextWordWrap)
    for c in cols:
        width = header.sectionSize(c)
        caption = str(model.headerData(c, Qt.Horizontal) or "")
        words = caption.split() if wraps else [caption]
        if caption and any(cut(head_fm, w, width - 2 * head_margin) for w in words):
            problems.append(f"caption {caption!r} cut ({width} px)")
        elif caption and wraps:  # its lines, wrapped at the section's width, within the header's height
            box = QRect(0, 0, width - 2 * head_margin, 10000)
            tall = head_fm.boundingRect(box, int(Qt.AlignCenter | Qt.TextWordWrap), caption).height()
            if tall > header.height():
                problems.append(f"caption {caption!r} cut: {tall} px of lines in a {header.height()} px header")
        stretch = header.sectionResizeMode(c) == QHeaderView.Stretch
        room = width - 2 * cell_margin
        for r in range(model.rowCount()):
            index = model.index(r, c)
            text = str(index.data() or "")
            if not text:
                continue
            fm = QFontMetrics(index.data(Qt.FontRole) or table.font())
            if stretch:  # a name: whole, or at least 14 characters of it
                bad = cut(fm, text, room) and room < fm.averageCharWidth() * 14
            elif table.wordWrap() and " " in text:  # wraps at spaces: each word whole
                bad = any(cut(fm, w, room) for w in text.split())
            else:
                bad = cut(fm, text, room)
            if bad:
                problems.append(f"{caption!r}: {text!r} cut ({width} px)")
    return problems


def hidden_tabs(tabs: QTabBar) -> list[str]:
    """Tabs a clerk cannot see whole: behind scroll arrows or past the bar's end."""
    arrows = [b for b in tabs.findChildren(QToolButton) if b.isVisible()]
    cut = [
        tabs.tabText(i)
        for i in range(tabs.count())
        if tabs.tabRect(i).right() > tabs.width() or tabs.tabRect(i).left() < 0
    ]
    return cut + (["scroll arrows shown"] if arrows else [])


def cut_labels(root) -> list[str]:
    """Labels a clerk cannot read whole: a line wider than the label (Qt clips it, no "…"),
    or wrapped text taller than the label. Rich text is left to the eye (the screenshots)."""
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.textFormat() == Qt.RichText or "<" in text:
            continue
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                problems.append(f"label {text!r} cut: wrapped, taller than its {label.height()} px")
            continue
        fm = QFontMetrics(label.font())
        widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
        if widest > room:
            problems.append(f"label {text!r} cut: {widest} px of text in {room} px")
    return problems


def cut_buttons(root) -> list[str]:
    """Buttons whose caption is wider than the button (each line of "F10\nEncaisser")."""
    problems = []
    for btn in root.findChildren(QPushButton):
        text = btn.text().replace("&&", "&")
        if not btn.isVisible() or not text:
            continue
        room = btn.contentsRect().width() - 8  # the style's padding on both sides
        if not btn.icon().isNull():
            room -= btn.iconSize().width() + 4
        fm = QFontMetrics(btn.font())
        widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
        if widest > room:
            problems.append(f"button {text!r} cut: {widest} px of text in {room} px")
    return problems


def cut_placeholders(root) -> list[str]:
    """Grey hints in empty fields that Qt shows cut ("le total du TPE ; vide : comme…")."""
    problems = []
    for field in root.findChildren(QLineEdit):
        hint = field.placeholderText()
        if not field.isVisible() or not hint or field.text():
            continue
        room = field.contentsRect().width() - 8  # the frame's and the text's margins
        if QFontMetrics(field.font()).horizontalAdvance(hint) > room:
            problems.append(f"hint {hint!r} cut: {room} px")
    return problems


def english_left(root) -> list[str]:
    """Words still English on a screen in another language: a label, button, tab or column
    caption that is an English sentence of the catalog whose translation differs."""
    from storedesk.i18n import translator
    from storedesk.ui.translation import current_language

    language = current_language()
    if language == "en":
        return []
    table = translator(language).table
    english = {source for (_ctx, source), forms in table.items() if source not in forms}
    english -= {form for forms in table.values() for form in forms}  # the same word in both
    shown = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QPushButton) if w.isVisible()]
    for tabs in root.findChildren(QTabBar):
        shown += [tabs.tabText(i) for i in range(tabs.count())] if tabs.isVisible() else []
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and hasattr(view, "horizontalHeader"):
            model = view.model()
            shown += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
    lines = {line.strip() for text in shown for line in text.split("\n")}
    return [f"{line!r} is English on a {language} screen" for line in sorted(lines & english)]


def readable_everywhere(root) -> list[str]:
    problems = cut_labels(root) + cut_buttons(root) + english_left(root)
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and hasattr(view, "horizontalHeader") and view.horizontalHeader().isVisible():
            problems += [f"{view.objectName() or type(view).__name__}: {p}" for p in unreadable(view)]
    for tabs in root.findChildren(QTabBar):
        if tabs.isVisible():
            problems += [f"tab {t!r} not in sight" for t in hidden_tabs(tabs)]
    return problems


def language_of(_anything) -> str:
    from storedesk.ui.translation import current_language

    return current_language()


def at_each_size(c, name: str) -> None:
    """The window at each till size shows the current screen whole and readable."""
    w = c.window
    page = w.stack.currentWidget()
    for width, height in SIZES:
        w.resize(width, height)
        c.idle()
        c.qtbot.wait(30)
        assert w.size() == QSize(width, height), (name, w.size(), "the window cannot shrink to the till")
        problems = readable_everywhere(page)
        assert not problems, (name, width, problems)
        for btn in page.findChildren(QPushButton):
            if btn.isVisible():
                assert btn.height() >= TOUCH, (name, btn.text(), btn.height())
        shoot(w, f"{name}-{language_of(c)}-{width}x{height}")


@EVERY_LANGUAGE
def test_the_window_fits_a_small_till_whichever_screen_is_shown(till):
    """The window is as small as its largest screen needs: that must fit 1024 x 768 (its
    status bar included), and each screen must fit the room the window gives it."""
    w = till.window
    hint = w.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    pages = {
        "counter": w.sale,
        "returns": w.returns,
        "pickup": w.pickup,
        "stock": w.stock.panel,
        "receiving": w.stock.receiving,
        "count": w.stock.count,
        "shift": w.shift_screen,
        "sync": w.sync_screen,
        "manager": w.manager,
        "fiscal": w.fiscal,
    }
    room = QSize(1024, 768 - w.statusBar().sizeHint().height())
    for name, page in pages.items():
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        assert need.width() <= room.width() and need.height() <= room.height(), (name, need)


@EVERY_LANGUAGE
def test_every_screen_at_1024x768_and_1280x800_with_every_column_readable(till):
    c = till
    w = c.window
    c.scan(gtin_for(1))
    c.scan(gtin_for(2))
    c.scan("3760999999996")  # an unknown code: the message line in use
    at_each_size(c, "counter")

    c.key(Qt.Key_F3, c.sale.scan)
    pk = w.pickup
    c.qtbot.waitUntil(lambda: pk.list.rowCount() > 0, timeout=10000)
    for i, tab in enumerate(queues.TABS):
        c.qtbot.keyClick(pk.find, Qt.Key_1 + i, Qt.ControlModifier)
        c.idle()
        assert pk.tab == tab
        if pk.list.rowCount():
            pk.list.setCurrentCell(0, 0)
            c.qtbot.waitUntil(lambda: pk.view is not None and pk.view.id == pk.rows[0].order_id, timeout=10000)
        assert pk.tabs.tabText(i).endswith(f"Ctrl+{i + 1}") and "^" not in pk.tabs.tabText(i)
        at_each_size(c, f"pickup-{i + 1}-{tab}")
    c.key(Qt.Key_Escape, pk.find)

    c.key(Qt.Key_F5, c.sale.scan)
    st = w.stock
    c.qtbot.keyClicks(st.field, "rice")
    c.idle()
    at_each_size(c, "stock")
    c.key(Qt.Key_F8, st.field)
    c.qtbot.waitUntil(lambda: st.panel.low.isVisible(), timeout=5000)
    c.idle()
    at_each_size(c, "stock-low-negative")
    c.key(Qt.Key_F8, st.field)
    c.key(Qt.Key_F2, st.field)
    c.qtbot.waitUntil(lambda: st.receiving.lines.rowCount() > 0, timeout=10000)
    assert st.receiving.deliveries.rowCount() == 3
    at_each_size(c, "receiving")
    c.key(Qt.Key_Escape, st.receiving.scan)
    c.key(Qt.Key_F4, st.field)
    c.qtbot.waitUntil(lambda: st.count.counts.rowCount() == 1, timeout=10000)
    c.qtbot.keyClicks(st.count.scan, "SKU0000002")
    c.qtbot.keyClick(st.count.scan, Qt.Key_Return)
    c.idle()
    at_each_size(c, "count")
    c.key(Qt.Key_Escape, st.count.scan)
    c.key(Qt.Key_Escape, st.field)

    rt = the_sale_taken_back(c)
    at_each_size(c, "returns")
    c.key(Qt.Key_F9, rt.field)  # no receipt: other captions
    at_each_size(c, "returns-no-receipt")
    c.key(Qt.Key_F9, rt.field)
    c.key(Qt.Key_F10, rt.field)  # the over-returns the hub flagged
    c.qtbot.waitUntil(lambda: rt.mode == "flags", timeout=5000)
    at_each_size(c, "returns-flags")
    c.key(Qt.Key_F10, rt.field)
    c.key(Qt.Key_Escape, rt.field)

    c.key(Qt.Key_F11, c.sale.scan)
    c.idle()
    at_each_size(c, "shift")
    c.key(Qt.Key_Escape)

    c.key(Qt.Key_F6, c.sale.scan)
    c.qtbot.waitUntil(lambda: bool(w.sync_screen.summary.text()), timeout=10000)
    at_each_size(c, "sync")


# ---- dialogs a key opens -------------------------------------------------------------------
def fits(dlg, name: str) -> None:
    """A dialog opens within the small till's screen, may shrink to leave room for a title bar,
    and its lists read whole."""
    assert dlg is not None and dlg.isVisible(), name
    need = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
    assert need.width() <= 1024 and need.height() <= 768 - 40, (name, need)
    assert dlg.width() <= 1024 and dlg.height() <= 768, (name, dlg.size())
    problems = readable_everywhere(dlg) + cut_placeholders(dlg)
    assert not problems, (name, problems)
    shoot(dlg, f"dialog-{name}-{language_of(dlg)}")


def close(c, dlg) -> None:
    dlg.reject()
    c.idle()


# The counter's keys that open a dialog (named as its key bar names them): they need lines to act on.
SALE_DIALOGS = (
    ("search", Qt.Key_F2),
    ("quantity", Qt.Key_F4),
    ("price", Qt.Key_F7),
    ("discount", Qt.Key_F8),
    ("park", Qt.Key_F9),
    ("pay", Qt.Key_F10),
)


def counter_with_two_lines(c):
    """The counter of a small till (1024 x 768) with two lines in the basket."""
    c.window.resize(1024, 768)
    c.idle()
    c.scan(gtin_for(1))
    c.scan(gtin_for(2))
    return c.sale


@EVERY_LANGUAGE
def test_every_dialog_a_key_opens_fits_a_small_till(till):
    c = till
    w = c.window
    sale = counter_with_two_lines(c)
    for name, key in SALE_DIALOGS:
        c.key(key, sale.scan)
        fits(sale.dialog, name)
        close(c, sale.dialog)

    c.key(Qt.Key_F3, sale.scan)
    pk = w.pickup
    c.qtbot.keyClick(pk.find, Qt.Key_2, Qt.ControlModifier)  # picking: a line to reject
    c.idle()
    pk.list.setCurrentCell(0, 0)
    c.qtbot.waitUntil(lambda: pk.view is not None, timeout=10000)
    c.key(Qt.Key_F6, pk.find)
    fits(pk.dialog, "pickup-reject")
    close(c, pk.dialog)
    c.qtbot.keyClick(pk.find, Qt.Key_3, Qt.ControlModifier)  # ready: Bruno pays at pickup
    c.idle()
    pk.list.setCurrentCell([r.number for r in pk.rows].index("W-2026-104231"), 0)
    c.qtbot.waitUntil(lambda: pk.view is not None and pk.view.order.number == "W-2026-104231", timeout=10000)
    c.key(Qt.Key_F10, pk.find)
    c.qtbot.waitUntil(lambda: pk.dialog is not None, timeout=10000)
    fits(pk.dialog, "pickup-handover")
    handing_over = pk.dialog.windowTitle()
    c.qtbot.keyClicks(pk.dialog.code, "CODE1X")
    c.qtbot.keyClick(pk.dialog.code, Qt.Key_Return)
    c.qtbot.waitUntil(lambda: pk.dialog is not None and pk.dialog.windowTitle() != handing_over, timeout=10000)
    fits(pk.dialog, "pickup-payment")
    close(c, pk.dialog)
    c.key(Qt.Key_Escape, pk.find)

    c.key(Qt.Key_F5, sale.scan)
    panel = w.stock.panel
    c.qtbot.keyClicks(panel.field, "SKU0000001")
    c.idle()
    for key, name in (
        (Qt.Key_F3, "adjust"),
        (Qt.Key_F7, "transfer"),
        (Qt.Key_F10, "labels"),
        (Qt.Key_F12, "reorder"),
        (Qt.Key_F9, "where-else"),
    ):
        c.key(key, panel.field)
        c.qtbot.waitUntil(lambda: panel.dialog is not None, timeout=10000)
        c.idle()
        fits(panel.dialog, f"stock-{name}")
        close(c, panel.dialog)
    c.key(Qt.Key_F2, panel.field)
    c.key(Qt.Key_F2, w.stock.receiving.scan)
    fits(w.stock.receiving.dialog, "receiving-new-delivery")
    close(c, w.stock.receiving.dialog)
    c.key(Qt.Key_Escape, w.stock.receiving.scan)
    c.key(Qt.Key_F4, panel.field)
    c.qtbot.waitUntil(lambda: w.stock.count.current is not None, timeout=10000)
    c.key(Qt.Key_F8, w.stock.count.scan)  # a clerk: the variance needs a manager
    c.qtbot.waitUntil(lambda: w.stock.count.dialog is not None, timeout=10000)
    fits(w.stock.count.dialog, "count-variance-approval")
    close(c, w.stock.count.dialog)
    c.key(Qt.Key_Escape, w.stock.count.scan)
    c.key(Qt.Key_Escape, panel.field)

    rt = the_sale_taken_back(c)
    c.key(Qt.Key_F7, rt.field)
    fits(rt.dialog, "returns-reason")
    close(c, rt.dialog)
    c.key(Qt.Key_Escape, rt.field)

    c.key(Qt.Key_F11, sale.scan)
    shift = w.shift_screen
    c.key(Qt.Key_F10, shift.count.first())  # reprint a Z: which one
    c.qtbot.waitUntil(lambda: shift.dialog is not None, timeout=10000)
    fits(shift.dialog, "shift-reprint-z")
    close(c, shift.dialog)
    c.key(Qt.Key_F2, shift.count.first())  # open with an empty float
    c.qtbot.waitUntil(lambda: shift.state is not None, timeout=10000)
    for key, name in ((Qt.Key_F3, "paid-in"), (Qt.Key_F8, "x-approval")):
        c.key(key, shift.count.first())
        c.qtbot.waitUntil(lambda: shift.dialog is not None, timeout=10000)
        fits(shift.dialog, f"shift-{name}")
        close(c, shift.dialog)


# ---- touch: every key-bar button does what its key does ---------------------------------
def touch(c, btn) -> None:
    """A finger on the button: real touch events through the window (Qt turns an unhandled
    touch into the mouse press and release a button acts on)."""
    window = c.window.windowHandle()
    point = btn.mapTo(c.window, btn.rect().center())
    QTest.touchEvent(window, TOUCHSCREEN).press(0, point, window).commit()
    QTest.touchEvent(window, TOUCHSCREEN).release(0, point, window).commit()
    c.qtbot.wait(10)


def tap(c, bar, action: str, mouse: bool = False) -> None:
    btn = bar.buttons[action]
    assert btn.isVisible() and btn.isEnabled(), action
    assert btn.height() >= TOUCH, (action, btn.height())
    if mouse:
        c.qtbot.mouseClick(btn, Qt.LeftButton)
    else:
        touch(c, btn)
    c.idle()


def same_as_key(c, bar, action: str, key, widget, dialog_of) -> None:
    """The button opens what its key opens."""
    c.key(key, widget)
    by_key = dialog_of()
    assert by_key is not None, (action, "the key opens nothing")
    kind = type(by_key)
    close(c, by_key)
    for mouse in (False, True):
        tap(c, bar, action, mouse)
        by_hand = dialog_of()
        assert type(by_hand) is kind, (action, "touch" if not mouse else "mouse", by_hand)
        close(c, by_hand)


def test_key_bar_buttons_work_by_touch_on_every_screen(till):
    c = till
    w = c.window
    # ---- the counter
    sale = counter_with_two_lines(c)
    for action, key in SALE_DIALOGS:
        same_as_key(c, sale.keys, action, key, sale.scan, lambda: sale.dialog)
    tap(c, sale.keys, "void")  # the selected (last) line is voided
    c.qtbot.waitUntil(lambda: len([ln for ln in sale.view.basket.lines if not ln.voided]) == 1, timeout=5000)
    with c.db() as con:
        sales_before = con.execute("SELECT count(*) FROM sales").fetchone()[0]
    tap(c, sale.keys, "exact")
    c.qtbot.waitUntil(lambda: sale.view is not None and sale.view.basket.is_empty, timeout=10000)
    with c.db() as con:
        assert con.execute("SELECT count(*) FROM sales").fetchone()[0] == sales_before + 1

    # ---- pickup
    tap(c, sale.keys, "pickup")
    pk = w.pickup
    assert w.stack.currentWidget() is pk
    c.qtbot.waitUntil(lambda: pk.list.rowCount() > 0, timeout=10000)
    pk.list.setCurrentCell(0, 0)  # the oldest new order
    c.qtbot.waitUntil(lambda: pk.view is not None and pk.view.status == "routed", timeout=10000)
    number = pk.view.order.number
    tap(c, pk.keys, "accept")  # accept + pick list
    c.qtbot.waitUntil(lambda: pk.last_pdf is not None, timeout=10000)
    with c.db() as con:
        assert con.execute("SELECT status FROM pickup_orders WHERE number = ?", (number,)).fetchone()[0] == "accepted"
    pk.last_pdf = None
    tap(c, pk.keys, "print")
    c.qtbot.waitUntil(lambda: pk.last_pdf is not None, timeout=10000)
    same_as_key(c, pk.keys, "reject", Qt.Key_F6, pk.find, lambda: pk.dialog)
    tap(c, pk.keys, "back")
    assert w.stack.currentWidget() is sale

    # ---- stock, receiving, count
    tap(c, sale.keys, "stock")
    st = w.stock
    assert w.stack.currentWidget() is st and st.pages.currentWidget() is st.panel
    c.qtbot.keyClicks(st.field, "SKU0000001")
    c.idle()
    tap(c, st.panel.keys, "lists")
    assert st.panel.low.isVisible()
    tap(c, st.panel.keys, "lists")
    same_as_key(c, st.panel.keys, "adjust", Qt.Key_F3, st.field, lambda: st.panel.dialog)
    same_as_key(c, st.panel.keys, "reorder", Qt.Key_F12, st.field, lambda: st.panel.dialog)
    tap(c, st.panel.keys, "receive")
    assert st.pages.currentWidget() is st.receiving
    c.qtbot.waitUntil(lambda: st.receiving.current is not None, timeout=10000)
    first = st.receiving.deliveries.currentRow()
    tap(c, st.receiving.keys, "next")
    assert st.receiving.deliveries.currentRow() == (first + 1) % st.receiving.deliveries.rowCount()
    tap(c, st.receiving.keys, "back")
    assert st.pages.currentWidget() is st.panel
    tap(c, st.panel.keys, "count")
    assert st.pages.currentWidget() is st.count
    with c.db() as con:
        counts_before = con.execute("SELECT count(*) FROM counts").fetchone()[0]
    tap(c, st.count.keys, "new_cycle")
    c.qtbot.waitUntil(lambda: st.count.counts.rowCount() == counts_before + 1, timeout=10000)
    tap(c, st.count.keys, "back")
    tap(c, st.panel.keys, "back")
    assert w.stack.currentWidget() is sale

    # ---- returns
    tap(c, sale.keys, "returns")
    rt = w.returns
    assert w.stack.currentWidget() is rt
    tap(c, rt.keys, "no_receipt")
    assert rt.mode == "no_receipt"
    tap(c, rt.keys, "no_receipt")
    assert rt.mode == "receipt"
    tap(c, rt.keys, "flags")
    assert rt.mode == "flags"
    tap(c, rt.keys, "flags")
    tap(c, rt.keys, "back")
    assert w.stack.currentWidget() is sale

    # ---- shift
    tap(c, sale.keys, "shift")
    shift = w.shift_screen
    assert w.stack.currentWidget() is shift
    same_as_key(c, shift.keys, "reprint", Qt.Key_F10, shift.count.first(), lambda: shift.dialog)
    tap(c, shift.keys, "open")
    c.qtbot.waitUntil(lambda: shift.state is not None, timeout=10000)
    same_as_key(c, shift.keys, "paid_in", Qt.Key_F3, shift.count.first(), lambda: shift.dialog)
    tap(c, shift.keys, "back")
    assert w.stack.currentWidget() is sale

    # ---- sync (its three keys sit by the title)
    tap(c, sale.keys, "sync")
    sync = w.sync_screen
    assert w.stack.currentWidget() is sync
    buttons = {b.text().split("\n")[0]: b for b in sync.findChildren(QPushButton)}
    assert set(buttons) == {"Enter", "R", "Esc"}
    for b in buttons.values():
        assert b.height() >= TOUCH, (b.text(), b.height())
    with c.qtbot.waitSignal(sync.sync_requested, timeout=5000):
        touch(c, buttons["Enter"])
    assert sync.message.text() == "Syncing…"
    c.qtbot.mouseClick(buttons["R"], Qt.LeftButton)
    c.qtbot.waitUntil(lambda: "rejected events queued again" in sync.message.text(), timeout=5000)
    touch(c, buttons["Esc"])
    c.idle()
    assert w.stack.currentWidget() is sale

    # ---- and lock, from the counter
    tap(c, sale.keys, "lock")
    assert w.stack.currentWidget() is w.login and w.user is None


@EVERY_LANGUAGE
def test_every_key_bar_button_is_touch_sized_on_a_small_till(till):
    w = till.window
    w.resize(1024, 768)
    till.idle()
    bars = {
        "counter": w.sale.keys,
        "pickup": w.pickup.keys,
        "stock": w.stock.panel.keys,
        "receiving": w.stock.receiving.keys,
        "count": w.stock.count.keys,
        "returns": w.returns.keys,
        "shift": w.shift_screen.keys,
        "manager": w.manager.keys,
        "fiscal": w.fiscal.keys,
    }
    for name, bar in bars.items():
        for action, btn in bar.buttons.items():
            # laid out at the smallest the window allows: the layout never squeezes a key
            assert btn.minimumSizeHint().height() >= TOUCH or btn.minimumHeight() >= TOUCH, (name, action)
            assert btn.minimumHeight() >= TOUCH, (name, action, btn.minimumHeight())


def test_the_report_print_dialog_fits_a_small_till(till):
    """Shift (F11) → X report (F8, a manager) → Ctrl+P: the print dialog, with its key bar."""
    c = till
    c.window.lock()
    c.login("max", "9876")
    c.window.resize(1024, 768)  # the dialog takes the room the window has
    c.idle()
    c.key(Qt.Key_F11, c.sale.scan)
    shift = c.window.shift_screen
    first = shift.count.first()
    c.key(Qt.Key_F2, first)  # open the shift with an empty float
    c.qtbot.waitUntil(lambda: shift.state is not None, timeout=10000)
    c.key(Qt.Key_F8, first)
    c.qtbot.waitUntil(lambda: shift.last_pdf is not None, timeout=20000)
    c.qtbot.keyClick(first, Qt.Key_P, Qt.ControlModifier)
    c.qtbot.waitUntil(lambda: shift.dialog is not None, timeout=10000)
    c.idle()
    fits(shift.dialog, "shift-report-print")
    for btn in shift.dialog.findChildren(QPushButton):
        if btn.isVisible():
            assert btn.height() >= TOUCH, (btn.text(), btn.height())
    close(c, shift.dialog)


def test_the_shift_screen_reads_whole_with_its_figures_shown(till):
    """A manager sees the figures: those of the open shift (X), then of the Z just closed with
    a drawer far from what was expected (long amounts), every caption whole at both sizes
    ("+ Cash sales (net of change)" was cut at 1024 px)."""
    c = till
    c.window.lock()
    c.login("max", "9876")
    c.key(Qt.Key_F11, c.sale.scan)
    shift = c.window.shift_screen
    first = shift.count.first()
    c.key(Qt.Key_F2, first)  # open with an empty float
    c.qtbot.waitUntil(lambda: shift.figures is not None, timeout=10000)
    at_each_size(c, "shift-open")
    c.qtbot.keyClicks(first, "17")  # 17 × €500 counted: €8,500.00 over
    c.idle()
    assert "over" in shift.fig["difference"].text()
    at_each_size(c, "shift-open-counted")
    c.key(Qt.Key_F9, first)
    c.key(Qt.Key_F9, first)  # F9 again closes it
    c.qtbot.waitUntil(lambda: shift.figures is not None and shift.figures.kind == "Z", timeout=20000)
    at_each_size(c, "shift-closed")


@EVERY_LANGUAGE
def test_the_manager_screen_fits_and_its_keys_work_by_touch(till):
    """A manager's Ctrl+M: the staff and the role limits read whole at both sizes, each dialog a
    key opens fits the small till, and each key-bar button does what its key does."""
    c = till
    w = c.window
    w.lock()
    c.login("max", "9876")
    w.resize(1024, 768)
    c.idle()
    tap(c, c.sale.keys, "manager")
    m = w.manager
    assert w.stack.currentWidget() is m
    c.qtbot.waitUntil(lambda: m.staff.rowCount() == 3 and m.limit_table.rowCount() == 3, timeout=10000)
    at_each_size(c, "manager")
    w.resize(1024, 768)
    c.idle()
    m.staff.setCurrentCell(0, 0)  # ana
    for key, name in (
        (Qt.Key_F2, "add-user"),
        (Qt.Key_F3, "pin-reset"),
        (Qt.Key_F4, "role"),
        (Qt.Key_F6, "language"),
        (Qt.Key_F7, "disable"),
    ):
        c.key(key, m.staff)
        fits(m.dialog, f"manager-{name}")
        close(c, m.dialog)
    c.key(Qt.Key_F10, m.staff)
    fits(m.dialog, "manager-role-limits")
    close(c, m.dialog)
    c.key(Qt.Key_F2, m.staff)  # a new user's PIN, after the username, name and role
    c.qtbot.keyClicks(m.dialog.username, "bob")
    c.qtbot.keyClicks(m.dialog.name, "Bob Stone")
    c.qtbot.keyClick(m.dialog.role, Qt.Key_Return)
    c.idle()
    fits(m.dialog, "manager-new-user-pin")
    close(c, m.dialog)
    for action, key in (
        ("add", Qt.Key_F2),
        ("pin", Qt.Key_F3),
        ("role", Qt.Key_F4),
        ("language", Qt.Key_F6),
        ("limits", Qt.Key_F10),
    ):
        c.qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)  # the keyboard is back
        same_as_key(c, m.keys, action, key, m.staff, lambda: m.dialog)
    tap(c, m.keys, "refresh")
    assert m.message.text() == tr("manager", "The list is up to date.")
    tap(c, m.keys, "back")
    assert w.stack.currentWidget() is c.sale


def a_day_closed(c) -> None:
    """The busy store made French, and today closed: the Fiscal screen has a closing to list."""
    from storedesk.adapters import fiscal_keys
    from storedesk.services.fiscal import closings

    st = Station(c.data_dir)
    try:
        st.set_setting("fiscal_country", "FR")
        closings.close(st.uow, "day")
    finally:
        st.close()
        fiscal_keys.forget(c.data_dir)


@EVERY_LANGUAGE
def test_the_fiscal_screen_fits_and_its_keys_work_by_touch(till):
    """A manager's F11 on the Manager screen: the closings read whole at both sizes, the Z
    reprint's dialog fits the small till, and a key-bar button does what its key does."""
    c = till
    w = c.window
    a_day_closed(c)
    w.lock()
    c.login("max", "9876")
    tap(c, c.sale.keys, "manager")
    tap(c, w.manager.keys, "fiscal")
    f = w.fiscal
    assert w.stack.currentWidget() is f
    c.qtbot.waitUntil(lambda: f.list.rowCount() == 1, timeout=10000)
    with c.qtbot.waitSignal(f.done, timeout=20000):
        tap(c, f.keys, "check")  # the journal's answer on its line
    at_each_size(c, "fiscal")
    w.resize(1024, 768)
    c.idle()
    c.key(Qt.Key_F10, f.list)
    fits(f.dialog, "fiscal-z-reprint")
    close(c, f.dialog)
    tap(c, f.keys, "back")
    assert w.stack.currentWidget() is c.sale
