"""Issue 13, item 1: 100000 typed for a 1.29 sale was taken as cash ("Change €99,998.71").

Cash above the amount due plus the currency's largest note (setting cash_tender_margin)
asks first; Enter answers "No, correct it", so the Enter that ended the slip cannot take it.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from tests.helpers.money import eur

from storedesk.adapters.demo_catalog import gtin_for
from storedesk.domain.cash import largest_note, tender_ceiling
from storedesk.domain.errors import DomainError
from storedesk.services import settings
from storedesk.ui.payment_dialog import ConfirmTenderDialog, PaymentDialog, quick_amounts


def _sales(counter) -> int:
    with counter.db() as con:
        return con.execute("SELECT count(*) FROM sales").fetchone()[0]


def _pay(counter, typed: str) -> PaymentDialog:
    counter.login()
    counter.scan(gtin_for(1))
    counter.key(Qt.Key_F10, counter.sale.scan)
    dlg = counter.sale.dialog
    assert isinstance(dlg, PaymentDialog)
    dlg.amount.selectAll()
    counter.qtbot.keyClicks(dlg.amount, typed)
    counter.qtbot.keyClick(dlg.amount, Qt.Key_Return)
    counter.idle()
    return dlg


def test_an_absurd_cash_amount_is_not_taken_on_enter(counter, beeps):
    dlg = _pay(counter, "100000")
    due = dlg.total
    assert dlg.isVisible() and _sales(counter) == 0  # the Enter that ended the slip did not sell
    confirm = dlg.confirm
    assert isinstance(confirm, ConfirmTenderDialog) and confirm.isVisible(), dlg.message.text()
    assert dlg.tenders == [] and _sales(counter) == 0 and beeps
    assert f"{eur('100,000.00')} in cash" in confirm.heading.text()
    assert confirm.change.text() == f"Change to give: {eur(100000 - due)}"  # the whole amount

    counter.qtbot.keyClick(confirm, Qt.Key_Return)  # Enter alone: no, correct it
    counter.idle()
    assert dlg.confirm is None and dlg.isVisible() and dlg.tenders == []
    assert "not taken" in dlg.message.text()
    assert dlg.amount.hasSelectedText() and dlg.amount.selectedText() == "100000"  # typing replaces it
    assert _sales(counter) == 0

    counter.qtbot.keyClicks(dlg.amount, "20")  # what the customer really handed over
    counter.qtbot.keyClick(dlg.amount, Qt.Key_Return)
    counter.idle()
    assert dlg.confirm is None and not dlg.isVisible()
    counter.qtbot.waitUntil(lambda: _sales(counter) == 1, timeout=10000)
    counter.idle()
    assert counter.sale.change.text() == f"Change {eur(20 - due)}"


def test_a_confirmed_large_note_is_taken(counter):
    dlg = _pay(counter, "600")  # above 1.x + 500: asks
    assert _sales(counter) == 0 and dlg.confirm is not None
    counter.qtbot.keyClick(dlg.confirm, Qt.Key_Escape)  # Esc: also no
    counter.idle()
    assert dlg.confirm is None and dlg.tenders == []
    counter.qtbot.keyClick(dlg.amount, Qt.Key_Return)  # the same 600 again
    counter.idle()
    counter.qtbot.keyClick(dlg.confirm, Qt.Key_Y)  # yes, it is right
    counter.idle()
    counter.qtbot.waitUntil(lambda: _sales(counter) == 1, timeout=10000)
    with counter.db() as con:
        assert con.execute("SELECT kind, amount_minor FROM sale_payments").fetchall() == [("cash", 60000)]


def test_cash_up_to_the_ceiling_needs_no_confirmation(qtbot):
    dlg = PaymentDialog(D("1.29"), "EUR", D("0.01"))
    qtbot.addWidget(dlg)
    dlg.amount.setText("501.29")  # due + the largest euro note
    dlg.add_cash()
    assert dlg.confirm is None and dlg.result() == QDialog.Accepted
    assert [(t.kind, t.amount) for t in dlg.tenders] == [("cash", D("501.29"))]


def test_the_margin_setting_and_the_currency_set_the_ceiling(qtbot):
    gbp = PaymentDialog(D("1.29"), "GBP", D("0.01"))
    qtbot.addWidget(gbp)
    assert gbp.ceiling() == D("51.29")
    # no quick button offers more than the ceiling: £100 and £200 are not there
    assert quick_amounts(D("1.29"), gbp.ceiling()) == [D("1.29"), D(5), D(10), D(20)]
    assert quick_amounts(D("45"), D("95")) == [D("45"), D(50)]
    gbp.amount.setText("100")
    gbp.add_cash()
    assert gbp.confirm is not None and gbp.tenders == []
    gbp.confirm.reject()

    tight = PaymentDialog(D("1.29"), "EUR", D("0.01"), tender_margin=D("100"))
    qtbot.addWidget(tight)
    tight.amount.setText("200")
    tight.add_cash()
    assert tight.confirm is not None
    tight.confirm.reject()


def test_largest_notes_and_the_setting():
    assert [largest_note(c) for c in ("EUR", "USD", "GBP", "CHF", "JPY")] == [D(500), D(100), D(50), D(1000), D(10000)]
    assert largest_note("XXX") == D(500)  # not listed: the top of the counting series
    assert tender_ceiling(D("1.29"), "EUR") == D("501.29")
    assert tender_ceiling(D("1.29"), "EUR", D("50")) == D("51.29")


def test_cash_tender_margin_is_a_validated_setting(station):
    assert settings.set_setting(station.uow, "cash_tender_margin", "200") == "200"
    assert settings.set_setting(station.uow, "cash_tender_margin", "") == ""
    for bad in ("0", "-5", "abc", "1.234"):
        with pytest.raises(DomainError, match="cash_tender_margin"):
            settings.set_setting(station.uow, "cash_tender_margin", bad)


def test_cash_typed_while_the_hub_answers_a_voucher_waits_and_goes_when_the_voucher_pays_it_all(qtbot):
    """The hub's answer to a voucher may arrive after the clerk typed a cash amount: the
    voucher (already taken off at the hub and kept on the basket) pays the sale, and the cash
    typed meanwhile is neither taken nor asked about."""
    from types import SimpleNamespace

    from storedesk.domain.tenders import CASH, VOUCHER, Tender

    asked, taken = [], []
    bridge = SimpleNamespace(
        redeem=lambda code, amount, ok, err: asked.append(ok),
        take=lambda tender, ok, err: taken.append(tender),
        give_back=lambda ok, err: None,
    )
    dlg = PaymentDialog(D("1.29"), "EUR", D("0.01"), store=bridge)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.voucher.setText("SC-1")
    dlg.add_voucher()
    assert dlg.busy and len(asked) == 1
    dlg.amount.setText("1000")
    dlg.add_cash()
    assert dlg.confirm is None and len(dlg.waiting) == 1  # waits for the voucher's answer
    voucher = Tender(VOUCHER, D("1.29"), "SC-1")
    kept = SimpleNamespace(basket=SimpleNamespace(taken_tenders=[voucher]))
    asked[0](SimpleNamespace(tender=voucher, balance_after=D("8.71"), view=kept))
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.confirm is None and not dlg.waiting
    assert [(t.kind, t.amount) for t in dlg.tenders] == [(VOUCHER, D("1.29"))]
    assert not [t for t in taken if t.kind == CASH]


def test_a_dialog_that_keeps_no_basket_takes_no_voucher(qtbot):
    """Pay at pickup and an exchange keep their payments in the dialog: a voucher's amount would
    leave it at the hub with nothing to give it back, so the voucher field is not offered."""
    dlg = PaymentDialog(D("1.29"), "EUR", D("0.01"))
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.voucher_btn.isVisible() and not dlg.voucher.isVisible()
    dlg.voucher.setText("SC-1")
    dlg.add_voucher()
    assert not dlg.busy and dlg.tenders == []
