"""Receipt printing: the 80 mm PDF (checked by its extracted text) and ESC/POS output."""

from __future__ import annotations

import socket
import threading
from dataclasses import replace
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader

from storedesk.adapters.printing.escpos_printer import (
    PrinterError,
    kick_drawer,
    print_receipt,
    receipt_lines_text,
)
from storedesk.adapters.printing.receipt_pdf import render_receipt_pdf
from storedesk.domain.money_format import fmt_amount, fmt_money, fmt_qty, fmt_rate
from storedesk.domain.receipt import ReceiptDoc, ReceiptLine, ReceiptTender
from storedesk.domain.tax import tax_table

STORE = "Corner Market Dublin"
NAMES = ("Espresso Beans Dark Roast 1 kg", "Organic Whole Milk 1 L", "Bananas loose")


def sample_doc(*, copy: bool = False, lines: tuple[ReceiptLine, ...] | None = None) -> ReceiptDoc:
    """3 lines (one discounted, one price override), VAT 20 % and 5.5 %, cash rounding +0.02,
    a card tender with a reference and cash with change."""
    if lines is None:
        lines = (
            # 1 x 18.90 with 10 % off -> 17.01
            ReceiptLine(NAMES[0], "4006381333931", D("1"), D("18.90"), D("1.89"), D("17.01"), "A"),
            ReceiptLine(NAMES[1], "5011038100012", D("3"), D("1.44"), D("0"), D("4.32"), "B"),
            ReceiptLine(
                NAMES[2], "2000000000017", D("0.750"), D("2.40"), D("0"), D("1.80"), "B", price_overridden=True
            ),
        )
    sums: dict[tuple[str, D], D] = {}
    rates = {"A": D("20"), "B": D("5.5")}
    for ln in lines:
        key = (ln.tax_code, rates[ln.tax_code])
        sums[key] = sums.get(key, D("0")) + ln.amount
    taxes = tuple(tax_table(sums, prices_include_tax=True, currency="EUR"))
    subtotal = sum((ln.amount + ln.discount for ln in lines), D("0"))
    discount = sum((ln.discount for ln in lines), D("0"))
    total = sum((t.gross for t in taxes), D("0"))
    return ReceiptDoc(
        receipt_no="CMD-T01-000123",
        local_time=datetime(2024, 5, 3, 14, 22, 31),
        store_name=STORE,
        store_address=("12 Main Street", "Dublin 2, D02 XY45"),
        store_tax_id="IE1234567T",
        station_code="T01",
        clerk_name="Aoife Byrne",
        currency="EUR",
        prices_include_tax=True,
        lines=lines,
        subtotal=subtotal,
        discount_total=discount,
        taxes=taxes,
        total=total,
        rounding=D("0.02"),
        tenders=(ReceiptTender("Card", D("5.15"), "AUTH 845213"), ReceiptTender("Cash", D("20.00"))),
        change=D("2.00"),
        copy=copy,
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# --------------------------------------------------------------------------- formatting
def test_sample_doc_adds_up():
    doc = sample_doc()
    assert doc.total == D("23.13")
    assert doc.amount_due == D("23.15")
    assert sum(t.amount for t in doc.tenders) - doc.amount_due == doc.change


def test_fmt_money():
    assert fmt_money(D("1234.5"), "EUR") == "€1,234.50"
    assert fmt_money(D("-1"), "EUR") == "-€1.00"
    assert fmt_money(D("-0.00"), "EUR") == "€0.00"
    assert fmt_money(D("0.02"), "EUR") == "€0.02"
    assert fmt_money(D("1500"), "JPY") == "JP¥1,500"  # currency digits: no decimals for yen
    assert fmt_money(D("3.5"), "EUR", locale="de_DE").replace("\xa0", " ") == "3,50 €"
    assert fmt_amount(D("1234.5"), "EUR") == "1,234.50"
    with pytest.raises(TypeError):
        fmt_money(1.5, "EUR")  # type: ignore[arg-type]


def test_fmt_qty():
    assert fmt_qty(D("3")) == "3"
    assert fmt_qty(D("3.000")) == "3"
    assert fmt_qty(D("0.250")) == "0.25"
    assert fmt_qty(D("10")) == "10"  # not "1E+1"
    assert fmt_qty(D("-2")) == "-2"
    assert fmt_qty(D("0.000")) == "0"
    assert fmt_rate(D("5.50")) == "5.5%"
    assert fmt_rate(D("20")) == "20%"


# --------------------------------------------------------------------------- PDF
def test_pdf_contains_the_receipt(tmp_path):
    doc = sample_doc()
    out = render_receipt_pdf(doc, tmp_path / "receipts" / "2024-05-03" / "CMD-T01-000123.pdf")
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert not out.with_suffix(".tmp").exists()

    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(226.77, abs=0.01)  # 80 mm
    assert float(page.mediabox.height) >= 283.4  # at least ~100 mm
    assert reader.metadata.title == doc.receipt_no

    text = pdf_text(out)
    assert STORE in text
    for name in NAMES:
        assert name in text
    assert doc.receipt_no in text
    assert fmt_money(doc.total, "EUR") == "€23.13"
    assert "€23.13" in text
    assert "€23.15" in text  # to pay after cash rounding
    assert "Cash rounding" in text and "€0.02" in text
    assert "Change" in text and "€2.00" in text
    assert "AUTH 845213" in text
    assert "-€1.89" in text  # the line discount
    assert "Price changed" in text
    assert "20%" in text and "5.5%" in text
    assert "prices incl. VAT" in text
    assert "03/05/2024 14:22" in text  # in the store's locale (en_IE: day/month/year)
    assert "COPY" not in text


def test_pdf_copy_banner(tmp_path):
    text = pdf_text(render_receipt_pdf(sample_doc(copy=True), tmp_path / "copy.pdf"))
    assert text.count("COPY - DUPLICATE") == 2  # top and bottom
    assert STORE in text


def test_pdf_page_grows_with_content_and_long_names_are_cut(tmp_path):
    base = sample_doc()
    short = PdfReader(render_receipt_pdf(base, tmp_path / "short.pdf")).pages[0]
    long_name = "Extra virgin olive oil, cold pressed, single estate, unfiltered " * 3
    many = tuple(
        ReceiptLine(long_name if i == 0 else f"Item {i}", f"SKU{i}", D("1"), D("1.00"), D("0"), D("1.00"), "A")
        for i in range(40)
    )
    long_doc = sample_doc(lines=many)
    tall = PdfReader(render_receipt_pdf(long_doc, tmp_path / "tall.pdf")).pages[0]
    assert float(tall.mediabox.height) > float(short.mediabox.height) + 40 * 10
    text = tall.extract_text()
    assert "Extra virgin olive oil" in text
    assert long_name.strip() not in text  # truncated to the roll's width...
    assert "\u2026" in text  # ...with an ellipsis
    assert "Item 39" in text


def test_pdf_excl_vat_note(tmp_path):
    doc = replace(sample_doc(), prices_include_tax=False)
    assert "prices excl. VAT" in pdf_text(render_receipt_pdf(doc, tmp_path / "excl.pdf"))


def test_pdf_overwrites_atomically(tmp_path):
    path = tmp_path / "r.pdf"
    render_receipt_pdf(sample_doc(), path)
    render_receipt_pdf(sample_doc(copy=True), path)
    assert "COPY" in pdf_text(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


# --------------------------------------------------------------------------- ESC/POS
def test_text_lines_fit_the_width():
    doc = sample_doc()
    lines = receipt_lines_text(doc, width=42)
    assert all(len(line) <= 42 for line in lines), [line for line in lines if len(line) > 42]
    joined = "\n".join(lines)
    assert STORE in joined and doc.receipt_no in joined
    total_line = next(line for line in lines if line.startswith("TOTAL"))
    assert total_line.rstrip().endswith("€23.13")
    assert "COPY" not in joined
    assert "COPY - DUPLICATE" in "\n".join(receipt_lines_text(sample_doc(copy=True)))
    narrow = receipt_lines_text(
        sample_doc(
            lines=(
                ReceiptLine(
                    "A very long product name that cannot fit on a 32 column roll",
                    "X",
                    D("1"),
                    D("1.00"),
                    D("0"),
                    D("1.00"),
                    "A",
                ),
            )
        ),
        width=32,
    )
    assert all(len(line) <= 32 for line in narrow)


def test_print_receipt_to_file(tmp_path):
    dev = tmp_path / "lp0"
    doc = sample_doc()
    print_receipt(doc, f"file:{dev}")
    data = dev.read_bytes()
    assert STORE.encode() in data
    assert b"TOTAL" in data and b"23.13" in data
    assert b"\x1dk" in data  # GS k: barcode
    assert b"{B" + doc.receipt_no.encode() in data
    assert b"\x1dV" in data  # GS V: cut
    assert data.index(b"\x1dk") < data.index(b"\x1dV")
    assert data.startswith(b"\x1b@")  # ESC @: printer reset first


def test_print_receipt_to_missing_device_raises_printer_error(tmp_path):
    with pytest.raises(PrinterError) as err:
        print_receipt(sample_doc(), f"file:{tmp_path / 'no-such-dir' / 'lp0'}")
    assert "no-such-dir" in str(err.value) and "not found" in str(err.value)


def test_unknown_target_raises_printer_error():
    with pytest.raises(PrinterError, match="Unknown printer target"):
        print_receipt(sample_doc(), "usb:0x04b8")
    with pytest.raises(PrinterError, match="not a number"):
        print_receipt(sample_doc(), "network:127.0.0.1:abc")


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_network_connection_refused_raises_printer_error():
    port = _closed_port()
    with pytest.raises(PrinterError) as err:
        print_receipt(sample_doc(), f"network:127.0.0.1:{port}", timeout=2)
    message = str(err.value)
    assert f"127.0.0.1:{port}" in message and "refused" in message


class _Listener:
    """A one-connection TCP 'printer' on 127.0.0.1 that keeps what it receives."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.sock.settimeout(5)
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            conn.settimeout(5)
            while chunk := conn.recv(65536):
                self.received += chunk

    def join(self) -> bytes:
        self.thread.join(5)
        self.sock.close()
        return self.received


def test_network_printer_receives_the_receipt():
    listener = _Listener()
    doc = sample_doc(copy=True)
    print_receipt(doc, f"network:127.0.0.1:{listener.port}", timeout=5)
    data = listener.join()
    assert STORE.encode() in data
    assert b"COPY - DUPLICATE" in data
    assert b"\x1dk" in data and b"\x1dV" in data


def test_kick_drawer_sends_pulse():
    listener = _Listener()
    kick_drawer(f"network:127.0.0.1:{listener.port}", timeout=5)
    assert listener.join().startswith(b"\x1bp")  # ESC p: drawer kick pulse
