"""The counter's money side in words (ui/sale/totals.py): plain functions, no window needed."""

from __future__ import annotations

from decimal import Decimal as D

from storedesk.domain.basket import Basket, BasketLine, Discount
from storedesk.domain.tenders import CARD, CASH, TakenTender, Tender
from storedesk.services.basket import BasketView
from storedesk.ui.sale.totals import details_text, tendered_text


def _view(basket: Basket) -> BasketView:
    return BasketView("b1", basket, basket.totals())


def _apples(prices_include_tax: bool = True) -> Basket:
    b = Basket("EUR", prices_include_tax)
    b.add(BasketLine(1, "SKU1", "Apples", D("2.49"), D(1), "B", D("5.5")))
    return b


def test_the_payments_taken_and_what_is_still_due_in_cash_too_when_cash_rounds():
    b = _apples()
    assert tendered_text(_view(b), D("0.05")) == ""  # nothing taken: the line stays empty
    b.take(TakenTender(Tender(CARD, D("1.00"), "A1")))
    assert tendered_text(_view(b), D("0.01")) == "Card €1.00 · Still due €1.49"
    assert tendered_text(_view(b), D("0.05")) == "Card €1.00 · Still due €1.49 (in cash €1.50)"
    b.take(TakenTender(Tender(CASH, D("1.00"))))
    assert tendered_text(_view(b), D("0.05")) == "Card €1.00 · Cash €1.00 · Still due €0.49 (in cash €0.50)"


def test_the_details_say_lines_items_discounts_and_whether_vat_is_included():
    b = _apples()
    b.add(BasketLine(2, "SKU2", "Pears", D("1.00"), D("2.5"), "B", D("5.5")))
    assert details_text(_view(b)) == "2 lines · 3.5 items\nof which VAT €0.26"
    b.discount = Discount("pct", D(10))
    assert details_text(_view(b)).splitlines()[1] == "discounts -€0.50"
    assert details_text(_view(_apples(prices_include_tax=False))).endswith("+ VAT €0.14")
