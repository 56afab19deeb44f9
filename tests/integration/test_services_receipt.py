"""Receipts of stored sales: a PDF kept in the data folder, checked by its extracted text."""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from tests.helpers.stations import ring

from storedesk.adapters.demo_catalog import embedded_barcode
from storedesk.domain.basket import Discount
from storedesk.domain.errors import DomainError
from storedesk.domain.tenders import Tender
from storedesk.services import basket, receipts, sale
from storedesk.services.context import config

SCALE = "00001"
NAMES = ["Test Apples 1 kg", "Test Brioche", "Test Cola x6", "Test Puzzle Book", "Test Bananas"]


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def standard_sale(st):
    ana = st.user("ana")
    codes = [st.barcode(1), st.barcode(2), st.barcode(2), st.barcode(5), st.barcode(8), embedded_barcode(SCALE, 312)]
    v = ring(st, ana, codes)
    return sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("50"))])


def test_receipt_pdf_shows_store_lines_totals_change_and_number(pinned):
    st = pinned
    r = standard_sale(st)
    path = receipts.print_receipt(st.uow, st.data_dir, r.sale_id)

    created = st.raw().execute("SELECT created_at FROM sales").fetchone()[0]
    month = config(st.uow).local(created).strftime("%Y-%m")
    assert path == st.data_dir / "receipts" / month / "PAR01-T1-000001.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert reader.metadata.title == "PAR01-T1-000001"

    text = pdf_text(path)
    assert "storedesk Demo Store" in text
    assert "12 rue de la Paix" in text and "FR 12 345678901" in text
    assert "Clerk Ana" in text and "Station T1" in text
    for name in NAMES:
        assert name in text
    assert "2 x €5.29" in text and "€10.58" in text
    assert "TOTAL" in text and "€35.57" in text
    assert "Cash" in text and "€50.00" in text
    assert "Change" in text and "€14.43" in text
    assert text.count("PAR01-T1-000001") >= 2  # header and under the barcode
    assert "All prices incl. VAT" in text
    # tax table rows: code rate | net | tax | gross, then the totals row
    assert re.search(r"A\s+20%\s+2\.66\s+0\.53\s+3\.19", text)
    assert re.search(r"B\s+5\.5%\s+15\.35\s+0\.84\s+16\.19", text)
    assert re.search(r"C\s+0%\s+16\.19\s+0\.00\s+16\.19", text)
    assert re.search(r"Total\s+34\.20\s+1\.37\s+35\.57", text)
    assert "COPY" not in text
    assert "Merci de votre visite - démo storedesk" in text  # the demo store's own footer


def test_reprint_last_makes_a_copy_marked_copy(pinned):
    st = pinned
    first = standard_sale(st)
    ana = st.user("ana")
    v = ring(st, ana, [st.barcode(5)])
    second = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("card", D("3.19"), "A77")])
    original = receipts.print_receipt(st.uow, st.data_dir, second.sale_id)
    original_bytes = original.read_bytes()

    copy = receipts.reprint_last(st.uow, st.data_dir, ana)
    assert copy.name == "PAR01-T1-000002-copy-1.pdf" and copy.parent == original.parent
    assert original.read_bytes() == original_bytes  # the original is kept as it was
    text = pdf_text(copy)
    assert text.count("DUPLICATE No. 1") == 2  # its number, journaled (issue 19)
    assert "PAR01-T1-000002" in text and first.receipt_no not in text
    assert "Test Cola x6" in text and "€3.19" in text
    assert "Card ref A77" in text
    assert "Change" not in text  # a card-only sale gives no change
    assert "COPY" not in pdf_text(original)


def test_reprint_with_no_sale_yet_is_refused(pinned):
    with pytest.raises(DomainError, match="No sale"):
        receipts.reprint_last(pinned.uow, pinned.data_dir, pinned.user("ana"))
    with pytest.raises(DomainError, match="No such sale"):
        receipts.print_receipt(pinned.uow, pinned.data_dir, "nope")


def test_receipt_shows_discounts_price_changes_and_cash_rounding(pinned):
    st = pinned
    st.set_setting("cash_step", "0.05")
    ana = st.user("ana")
    v = ring(st, ana, [st.barcode(8), st.barcode(1)])
    v = basket.override_price(st.uow, ana, v.basket_id, v.basket.lines[0].line_id, "15.00", approver=("max", "9876"))
    v = basket.discount_line(st.uow, ana, v.basket_id, v.basket.lines[1].line_id, Discount("pct", D("10")))
    # 15.00 + (2.49 - 0.25) = 17.24 -> 17.25 in cash
    assert v.totals.total == D("17.24")
    r = sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("20"))])
    assert (r.amount_due, r.change) == (D("17.25"), D("2.75"))
    text = pdf_text(receipts.print_receipt(st.uow, st.data_dir, r.sale_id))
    assert "Price changed" in text and "1 x €15.00" in text
    assert "Discount" in text and "-€0.25" in text
    assert "Subtotal" in text and "€17.49" in text
    assert "€17.24" in text
    assert "Cash rounding" in text and "€0.01" in text
    assert "To pay" in text and "€17.25" in text
    assert "€2.75" in text


def test_receipt_is_filed_and_dated_by_the_store_local_time(pinned, monkeypatch):
    st = pinned
    ana = st.user("ana")
    monkeypatch.setattr(sale, "utcnow", lambda: "2024-03-31T22:30:00.000000+00:00")  # 00:30 CEST on 1 April
    r = sale.complete_sale(st.uow, ana, ring(st, ana, [st.barcode(1)]).basket_id, [Tender("cash", D("5"))])
    path = receipts.print_receipt(st.uow, st.data_dir, r.sale_id)
    assert path == st.data_dir / "receipts" / "2024-04" / "PAR01-T1-000001.pdf"
    text = pdf_text(path)
    assert "01/04/2024 00:30" in text  # local time, in the store's locale (en_IE)
    assert "€2.49" in text and "€2.51" in text  # total and change
