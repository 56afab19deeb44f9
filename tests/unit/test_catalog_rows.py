"""The rows of a catalog import file (domain/catalog_rows.py, catalog_file.py): the rules both
`storedesk-hub catalog import` and `storedesk catalog import` check, on real file bytes."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from stdnum import ean

from storedesk.domain.catalog_file import read_table
from storedesk.domain.catalog_rows import (
    CatalogRow,
    FileError,
    Outcome,
    Rules,
    barcode_list,
    check_rows,
    price_minor,
    report_csv,
)

NOW = datetime(2026, 3, 1, 12, 0)
RULES = Rules("EUR", frozenset({"A", "B"}), NOW)


def gtin(n: int) -> str:
    stem = f"400{n:09d}"
    return stem + ean.calc_check_digit(stem)


def check(text: str | bytes, owners=None, name: str = "c.csv"):
    data = text.encode() if isinstance(text, str) else text
    table = read_table(name, data)
    rules = Rules(RULES.currency, RULES.tax_codes, NOW, table.decimal_comma)
    return check_rows(table.rows, table.columns, rules, owners or {})


def reasons(checked) -> list[tuple[int, str]]:
    return [(p.row, p.column) for p in checked.problems]


def test_a_good_file_is_accepted_with_every_column():
    out = check(
        "sku,name,price,tax_code,barcodes,category,unit,active,valid_from\n"
        f"A1,Apple,1.50,A,{gtin(1)}|{gtin(2)},Fruit,kg,1,2026-02-01\n"
        "A2,Pear,2,B,,,,0,\n"
    )
    assert out.problems == []
    assert out.accepted == [
        CatalogRow(2, "A1", "Apple", 150, "A", (gtin(1), gtin(2)), "Fruit", "kg", True),
        CatalogRow(3, "A2", "Pear", 200, "B", (), "", None, False),
    ]


def test_columns_left_out_are_none_so_a_product_keeps_its_values():
    out = check("sku,name,price,tax_code\nA1,Apple,1.5,A\n")
    assert out.accepted == [CatalogRow(2, "A1", "Apple", 150, "A")]


def test_bad_check_digit_unknown_tax_code_and_every_problem_of_a_row_reported():
    bad = gtin(1)[:-1] + str((int(gtin(1)[-1]) + 1) % 10)
    out = check(f"sku,name,price,tax_code,barcodes\nA1,Apple,1.5,Z,{bad}\nA2,Pear,1,A,\n")
    assert reasons(out) == [(2, "tax_code"), (2, "barcodes")]
    assert "unknown tax code 'Z': the known codes are A, B" in out.problems[0].reason
    assert f"the last digit should be {gtin(1)[-1]}" in out.problems[1].reason
    assert [r.sku for r in out.accepted] == ["A2"]
    assert out.rows_read == 2 and out.rejected_rows == 1


def test_a_decimal_comma_in_a_comma_file_is_refused_quoted_or_not():
    out = check('sku,name,price,tax_code,active\nA1,Apple,"1,5",A,1\nA2,Pear,1,5,A,1\n')
    assert reasons(out) == [(2, "price"), (3, "")]
    assert "decimal point" in out.problems[0].reason
    assert "6 values but the header 5 columns" in out.problems[1].reason
    assert out.accepted == []


def test_a_semicolon_file_takes_a_decimal_comma_but_no_grouping():
    out = check("sku;name;price;tax_code\nA1;Apple;1,5;A\nA2;Pear;2.25;A\nA3;Fig;1.234,50;A\n")
    assert [(r.sku, r.price_minor) for r in out.accepted] == [("A1", 150), ("A2", 225)]
    assert reasons(out) == [(4, "price")]


@pytest.mark.parametrize(
    "text, currency, minor",
    [("12.50", "EUR", 1250), ("12.5", "EUR", 1250), ("0", "EUR", 0), ("1200", "JPY", 1200), ("1.234", "KWD", 1234)],
)
def test_price_in_minor_units(text, currency, minor):
    assert price_minor(text, currency) == minor


@pytest.mark.parametrize("text", ["1.505", "-1", "€1", "1e3", "1 000", "", "1.2.3"])
def test_price_refused(text):
    with pytest.raises(ValueError):
        price_minor(text, "EUR")


def test_barcodes_must_be_gtins_listed_once():
    assert barcode_list(f" {gtin(1)} | {gtin(2)} ") == (gtin(1), gtin(2))
    for text in ("12345", "ABCDEFGHIJKLM", f"{gtin(1)}|{gtin(1)}"):
        with pytest.raises(ValueError):
            barcode_list(text)


def test_unit_active_and_sku_checked():
    out = check("sku,name,price,tax_code,unit,active\nA 1,Apple,1,A,box,maybe\nA2,Pear,1,A,KG,yes\n")
    assert reasons(out) == [(2, "sku"), (2, "unit"), (2, "active")]
    assert out.accepted[0].unit == "kg" and out.accepted[0].active is True


def test_a_later_valid_from_is_scheduled_for_a_known_product_a_past_one_imported_now():
    text = (
        "sku,name,price,tax_code,valid_from\n"
        "A1,Apple,1,A,2026-03-01 12:00\nA2,Pear,1,A,2026-03-02\nA3,Fig,1,A,tomorrow\nA4,Kiwi,1,A,2026-03-01 12:01\n"
    )
    table = read_table("c.csv", text.encode())
    out = check_rows(table.rows, table.columns, RULES, {}, known_skus={"A1", "A2", "A3"})
    assert [(r.sku, r.valid_from) for r in out.accepted] == [("A1", None), ("A2", "2026-03-02T00:00")]
    assert reasons(out) == [(4, "valid_from"), (5, "valid_from")]
    assert "is not a date" in out.problems[0].reason
    assert "SKU A4 is not in the catalog yet" in out.problems[1].reason  # a later price needs the product


def test_a_sku_twice_and_a_barcode_on_two_rows():
    out = check(f"sku,name,price,tax_code,barcodes\nA1,Apple,1,A,{gtin(1)}\nA1,Apple,2,A,\nA2,Pear,1,A,{gtin(1)}\n")
    assert [r.sku for r in out.accepted] == ["A1"]
    assert [p.reason for p in out.problems] == [
        "SKU A1 is already on row 2",
        f"barcode {gtin(1)} is also on row 2 (SKU A1)",
    ]


def test_a_barcode_of_another_product_in_the_catalog():
    out = check(f"sku,name,price,tax_code,barcodes\nA2,Pear,1,A,{gtin(1)}\n", owners={gtin(1): "A1"})
    assert [p.reason for p in out.problems] == [f"barcode {gtin(1)} already belongs to SKU A1"]


def test_a_barcode_moves_when_the_file_takes_it_off_its_product_and_that_row_comes_first():
    owners = {gtin(1): "A1"}
    out = check(f"sku,name,price,tax_code,barcodes\nA2,Pear,1,A,{gtin(1)}\nA1,Apple,1,A,{gtin(2)}\n", owners)
    assert out.problems == []
    assert [r.sku for r in out.accepted] == ["A1", "A2"]  # the row giving the barcode up is written first


def test_a_barcode_stays_taken_when_the_row_that_would_free_it_is_rejected():
    owners = {gtin(1): "A1"}
    out = check(f"sku,name,price,tax_code,barcodes\nA2,Pear,1,A,{gtin(1)}\nA1,Apple,1,Z,{gtin(2)}\n", owners)
    assert reasons(out) == [(2, "barcodes"), (3, "tax_code")]
    assert out.accepted == []


def test_utf8_with_a_byte_order_mark_and_blank_lines():
    out = check("\ufeffsku,name,price,tax_code\r\nA1,Café,1,A\r\n\r\nA2,Thé,2,A\r\n".encode())
    assert [(r.row, r.name) for r in out.accepted] == [(2, "Café"), (4, "Thé")]


def test_a_latin1_file_is_refused_naming_its_line_and_byte():
    with pytest.raises(FileError) as err:
        check("sku,name,price,tax_code\nA1,Apple,1,A\nA2,Café,1,A\n".encode("latin-1"))
    assert "line 3 has the byte 0xE9" in str(err.value) and "CSV UTF-8" in str(err.value)


@pytest.mark.parametrize(
    "text, says",
    [
        ("", "is empty"),
        ("  \n\n", "is empty"),
        ("sku,name,price\nA1,Apple,1\n", "no column tax_code"),
        ("sku,name,price,tax_code,prix\n", "unknown column 'prix'"),
        ("sku,name,price,tax_code,name\n", "appears twice"),
    ],
)
def test_files_that_cannot_be_read(text, says):
    with pytest.raises(FileError) as err:
        check(text)
    assert says in str(err.value)


def test_an_xlsx_made_by_openpyxl():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Name", "Price", "Tax_code", "Barcodes", "Valid_from", "Active"])
    sheet.append(["X1", "Apple", 19.99, "A", int(gtin(1)), datetime(2026, 1, 1), 1])
    sheet.append(["X2", "Pear", 3, "A", None, None, 0])
    sheet.append(["X3", "Fig", "1,5", "A", None, None, None])
    buf = io.BytesIO()
    book.save(buf)
    out = check(buf.getvalue(), name="catalog.xlsx")
    assert [(r.sku, r.price_minor, r.barcodes, r.active) for r in out.accepted] == [
        ("X1", 1999, (gtin(1),), True),
        ("X2", 300, (), False),
    ]
    assert reasons(out) == [(4, "price")]


def test_a_file_that_is_not_a_workbook():
    with pytest.raises(FileError) as err:
        check(b"PK\x03\x04 not really a zip", name="catalog.xlsx")
    assert "not a readable XLSX" in str(err.value)


def test_report_and_outcome():
    out = check("sku,name,price,tax_code\nA1,Apple,x,A\nA2,Pear,1,A\n")
    assert report_csv(out.problems).splitlines() == [
        "row,column,reason",
        "2,price,\"'x' is not a price: write decimal text such as 12.50 (no currency sign, no grouping)\"",
    ]
    assert Outcome(2, 1, 1).exit_code == 1 and Outcome(2, 0, 2).exit_code == 0
    assert Outcome(2, 1, 1).summary() == "2 rows read, 1 imported (1 new, 0 changed, 0 unchanged), 1 rejected"
