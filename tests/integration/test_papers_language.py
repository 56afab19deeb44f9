"""What the customer reads is in the store's language and locale (issue 16, "papers").

A receipt, a return receipt and a Z report rendered for a French store (fr, fr_FR) and a German
store (de, de_DE): the PDF's text (pypdf) and the thermal printer's bytes say the country's
legal words and write money and dates the country's way. A hub notification to the customer of a
French store is in French. English stores keep their English papers (the other tests).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.integration.test_receipt_printing import sample_doc
from tests.unit.test_shift_report import CLOSED, COUNTED, facts

from storedesk.adapters.printing.escpos_printer import _blocks, job_bytes, receipt_lines_text
from storedesk.adapters.printing.receipt_pdf import render_receipt_pdf
from storedesk.adapters.printing.report_pdf import render_report_a4
from storedesk.adapters.printing.report_roll import render_report_roll
from storedesk.adapters.printing.return_receipt_pdf import render_return_receipt_pdf, return_receipt_lines_text
from storedesk.domain.receipt import RefundTender, ReturnReceiptDoc, ReturnReceiptLine
from storedesk.domain.shift_report import build_report
from storedesk.domain.tax import tax_table
from storedesk.i18n import use_store_language, use_store_locale

SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})

# language, locale, then the words each paper must say in it
FRENCH = {
    "store": ("fr", "fr_FR"),
    "receipt": ["Ticket", "TOTAL TTC", "TVA", "Rendu", "Espèces", "Carte réf. AUTH 845213", "Sous-total", "Caisse T01"],
    "money": ["23,13 €", "2,00 €", "-1,89 €", "18,90 €"],
    "when": "03/05/2024 14:22",
    "return": ["RETOUR / REMBOURSEMENT", "Ticket d'origine", "TOTAL REMBOURSÉ", "Espèces", "Mauvaise taille"],
    "return_money": ["15,38 €"],
    "z": ["Rapport Z n° 3", "Tiroir-caisse", "Fond de caisse", "Écart", "manque 0,05 €", "TVA par taux", "Espèces"],
    "z_roll": ["RAPPORT Z N° 3", "TIROIR-CAISSE", "Journée", "28/03/2026"],
    "roll_bytes": [b"Rendu", b"TOTAL TTC", b"\x8a"],  # è in code page 437
    "grouped": "1 083,05",
}
GERMAN = {
    "store": ("de", "de_DE"),
    "receipt": ["Bon", "SUMME", "MwSt.", "Rückgeld", "Bar", "Karte Ref. AUTH 845213", "Zwischensumme", "Kasse T01"],
    "money": ["23,13 €", "2,00 €", "-1,89 €", "18,90 €"],
    "when": "03.05.24 14:22",
    "return": ["RÜCKGABE / ERSTATTUNG", "Original-Bon", "ERSTATTUNG GESAMT", "Bar", "Falsche Größe"],
    "return_money": ["15,38 €"],
    "z": ["Z-Bericht Nr. 3", "Kassenlade", "Wechselgeld", "Differenz", "Fehlbetrag 0,05 €", "MwSt. nach Satz"],
    "z_roll": ["Z-BERICHT NR. 3", "KASSENLADE", "Geschäftstag", "28.03.26"],
    "roll_bytes": [b"\x81", b"SUMME", b"Zwischensumme"],  # ü in code page 437
    "grouped": "1.083,05",
}


@pytest.fixture(params=[FRENCH, GERMAN], ids=["fr", "de"])
def store(request):
    language, locale = request.param["store"]
    use_store_language(language)
    use_store_locale(locale)
    yield request.param
    use_store_language("en")
    use_store_locale("en_IE")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).translate(SPACES)


def return_doc() -> ReturnReceiptDoc:
    """Two lines back (7.69 each, 20 % VAT) to cash: 15.38."""
    lines = (
        ReturnReceiptLine("Chemise lin bleu", "SH-1", D("1"), D("7.69"), "A", "restock", 1),
        ReturnReceiptLine("Chemise lin blanc", "SH-2", D("1"), D("7.69"), "A", "damaged", 2),
    )
    taxes = tuple(tax_table({("A", D("20")): D("15.38")}, prices_include_tax=True, currency="EUR"))
    return ReturnReceiptDoc(
        local_time=datetime(2024, 5, 3, 14, 22),
        store_name="Boutique Paris",
        store_address=("12 rue de la Paix", "75002 Paris"),
        store_tax_id="FR12345678901",
        station_code="T01",
        clerk_name="Zoé",
        return_no="PAR-T01-R000007",
        approver_name="",
        currency="EUR",
        kind="receipt",
        original_ref="PAR-T01-000123",
        original_store="PAR",
        reason="Wrong size",
        lines=lines,
        taxes=taxes,
        total=D("15.38"),
        rounding=D("0"),
        tenders=(RefundTender("cash", D("15.38")),),
    )


def test_a_receipt_in_the_stores_language_and_locale(store, tmp_path):
    text = pdf_text(render_receipt_pdf(sample_doc(), tmp_path / "receipt.pdf"))
    for word in store["receipt"] + store["money"] + [store["when"]]:
        assert word in text, word
    assert "Subtotal" not in text and "Change" not in text and "€23.13" not in text
    lines = receipt_lines_text(sample_doc())
    roll = "\n".join(lines)
    for word in store["receipt"] + store["money"]:
        assert word in roll, word
    assert max(len(line) for line in lines) <= 42  # the columns of an 80 mm roll
    raw = job_bytes(_blocks(sample_doc(), 42), None)
    for chunk in store["roll_bytes"]:
        assert chunk in raw, chunk
    assert "è".encode() not in raw and "ü".encode() not in raw and "€".encode() not in raw  # never UTF-8
    assert b"\x1bt\x0f\xa4" in raw  # the euro sign: code page ISO 8859-15 selected, then its byte
    assert b"\xe2\x80\xaf" not in raw and b"\xc2\xa0" not in raw  # no narrow or no-break space sent as UTF-8


def test_a_return_receipt_in_the_stores_language(store, tmp_path):
    text = pdf_text(render_return_receipt_pdf(return_doc(), tmp_path / "return.pdf"))
    for word in store["return"] + store["return_money"] + [store["when"]]:
        assert word in text, word
    assert "Wrong size" not in text and "Refunded to" not in text
    roll = "\n".join(return_receipt_lines_text(return_doc()))
    for word in store["return"] + store["return_money"]:
        assert word in roll, word


def test_a_z_report_in_the_stores_language(store, tmp_path):
    r = build_report(facts(), "Z", CLOSED, z_no=3, closed_by="Max", counted=COUNTED, counted_other={"card": D("25.50")})
    a4 = pdf_text(render_report_a4(r, tmp_path / "z-a4.pdf"))
    for word in store["z"]:
        assert word in a4, word
    assert store["grouped"] in a4  # the grand total grouped the locale's way (a narrow no-break space in French)
    roll = pdf_text(render_report_roll(r, tmp_path / "z-roll.pdf"))
    for word in store["z_roll"]:
        assert word in roll, word
    assert "Cash drawer" not in a4 and "CASH DRAWER" not in roll


def test_french_thousands_print_with_a_space_the_fonts_have(tmp_path):
    """babel groups French thousands with U+202F; Helvetica (WinAnsi) has no such glyph, so the PDF
    gets a no-break space and the thermal printer a plain space, never a missing-glyph box."""
    use_store_language("fr")
    use_store_locale("fr_FR")
    try:
        doc = sample_doc()
        big = type(doc.tenders[0])("Cash", D("1234.50"))
        doc = doc.__class__(**{**doc.__dict__, "tenders": (big,), "change": D("1211.37")})
        path = render_receipt_pdf(doc, tmp_path / "big.pdf")
        drawn = PdfReader(path).pages[0].get_contents().get_data()  # the page's drawing, WinAnsi text
        assert b"(1 234,50 \\200)" in drawn  # spaces and the euro sign (octal 200) of Helvetica's WinAnsi
        assert "1 234,50 €" in pdf_text(path)
        assert any("1 234,50 €" in line for line in receipt_lines_text(doc))
    finally:
        use_store_language("en")
        use_store_locale("en_IE")
