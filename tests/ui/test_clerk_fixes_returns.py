"""Issue 13, item 4: after a refund of €2.49 paid €1.00 by card and €1.49 in cash, the
Returns screen said "give the customer €2.49". It now shows each tender's own amount and
says "give the customer" only when all of it is cash in hand."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from tests.helpers.money import eur
from tests.ui.test_returns_screen import desk  # noqa: F401  (the fixture: a pinned station, the screen)

from storedesk.domain.tenders import Tender


def test_a_split_refund_shows_each_tenders_amount(desk):  # noqa: F811
    res = desk.sell([(desk.barcode(1), 1)], tenders=[Tender("card", D("1.00"), "AUTH7"), Tender("cash", D("1.49"))])
    assert res.total == D("2.49")
    s = desk.screen
    desk.refund(res.receipt_no, Qt.Key_F3)  # all of it
    desk.wait_printed()
    with desk.db() as con:
        assert sorted(con.execute("SELECT kind, amount_minor FROM return_payments").fetchall()) == [
            ("card", 100),
            ("cash", 149),
        ]
    assert s.side.total_caption.text() == "Just refunded"  # not "give the customer" €2.49
    assert s.side.total.text() == eur("2.49")
    assert sorted(s.side.parts.text().splitlines()) == [f"Back to card  {eur('1.00')}", f"Give in cash  {eur('1.49')}"]
    desk.shot("clerk-fixes-returns-split-done-1280x800")
    desk.c.window.resize(1024, 768)  # a small till: the window fits it (the Pickup page aside)
    desk.idle()
    desk.shot("clerk-fixes-returns-split-done-window", desk.c.window)


def test_an_all_cash_refund_still_says_give_the_customer(desk):  # noqa: F811
    res = desk.sell([(desk.barcode(1), 1)])
    s = desk.screen
    desk.refund(res.receipt_no, Qt.Key_F3)  # all of it
    desk.wait_printed()
    assert s.side.total_caption.text() == "Just refunded: give the customer" and s.side.total.text() == eur("2.49")
    assert s.side.parts.text() == f"Give in cash  {eur('2.49')}"
