"""The files a tax inspector asks for (issue 19, "Inspection"): `storedesk fiscal audit-export` on
a real French station: documents, lines, taxes, journal, closings and fiscal events as CSV a
spreadsheet opens (UTF-8 with BOM, amounts with the currency's decimals, local time and UTC),
README.txt in the store's language, the export journaled; a folder not empty and days in the
wrong order refused, changing nothing."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from tests.helpers.stations import paris_today, sell_items

from storedesk.adapters import fiscal_keys
from storedesk.cli import main
from storedesk.i18n import use_store_language
from storedesk.services import settings
from storedesk.services.fiscal import audit_export, closings
from storedesk.services.returns import complete, lookup
from storedesk.services.returns.planning import ReturnLineIn

FILES = {"documents.csv", "lines.csv", "taxes.csv", "journal.csv", "closings.csv", "events.csv", "README.txt"}


@pytest.fixture
def french(pinned):
    settings.set_setting(pinned.uow, "fiscal_country", "FR")
    pinned.uow.cache.clear()
    yield pinned
    fiscal_keys.forget(pinned.data_dir)


@pytest.fixture
def day(french):
    """A business day at the French station: two sales, one line of the first taken back, the
    day's closing, a setting changed."""
    st = french
    first = sell_items(st, [(5, 2), (2, 1)])  # 2 x 3.19 at 20 %, 5.29 at 5.5 %
    sell_items(st, [(8, 1)])  # 16.19 at 0 %
    sold = lookup.find_sale(st.uow, first.receipt_no)
    back = complete.complete_return(st.uow, st.user("ana"), sold, [ReturnLineIn(1, Decimal(1))], "wrong_size")
    (closed,) = closings.close(st.uow, "day")  # today's real closing (services/fiscal/closings.py)
    assert closed.doc_no == f"DAY-{paris_today()}"
    settings.set_setting(st.uow, "receipt_footer", "Merci !")
    return st, first.receipt_no, back.return_no


def read(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def rows(st, sql: str, params=()) -> list[tuple]:
    con = st.raw()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_the_export_holds_the_days_documents_lines_taxes_journal_closings_and_events(day, tmp_path):
    st, sale_no, return_no = day
    today = date.fromisoformat(paris_today())
    out = tmp_path / "inspector"
    done = audit_export.export(st.uow, today, today, out)
    assert {p.name for p in out.iterdir()} == FILES
    for name in FILES:
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name  # a spreadsheet reads it as UTF-8

    documents = {d["number"]: d for d in read(out / "documents.csv")}
    assert len(documents) == 3 and done.rows["documents.csv"] == 3
    sale, back = documents[sale_no], documents[return_no]
    assert (sale["kind"], sale["total"], sale["net"], sale["tax"]) == ("sale", "11.67", "10.33", "1.34")
    assert sale["payments"] == "cash 20.00" and sale["change"] == "8.33" and sale["clerk"] == "ana"
    assert (back["kind"], back["total"], back["original_document"]) == ("return", "-3.19", sale_no)
    local = datetime.fromisoformat(sale["utc"]).astimezone(ZoneInfo("Europe/Paris"))
    assert (sale["local_date"], sale["local_time"]) == (local.date().isoformat(), local.strftime("%H:%M:%S"))

    lines = read(out / "lines.csv")
    assert [(x["number"], x["quantity"], x["amount"]) for x in lines if x["number"] == sale_no] == [
        (sale_no, "2", "6.38"),
        (sale_no, "1", "5.29"),
    ]
    assert [(x["quantity"], x["amount"], x["unit_price"]) for x in lines if x["number"] == return_no] == [
        ("-1", "-3.19", "")
    ]
    taxes = {(t["number"], t["tax_rate"]): t for t in read(out / "taxes.csv")}
    assert (taxes[sale_no, "20"]["net"], taxes[sale_no, "20"]["tax"]) == ("5.32", "1.06")
    assert taxes[return_no, "20"]["total"] == "-3.19"

    journal = read(out / "journal.csv")
    stored = rows(st, "SELECT j.seq, j.hash, s.signature FROM journal j LEFT JOIN journal_signatures s USING (seq)")
    assert [(int(j["seq"]), j["hash"], j["signature"] or None) for j in journal] == stored[: len(journal)]
    assert all(j["signature"] and j["key_fingerprint"] for j in journal[1:])  # all signed after the country's change
    (closing,) = read(out / "closings.csv")
    assert (closing["number"], closing["kind"], closing["period_total"]) == (f"DAY-{today}", "day", "24.67")
    events = read(out / "events.csv")
    assert {"fiscal_country", "signing_key", "setting"} <= {e["kind"] for e in events}
    assert json.loads(next(e for e in events if e["doc_ref"] == "receipt_footer")["details"])["after"] == "Merci !"

    (kind, ref, payload), *_ = rows(st, "SELECT kind, doc_ref, payload FROM journal ORDER BY seq DESC LIMIT 1")
    payload = json.loads(payload)
    assert (kind, ref, payload["folder"]) == ("audit_export", f"AUDIT-{today}-{today}", "inspector")
    assert payload["files"] == {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in FILES}


def test_days_outside_the_range_are_left_out(day, tmp_path):
    st, _sale, _back = day
    yesterday = date.fromisoformat(paris_today()) - timedelta(days=1)
    done = audit_export.export(st.uow, yesterday - timedelta(days=3), yesterday, tmp_path / "before")
    assert set(done.rows.values()) == {0}
    assert read(tmp_path / "before" / "documents.csv") == []  # the header alone


def test_the_readme_names_each_file_and_column_in_the_stores_language(day, tmp_path):
    st, _sale, _back = day
    today = date.fromisoformat(paris_today())
    use_store_language("fr")
    audit_export.export(st.uow, today, today, tmp_path / "fr")
    readme = (tmp_path / "fr" / "README.txt").read_text(encoding="utf-8-sig")
    for name, _about, columns in audit_export.FILES:
        assert name in readme
        for column, _text in columns:
            assert f"  - {column}: " in readme
    assert "Export pour le contrôle fiscal" in readme and "heure locale du magasin" in readme
    assert "The sales and returns" not in readme
    use_store_language("de")
    audit_export.export(st.uow, today, today, tmp_path / "de")
    assert "Betriebsprüfung" in (tmp_path / "de" / "README.txt").read_text(encoding="utf-8-sig")


def test_a_folder_that_is_not_empty_or_days_in_the_wrong_order_are_refused(day, tmp_path, capsys):
    st, _sale, _back = day
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    entries = rows(st, "SELECT count(*) FROM journal")
    today = paris_today()
    argv = ["fiscal", "audit-export", "--from", today, "--to", today, "--data-dir", str(st.data_dir)]
    assert main([*argv, "--out", str(folder)]) == 1
    assert "is not an empty folder" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    tomorrow = (date.fromisoformat(today) + timedelta(days=1)).isoformat()
    assert main([*argv[:2], "--from", tomorrow, *argv[4:], "--out", str(tmp_path / "x")]) == 2
    assert "is after --to" in capsys.readouterr().err
    assert main([*argv[:2], "--from", "2026-02-30", *argv[4:], "--out", str(tmp_path / "x")]) == 2
    assert "invalid date" in capsys.readouterr().err
    assert rows(st, "SELECT count(*) FROM journal") == entries  # nothing journaled
    assert not (tmp_path / "x").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([*argv, "--out", str(empty)]) == 0  # an empty folder is fine
    assert f"written to {empty}" in capsys.readouterr().out
    assert {p.name for p in empty.iterdir()} == FILES
