"""Payments taken at the hub given back in the payment dialog (issue 18), through the real window
(offscreen) and a real hub process: a gift card and the customer's points each pay part of a sale,
then Del gives back the last payment taken, one after the other. The hub holds the card's balance
and the customer's points: each is restored there, exactly, and nothing is left kept on the basket.

Del is the dialog's shortcut; pressed while the amount field has the focus, the field takes it
(deletes a character) and nothing is given back: the test sends it to the dialog."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from tests.ui.test_customer_counter import open_customer, with_rules
from tests.ui.test_gift_cards_counter import hub, registered_counter, sell_card, sync_station  # noqa: F401

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.ui.payment_dialog import PaymentDialog

CODE = "GC-BACK-0000-8765"


def card_balance(hub) -> int:  # noqa: F811
    return hub.get(f"/v1/gift-cards/{CODE}", token=hub.tokens["T2"])["balance_minor"]


def points(hub, customer_id: str) -> int:  # noqa: F811
    return hub.get(f"/v1/customers/{customer_id}", token=hub.tokens["T2"])["points"]


def test_del_gives_back_points_then_the_gift_card_at_the_hub(qtbot, hub, demo_templates, tmp_path):  # noqa: F811
    c = registered_counter(qtbot, hub, demo_templates, tmp_path)
    try:
        with_rules(c)  # 10 points a euro, a point worth 0.01
        c.login()
        # a customer who earns points, and a gift card of 25.00, sold and synced
        c.scan(gtin_for(1))
        c.scan(gtin_for(1))
        dlg = open_customer(c)
        qtbot.keyClicks(dlg.name, "Grace Hopper")
        qtbot.keyClicks(dlg.phone, "06 98 76 54 32")
        dlg.consent.setChecked(True)
        dlg.create_customer()  # F3
        qtbot.waitUntil(lambda: c.sale.dialog is None, timeout=10000)
        customer = c.sale.view.basket.customer
        sell_card(c, CODE, "25.00")
        c.key(Qt.Key_F12, c.sale.scan)  # exact cash
        c.qtbot.waitUntil(lambda: c.sale.view is not None and c.sale.view.basket.is_empty, timeout=10000)
        sync_station(c)
        earned = points(hub, customer.id)
        assert earned > 10 and card_balance(hub) == 2500

        # the next sale: 1.00 from the card (F8), 0.10 in points (F9)
        c.scan(gtin_for(2))
        c.scan(customer.card)  # the loyalty card scanned: its customer attached
        c.qtbot.waitUntil(lambda: c.sale.view.basket.customer is not None, timeout=10000)
        c.key(Qt.Key_F10, c.sale.scan)
        pay = c.sale.dialog
        assert isinstance(pay, PaymentDialog)
        pay.amount.setText("1.00")
        qtbot.keyClicks(pay.gift_card, CODE)
        qtbot.keyClick(pay.gift_card, Qt.Key_Return)
        qtbot.waitUntil(lambda: len(pay.tenders) == 1 and not pay.busy, timeout=10000)
        pay.amount.setText("0.10")
        qtbot.keyClick(pay.amount, Qt.Key_F9)
        qtbot.waitUntil(lambda: len(pay.tenders) == 2 and not pay.busy, timeout=10000)
        assert [(t.kind, t.amount) for t in pay.tenders] == [
            ("gift_card", Decimal("1.00")),
            ("points", Decimal("0.10")),
        ]
        assert card_balance(hub) == 2400 and points(hub, customer.id) == earned - 10

        # Del: the points given back at the hub, then the card's 1.00. The first Del is pressed
        # where the clerk is, in the amount field the dialog filled: it gives back, it does not
        # clear the amount; while the clerk edits inside the field, Del edits it.
        pay.amount.setText("12.34")
        pay.amount.setCursorPosition(1)
        qtbot.keyClick(pay.amount, Qt.Key_Delete)
        assert pay.amount.text() == "1.34" and len(pay.tenders) == 2
        pay.amount.selectAll()
        qtbot.keyClick(pay.amount, Qt.Key_Delete)
        qtbot.waitUntil(lambda: len(pay.tenders) == 1 and not pay.busy, timeout=10000)
        assert pay.tenders[0].kind == "gift_card"
        assert points(hub, customer.id) == earned and card_balance(hub) == 2400
        qtbot.keyClick(pay, Qt.Key_Delete)
        qtbot.waitUntil(lambda: not pay.tenders and not pay.busy, timeout=10000)
        assert card_balance(hub) == 2500 and points(hub, customer.id) == earned
        assert pay.kept == 0
        pay.reject()
        c.idle()
        assert c.sale.view.basket.taken == []  # nothing left kept on the open basket
    finally:
        c.close()
