"""The return receipt PDF: kept under receipts/YYYY-MM/, says RETURN / REFUND, carries the
return number, the original receipt number, the amounts, the tenders and the voucher code.

Set STOREDESK_SHOTS=DIR to keep the PDFs (render them with `pdftoppm -png` and look).
"""

from __future__ import annotations

import os
import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.helpers.stations import sell_items

from storedesk.adapters.printing.return_receipt_pdf import return_receipt_lines_text
from storedesk.domain.tenders import Tender
from storedesk.i18n.formats import fmt_datetime
from storedesk.services.returns import complete, lookup, no_receipt, printing
from storedesk.services.returns.no_receipt import NoReceiptItem
from storedesk.services.returns.planning import ReturnLineIn


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _keep(path: Path, tag: str) -> None:
    folder = os.environ.get("STOREDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / f"return-receipt-{tag}.pdf")


def test_cash_return_receipt_names_the_original_sale_and_the_refund(pinned):
    res = sell_items(pinned, [(2, 2), (5, 1)], discount_pct="10")  # 12.39 paid, see test_returns.py
    s = lookup.find_sale(pinned.uow, res.receipt_no)
    brioche = next(ln for ln in s.lines if ln.name == "Test Brioche")
    cola = next(ln for ln in s.lines if ln.name == "Test Cola x6")
    r = complete.complete_return(
        pinned.uow,
        pinned.user("ana"),
        s,
        [ReturnLineIn(brioche.line_no, D(1)), ReturnLineIn(cola.line_no, D(1), "damaged")],
        "wrong_size",
    )
    path = printing.print_return_receipt(pinned.uow, pinned.data_dir, r.return_id)
    doc = printing.return_receipt_doc(pinned.uow, r.return_id)
    assert path == pinned.data_dir / "receipts" / f"{doc.local_time:%Y-%m}" / f"{r.return_no}.pdf"
    assert str(doc.local_time.tzinfo) == "Europe/Paris"
    _keep(path, "cash")
    text = _text(path)
    assert "RETURN / REFUND" in text
    assert r.return_no == "PAR01-T1-R000001" and r.return_no in text
    assert res.receipt_no in text and "Original receipt" in text
    assert "TOTAL REFUND" in text and "€7.63" in text  # 4.76 + 2.87
    assert "€4.76" in text and "€2.87" in text
    assert "Cash" in text and "Wrong size" in text and "Damaged" in text and "Restock" in text
    assert "Customer signature" in text and "Ana" in text
    assert fmt_datetime(doc.local_time) in text  # in the store's locale
    # the thermal printer gets the same facts
    lines = "\n".join(return_receipt_lines_text(doc))
    assert "RETURN / REFUND" in lines and res.receipt_no in lines and "€7.63" in lines


def test_store_credit_receipt_prints_the_voucher_code_and_card_reference(pinned):
    res = sell_items(pinned, [(8, 1)], tenders=[Tender("card", D("16.19"), "AUTH42")])
    s = lookup.find_sale(pinned.uow, res.receipt_no)
    r = complete.complete_return(
        pinned.uow, pinned.user("ana"), s, [ReturnLineIn(1, D(1))], "changed_mind", refund_to="store_credit"
    )
    path = printing.print_return_receipt(pinned.uow, pinned.data_dir, r.return_id)
    _keep(path, "store-credit")
    text = _text(path)
    assert r.voucher_code and r.voucher_code in text
    assert "STORE CREDIT VOUCHER" in text and "€16.19" in text and "Changed mind" in text

    res2 = sell_items(pinned, [(8, 1)], tenders=[Tender("card", D("16.19"), "AUTH43")])
    s2 = lookup.find_sale(pinned.uow, res2.receipt_no)
    r2 = complete.complete_return(pinned.uow, pinned.user("ana"), s2, [ReturnLineIn(1, D(1))], "faulty")
    text2 = _text(printing.print_return_receipt(pinned.uow, pinned.data_dir, r2.return_id))
    assert "Card ref AUTH43" in text2 and r2.return_no in text2


def test_no_receipt_return_receipt_says_no_receipt_and_names_the_manager(pinned):
    sell_items(pinned, [(8, 1)])
    con = pinned.raw()
    sku = con.execute("SELECT sku FROM products WHERE id = 8").fetchone()[0]
    con.close()
    r = no_receipt.complete_no_receipt_return(
        pinned.uow, pinned.user("ana"), [NoReceiptItem(sku, D(1))], "gift", approver=("max", "9876")
    )
    path = printing.print_return_receipt(pinned.uow, pinned.data_dir, r.return_id)
    _keep(path, "no-receipt")
    text = _text(path)
    assert "No receipt" in text and "Approved by" in text and "Unwanted gift" in text
    assert r.voucher_code in text
    copy = printing.reprint_last_return(pinned.uow, pinned.data_dir, pinned.user("ana"))
    assert copy.name == f"{r.return_no}-copy-1.pdf" and "DUPLICATE No. 1" in _text(copy)


def test_unknown_return_is_a_clear_error(pinned):
    from storedesk.domain.errors import DomainError

    with pytest.raises(DomainError, match="No such return"):
        printing.print_return_receipt(pinned.uow, pinned.data_dir, "nope")
    with pytest.raises(DomainError, match="No return to reprint"):
        printing.reprint_last_return(pinned.uow, pinned.data_dir, pinned.user("ana"))


def test_the_configured_thermal_printer_gets_the_return_receipt(pinned, tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    pinned.set_setting("printer", f"file:{device}")
    res = sell_items(pinned, [(8, 1)])
    s = lookup.find_sale(pinned.uow, res.receipt_no)
    r = complete.complete_return(
        pinned.uow, pinned.user("ana"), s, [ReturnLineIn(1, D(1))], "faulty", refund_to="store_credit"
    )
    path = printing.print_return_receipt(pinned.uow, pinned.data_dir, r.return_id)
    assert path.is_file()
    sent = device.read_bytes()
    for expected in (
        b"RETURN / REFUND",
        r.return_no.encode(),
        res.receipt_no.encode(),
        r.voucher_code.encode(),
        b"Customer signature",
    ):
        assert expected in sent, expected
    assert b"\x1dV" in sent  # and the paper is cut
