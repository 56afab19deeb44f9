"""`storedesk catalog import FILE` at a station without a hub: the same format, checks and report
as the hub's, written through the feed's path, so the scan finds the new prices at once."""

from __future__ import annotations

import io

from stdnum import ean

from storedesk.cli import main


def gtin(n: int) -> str:
    stem = f"400{n:09d}"
    return stem + ean.calc_check_digit(stem)


def run(station, tmp_path, content: str | bytes, *args: str, name: str = "catalog.csv") -> int:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    code = main(["--data-dir", str(station.data_dir), "catalog", "import", str(path), *args])
    station.uow.cache.clear()
    return code


def product(station, sku: str):
    con = station.raw()
    try:
        return con.execute(
            "SELECT p.name, p.price_minor, p.tax_code, p.unit, p.active, coalesce(c.name, ''), "
            "(SELECT group_concat(code, '|') FROM (SELECT code FROM barcodes WHERE product_id = p.id ORDER BY code)) "
            "FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.sku = ?",
            (sku,),
        ).fetchone()
    finally:
        con.close()


def test_a_semicolon_file_with_decimal_commas_is_imported_and_sold_at_once(station, tmp_path, capsys):
    text = (
        f"sku;name;price;tax_code;barcodes;category;unit\nN1;Café moulu;4,95;A;{gtin(1)};Épicerie;pc\nN2;Thé;2.5;B;;;\n"
    )
    assert run(station, tmp_path, "\ufeff" + text) == 0
    assert product(station, "N1") == ("Café moulu", 495, "A", "pc", 1, "Épicerie", gtin(1))
    assert product(station, "N2") == ("Thé", 250, "B", "pc", 1, "", None)
    with station.uow.read() as tx:
        found = tx.catalog.by_barcode(gtin(1))
    assert found is not None and found.price_minor == 495
    assert "2 rows read, 2 imported (2 new, 0 changed, 0 unchanged), 0 rejected" in capsys.readouterr().out


def test_a_price_change_is_listed_for_the_shelf_labels_and_active_0_keeps_the_history(station, tmp_path):
    assert run(station, tmp_path, f"sku,name,price,tax_code,barcodes\nN1,Tea,2.00,A,{gtin(1)}\n") == 0
    before = station.count("price_changes")
    assert run(station, tmp_path, "sku,name,price,tax_code,active\nN1,Tea,2.40,A,0\n") == 0
    assert station.count("price_changes") == before + 1  # the labels screen prints it
    assert product(station, "N1") == ("Tea", 240, "A", "pc", 0, "", gtin(1))  # barcodes kept
    with station.uow.read() as tx:
        assert tx.catalog.by_barcode(gtin(1)) is None  # no longer sold


def test_rejected_rows_exit_1_with_a_report_and_a_dry_run_writes_nothing(station, tmp_path):
    demo_code = station.barcode(1)  # a barcode of a demo product
    text = (
        "sku,name,price,tax_code,barcodes\n"
        f"N1,Tea,1.5,A,{gtin(1)[:-1]}{(int(gtin(1)[-1]) + 1) % 10}\n"
        "N2,Coffee,1.5,Q,\n"
        'N3,Cocoa,"1,5",A,\n'
        f"N4,Milk,1,A,{demo_code}\n"
        "N5,Sugar,1,A,\n"
    )
    report = tmp_path / "report.csv"
    assert run(station, tmp_path, text, "--dry-run", "--report", str(report)) == 1
    assert product(station, "N5") is None
    assert run(station, tmp_path, text, "--report", str(report)) == 1
    assert product(station, "N5") is not None
    assert all(product(station, sku) is None for sku in ("N1", "N2", "N3", "N4"))
    lines = report.read_text().splitlines()
    assert [line.split(",")[:2] for line in lines[1:]] == [
        ["2", "barcodes"],
        ["3", "tax_code"],
        ["4", "price"],
        ["5", "barcodes"],
    ]
    assert "already belongs to SKU" in lines[4]


def test_an_xlsx_and_a_latin1_and_an_empty_file(station, tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["sku", "name", "price", "tax_code", "unit"])
    book.active.append(["W1", "Rice", 3.2, "B", "kg"])
    buf = io.BytesIO()
    book.save(buf)
    assert run(station, tmp_path, buf.getvalue(), name="catalog.xlsx") == 0
    assert product(station, "W1") == ("Rice", 320, "B", "kg", 1, "", None)
    assert run(station, tmp_path, "sku,name,price,tax_code\nL1,Crème,1,A\n".encode("latin-1")) == 2
    assert run(station, tmp_path, b"") == 2
    err = capsys.readouterr().err
    assert "line 2 has the byte 0xE8" in err and "is empty" in err
    assert product(station, "L1") is None


def test_a_station_linked_to_a_hub_refuses(station, tmp_path, capsys):
    station.set_setting("hub_url", "https://hub.example:8750")
    assert run(station, tmp_path, "sku,name,price,tax_code\nN1,Tea,1,A\n") == 2
    assert "storedesk-hub catalog import" in capsys.readouterr().err
    assert product(station, "N1") is None
