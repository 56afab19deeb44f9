"""The receipt of a store whose country signs (issue 19): the software, its version, the
number and the first characters of the sale's signature, on the PDF and the 80 mm roll, in
the store's language; nothing of the kind for a store without a fiscal country."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

import storedesk
from storedesk.adapters import fiscal_keys
from storedesk.adapters.printing.escpos_printer import receipt_lines_text
from storedesk.adapters.printing.receipt_pdf import render_receipt_pdf
from storedesk.i18n import use_store_language, use_store_locale
from storedesk.services import receipts


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def signature_of(st, receipt_no: str) -> str:
    con = st.raw()
    try:
        return con.execute(
            "SELECT s.signature FROM journal_signatures s JOIN journal j ON j.seq = s.seq "
            "WHERE j.kind = 'sale' AND j.doc_ref = ?",
            (receipt_no,),
        ).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def french(station):
    station.set_setting("fiscal_country", "FR")
    yield station
    fiscal_keys.forget(station.data_dir)


@pytest.fixture
def in_french():
    use_store_language("fr")
    use_store_locale("fr_FR")
    yield
    use_store_language("en")
    use_store_locale("en_IE")


def test_a_french_receipt_shows_software_version_number_and_signature(french, in_french, tmp_path):
    sold = french.sell(1, 2)
    sig = signature_of(french, sold.receipt_no)
    doc = receipts.receipt_doc(french.uow, sold.sale_id)
    assert doc.signature is not None
    assert (doc.signature.software, doc.signature.version) == ("storedesk", storedesk.__version__)
    assert (doc.signature.number, doc.signature.fingerprint) == (sold.receipt_no, sig[:8])
    line = f"storedesk {storedesk.__version__} - ticket {sold.receipt_no} - signature {sig[:8]}"
    assert line in pdf_text(render_receipt_pdf(doc, tmp_path / "r.pdf"))
    roll = " ".join(" ".join(receipt_lines_text(doc, 42)).split())
    assert line in roll


def test_the_german_words_of_the_line(french, tmp_path):
    sold = french.sell(5)
    sig = signature_of(french, sold.receipt_no)
    use_store_language("de")
    try:
        doc = receipts.receipt_doc(french.uow, sold.sale_id)
        roll = " ".join(" ".join(receipt_lines_text(doc, 42)).split())
    finally:
        use_store_language("en")
    assert f"storedesk {storedesk.__version__} - Bon {sold.receipt_no} - Signatur {sig[:8]}" in roll


def test_a_store_without_a_fiscal_country_prints_no_signature_line(station, tmp_path):
    sold = station.sell(1)
    doc = receipts.receipt_doc(station.uow, sold.sale_id)
    assert doc.signature is None
    text = pdf_text(render_receipt_pdf(doc, tmp_path / "r.pdf"))
    assert "signature" not in text.lower() and f"storedesk {storedesk.__version__}" not in text
    assert not any("signature" in line for line in receipt_lines_text(doc, 42))
