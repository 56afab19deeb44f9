"""Every fiscal event in the journal (issue 19, "Inalterability"), on real SQLite stations:
reprints with their count and "DUPLICATA n° N" on the paper, voided lines, abandoned baskets,
price overrides, no-sales and cash moves, tax-rate and fiscal-setting changes, the software's
start, update and stop, a restore, and a clock set back. At a French station each entry is
signed by the journal's append; at a store without a country each is journaled unsigned."""

from __future__ import annotations

import json
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.conftest import PINS

import storedesk
from storedesk.adapters import fiscal_keys
from storedesk.adapters.db import HEAD
from storedesk.adapters.printing.escpos_printer import receipt_lines_text
from storedesk.adapters.printing.return_receipt_pdf import return_receipt_lines_text
from storedesk.domain.basket import Discount
from storedesk.domain.errors import BasketError, DomainError, PermissionDenied
from storedesk.i18n import use_store_language, use_store_locale
from storedesk.services import basket, journal, receipts, reports, settings, shift, tax_rates
from storedesk.services.context import config
from storedesk.services.fiscal import events
from storedesk.services.returns import complete, lookup
from storedesk.services.returns import printing as return_printing
from storedesk.services.returns.planning import ReturnLineIn

T0 = "2026-11-05T09:00:00.000000+00:00"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def flat(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def entries(st, kind: str) -> list[dict]:
    """The payloads of the station's journal entries of `kind`, oldest first, with their seq,
    doc_ref and whether the entry is signed."""
    con = st.raw()
    try:
        rows = con.execute(
            "SELECT j.seq, j.doc_ref, j.payload, s.signature IS NOT NULL FROM journal j "
            "LEFT JOIN journal_signatures s ON s.seq = j.seq WHERE j.kind = ? ORDER BY j.seq",
            (kind,),
        ).fetchall()
    finally:
        con.close()
    return [{**json.loads(p), "_seq": seq, "_doc": doc, "_signed": bool(signed)} for seq, doc, p, signed in rows]


def last_kinds(st, n: int) -> list[str]:
    con = st.raw()
    try:
        return [k for (k,) in con.execute("SELECT kind FROM journal ORDER BY seq DESC LIMIT ?", (n,))][::-1]
    finally:
        con.close()


WHERE = {"store": "PAR01", "station": "T1"}  # the demo station


@pytest.fixture
def french(station):
    """The demo station once its store follows France's rules: every entry is signed."""
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


def signature_of(st, kind: str, doc: str) -> str:
    con = st.raw()
    try:
        return con.execute(
            "SELECT s.signature FROM journal_signatures s JOIN journal j ON j.seq = s.seq "
            "WHERE j.kind = ? AND j.doc_ref = ? ORDER BY j.seq DESC LIMIT 1",
            (kind, doc),
        ).fetchone()[0]
    finally:
        con.close()


def sig_line(number: str, signature: str) -> str:
    """A receipt's signature line, in French (the fixture `in_french`)."""
    return f"storedesk {storedesk.__version__} - ticket {number} - signature {signature[:8]}"


def z_sig_line(number: str, signature: str) -> str:
    """A Z report's signature line, in French: it names a Z report, not a receipt."""
    return f"storedesk {storedesk.__version__} - rapport Z {number} - signature {signature[:8]}"


# ---- reprints -----------------------------------------------------------------------------


def test_reprints_are_counted_per_document_and_journaled_signed(french):
    with french.uow.write() as tx:
        counts = [
            events.record_reprint(tx, events.RECEIPT, "PAR01-T1-000001", "ana", T0),
            events.record_reprint(tx, events.RECEIPT, "PAR01-T1-000001", "max", T0),
            events.record_reprint(tx, events.RETURN_RECEIPT, "PAR01-T1-000001", "ana", T0),  # another kind
            events.record_reprint(tx, events.RECEIPT, "PAR01-T1-000002", "ana", T0),
        ]
    assert counts == [1, 2, 1, 1]
    got = entries(french, "reprint")
    assert [(e["_doc"], e["document_kind"], e["count"], e["by"]) for e in got] == [
        ("PAR01-T1-000001", "receipt", 1, "ana"),
        ("PAR01-T1-000001", "receipt", 2, "max"),
        ("PAR01-T1-000001", "return_receipt", 1, "ana"),
        ("PAR01-T1-000002", "receipt", 1, "ana"),
    ]
    assert all(e["type"] == "reprint" and e["at"] == T0 and e["_signed"] for e in got)
    assert all({k: e[k] for k in ("store", "station")} == WHERE for e in got)
    assert journal.verify(french.uow).ok
    # the counts are permanent, like the journal
    con = french.raw()
    try:
        with pytest.raises(sqlite3.IntegrityError, match="permanent"):
            con.execute("DELETE FROM fiscal_reprints")
        with pytest.raises(sqlite3.IntegrityError, match="permanent"):
            con.execute("UPDATE fiscal_reprints SET count = 1")
    finally:
        con.close()


def test_a_receipt_reprinted_twice_says_duplicata_1_then_2(french, in_french):
    sold = french.sell(1, 2)
    sig = signature_of(french, "sale", sold.receipt_no)
    ana = french.user("ana")
    first = receipts.reprint_last(french.uow, french.data_dir, ana)
    assert "DUPLICATA n° 1" in pdf_text(first)
    second = receipts.reprint_last(french.uow, french.data_dir, ana)
    text = pdf_text(second)
    assert "DUPLICATA n° 2" in text and "DUPLICATA n° 1" not in text
    # each duplicate is kept under its own number: the second never overwrites the first
    assert (first.name, second.name) == (f"{sold.receipt_no}-copy-1.pdf", f"{sold.receipt_no}-copy-2.pdf")
    assert "DUPLICATA n° 1" in pdf_text(first) and "DUPLICATA n° 2" not in pdf_text(first)
    assert sig_line(sold.receipt_no, sig) in text  # the duplicate carries the sale's signature line
    got = entries(french, "reprint")
    assert [(e["_doc"], e["document_kind"], e["count"], e["by"], e["_signed"]) for e in got] == [
        (sold.receipt_no, "receipt", 1, "ana", True),
        (sold.receipt_no, "receipt", 2, "ana", True),
    ]
    # the roll says the same; the original receipt says neither
    doc = receipts.receipt_doc(french.uow, sold.sale_id, copy=True)
    from dataclasses import replace

    assert "DUPLICATA n° 3" in flat(receipt_lines_text(replace(doc, duplicate=3)))
    assert "DUPLICATA" not in flat(receipt_lines_text(receipts.receipt_doc(french.uow, sold.sale_id)))
    assert journal.verify(french.uow).ok


def test_a_duplicate_in_each_language(station):
    sold = station.sell(5)
    doc = receipts.receipt_doc(station.uow, sold.sale_id, copy=True)
    from dataclasses import replace

    doc = replace(doc, duplicate=2)
    words = {"en": "DUPLICATE No. 2", "fr": "DUPLICATA n° 2", "de": "DUPLIKAT Nr. 2", "es": "DUPLICADO n.º 2"}
    words["it"] = "DUPLICATO n. 2"
    try:
        for language, expected in words.items():
            use_store_language(language)
            assert expected in flat(receipt_lines_text(doc)), language
    finally:
        use_store_language("en")


def make_return(st):
    """A sale of products 1 and 2, and the return of product 2: (sale, return result)."""
    sold = st.sell(1, 2)
    s = lookup.find_sale(st.uow, sold.receipt_no)
    r = complete.complete_return(
        st.uow, st.user("ana"), s, [ReturnLineIn(s.lines[-1].line_no, Decimal(1))], "wrong_size"
    )
    return sold, r


def test_a_return_receipt_reprinted_twice_says_duplicata_and_shows_its_signature(french, in_french):
    _sold, r = make_return(french)
    sig = signature_of(french, "return", r.return_no)
    original = return_printing.print_return_receipt(french.uow, french.data_dir, r.return_id)
    text = pdf_text(original)
    assert sig_line(r.return_no, sig) in text and "DUPLICATA" not in text
    ana = french.user("ana")
    first_path = return_printing.reprint_last_return(french.uow, french.data_dir, ana)
    second_path = return_printing.reprint_last_return(french.uow, french.data_dir, ana)
    assert (first_path.name, second_path.name) == (f"{r.return_no}-copy-1.pdf", f"{r.return_no}-copy-2.pdf")
    assert "DUPLICATA n° 1" in pdf_text(first_path)  # kept, not overwritten by the second
    second = pdf_text(second_path)
    assert "DUPLICATA n° 2" in second and sig_line(r.return_no, sig) in second
    got = entries(french, "reprint")
    assert [(e["_doc"], e["document_kind"], e["count"], e["_signed"]) for e in got] == [
        (r.return_no, "return_receipt", 1, True),
        (r.return_no, "return_receipt", 2, True),
    ]
    doc = return_printing.return_receipt_doc(french.uow, r.return_id)
    assert sig_line(r.return_no, sig) in flat(return_receipt_lines_text(doc))  # the roll too


def test_a_store_without_a_country_journals_reprints_unsigned_and_prints_no_signature(station):
    _sold, r = make_return(station)
    path = return_printing.reprint_last_return(station.uow, station.data_dir, station.user("ana"))
    text = pdf_text(path)
    assert "DUPLICATE No. 1" in text and "signature" not in text.lower().replace("customer signature", "")
    (entry,) = entries(station, "reprint")
    assert (entry["count"], entry["_signed"]) == (1, False)


def close_a_day(st):
    mx = st.user("max")
    shift.open_shift(st.uow, mx, {"50": 2})
    st.sell(1, 2)
    return shift.close_shift(st.uow, mx, {"50": 2, "5": 1, "2": 1, "0.2": 1, "0.05": 1}, data_dir=st.data_dir)


def test_a_z_shows_its_signature_and_its_reprints_say_duplicata_1_then_2(french, in_french, tmp_path):
    z = close_a_day(french)
    doc = f"PAR01-T1-Z{z.report.z_no:06d}"
    line = z_sig_line(doc, signature_of(french, "shift_close", doc))
    a4, roll = (pdf_text(p) for p in z.pdfs)  # the original, as printed at closing
    assert line in a4 and line in roll and "DUPLICATA" not in a4 and " ticket " not in a4 + roll
    mx = french.user("max")
    first = reports.z_report(french.uow, mx, french.data_dir)
    assert "DUPLICATA n° 1" in pdf_text(first.path) and first.duplicate == 1
    second = reports.z_report(french.uow, mx, french.data_dir, number=z.report.z_no)
    text = pdf_text(second.path)
    assert "DUPLICATA n° 2" in text and line in text and second.duplicate == 2
    # each duplicate and its roll kept under its own number: the first is still n° 1
    stem = z.pdfs[0].stem
    assert (first.path.name, second.path.name) == (f"{stem}-copy-1.pdf", f"{stem}-copy-2.pdf")
    assert "DUPLICATA n° 1" in pdf_text(first.path)
    first_roll = first.path.with_name(f"{first.path.stem}-80mm.pdf")
    assert "DUPLICATA n° 1" in pdf_text(first_roll)
    beside = second.path.with_name(f"{second.path.stem}-80mm.pdf")  # the roll the print dialog offers
    assert "DUPLICATA n° 2" in pdf_text(beside) and line in pdf_text(beside)
    third = reports.z_report(french.uow, None, french.data_dir, paper="80mm", out=tmp_path / "z.pdf")  # the CLI
    assert "DUPLICATA n° 3" in pdf_text(third.path)
    got = entries(french, "reprint")
    assert [(e["_doc"], e["document_kind"], e["count"], e["by"], e["_signed"]) for e in got] == [
        (doc, "z_report", 1, "max", True),
        (doc, "z_report", 2, "max", True),
        (doc, "z_report", 3, "terminal", True),
    ]


# ---- the basket: voided lines, abandoned baskets, price overrides --------------------------


def rung(st, *products: int, username: str = "ana"):
    user = st.user(username)
    view = basket.current(st.uow, user)
    for pid in products:
        view = basket.add_scan(st.uow, user, view.basket_id, st.barcode(pid))
    return user, view


def test_a_voided_line_is_journaled_with_who_what_and_how_much(french):
    user, view = rung(french, 1, 2)
    line = view.basket.lines[0]
    basket.void_line(french.uow, user, view.basket_id, line.line_id)
    assert last_kinds(french, 1) == ["line_void"]
    before = french.count("journal")
    (e,) = entries(french, "line_void")
    assert e["_doc"] == view.basket_id and e["basket_id"] == view.basket_id and e["_signed"]
    assert (e["user"], e["approver"], e["by"]) == ("ana", "ana", "ana")  # her role allows it
    assert (e["line_id"], e["sku"], e["name"], e["quantity"]) == (line.line_id, line.sku, line.name, "1")
    minor = int(line.unit_price * 100)
    assert (e["unit_price_minor"], e["amount_minor"], e["currency"]) == (minor, minor, "EUR")
    assert {k: e[k] for k in ("store", "station")} == WHERE
    # a void refused changes nothing and journals nothing (same transaction)
    with pytest.raises(BasketError):
        basket.void_line(french.uow, user, view.basket_id, line.line_id)  # already voided
    assert french.count("journal") == before


def test_lowering_a_quantity_is_journaled_as_a_partial_void(french):
    user, view = rung(french, 1)
    line = view.basket.lines[0]
    basket.set_quantity(french.uow, user, view.basket_id, line.line_id, "5")
    assert entries(french, "line_void") == []  # more: no void
    basket.set_quantity(french.uow, user, view.basket_id, line.line_id, "2")
    assert last_kinds(french, 1) == ["line_void"]
    before = french.count("journal")
    (e,) = entries(french, "line_void")
    unit = e["unit_price_minor"]
    assert (e["partial"], e["quantity_before"], e["quantity_after"], e["voided_quantity"]) == (True, "5", "2", "3")
    assert (e["line_id"], e["voided_amount_minor"], e["amount_minor"]) == (line.line_id, 3 * unit, 2 * unit)
    assert e["_signed"] and e["user"] == e["approver"] == "ana" and e["_doc"] == view.basket_id
    # a change refused (a malformed quantity) journals nothing
    with pytest.raises(DomainError):
        basket.set_quantity(french.uow, user, view.basket_id, line.line_id, "-1")
    assert french.count("journal") == before
    assert journal.verify(french.uow).ok


def test_scanning_journals_nothing(station):
    before = station.count("journal")
    rung(station, 1, 2, 5, 1)
    assert station.count("journal") == before


def test_an_abandoned_basket_is_journaled_with_its_lines_and_total(french):
    user, view = rung(french, 1, 2, 5)
    basket.void_line(french.uow, user, view.basket_id, view.basket.lines[1].line_id)
    total = basket.current(french.uow, user).totals.total
    basket.clear(french.uow, user, view.basket_id)
    (e,) = entries(french, "basket_abandon")
    assert e["_doc"] == view.basket_id and e["_signed"] and e["user"] == "ana"
    kept = [view.basket.lines[0], view.basket.lines[2]]  # the line voided before is not abandoned again
    assert [(x["line_id"], x["sku"], x["quantity"]) for x in e["lines"]] == [(ln.line_id, ln.sku, "1") for ln in kept]
    assert e["total_minor"] == int(total * 100) and e["currency"] == "EUR"
    # clearing an empty basket abandons nothing
    empty = basket.current(french.uow, user)
    basket.clear(french.uow, user, empty.basket_id)
    assert len(entries(french, "basket_abandon")) == 1


def test_an_abandoned_basket_at_a_store_without_a_country_is_journaled_unsigned(station):
    user, view = rung(station, 1)
    basket.clear(station.uow, user, view.basket_id)
    (e,) = entries(station, "basket_abandon")
    assert not e["_signed"] and len(e["lines"]) == 1


def test_a_price_override_is_journaled_with_both_prices_and_the_approver(french):
    _ana, view = rung(french, 8)
    line = view.basket.lines[0]
    ana, max_ = french.user("ana"), french.user("max")
    with pytest.raises(PermissionDenied):
        basket.override_price(french.uow, ana, view.basket_id, line.line_id, "1.00")  # a clerk needs a PIN
    assert entries(french, "price_override") == []
    basket.override_price(french.uow, ana, view.basket_id, line.line_id, "1.00", approver=("max", PINS["max"]))
    (e,) = entries(french, "price_override")
    assert e["_signed"] and e["_doc"] == view.basket_id and (e["user"], e["approver"]) == ("ana", "max")
    assert (e["line_id"], e["sku"], e["quantity"]) == (line.line_id, line.sku, "1")
    assert e["price_before_minor"] == int(line.unit_price * 100) == e["amount_before_minor"]
    assert (e["price_after_minor"], e["amount_minor"]) == (100, 100)
    # a discount is not a price override
    basket.discount_line(french.uow, max_, view.basket_id, line.line_id, Discount("pct", Decimal(5)))
    assert len(entries(french, "price_override")) == 1


# ---- cash moves, no-sales, tax rates, fiscal settings, restore -----------------------------


def test_no_sale_and_cash_moves_are_journaled_signed(french):
    mx = french.user("max")
    shift.open_shift(french.uow, mx, {"50": 2})
    shift.no_sale(french.uow, mx, "change for a note")
    shift.paid_in(french.uow, mx, "10", "float top-up")
    shift.paid_out(french.uow, mx, "4.50", "window cleaner")
    (ns,) = entries(french, "no_sale")
    (pin,) = entries(french, "paid_in")
    (pout,) = entries(french, "paid_out")
    assert ns["_signed"] and ns["user"] == "max" and ns["reason"] == "change for a note"
    assert (pin["amount_minor"], pout["amount_minor"]) == (1000, 450) and pin["_signed"] and pout["_signed"]
    assert journal.verify(french.uow).ok


def test_a_tax_rate_change_is_journaled_signed(french):
    cfg = config(french.uow)
    with french.uow.write() as tx:
        before = str(tx.catalog.tax_rates()["A"])
        change = {"code": "A", "rate": "21", "label": "VAT 21 %", "valid_from": "2026-01-01"}
        tax_rates.apply_item(tx, change, cfg, "2026-01-02T00:00:00.000000+00:00")
    (e,) = entries(french, "tax_rate")
    assert (e["_doc"], e["code"], e["before"], e["after"], e["valid_from"]) == ("A", "A", before, "21", "2026-01-01")
    assert e["by"] == "hub" and e["_signed"]


def test_the_fiscal_country_change_is_journaled_before_it_changes(station):
    settings.set_setting(station.uow, "fiscal_country", "FR", by="max")
    (country,) = entries(station, "fiscal_country")
    (setting,) = [e for e in entries(station, "setting") if e["key"] == "fiscal_country"]
    assert (country["_doc"], country["before"], country["after"], country["by"]) == ("FR", "", "FR", "max")
    assert not country["_signed"]  # made while the store did not sign yet
    assert setting["_signed"] and setting["_seq"] > country["_seq"]  # France signs from then on
    settings.set_setting(station.uow, "fiscal_country", "", by="max")
    off = entries(station, "fiscal_country")[-1]
    assert (off["before"], off["after"], off["_signed"]) == ("FR", "", True)  # turning signing off is signed
    fiscal_keys.forget(station.data_dir)


def test_a_restore_without_a_hub_is_journaled_as_a_gap(french, tmp_path, capsys):
    from storedesk.cli import main

    french.sell(1)
    backup = tmp_path / "backup.db"
    assert main(["backup", "--out", str(backup), "--data-dir", str(french.data_dir)]) == 0
    french.sell(2)
    french.close()
    assert main(["restore", "--from", str(backup), "--data-dir", str(french.data_dir)]) == 0
    capsys.readouterr()
    french.open()
    (gap,) = entries(french, "gap")
    assert gap["_signed"] and gap["after_seq"] >= 1
    assert journal.verify(french.uow).ok


# ---- the software's start, update and stop; the clock ------------------------------------


def test_start_update_and_stop_are_journaled_signed(french):
    first = events.record_start(french.uow, T0, version="0.1.0")
    assert first.updated_from is None and not first.clock_back
    (start,) = entries(french, "software_start")
    assert (start["version"], start["_doc"], start["_signed"]) == ("0.1.0", "0.1.0", True)
    assert start["revision"] == HEAD and start["by"] == "station"
    events.record_start(french.uow, T0, version="0.1.0")  # the same version again: no update
    assert entries(french, "software_update") == []
    events.record_stop(french.uow, T0, version="0.1.0")
    later = events.record_start(french.uow, T0, version="0.2.0")
    assert later.updated_from == "0.1.0"
    (update,) = entries(french, "software_update")
    assert (update["from_version"], update["to_version"], update["_signed"]) == ("0.1.0", "0.2.0", True)
    assert last_kinds(french, 3) == ["software_stop", "software_update", "software_start"]
    (stop,) = entries(french, "software_stop")
    assert stop["version"] == "0.1.0" and stop["_signed"]
    assert journal.verify(french.uow).ok


def test_the_app_start_journals_this_version(station):
    events.app_started(station.uow)
    events.app_stopping(station.uow)
    (start,) = entries(station, "software_start")
    assert start["version"] == storedesk.__version__ and not start["_signed"]  # no country: unsigned
    assert last_kinds(station, 2) == ["software_start", "software_stop"]


def test_a_clock_set_back_is_journaled_and_refuses_nothing(french):
    events.record_start(french.uow, "2026-11-05T10:00:00.000000+00:00")
    # one minute behind the last entry: a clock's usual drift, nothing journaled
    assert not events.record_start(french.uow, "2026-11-05T09:59:00.000000+00:00").clock_back
    assert entries(french, "clock_back") == []
    back = events.record_start(french.uow, "2026-11-05T09:50:00.000000+00:00")
    assert back.clock_back
    (e,) = entries(french, "clock_back")
    assert e["last_entry_at"] == "2026-11-05T09:59:00.000000+00:00" and e["now"] == "2026-11-05T09:50:00.000000+00:00"
    assert e["_signed"] and last_kinds(french, 2) == ["clock_back", "software_start"]
    french.sell(1)  # the till sells on
    assert journal.verify(french.uow).ok


def test_a_clock_set_back_while_the_till_runs_is_journaled_with_the_next_sale(french, monkeypatch):
    """check_clock runs at a start, and in every sale's, return's and Z's own transaction."""
    from storedesk.domain.errors import PaymentError
    from storedesk.domain.tenders import Tender
    from storedesk.services import sale

    first = french.sell(1)
    con = french.raw()
    try:
        (last_at,) = con.execute("SELECT created_at FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    from datetime import datetime, timedelta

    earlier = (datetime.fromisoformat(last_at) - timedelta(hours=1)).isoformat(timespec="microseconds")
    monkeypatch.setattr(sale, "utcnow", lambda: earlier)  # the clock set back one hour, app running
    user, view = rung(french, 2)
    with pytest.raises(PaymentError):  # a sale refused: its transaction, clock_back with it, rolls back
        sale.complete_sale(french.uow, user, view.basket_id, [Tender("cash", Decimal("0.01"))])
    assert entries(french, "clock_back") == []
    second = sale.complete_sale(french.uow, user, view.basket_id, [Tender("cash", view.totals.total)])
    assert last_kinds(french, 2) == ["clock_back", "sale"]
    (e,) = entries(french, "clock_back")
    assert (e["last_entry_at"], e["now"], e["by"], e["_signed"]) == (last_at, earlier, "ana", True)
    assert second.receipt_no > first.receipt_no
    french.sell(3)  # the clock stays behind: journaled once, not at every sale
    assert len(entries(french, "clock_back")) == 1
    assert journal.verify(french.uow).ok


def test_a_clock_set_back_before_a_z_is_journaled_in_the_zs_transaction(french, monkeypatch):
    from datetime import datetime, timedelta

    mx = french.user("max")
    shift.open_shift(french.uow, mx, {"50": 2})
    french.sell(1)
    con = french.raw()
    try:
        (last_at,) = con.execute("SELECT created_at FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    earlier = (datetime.fromisoformat(last_at) - timedelta(hours=1)).isoformat(timespec="microseconds")
    monkeypatch.setattr(shift, "utcnow", lambda: earlier)
    shift.close_shift(french.uow, mx, {"50": 2, "5": 1, "2": 1, "0.2": 1, "0.05": 1}, data_dir=french.data_dir)
    (e,) = entries(french, "clock_back")
    assert (e["last_entry_at"], e["now"], e["by"]) == (last_at, earlier, "max")
    con = french.raw()
    try:
        kinds = [k for (k,) in con.execute("SELECT kind FROM journal WHERE seq > ? ORDER BY seq", (e["_seq"],))]
    finally:
        con.close()
    assert "shift_close" in kinds  # journaled first, in the Z's own transaction
    assert journal.verify(french.uow).ok


def test_check_clock_on_an_empty_journal_journals_nothing(empty_station):
    with empty_station.uow.write() as tx:
        assert not events.check_clock(tx, T0)


def test_the_station_app_journals_its_start_and_its_clean_exit(tmp_path):
    """The real app (`storedesk --demo --smoke`, the installers' check) on a fresh folder."""
    import os
    import subprocess

    folder = tmp_path / "fresh"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "storedesk.cli", "--demo", "--smoke", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    con = sqlite3.connect(folder / "storedesk.db")
    try:
        kinds = [k for (k,) in con.execute("SELECT kind FROM journal ORDER BY seq")]
        (payload,) = con.execute("SELECT payload FROM journal WHERE kind = 'software_start'").fetchone()
    finally:
        con.close()
    assert kinds[-1] == "software_stop" and "software_start" in kinds
    assert json.loads(payload)["version"] == storedesk.__version__


def test_nothing_is_journaled_while_a_restore_waits_for_its_catch_up(french):
    """A restore's `restore` entry must follow the backup's last entry (the hub checks it): while
    it waits for its catch-up, the app's start and stop and the closings due journal nothing, and
    a closing asked by hand is refused with the restore's message."""
    from storedesk.adapters.restore_repo import RestoreRepo
    from storedesk.services.fiscal import archive, closings
    from storedesk.services.restore.pending import RestorePending

    st = french
    st.sell(1)
    with st.uow.write() as tx:
        RestoreRepo(tx.conn).start("2026-12-07T08:00:00+00:00", "backup.db", "0" * 64, "", 1, None)
    before = st.count("journal")
    assert events.app_started(st.uow) is None and events.app_stopping(st.uow) is None
    assert closings.close_due(st.uow, "2027-02-01T10:00:00.000000+00:00") == []
    assert archive.archive_due(st.uow, st.data_dir, "2027-02-01T10:00:00.000000+00:00") == []
    with pytest.raises(RestorePending, match="storedesk restore --resume"):
        closings.close(st.uow, "day")
    assert st.count("journal") == before
