"""A catalog import file read into a header and rows of text cells, for domain/catalog_rows.py.

CSV: UTF-8 (a byte-order mark is accepted), comma- or semicolon-separated, told apart by the
header line. A file that is not UTF-8 (Latin-1, Windows-1252) is refused, naming the line and the
byte: an 8-bit file does not say which code page it is in, and a wrong guess would put wrong
letters on every shelf label and receipt without anyone being told. Spreadsheets save "CSV UTF-8".

XLSX: the first sheet; its first non-empty row is the header. Numbers become decimal text
(19.99 -> "19.99": the shortest text that reads back as the cell's value, which is what the
spreadsheet shows), dates become ISO text. A barcode typed as a number loses its leading zero
in the spreadsheet itself: such a code then fails its check digit, and the report says so.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

from .catalog_rows import FileError, header_columns

XLSX_MAGIC = b"PK\x03\x04"  # a zip archive


@dataclass
class Table:
    columns: dict[str, int]  # column name -> position in a row's cells
    rows: Iterator[tuple[int, list[str]]]  # (row number as a spreadsheet counts, the header being 1; cells)
    decimal_comma: bool = False  # a semicolon file: "12,50" is a price


def read_table(name: str, data: bytes) -> Table:
    """The file's header and rows. Raises FileError when it cannot be read as a catalog."""
    if not data.strip():
        raise FileError(
            f"{name} is empty: a catalog file has a header row (sku, name, price, tax_code) and a row per product"
        )
    if data.startswith(XLSX_MAGIC) or name.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx(name, data)
    return read_csv(name, data)


def decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        raise FileError(
            f"{name} is not UTF-8 text: line {line} has the byte 0x{byte:02X} (offset {exc.start}), which is not "
            'UTF-8 (a Latin-1 or Windows file?). Save it as "CSV UTF-8" and import it again; nothing was imported'
        ) from None


def read_csv(name: str, data: bytes) -> Table:
    text = decode(name, data)
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    header: list[str] | None = None
    for header in reader:
        if any(c.strip() for c in header):
            break
    if header is None or not any(c.strip() for c in header):
        raise FileError(f"{name} has no header row")
    columns = header_columns(header)
    # rows count records from the header's line on (a quoted value may span lines), as a spreadsheet numbers them
    rows = enumerate(reader, start=reader.line_num + 1)
    return Table(columns, rows, decimal_comma=delimiter == ";")


def cell_text(value) -> str:
    """An XLSX cell's value as the text a CSV would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):  # float-ok: a spreadsheet number, made decimal text at once
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def read_xlsx(name: str, data: bytes) -> Table:
    from zipfile import BadZipFile

    from openpyxl import load_workbook  # type: ignore[import-untyped]  # (no stubs are shipped)

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FileError(f"{name} is not a readable XLSX workbook ({exc})") from None
    sheet = book.worksheets[0]
    found = (
        (n, [cell_text(v) for v in values])
        for n, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        if any(v is not None and str(v).strip() for v in values)
    )
    first = next(found, None)
    if first is None:
        book.close()
        raise FileError(f"{name} has no header row in its first sheet")
    columns = header_columns(first[1])

    def rows() -> Iterator[tuple[int, list[str]]]:
        yield from found
        book.close()

    return Table(columns, rows())
