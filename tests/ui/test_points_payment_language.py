"""The payment dialog names a points payment in the store's language and writes the points left
in the store's number format (issue 18 review: "Points" stayed English in a French till, and the
balance was a raw integer)."""

from __future__ import annotations

from decimal import Decimal as D
from types import SimpleNamespace

import pytest

from storedesk.domain.tenders import POINTS, Tender
from storedesk.i18n import use_store_language, use_store_locale
from storedesk.ui.payment_dialog import PaymentDialog
from storedesk.ui.translation import install_language

NNBSP = "\u202f"  # French grouping: a narrow no-break space


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_language("en")
    use_store_locale("en_IE")
    use_store_language("en")


def pay_with_points(qtbot, balance_after: int) -> PaymentDialog:
    """A counter payment dialog; the clerk pays 2.00 with points and the hub says what is left."""
    points = Tender(POINTS, D("2.00"), "LOY0000000042")
    bridge = SimpleNamespace(
        redeem_points=lambda amount, ok, err: ok(
            SimpleNamespace(
                tender=points,
                points=200,
                balance_after=balance_after,
                view=SimpleNamespace(basket=SimpleNamespace(taken_tenders=[points])),
            )
        ),
        take=lambda tender, ok, err: None,
        give_back=lambda ok, err: None,
    )
    dlg = PaymentDialog(D("10.00"), "EUR", D("0.01"), store=bridge)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.amount.setText("2")
    dlg.add_points()
    return dlg


def test_a_french_till_names_points_and_groups_the_balance(qtbot):
    install_language("fr")
    use_store_locale("fr_FR")
    dlg = pay_with_points(qtbot, 12345)
    assert not dlg.busy
    lines = [dlg.tender_list.item(i).text() for i in range(dlg.tender_list.count())]
    assert len(lines) == 1 and lines[0].startswith("Points fidélité"), lines
    said = dlg.message.text()
    assert f"12{NNBSP}345" in said and "12345" not in said, said


def test_a_german_till_says_punkte(qtbot):
    install_language("de")
    use_store_locale("de_DE")
    dlg = pay_with_points(qtbot, 12345)
    lines = [dlg.tender_list.item(i).text() for i in range(dlg.tender_list.count())]
    assert len(lines) == 1 and lines[0].startswith("Punkte"), lines
    assert "12.345" in dlg.message.text(), dlg.message.text()
