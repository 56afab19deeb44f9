"""Receiving report, variance report and labels: real PDFs, checked by their text."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from storedesk.domain.stock_ops import StockError
from storedesk.services.stock import counts, printing, receiving


def text_of(path) -> str:
    """The PDF's text, read with pypdf (no external program: tests use only what .ci/run installs)."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_receiving_report(station, tmp_path):
    st = station
    ana = st.user("ana")
    did = receiving.create_delivery(st.uow, ana, "DN-88", "Acme Foods", [(st.barcode(1), "4"), (st.barcode(2), "2")])
    receiving.receive_scan(st.uow, ana, did, st.barcode(1), "5")
    receiving.receive_scan(st.uow, ana, did, st.barcode(3))
    with pytest.raises(StockError, match="posted"):
        printing.receiving_report(st.uow, did, tmp_path)
    res = receiving.post_receiving(st.uow, ana, did)
    path = printing.receiving_report(st.uow, did, tmp_path)
    assert path.name == f"{res.doc_no}.pdf" and path.parent.parent == tmp_path / "stock"
    text = text_of(path)
    assert f"Receiving report {res.doc_no}" in text and "DN-88" in text and "Acme Foods" in text
    assert "1 over, 1 short, 1 not on the notice" in text
    assert "+1" in text and "-2" in text


def test_variance_report_pdf(station, tmp_path):
    st = station
    ana, mx = st.user("ana"), st.user("max")
    c = counts.start_count(st.uow, ana, "cycle")
    counts.count_scan(st.uow, ana, c.id, st.barcode(1), "2")
    path = printing.variance_pdf(st.uow, mx, c.id, data_dir=tmp_path)
    text = text_of(path)
    assert f"Count variance report {c.doc_no}" in text and "Cycle count, open" in text and "not yet approved" in text
    counts.approve_count(st.uow, mx, c.id)
    text = text_of(printing.variance_pdf(st.uow, mx, c.id, data_dir=tmp_path))
    assert "approved" in text and "Max" in text


def test_labels_for_a_selection_and_for_price_changes(station, tmp_path):
    st = station
    path = printing.labels_for(st.uow, [st.barcode(1), st.barcode(2)], "shelf", copies=2, data_dir=tmp_path)
    text = text_of(path)
    con = st.raw()
    sku1 = con.execute("SELECT sku FROM products WHERE id = 1").fetchone()[0]
    con.execute("UPDATE products SET price_minor = 1234 WHERE id = 5")
    con.close()
    assert text.count(sku1) == 2
    assert text.count(f"{sku1} · per piece") == 2  # the unit in words, never its code "pc"
    assert printing.pending_price_changes(st.uow)[0][4] == 1234
    path, n = printing.price_change_labels(st.uow, data_dir=tmp_path)
    assert n == 1 and "€12.34" in text_of(path)
    assert printing.pending_price_changes(st.uow) == []
    with pytest.raises(StockError, match="No price change"):
        printing.price_change_labels(st.uow, data_dir=tmp_path)
