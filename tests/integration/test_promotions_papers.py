"""Promotions on the papers (issue 18): the receipt (80 mm PDF and the thermal printer's text) names,
under a line, each promotion that gave it something and how much; the X and Z list the discounts
by promotion from sale_line_promotions, frozen with the Z. In the store's language and locale.

Pinned catalog: Test Cola x6 (product 5) 3.19, Test Brioche (product 2) 5.29; COLA-2-FOR-1 makes
one cola of two free; BRIOCHE-10 takes 10 % off each brioche line (0.53).
"""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from storedesk.adapters.printing.escpos_printer import receipt_lines_text
from storedesk.adapters.printing.receipt_pdf import render_receipt_pdf
from storedesk.adapters.printing.report_pdf import render_report_a4
from storedesk.adapters.printing.report_roll import render_report_roll
from storedesk.domain.basket import Discount
from storedesk.domain.money_format import fmt_money
from storedesk.domain.shift_report import ShiftReport
from storedesk.domain.tenders import Tender
from storedesk.i18n import use_store_language, use_store_locale
from storedesk.services import basket, promotions, receipts, reports, sale, shift

PROMOTIONS = {
    "promotions": [
        {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1},
        {"id": "BRIOCHE-10", "kind": "percent_off", "skus": ["SKU0000002"], "percent": "10"},
    ]
}


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def sold(pinned):
    """Two colas (one free), a brioche (10 % off) and 0.50 off the whole basket by the clerk."""
    st = pinned
    promotions.import_file(st.uow, json.dumps(PROMOTIONS).encode())
    shift.open_shift(st.uow, st.user("max"), {"50": 1})
    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    for pid in (5, 5, 2):
        v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(pid))
    v = basket.discount_basket(st.uow, ana, v.basket_id, Discount("amount", D("0.50")))
    res = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("10.00"))])
    return st, res


@pytest.fixture
def french():
    use_store_language("fr")
    use_store_locale("fr_FR")
    yield
    use_store_language("en")
    use_store_locale("en_IE")


def test_the_receipt_names_each_promotion_under_its_line(sold, tmp_path):
    st, res = sold
    doc = receipts.receipt_doc(st.uow, res.sale_id)
    cola = next(ln for ln in doc.lines if ln.sku == "SKU0000005")
    brioche = next(ln for ln in doc.lines if ln.sku == "SKU0000002")
    assert cola.promotions == (("COLA-2-FOR-1", D("3.19")),)
    assert brioche.promotions == (("BRIOCHE-10", D("0.53")),)
    # the basket's 0.50 is the rest of each line's discount, printed apart as "Discount"
    assert cola.other_discount + brioche.other_discount == D("0.50")

    text = text_of(render_receipt_pdf(doc, tmp_path / "r.pdf"))
    assert "Promotion COLA-2-FOR-1" in text and fmt_money(D("-3.19"), "EUR") in text
    assert "Promotion BRIOCHE-10" in text and fmt_money(D("-0.53"), "EUR") in text
    roll = "\n".join(receipt_lines_text(doc))
    assert "Promotion COLA-2-FOR-1" in roll and "Promotion BRIOCHE-10" in roll
    lines = receipt_lines_text(doc)
    under_cola = lines.index(next(row for row in lines if "COLA-2-FOR-1" in row))
    assert "Cola" in lines[under_cola - 2]  # name, quantity x price, then the promotion


def test_the_receipt_in_french(sold, tmp_path, french):
    st, res = sold
    doc = receipts.receipt_doc(st.uow, res.sale_id)
    text = text_of(render_receipt_pdf(doc, tmp_path / "r.pdf"))
    assert "Promo COLA-2-FOR-1" in text and "Promo BRIOCHE-10" in text  # the store's words
    assert "-3,19" in text and "-0,53" in text  # and its locale's amounts
    assert "Promo COLA-2-FOR-1" in "\n".join(receipt_lines_text(doc))


def test_the_x_and_z_list_discounts_by_promotion(sold, tmp_path):
    st, _res = sold
    x = reports.x_figures(st.uow, st.user("max"))
    assert [(g.label, g.count, g.amount) for g in x.promotions] == [
        ("COLA-2-FOR-1", 1, D("3.19")),
        ("BRIOCHE-10", 1, D("0.53")),
    ]
    assert x.discounts == D("4.22")  # the promotions and the clerk's 0.50
    assert x.figures()["promotions"][0] == {"label": "COLA-2-FOR-1", "count": 1, "amount": "3.19", "quantity": "0"}
    a4 = text_of(render_report_a4(x, tmp_path / "x.pdf"))
    assert "Discounts by promotion" in a4 and "COLA-2-FOR-1" in a4 and "BRIOCHE-10" in a4
    roll = text_of(render_report_roll(x, tmp_path / "x-roll.pdf"))
    assert "DISCOUNTS BY PROMOTION" in roll and "COLA-2-FOR-1 (1)" in roll

    z = shift.close_shift(st.uow, st.user("max"), {"50": 1, "10": 1}, data_dir=st.data_dir)
    frozen = reports.z_figures(st.uow, st.user("max"))
    assert frozen.promotions == x.promotions  # frozen with the Z, reprinted as closed
    assert z is not None


def test_a_z_frozen_before_promotions_still_reads(sold):
    st, _res = sold
    frozen = reports.x_figures(st.uow, st.user("max")).to_frozen()
    assert [p["label"] for p in frozen["promotions"]] == ["COLA-2-FOR-1", "BRIOCHE-10"]
    del frozen["promotions"]  # as a Z closed before issue 18 is stored
    assert ShiftReport.from_frozen(frozen).promotions == ()
