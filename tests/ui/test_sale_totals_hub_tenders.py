"""The line under the total names every payment taken before the sale is paid (ui/sale/totals.py),
the gift card and the loyalty points taken at the hub too, never a bare amount (issue 18)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from storedesk.domain.basket import Basket, BasketLine
from storedesk.domain.tenders import GIFT_CARD, POINTS, TAKEN_KINDS, TakenTender, Tender
from storedesk.services.basket import BasketView
from storedesk.ui.sale import totals
from storedesk.ui.sale.totals import tendered_text
from storedesk.ui.translation import install_language


@pytest.fixture
def english_afterwards(qapp):
    yield
    install_language("en")


def _view_with(*tenders: Tender) -> BasketView:
    b = Basket("EUR", True)
    b.add(BasketLine(1, "SKU1", "Apples", D("20.00"), D(1), "B", D("5.5")))
    for t in tenders:
        b.take(TakenTender(t, redemption_id="r-" + t.kind))
    return BasketView("b1", b, b.totals())


def test_every_kind_that_can_be_taken_has_its_words():
    assert set(TAKEN_KINDS) <= set(totals.TENDER_WORDS)


def test_a_gift_card_and_points_taken_are_named_under_the_total():
    view = _view_with(Tender(GIFT_CARD, D("5.00"), "GC-0001"), Tender(POINTS, D("2.50"), "LOY1234567890"))
    assert tendered_text(view, D("0.01")) == "Gift card €5.00 · Points €2.50 · Still due €12.50"


def test_they_are_named_in_french_and_german(english_afterwards):
    view = _view_with(Tender(GIFT_CARD, D("5.00"), "GC-0001"), Tender(POINTS, D("2.50"), "LOY1234567890"))
    install_language("fr")
    french = tendered_text(view, D("0.01"))
    assert french.startswith("Carte cadeau €5.00 · Points fidélité €2.50 · "), french
    install_language("de")
    german = tendered_text(view, D("0.01"))
    assert german.startswith("Geschenkkarte €5.00 · Treuepunkte €2.50 · "), german
