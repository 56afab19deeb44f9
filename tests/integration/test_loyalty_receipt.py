"""The customer's card and points on the receipt (issue 18), PDF and 80 mm roll alike: the card,
points earned and redeemed, the balance when the till knew it, else the one sentence that the
points are added at the next sync; a sale without a customer prints none of it; in French too."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.integration.test_receipt_printing import pdf_text, sample_doc

from storedesk.adapters.printing.escpos_printer import receipt_lines_text
from storedesk.adapters.printing.receipt_pdf import render_receipt_pdf
from storedesk.domain.receipt import ReceiptLoyalty
from storedesk.i18n import use_store_language

KNOWN = ReceiptLoyalty("LOY1234567890", 23, 10, 113)
OFFLINE = ReceiptLoyalty("LOY1234567890", 23, 0, None)


@pytest.fixture
def french():
    use_store_language("fr")
    yield
    use_store_language("en")


def both(tmp_path, loyalty) -> tuple[str, str]:
    doc = replace(sample_doc(), loyalty=loyalty)
    pdf = pdf_text(render_receipt_pdf(doc, tmp_path / "r.pdf"))
    roll = "\n".join(receipt_lines_text(doc))
    return pdf, roll


def test_card_points_and_balance(tmp_path):
    for text in both(tmp_path, KNOWN):
        assert "Loyalty card LOY1234567890" in text
        assert "Points earned: 23" in text and "Points redeemed: 10" in text and "Points balance: 113" in text
        assert "next sync" not in text


def test_offline_says_the_points_come_at_sync(tmp_path):
    pdf, roll = both(tmp_path, OFFLINE)
    assert "Points earned: 23" in pdf and "Points balance" not in pdf and "redeemed" not in pdf
    assert "These points are added to your card at the next sync" in " ".join(pdf.split())
    assert "added to your card at the next sync" in " ".join(roll.split())


def test_no_customer_no_points(tmp_path):
    for text in both(tmp_path, None):
        assert "Loyalty" not in text and "Points" not in text


def test_in_french(tmp_path, french):
    pdf, roll = both(tmp_path, OFFLINE)
    for text in (pdf, roll):
        assert "Carte de fidélité LOY1234567890" in text and "Points gagnés : 23" in text
    assert "prochaine synchronisation" in " ".join(pdf.split())
