"""The Returns screen, driven by keys as a clerk would, on the real station window.

The `desk` fixture builds a Returns screen of its own and puts it in the running window's
stack, as main_window does with its own (the `counter` tests at the end reach the window's
screen with Ctrl+R from the sale screen); sales are made with the services on the database
worker. Set STOREDESK_SHOTS=DIR to keep screenshots of the screen.

Worked example (pinned catalog, as tests/integration/test_returns_station.py): 2 x Test Brioche +
1 x Test Cola x6 with 10 % off = 12.39 paid in cash; Brioche line 9.52 (4.76 each), Cola 2.87.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from tests.conftest import copy_station_files, pin_catalog
from tests.helpers.money import eur, paper
from tests.helpers.shots import shoot
from tests.ui.conftest import Counter

from storedesk.ui.dialogs import OverrideDialog
from storedesk.ui.returns.dialogs import ReasonDialog
from storedesk.ui.returns.screen import ReturnsScreen


class Desk:
    def __init__(self, counter: Counter, screen: ReturnsScreen):
        self.c, self.screen = counter, screen
        self.qtbot = counter.qtbot

    def idle(self) -> None:
        self.c.idle()

    def type(self, text: str, enter: bool = True) -> None:
        self.qtbot.keyClicks(self.screen.field, text)
        if enter:
            self.qtbot.keyClick(self.screen.field, Qt.Key_Return)
        self.idle()

    def key(self, key, widget=None, text: str = "") -> None:
        self.qtbot.keyClick(widget or self.screen.field, key)
        self.idle()

    def on_worker(self, fn, *args):
        """Run fn(uow, *args) on the app's database worker and wait for its answer."""
        box = {}
        self.c.ops.call(fn, *args, ok=lambda r: box.setdefault("ok", r), err=lambda e: box.setdefault("err", e))
        self.qtbot.waitUntil(lambda: bool(box), timeout=10000)
        if "err" in box:
            raise box["err"]
        return box["ok"]

    def sell(self, items, discount_pct=None, tenders=None):
        from storedesk.domain.basket import Discount
        from storedesk.domain.tenders import Tender
        from storedesk.services import basket, sale

        def run(uow, ana):
            v = basket.current(uow, ana)
            for code, qty in items:
                for _ in range(qty):
                    v = basket.add_scan(uow, ana, v.basket_id, code)
            if discount_pct:
                v = basket.discount_basket(uow, ana, v.basket_id, Discount("pct", D(discount_pct)))
            return sale.complete_sale(uow, ana, v.basket_id, tenders or [Tender("cash", D("20.00"))])

        return self.on_worker(run, self.c.window.user)

    def barcode(self, pid: int) -> str:
        with self.db() as con:
            return con.execute(
                "SELECT code FROM barcodes WHERE product_id = ? ORDER BY code LIMIT 1", (pid,)
            ).fetchone()[0]

    def db(self) -> sqlite3.Connection:
        return self.c.db()

    def set_setting(self, key: str, value: str) -> None:
        con = sqlite3.connect(self.c.data_dir / "storedesk.db", isolation_level=None)
        con.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        con.close()

    def override(self, user: str = "max", pin: str = "9876") -> None:
        dlg = self.screen.dialog
        assert isinstance(dlg, OverrideDialog), dlg
        self.qtbot.keyClicks(dlg.user, user)
        self.qtbot.keyClick(dlg.user, Qt.Key_Return)
        self.qtbot.keyClicks(dlg.pin, pin)
        self.qtbot.keyClick(dlg.pin, Qt.Key_Return)
        self.idle()

    def reason(self, number: str) -> None:
        dlg = self.screen.dialog
        assert isinstance(dlg, ReasonDialog), dlg
        self.qtbot.keyClick(dlg, number)
        self.idle()

    def refund(self, receipt_no: str, key, reason: str = "1") -> None:
        """The receipt, `key` (F3: every line; +: one of the first), reason `reason`, F12."""
        self.type(receipt_no)
        self.key(key)
        self.key(Qt.Key_F7)
        self.reason(reason)
        self.key(Qt.Key_F12)

    def wait_printed(self) -> None:
        self.qtbot.waitUntil(lambda: self.screen.state.last_pdf is not None, timeout=10000)

    def shot(self, name: str, widget=None) -> None:
        if widget is None:  # the station's window size: the screen fits a 1280 x 800 till
            assert self.screen.minimumSizeHint().width() <= 1260, self.screen.minimumSizeHint()
            self.c.window.resize(1280, 800)
            self.idle()
        shoot(widget or self.c.window, name)


@pytest.fixture
def desk(qtbot, demo_template, tmp_path):
    d = open_desk(qtbot, demo_template, tmp_path)
    yield d
    d.c.close()


def open_desk(qtbot, demo_template, tmp_path, before=None) -> Desk:
    """The running window (pinned catalog, ana signed in) with a Returns screen of its own;
    `before()` runs just before the screen is built (a test sets the screens' language there).
    The caller closes `desk.c`."""
    data_dir = tmp_path / "station"
    copy_station_files(demo_template, data_dir)
    con = sqlite3.connect(data_dir / "storedesk.db", isolation_level=None)
    pin_catalog(con)
    con.close()
    c = Counter(qtbot, data_dir)
    c.login("ana", "1234")
    w = c.window
    if before is not None:
        before()
    # as main_window wires its own Returns screen: in the stack, navigating back through the window
    screen = ReturnsScreen(c.ops, w.cfg, data_dir)
    screen.navigate.connect(w.navigate)
    w.stack.addWidget(screen)
    w.stack.setCurrentWidget(screen)
    screen.start(w.user)
    return Desk(c, screen)


def _lines(desk, name):
    return next(i for i, ln in enumerate(desk.screen.state.sale.lines) if ln.name == name)


def _select(desk, name):
    target = _lines(desk, name)
    while desk.screen.state.row < target:
        desk.key(Qt.Key_Down)
    while desk.screen.state.row > target:
        desk.key(Qt.Key_Up)


def test_scan_the_receipt_take_one_back_and_pay_cash(desk, beeps):
    res = desk.sell([(desk.barcode(2), 2), (desk.barcode(5), 1)], discount_pct="10")
    assert res.total == D("12.39")
    s = desk.screen
    desk.type(res.receipt_no.lower())  # typed by hand, lower case: still found
    assert s.state.sale is not None and s.state.sale.ref == res.receipt_no
    assert s.lines.rowCount() == 2
    assert s.offline.isVisible() and "OFFLINE" in s.offline.text()  # no hub here: own sales only
    row = _lines(desk, "Test Brioche")
    assert s.lines.item(row, 2).text() == "2" and s.lines.item(row, 4).text() == "2"
    assert s.lines.item(row, 5).text() == eur("9.52")

    _select(desk, "Test Brioche")
    desk.key(Qt.Key_Plus)
    assert s.state.qty == {s.state.sale.lines[row].line_no: D(1)}
    assert s.side.total.text() == eur("4.76") and f"Cash  {eur('4.76')}" in s.side.parts.text()
    assert s.lines.item(row, 8).text() == eur("4.76")
    desk.shot("returns-receipt-preview")

    desk.key(Qt.Key_F12)  # no reason yet: F12 asks for it, then completes
    desk.shot("returns-reason-dialog", s.dialog)
    desk.reason("3")  # Wrong size
    desk.wait_printed()
    assert (
        f"Refund {eur('4.76')}: cash {eur('4.76')} — give the customer the cash" in s.message.text()
        or f"Refund {eur('4.76')}: cash {eur('4.76')}" in s.side.result.text() + s.message.text()
    )
    desk.shot("returns-done")
    assert s.side.total.text() == eur("4.76") and "give the customer" in s.side.total_caption.text()
    with desk.db() as con:
        assert con.execute("SELECT return_no, original_ref, reason, total_minor, offline FROM returns").fetchall() == [
            ("PAR01-T1-R000001", res.receipt_no, "wrong_size", 476, 1)
        ]
        assert con.execute("SELECT kind, amount_minor FROM return_payments").fetchall() == [("cash", 476)]
        assert con.execute("SELECT quantity_milli, condition FROM return_lines").fetchall() == [(1000, "restock")]
    text = "\n".join(p.extract_text() for p in PdfReader(s.state.last_pdf).pages)
    assert paper("receipt", "RETURN / REFUND") in text and "PAR01-T1-R000001" in text and res.receipt_no in text
    assert s.state.sale is None and s.state.reason is None  # ready for the next customer
    assert not beeps

    # the same receipt again: one Brioche already back, shown as such
    desk.type(res.receipt_no)
    row = _lines(desk, "Test Brioche")
    assert s.lines.item(row, 3).text() == "1" and s.lines.item(row, 4).text() == "1"

    # Esc goes back to the counter
    desk.key(Qt.Key_Escape)
    assert desk.c.window.stack.currentWidget() is desk.c.sale


def test_damaged_and_store_credit_give_a_voucher(desk):
    res = desk.sell([(desk.barcode(2), 2), (desk.barcode(5), 1)], discount_pct="10")
    s = desk.screen
    desk.type(res.receipt_no)
    desk.key(Qt.Key_F3)  # everything still returnable
    _select(desk, "Test Cola x6")
    desk.key(Qt.Key_F4)  # the cola is damaged
    desk.key(Qt.Key_F8)  # to store credit
    assert s.side.total.text() == eur("12.39") and f"Store credit  {eur('12.39')}" in s.side.parts.text()
    desk.key(Qt.Key_F7)
    desk.reason("2")  # Faulty
    desk.key(Qt.Key_F12)
    desk.wait_printed()
    with desk.db() as con:
        code = con.execute("SELECT reference FROM return_payments WHERE kind = 'store_credit'").fetchone()[0]
        assert con.execute("SELECT reason, total_minor FROM returns").fetchone() == ("faulty", 1239)
        conds = dict(con.execute("SELECT name, condition FROM return_lines").fetchall())
        assert conds == {"Test Brioche": "restock", "Test Cola x6": "damaged"}
    assert code.startswith("SC-") and code in s.message.text() and code in s.side.voucher.text()
    assert "give the customer the printed voucher" in s.message.text()
    desk.shot("returns-store-credit-done")
    assert code in "\n".join(p.extract_text() for p in PdfReader(s.state.last_pdf).pages)


def test_over_return_is_refused_with_a_beep_and_changes_nothing(desk, beeps):
    from storedesk.services.returns import complete, lookup
    from storedesk.services.returns.planning import ReturnLineIn

    res = desk.sell([(desk.barcode(2), 2), (desk.barcode(5), 1)], discount_pct="10")
    s = desk.screen
    desk.type(res.receipt_no)
    _select(desk, "Test Cola x6")
    desk.type("2")  # only 1 was sold
    assert "only 1 left to return, 2 asked" in s.message.text() and s.message.kind == "error"
    assert s.state.qty == {} and len(beeps) == 1
    desk.key(Qt.Key_Plus)
    desk.key(Qt.Key_Plus)  # a second one is refused on screen
    assert len(beeps) == 2 and list(s.state.qty.values()) == [D(1)]

    # meanwhile the cola is returned elsewhere (another till window on this station)
    cola_no = s.state.sale.lines[_lines(desk, "Test Cola x6")].line_no
    desk.on_worker(
        lambda uow, user: complete.complete_return(
            uow, user, lookup.find_sale(uow, res.receipt_no), [ReturnLineIn(cola_no, D(1))], "faulty"
        ),
        desk.c.window.user,
    )
    desk.key(Qt.Key_F7)
    desk.reason("1")
    desk.key(Qt.Key_F12)
    desk.idle()
    assert s.message.kind == "error" and "left to return" in s.message.text()
    assert len(beeps) >= 3
    with desk.db() as con:
        assert con.execute("SELECT count(*) FROM returns").fetchone()[0] == 1  # only the other one
        assert con.execute("SELECT count(*) FROM return_payments").fetchone()[0] == 1
    # the counts on screen are the fresh ones now
    assert s.lines.item(_lines(desk, "Test Cola x6"), 4).text() == "0"


def test_refund_above_the_limit_needs_a_manager(desk):
    desk.set_setting("refund_limit", "10.00")
    from storedesk.domain.tenders import Tender

    res = desk.sell([(desk.barcode(8), 1)], tenders=[Tender("card", D("16.19"), "AUTH42")])
    s = desk.screen
    desk.type(res.receipt_no)
    desk.key(Qt.Key_Plus)
    assert f"Card ref AUTH42  {eur('16.19')}" in s.side.parts.text()
    assert "Needs a manager to refund above the refund limit" in s.side.approvals.text()
    desk.key(Qt.Key_F7)
    desk.reason("2")
    desk.key(Qt.Key_F12)
    assert isinstance(s.dialog, OverrideDialog)
    desk.shot("returns-override")
    desk.shot("returns-override-dialog", s.dialog)
    with desk.db() as con:
        assert con.execute("SELECT count(*) FROM returns").fetchone()[0] == 0
    desk.override("max", "9876")
    desk.wait_printed()
    assert f"Refund {eur('16.19')}: card {eur('16.19')}" in s.message.text()
    with desk.db() as con:
        row = con.execute(
            "SELECT r.return_no, u.username FROM returns r JOIN users u ON u.id = r.approver_id"
        ).fetchone()
        assert row == ("PAR01-T1-R000001", "max")
        assert con.execute("SELECT action, doc_ref FROM overrides WHERE doc_ref = ?", (row[0],)).fetchall() == [
            ("refund", row[0])
        ]
        assert con.execute("SELECT kind, amount_minor, reference FROM return_payments").fetchall() == [
            ("card", 1619, "AUTH42")
        ]
    text = "\n".join(p.extract_text() for p in PdfReader(s.state.last_pdf).pages)
    assert paper("receipt", "Approved by {name} (manager)", name="Max") in text and "AUTH42" in text


def test_a_wrong_manager_pin_pays_nothing(desk, beeps):
    desk.set_setting("refund_limit", "10.00")
    res = desk.sell([(desk.barcode(8), 1)])
    s = desk.screen
    desk.refund(res.receipt_no, Qt.Key_Plus)
    desk.override("max", "0000")
    assert s.message.kind == "error" and beeps
    assert not s.state.completing and s.state.sale is not None  # still on screen, F12 tries again
    with desk.db() as con:
        assert con.execute("SELECT count(*) FROM returns").fetchone()[0] == 0


def test_no_receipt_return_needs_a_manager_and_gives_store_credit(desk):
    desk.sell([(desk.barcode(8), 1)], discount_pct="10")  # sold at 14.57 today: the lowest recent price
    s = desk.screen
    desk.key(Qt.Key_F9)
    assert s.state.mode == "no_receipt" and "NO RECEIPT" in s.mode_label.text()
    desk.type(desk.barcode(8))
    assert s.lines.rowCount() == 1 and s.side.total.text() == eur("14.57")
    assert f"Store credit  {eur('14.57')}" in s.side.parts.text()
    assert "take a return without a receipt" in s.side.approvals.text()
    desk.shot("returns-no-receipt")
    desk.key(Qt.Key_F12)
    desk.reason("6")  # Unwanted gift
    desk.override("max", "9876")
    desk.wait_printed()
    with desk.db() as con:
        assert con.execute("SELECT kind, original_ref, reason, total_minor FROM returns").fetchone() == (
            "no_receipt",
            "",
            "gift",
            1457,
        )
        code = con.execute("SELECT reference FROM return_payments").fetchone()[0]
    assert code in s.message.text()
    assert s.state.mode == "no_receipt" and s.state.items == []  # ready for the next item
    assert paper("receipt", "No receipt") in "\n".join(p.extract_text() for p in PdfReader(s.state.last_pdf).pages)


def test_flags_from_the_hub_are_acknowledged_by_a_manager(desk):
    con = sqlite3.connect(desk.c.data_dir / "storedesk.db", isolation_level=None)
    con.execute(
        "INSERT INTO return_flags(id, return_no, original_ref, detail, flagged_at, received_at) "
        "VALUES ('f1', 'PAR01-T2-R000003', 'PAR01-T1-000001', "
        "'Line 1 (Test Cola x6): 2 returned of 1 sold; over by 1', "
        "'2026-11-27T10:00:00+00:00', '2026-11-27T10:00:01+00:00')"
    )
    con.close()
    s = desk.screen
    desk.key(Qt.Key_F10)
    assert s.state.mode == "flags" and s.flags_table.rowCount() == 1
    assert s.flags_table.item(0, 4).text() == "NOT YET"
    desk.shot("returns-flags")
    desk.key(Qt.Key_F11)  # ana is a clerk: a manager's PIN
    desk.override("max", "9876")
    assert "acknowledged by Max" in s.message.text()
    assert s.flags_table.item(0, 4).text() != "NOT YET"
    with desk.db() as con:
        assert con.execute("SELECT seen_by IS NOT NULL, seen_at IS NOT NULL FROM return_flags").fetchone() == (1, 1)
    desk.key(Qt.Key_F10)
    assert s.state.mode == "receipt"


def test_unknown_receipt_says_so(desk, beeps):
    s = desk.screen
    desk.type("PAR01-T9-000001")
    assert s.message.kind == "error" and "not from this station" in s.message.text() and beeps
    assert s.state.sale is None


def test_plus_is_a_key_only_in_an_empty_field(desk, beeps):
    s = desk.screen
    desk.key(Qt.Key_Plus)  # the field empty: one more of the selected line, but there is none
    assert s.message.text() == "Scan the receipt first" and beeps
    desk.type("AB+", enter=False)  # typed after text, it is text (the + key has no shortcut)
    assert s.field.text() == "AB+" and len(beeps) == 1


def test_quick_keys_build_on_each_other_and_f12_waits_for_the_check(desk):
    res = desk.sell([(desk.barcode(2), 3)])
    s = desk.screen
    desk.type(res.receipt_no)
    desk.key(Qt.Key_F7)
    desk.reason("1")
    # three presses and F12 without waiting for the worker in between, as a fast clerk types
    for key in (Qt.Key_Plus, Qt.Key_Plus, Qt.Key_Plus, Qt.Key_F12):
        desk.qtbot.keyClick(s.field, key)
    desk.wait_printed()
    with desk.db() as con:
        assert con.execute("SELECT quantity_milli FROM return_lines").fetchall() == [(3000,)]
        assert con.execute("SELECT total_minor FROM returns").fetchone()[0] == 3 * 529


class FakeHub:
    """The hub's answers for a sale made at another station (T2), one of two already back."""

    def __init__(self, sku: str, at: str):
        self.sku, self.at = sku, at
        self.refuse_next = True
        self.grants = []

    def return_sale(self, ref):
        return {
            "ref": ref,
            "sale_id": "t2-sale",
            "store": "PAR01",
            "station": "T2",
            "at": self.at,
            "currency": "EUR",
            "change_minor": 0,
            "refunded": {"cash": 1619},
            "lines": [
                {
                    "line": 1,
                    "sku": self.sku,
                    "name": "Test Puzzle Book",
                    "quantity": "2",
                    "gross_minor": 3238,
                    "tax_code": "C",
                    "tax_rate": "0",
                    "returned": "1",
                }
            ],
            "payments": [{"kind": "cash", "amount_minor": 3238}],
        }

    def grant_return(self, grant_id, ref, lines):
        from storedesk.adapters.hub_client import HubRefused

        if self.refuse_next:
            self.refuse_next = False
            raise HubRefused("conflict", 409, "line 1: nothing left to return (returned at T3 a minute ago)")
        self.grants.append((grant_id, ref, lines))
        return {"granted": True}

    def release_grant(self, grant_id):
        return {}

    def close(self):
        pass


def test_online_the_hub_decides_and_its_refusal_changes_nothing(desk, beeps, monkeypatch):
    from storedesk.services.context import utcnow
    from storedesk.services.returns import lookup

    with desk.db() as con:
        sku = con.execute("SELECT sku FROM products WHERE id = 8").fetchone()[0]
    hub = FakeHub(sku, utcnow())
    monkeypatch.setattr(lookup, "hub_client", lambda uow: hub)
    s = desk.screen
    desk.type("PAR01-T2-000007")
    assert s.state.sale.online and s.state.sale.station == "T2"
    assert not s.offline.isVisible()
    assert s.lines.item(0, 3).text() == "1" and s.lines.item(0, 4).text() == "1"  # returned at another station
    desk.key(Qt.Key_Plus)
    assert s.side.total.text() == eur("16.19")
    desk.key(Qt.Key_F7)
    desk.reason("2")
    desk.key(Qt.Key_F12)
    assert s.message.kind == "error" and "The hub refused" in s.message.text() and beeps
    with desk.db() as con:
        assert con.execute("SELECT count(*) FROM returns").fetchone()[0] == 0
    assert s.state.sale is not None and not s.state.completing  # still on screen
    desk.key(Qt.Key_F12)  # the hub grants it this time
    desk.wait_printed()
    assert len(hub.grants) == 1
    with desk.db() as con:
        assert con.execute("SELECT original_ref, original_store, offline, total_minor FROM returns").fetchone() == (
            "PAR01-T2-000007",
            "PAR01",
            0,
            1619,
        )


def _all_lines_of_a_sale_on_returns(counter, sold_code, new_code=None):
    """At the counter: sell `sold_code` in cash, scan `new_code` into the next basket (if any),
    Ctrl+R, type the receipt number, Enter, F3 (every line comes back)."""
    counter.login()
    counter.scan(sold_code)
    counter.key(Qt.Key_F12)
    con = counter.db()
    receipt = con.execute("SELECT receipt_no FROM sales").fetchone()[0]
    if new_code:
        counter.scan(new_code)
    counter.qtbot.keyClick(counter.sale.scan, Qt.Key_R, Qt.ControlModifier)
    counter.idle()
    screen = counter.window.returns
    assert counter.window.stack.currentWidget() is screen
    counter.qtbot.keyClicks(screen.field, receipt)
    counter.qtbot.keyClick(screen.field, Qt.Key_Return)
    counter.idle()
    counter.qtbot.keyClick(screen.field, Qt.Key_F3)
    counter.idle()
    return screen, con, receipt


def _reason_one(counter, screen):
    """No reason chosen yet: the screen asks for it; key 1 answers."""
    assert isinstance(screen.dialog, ReasonDialog)
    counter.qtbot.keyClick(screen.dialog, Qt.Key_1)
    counter.idle()


def test_ctrl_r_at_the_counter_opens_returns_and_esc_comes_back(counter):
    """Wired in the main window: a sale, Ctrl+R, the receipt scanned, F3 all, F12 asks the
    reason (1): the refund is saved; Esc is back at the counter with the scan field ready."""
    screen, con, receipt = _all_lines_of_a_sale_on_returns(counter, "3760000000086")
    counter.qtbot.keyClick(screen.field, Qt.Key_F12)
    counter.idle()
    _reason_one(counter, screen)
    counter.qtbot.waitUntil(lambda: con.execute("SELECT count(*) FROM returns").fetchone()[0] == 1, timeout=10000)
    assert con.execute("SELECT total_minor, original_ref FROM returns").fetchone() == (1619, receipt)
    counter.qtbot.keyClick(screen.field, Qt.Key_Escape)
    counter.idle()
    assert counter.window.stack.currentWidget() is counter.sale
    con.close()


def _exchange(counter, sold_code, new_code):
    """Sell `sold_code`, scan `new_code` for the same customer, then on the Returns screen:
    the receipt, F3 (all lines), F6 (exchange), reason 1."""
    screen, con, receipt = _all_lines_of_a_sale_on_returns(counter, sold_code, new_code)
    counter.qtbot.keyClick(screen.field, Qt.Key_F6)
    counter.idle()
    _reason_one(counter, screen)
    return screen, con, receipt


def test_exchange_for_a_cheaper_item_refunds_the_rest(counter):
    screen, con, receipt = _exchange(counter, "3760000000086", "3760000000055")  # 16.19 back, 3.19 new
    counter.qtbot.waitUntil(lambda: con.execute("SELECT count(*) FROM sales").fetchone()[0] == 2, timeout=10000)
    counter.idle()
    pays = con.execute("SELECT kind, amount_minor FROM return_payments ORDER BY line_no").fetchall()
    assert pays == [("exchange", 319), ("cash", 1300)]
    new_sale = con.execute(
        "SELECT p.kind, p.amount_minor, p.reference FROM sale_payments p JOIN sales s "
        "ON s.id = p.sale_id WHERE s.number = 2"
    ).fetchall()
    assert new_sale == [("exchange", 319, con.execute("SELECT return_no FROM returns").fetchone()[0])]
    assert "Exchange done" in screen.message.text() and eur("13.00") in screen.message.text()
    assert counter.sale.view.basket.is_empty  # the counter starts a new basket
    con.close()


def test_exchange_for_a_dearer_item_takes_the_difference(counter):
    screen, con, receipt = _exchange(counter, "3760000000055", "3760000000086")  # 3.19 back, 16.19 new
    dlg = screen.dialog
    assert dlg is not None and dlg.total == D("13.00")  # the payment dialog asks for the difference
    counter.qtbot.keyClick(dlg.amount, Qt.Key_Return)  # exact cash
    counter.qtbot.waitUntil(lambda: con.execute("SELECT count(*) FROM sales").fetchone()[0] == 2, timeout=10000)
    counter.idle()
    new_sale = con.execute(
        "SELECT p.kind, p.amount_minor FROM sale_payments p JOIN sales s "
        "ON s.id = p.sale_id WHERE s.number = 2 ORDER BY p.line_no"
    ).fetchall()
    assert new_sale == [("exchange", 319), ("cash", 1300)]
    assert con.execute("SELECT kind, amount_minor FROM return_payments").fetchall() == [("exchange", 319)]
    con.close()


def test_exchange_needs_new_items_at_the_counter(counter, beeps):
    screen, con, _receipt = _all_lines_of_a_sale_on_returns(counter, "3760000000086")
    counter.qtbot.keyClick(screen.field, Qt.Key_F6)
    counter.idle()
    assert "Scan the new items at the counter first" in screen.message.text()
    assert con.execute("SELECT count(*) FROM returns").fetchone()[0] == 0
    con.close()
