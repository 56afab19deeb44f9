"""`storedesk-hub catalog import FILE`: real files into a real hub database (SQLite and
PostgreSQL), the products and their feed items checked, then applied at a demo station by the
station's own puller, as the feed reaches it over HTTP."""

from __future__ import annotations

import io
import json

import pytest
from stdnum import ean
from tests.helpers.hubs import HubFeed

from storedesk.hub import cli
from storedesk.sync import puller


def gtin(n: int) -> str:
    stem = f"400{n:09d}"
    return stem + ean.calc_check_digit(stem)


def wrong_digit(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


@pytest.fixture
def hub_db(admin):
    admin.store("PAR01")
    return admin


def run(admin, tmp_path, text: str | bytes, *args: str, name: str = "catalog.csv") -> int:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return cli.main(["catalog", "import", str(path), "--db", admin.db_url, *args])


def products(admin) -> dict[str, tuple]:
    rows = admin.rows(
        "SELECT sku, name, price_minor, tax_code, tax_rate, barcodes, category, active, unit FROM products"
    )
    return {r[0]: (r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], bool(r[7]), r[8]) for r in rows}


def feed_skus(admin) -> list[str]:
    return [
        json.loads(d)["sku"] for (d,) in admin.rows("SELECT data FROM feed_items WHERE kind = 'product' ORDER BY seq")
    ]


GOOD = (
    "sku,name,price,tax_code,barcodes,category,unit,active\n"
    f"A1,Apple,1.50,A,{gtin(1)}|{gtin(2)},Fruit,kg,1\n"
    "A2,Pear,2,A,,,,\n"
)


def test_every_row_accepted_exit_0_products_and_feed_items(hub_db, tmp_path, capsys):
    assert run(hub_db, tmp_path, GOOD, "--tax-rate", "A=20") == 0
    assert products(hub_db) == {
        "A1": ("Apple", 150, "A", "20", [gtin(1), gtin(2)], "Fruit", True, "kg"),
        "A2": ("Pear", 200, "A", "20", [], "", True, None),
    }
    assert feed_skus(hub_db) == ["A1", "A2"]
    assert "2 rows read, 2 imported (2 new, 0 changed, 0 unchanged), 0 rejected" in capsys.readouterr().out
    # the same file again: nothing changes, no feed item; the tax code is now known from the catalog
    assert run(hub_db, tmp_path, GOOD) == 0
    assert feed_skus(hub_db) == ["A1", "A2"]


def test_rejected_rows_go_to_the_report_exit_1_and_the_rest_is_imported(hub_db, tmp_path):
    text = (
        "sku,name,price,tax_code,barcodes\n"
        f"A1,Apple,1.50,A,{wrong_digit(gtin(1))}\n"
        "A2,Pear,1.5,Z,\n"
        'A3,Fig,"1,5",A,\n'
        "A4,Plum,1,5,A,\n"
        f"A5,Kiwi,3,A,{gtin(5)}\n"
        f"A6,Lime,3,A,{gtin(5)}\n"
    )
    report = tmp_path / "report.csv"
    assert run(hub_db, tmp_path, text, "--tax-rate", "A=20", "--report", str(report)) == 1
    assert list(products(hub_db)) == ["A5"]
    lines = report.read_text().splitlines()
    assert lines[0] == "row,column,reason"
    assert [line.split(",")[:2] for line in lines[1:]] == [
        ["2", "barcodes"],
        ["3", "tax_code"],
        ["4", "price"],
        ["5", ""],
        ["7", "barcodes"],
    ]


def test_a_barcode_of_a_product_already_in_the_catalog(hub_db, tmp_path):
    assert run(hub_db, tmp_path, GOOD, "--tax-rate", "A=20") == 0
    assert run(hub_db, tmp_path, f"sku,name,price,tax_code,barcodes\nB1,Banana,1,A,{gtin(2)}\n") == 1
    assert "B1" not in products(hub_db)


def test_active_0_withdraws_and_a_left_out_column_keeps_the_products_value(hub_db, tmp_path):
    assert run(hub_db, tmp_path, GOOD, "--tax-rate", "A=20") == 0
    assert run(hub_db, tmp_path, "sku,name,price,tax_code,active\nA1,Apple,1.75,A,0\n") == 0
    assert products(hub_db)["A1"] == ("Apple", 175, "A", "20", [gtin(1), gtin(2)], "Fruit", False, "kg")
    assert feed_skus(hub_db) == ["A1", "A2", "A1"]


def test_dry_run_checks_and_writes_nothing(hub_db, tmp_path, capsys):
    assert run(hub_db, tmp_path, GOOD + "A3,Fig,x,A\n", "--tax-rate", "A=20", "--dry-run") == 1
    assert products(hub_db) == {} and feed_skus(hub_db) == []
    captured = capsys.readouterr()
    assert "2 would be imported" in captured.out and "dry run: nothing was written" in captured.out
    assert "row 4, price: 'x' is not a price" in captured.err


@pytest.mark.parametrize(
    "content, says",
    [
        (b"", "is empty"),
        ("sku,name,price,tax_code\nA1,Café,1,A\n".encode("latin-1"), "line 2 has the byte 0xE9"),
        (b"sku,name,price\nA1,Apple,1\n", "no column tax_code"),
    ],
)
def test_a_file_that_cannot_be_read_exits_2_and_writes_nothing(hub_db, tmp_path, capsys, content, says):
    assert run(hub_db, tmp_path, content, "--tax-rate", "A=20") == 2
    assert says in capsys.readouterr().err
    assert products(hub_db) == {}


def test_tax_rates_and_currency_come_from_the_hub(hub_db, tmp_path, capsys):
    assert run(hub_db, tmp_path, GOOD) == 1  # no product uses A yet, none given
    assert "unknown tax code 'A': the known codes are none" in capsys.readouterr().err
    assert run(hub_db, tmp_path, GOOD, "--tax-rate", "A=20") == 0
    assert run(hub_db, tmp_path, GOOD, "--tax-rate", "A=21") == 2  # an import never changes a rate
    assert "never changes a tax rate" in capsys.readouterr().err
    hub_db.store("LON01", currency="GBP", timezone="Europe/London")
    assert run(hub_db, tmp_path, GOOD) == 2  # two currencies: say which
    assert "--currency" in capsys.readouterr().err
    assert run(hub_db, tmp_path, GOOD, "--currency", "EUR") == 0


def test_an_xlsx_file(hub_db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["sku", "name", "price", "tax_code", "barcodes", "active"])
    book.active.append(["X1", "Apple", 2.5, "A", gtin(7), 1])
    book.active.append(["X2", "Pear", 1, "A", wrong_digit(gtin(8)), 0])
    buf = io.BytesIO()
    book.save(buf)
    assert run(hub_db, tmp_path, buf.getvalue(), "--tax-rate", "A=20", name="catalog.xlsx") == 1
    assert products(hub_db) == {"X1": ("Apple", 250, "A", "20", [gtin(7)], "", True, None)}


def test_stations_receive_the_import_through_the_feed_and_active_0_stops_the_sale(hub_db, tmp_path, station):
    assert run(hub_db, tmp_path, GOOD, "--tax-rate", "A=20") == 0
    hub = HubFeed(hub_db, "PAR01", "T1")
    stats, _ = puller.pull_page(station.uow, hub)
    assert (stats.applied, stats.quarantined) == (2, 0)
    with station.uow.read() as tx:
        found = tx.catalog.by_barcode(gtin(2))
        assert found is not None and (found.sku, found.price_minor) == ("A1", 150)
    assert run(hub_db, tmp_path, "sku,name,price,tax_code,active\nA1,Apple,1.5,A,0\n") == 0
    stats, _ = puller.pull_page(station.uow, hub)
    assert (stats.applied, stats.quarantined) == (1, 0)
    with station.uow.read() as tx:
        assert tx.catalog.by_barcode(gtin(2)) is None  # withdrawn from sale
        assert tx.feed.product_id("A1") is not None  # not deleted: its history stays


def test_a_file_written_in_several_batches_counts_every_batch(hub_db, tmp_path):
    """Batches commit one by one: the outcome adds them up, and each changed product is fed once."""
    from storedesk.hub.catalog import import_file

    assert run(hub_db, tmp_path, GOOD, "--tax-rate", "A=20") == 0  # A1, A2 known
    text = (
        "sku,name,price,tax_code\n"
        "A1,Apple,1.50,A\n"  # unchanged
        "A2,Pear,2.20,A\n"  # changed
        "B1,Plum,0.90,A\nB2,Fig,3,A\nB3,Kiwi,0.40,A\n"  # new
    )
    outcome, _checked = import_file.import_file(hub_db.engine, "more.csv", text.encode(), batch=2)
    assert (outcome.rows_read, outcome.created, outcome.updated, outcome.unchanged) == (5, 3, 1, 1)
    assert outcome.rejected_rows == 0
    assert feed_skus(hub_db) == ["A1", "A2", "A2", "B1", "B2", "B3"]
    assert products(hub_db)["A2"][1] == 220 and products(hub_db)["B3"][1] == 40
