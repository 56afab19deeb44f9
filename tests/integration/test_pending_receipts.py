"""A full disk after a sale, a return or a Z committed: the document is saved, the clerk is told
so, and the missing ORIGINAL PDF (not a COPY) is written once there is room again.

The disk is the only fake: the one function that puts a receipt or a report on disk
(pdf_out.write_file) raises ENOSPC like a full disk does. The
database, the services and the PDFs are real; the PDFs are read back with pypdf.
"""

from __future__ import annotations

import errno
import os
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from storedesk.adapters.printing import pdf_out
from storedesk.domain.tenders import Tender
from storedesk.services import basket, pending_receipts, receipts, sale, shift
from storedesk.services.pending_receipts import ReceiptNotWritten
from storedesk.services.returns import complete, lookup, printing
from storedesk.services.returns.planning import ReturnLineIn


def full_disk(path, data):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def sell(st, *product_ids):
    ana = st.user("ana")
    v = basket.current(st.uow, ana)
    for pid in product_ids:
        v = basket.add_scan(st.uow, ana, v.basket_id, st.barcode(pid))
    return sale.complete_sale(st.uow, ana, v.basket_id, [Tender("cash", D("50"))])


def pending_rows(st) -> list[tuple]:
    return st.raw().execute("SELECT kind, doc_no, attempts, last_error FROM pending_receipts ORDER BY since").fetchall()


def files_under(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_disk_full_at_the_receipt_the_sale_is_saved_and_its_original_is_written_when_space_is_back(pinned, monkeypatch):
    st = pinned
    r = sell(st, 1, 2, 5)
    monkeypatch.setattr(pdf_out, "write_file", full_disk)

    with pytest.raises(ReceiptNotWritten) as caught:
        receipts.print_receipt(st.uow, st.data_dir, r.sale_id)
    text = caught.value.message
    assert text == (
        f"Sale {r.receipt_no} is saved: do not ring it up again. "
        "Its receipt could not be written (the disk is full): tell the manager."
    )
    assert "Nothing was saved" not in text and "nothing was saved" not in text
    # the sale stands, its receipt is on the list with the reason, and no half file lies around
    assert st.count("sales") == 1
    assert pending_rows(st) == [("sale", r.receipt_no, 1, "the disk is full")]
    assert files_under(st.data_dir / "receipts") == []

    # still full: the next pass tries, fails, keeps it listed
    state = pending_receipts.write_pending(st.uow, st.data_dir, settle_seconds=0)
    assert state.waiting == 1 and state.written == () and "the disk is full" in str(state.error)
    assert pending_rows(st)[0][2] == 2

    monkeypatch.undo()  # space is back
    state = pending_receipts.write_pending(st.uow, st.data_dir, settle_seconds=0)
    assert state == pending_receipts.PendingState(0, (r.receipt_no,), "")
    assert pending_rows(st) == []
    doc = receipts.receipt_doc(st.uow, r.sale_id)
    path = receipts.receipt_path(st.data_dir, doc)
    assert files_under(st.data_dir / "receipts") == [f"{r.receipt_no}.pdf"]
    written = pdf_text(path)
    assert r.receipt_no in written and "Test Apples 1 kg" in written and "TOTAL" in written
    assert "COPY" not in written  # the original, not a reprint
    assert PdfReader(path).metadata.subject == "Receipt"


def test_a_printed_receipt_leaves_nothing_pending(pinned):
    r = sell(pinned, 1)
    assert pending_rows(pinned) == [("sale", r.receipt_no, 0, "")]  # listed in the sale's own transaction
    receipts.print_receipt(pinned.uow, pinned.data_dir, r.sale_id)
    assert pending_rows(pinned) == []


def test_a_crash_between_the_sale_and_its_receipt_is_caught_up_at_the_next_start(pinned):
    st = pinned
    r = sell(st, 2)  # committed; the app dies before the print job runs
    # A poll while the sale's own print job may still run leaves a fresh sale to that job.
    assert pending_receipts.write_pending(st.uow, st.data_dir).written == ()
    st.reopen()
    state = pending_receipts.write_pending(st.uow, st.data_dir, settle_seconds=0)  # the start's poll
    assert state.written == (r.receipt_no,) and state.waiting == 0
    path = receipts.receipt_path(st.data_dir, receipts.receipt_doc(st.uow, r.sale_id))
    assert "COPY" not in pdf_text(path) and r.receipt_no in pdf_text(path)


def test_a_receipt_already_on_disk_only_leaves_the_list(pinned, monkeypatch):
    st = pinned
    r = sell(st, 5)
    receipts.print_receipt(st.uow, st.data_dir, r.sale_id)
    with st.uow.write() as tx:  # as after a power cut lost the non-durable delete
        tx.conn.execute(
            "INSERT INTO pending_receipts(kind, ref, doc_no, since) VALUES ('sale', ?, ?, '2000-01-01')",
            (r.sale_id, r.receipt_no),
        )
    monkeypatch.setattr(pdf_out, "write_file", full_disk)  # nothing needs writing
    state = pending_receipts.write_pending(st.uow, st.data_dir, settle_seconds=0)
    assert state.written == (r.receipt_no,) and state.waiting == 0 and state.error == ""


def test_a_copy_that_cannot_be_written_says_so_and_lists_nothing(pinned, monkeypatch):
    st = pinned
    r = sell(st, 1)
    receipts.print_receipt(st.uow, st.data_dir, r.sale_id)
    monkeypatch.setattr(pdf_out, "write_file", full_disk)
    with pytest.raises(ReceiptNotWritten) as caught:
        receipts.reprint_last(st.uow, st.data_dir, st.user("max"))
    assert caught.value.message.startswith(f"The copy of {r.receipt_no} could not be written: the disk is full")
    assert pending_rows(st) == []


def test_disk_full_at_the_return_receipt_the_return_is_saved_and_written_later(pinned, monkeypatch):
    st = pinned
    sold = sell(st, 2, 5)
    found = lookup.find_sale(st.uow, sold.receipt_no)
    r = complete.complete_return(
        st.uow, st.user("ana"), found, [ReturnLineIn(found.lines[0].line_no, D(1))], "wrong_size"
    )
    monkeypatch.setattr(pdf_out, "write_file", full_disk)  # return receipts share the roll writer
    with pytest.raises(ReceiptNotWritten) as caught:
        printing.print_return_receipt(st.uow, st.data_dir, r.return_id)
    assert caught.value.message.startswith(f"Return {r.return_no} is saved: do not take it back again.")
    assert "(the disk is full)" in caught.value.message and "Nothing was saved" not in caught.value.message
    assert st.count("returns") == 1
    assert ("return", r.return_no, 1, "the disk is full") in pending_rows(st)

    monkeypatch.undo()
    state = pending_receipts.write_pending(st.uow, st.data_dir, limit=10, settle_seconds=0)
    assert r.return_no in state.written and state.waiting == 0  # with the sale, never printed here
    doc = printing.return_receipt_doc(st.uow, r.return_id)
    text = pdf_text(printing.return_receipt_path(st.data_dir, doc))
    assert "RETURN / REFUND" in text and r.return_no in text and "COPY" not in text


def test_disk_full_at_the_z_the_z_is_recorded_and_its_original_pdfs_are_written_later(pinned, monkeypatch):
    st = pinned
    mx = st.user("max")
    shift.open_shift(st.uow, mx, {"10": 1})
    sell(st, 1)
    with st.uow.write() as tx:  # the sale's receipt is not the subject here
        tx.conn.execute("DELETE FROM pending_receipts")
    monkeypatch.setattr(pdf_out, "write_file", full_disk)
    z = shift.close_shift(st.uow, mx, {"10": 1}, data_dir=st.data_dir)
    assert z.pdfs == () and f"Z {z.z_no} is recorded" in str(z.print_error)  # a Message: English here
    assert [row[0] for row in pending_rows(st)] == ["z"]

    monkeypatch.undo()
    state = pending_receipts.write_pending(st.uow, st.data_dir, settle_seconds=0)
    assert state.waiting == 0 and len(state.written) == 1
    reports_dir = st.data_dir / "reports"
    names = files_under(reports_dir)
    assert len(names) == 2 and any(n.endswith("-80mm.pdf") for n in names)
    for pdf in reports_dir.rglob("*.pdf"):
        text = pdf_text(pdf)
        assert "COPY" not in text and "Z" in text
