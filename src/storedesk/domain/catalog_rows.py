"""The rows of a catalog import file, checked: one set of rules for the hub's
`storedesk-hub catalog import` and the station's `storedesk catalog import` (a store without a hub).

A file is a header and rows of text cells (domain/catalog_file.py reads CSV and XLSX into that).
Columns (README, "Catalog import"):

    sku, name, price, tax_code              required
    barcodes, category, unit, active,       optional; a column left out of the file leaves that
    valid_from                              field of an existing product as it is

Each row is checked alone first (RowChecker: the SKU's characters, a name, the price as decimal
text in the currency's minor units, a tax code the store knows, a unit, GTIN check digits), then
against the others and the existing catalog (check_rows: a SKU twice in the file, a barcode on
two products). A row with any problem is rejected whole, every problem of it reported (row number,
column, reason); the others are imported.

Prices are decimal text with a point ("12.50"). In a semicolon-separated file, which is what a
spreadsheet writes where the decimal mark is a comma, a decimal comma is accepted too ("12,50"):
refusing every price of such a file helps nobody, and there a comma cannot be a column break.
In a comma-separated file an unquoted "1,5" splits the row (it is refused for its extra value)
and a quoted one is refused: the comma there is ambiguous (1.5 or 15). Grouping marks
("1,234.50", "1 234") are refused everywhere.

`valid_from` (a date, or a date and a time, in the store's local time) says from when the row's
price holds. A time that has come (Rules.now_local) is imported now. A later one schedules the
price: CatalogRow.valid_from carries it as the store's local date-time (domain/price_schedule.py),
the row's other columns apply now, and each station switches the price when its store's clock
shows that time. A product must exist before a price of it can be scheduled: a later valid_from
for a SKU the catalog does not have is refused (import the product once without it).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from stdnum import ean

from .money import exponent
from .price_schedule import local_text
from .units import UNITS

REQUIRED = ("sku", "name", "price", "tax_code")
OPTIONAL = ("barcodes", "category", "unit", "active", "valid_from", "kind")
COLUMNS = REQUIRED + OPTIONAL
MAX_PRICE_MINOR = 10**12  # a billion in a 2-decimal currency: larger is a typing mistake

SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$")  # what a station accepts (sync/feed_items.py)
_PRICE = re.compile(r"^(\d{1,13})(?:\.(\d+))?$")
_PRICE_COMMA = re.compile(r"^(\d{1,13})(?:[.,](\d+))?$")
_VALID_FROM = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NEW_AND_LATER = (
    "SKU {sku} is not in the catalog yet, and a price from a later date changes a product that exists: "
    "import the product once without valid_from (with active 0 if it must not be sold before)"
)
_ACTIVE = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


class FileError(ValueError):
    """The file cannot be read as a catalog (not UTF-8, empty, a required column missing):
    nothing is imported. The message says what to do."""


@dataclass(frozen=True)
class Problem:
    """Why a row is rejected: one line of the report."""

    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str  # "" when the problem is the row as a whole
    reason: str


@dataclass(frozen=True)
class Rules:
    """What a row is checked against: the store's (or chain's) currency, tax codes and clock, and
    the hub's category list once it has one (an empty category is always allowed)."""

    currency: str
    tax_codes: frozenset[str]
    now_local: datetime  # naive local time; a valid_from after it is in the future
    decimal_comma: bool = False  # a semicolon file: "12,50" is 12.50
    categories: frozenset[str] | None = None  # the hub's category list; None: a category is free text


@dataclass(frozen=True)
class CatalogRow:
    """An accepted row. None: the column is not in the file (an existing product keeps its value)."""

    row: int
    sku: str
    name: str
    price_minor: int
    tax_code: str
    barcodes: tuple[str, ...] | None = None
    category: str | None = None
    unit: str | None = None
    active: bool | None = None
    valid_from: str | None = None  # a later price: from this local date-time (price_schedule); None: now
    kind: str | None = None  # "goods" | "gift_card" (issue 18); None: the product keeps its kind (new: goods)


@dataclass
class Checked:
    """The outcome of a file: the rows to import, in the order to import them, and the problems."""

    accepted: list[CatalogRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.problems})


def header_columns(cells: list[str]) -> dict[str, int]:
    """Column name -> position. Refuses a header without a required column, with an unknown
    column (a typo would silently drop the data) or with a column twice."""
    names = [c.strip().lower() for c in cells]
    columns: dict[str, int] = {}
    for i, name in enumerate(names):
        if not name and i == len(names) - 1:
            columns[""] = i  # a trailing separator: rows have it too, an empty cell no one reads
            continue
        if name not in COLUMNS:
            raise FileError(f"unknown column {cells[i].strip()!r} in the header: the columns are {', '.join(COLUMNS)}")
        if name in columns:
            raise FileError(f"column {name!r} appears twice in the header")
        columns[name] = i
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise FileError(
            f"the header (the first row) has no column {', '.join(missing)}: "
            f"the required columns are {', '.join(REQUIRED)}"
        )
    return columns


def price_minor(text: str, currency: str, decimal_comma: bool = False) -> int:
    """A price as decimal text ("12.50") in minor units, or ValueError saying what to write."""
    m = (_PRICE_COMMA if decimal_comma else _PRICE).match(text)
    if m is None:
        if "," in text and not decimal_comma:
            raise ValueError(f"{text!r} is not a price: write it with a decimal point, e.g. 1.5 (no comma)")
        raise ValueError(f"{text!r} is not a price: write decimal text such as 12.50 (no currency sign, no grouping)")
    whole, frac = m.group(1), m.group(2) or ""
    e = exponent(currency)
    if len(frac.rstrip("0")) > e:
        raise ValueError(f"{text!r} has more decimals than {currency} allows ({e})")
    minor = int(whole) * 10**e + (int(frac[:e].ljust(e, "0")) if e else 0)
    if minor > MAX_PRICE_MINOR:
        raise ValueError(f"{text!r} is too large for a price")
    return minor


def barcode_list(text: str) -> tuple[str, ...]:
    """Barcodes separated by "|", each a GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) with a right check digit."""
    codes = tuple(c.strip() for c in text.split("|") if c.strip())
    for code in codes:
        if not code.isdigit() or len(code) not in (8, 12, 13, 14):
            raise ValueError(f"{code!r} is not a GTIN: 8, 12, 13 or 14 digits")
        if ean.calc_check_digit(code[:-1]) != code[-1]:  # (ean.is_valid would check the digits again)
            raise ValueError(
                f"{code!r} has a wrong check digit (the last digit should be {ean.calc_check_digit(code[:-1])})"
            )
    if len(set(codes)) != len(codes):
        raise ValueError("the same barcode is listed twice")
    return codes


def valid_from(text: str) -> datetime:
    """ "2026-03-01" (midnight) or "2026-03-01 06:00", local time; ValueError otherwise."""
    m = _VALID_FROM.match(text)
    try:
        if m is None:
            raise ValueError
        return datetime.fromisoformat(f"{m.group(1)}T{m.group(2) or '00:00'}")
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date: write 2026-03-01 or 2026-03-01 06:00 (the store's local time)"
        ) from None


def _text(value: str, limit: int, what: str) -> str:
    if _CONTROL.search(value):
        raise ValueError(f"the {what} has a control character (a tab or a line break?)")
    if len(value) > limit:
        raise ValueError(f"the {what} is longer than {limit} characters")
    return value


PRODUCT_KINDS = ("goods", "gift_card")  # a gift card's scan asks for its code and amount (issue 18)


def product_kind(text: str) -> str:
    """A product's kind as a file or the feed gives it."""
    if text.lower() not in PRODUCT_KINDS:
        raise ValueError(f"kind {text!r} is not one of {', '.join(PRODUCT_KINDS)}")
    return text.lower()


class RowChecker:
    """Checks the rows of one file: the columns it has and the rules are fixed once, each row is
    checked field by field, and every problem of a row is noted, so the report names them at once."""

    def __init__(self, columns: Mapping[str, int], rules: Rules):
        self.rules = rules
        self.width = max(columns.values()) + 1
        parsers = {
            "sku": (self.sku, None),
            "name": (lambda t: _text(t, 200, "name"), None),
            "price": (lambda t: price_minor(t, rules.currency, rules.decimal_comma), None),
            "tax_code": (self.tax_code, None),
            "barcodes": (barcode_list, ()),
            "category": (self.category, ""),
            "unit": (self.unit, None),
            "active": (self.active, None),
            "valid_from": (self.valid_from, None),
            "kind": (product_kind, None),
        }
        # (column, its position, parse, the value of an empty cell)
        self.fields = [(name, columns[name], *parsers[name]) for name in COLUMNS if name in columns]

    def check(self, n: int, cells: list[str]) -> CatalogRow | list[Problem]:
        """One row checked alone: the accepted row, or every problem it has."""
        if len(cells) > self.width:
            return [self.shifted(n, len(cells))]
        values: dict = {}
        problems: list[Problem] = []
        for name, i, parse, empty in self.fields:
            text = cells[i].strip() if i < len(cells) else ""
            if not text:
                if name in REQUIRED:
                    problems.append(Problem(n, name, f"the {name} is empty"))
                values[name] = empty
                continue
            try:
                values[name] = parse(text)
            except ValueError as exc:
                problems.append(Problem(n, name, str(exc)))
        if problems:
            return problems
        values["price_minor"] = values.pop("price")
        return CatalogRow(n, **values)

    def shifted(self, n: int, count: int) -> Problem:
        sep = ";" if self.rules.decimal_comma else ","
        return Problem(
            n,
            "",
            f"the row has {count} values but the header {self.width} columns: a {sep!r} inside a value "
            "must be quoted, and a price is written with a decimal point (1.5, not 1,5)",
        )

    @staticmethod
    def sku(text: str) -> str:
        if not SKU.match(text):
            raise ValueError(
                f"{text!r} is not a SKU: up to 40 letters, digits, '-', '_' or '.', starting with one of the first two"
            )
        return text

    def category(self, text: str) -> str:
        _text(text, 100, "category")
        if self.rules.categories is not None and text not in self.rules.categories:
            raise ValueError(f"category {text!r} is not in the hub's category list (storedesk-hub category list)")
        return text

    def tax_code(self, text: str) -> str:
        if text not in self.rules.tax_codes:
            known = ", ".join(sorted(self.rules.tax_codes)) or "none"
            raise ValueError(f"unknown tax code {text!r}: the known codes are {known}")
        return text

    @staticmethod
    def unit(text: str) -> str:
        if text.lower() not in UNITS:
            raise ValueError(f"unit {text!r} is not one of {', '.join(UNITS)}")
        return text.lower()

    @staticmethod
    def active(text: str) -> bool:
        if text.lower() not in _ACTIVE:
            raise ValueError(f"{text!r} is not 1 or 0 (or true/false, yes/no)")
        return _ACTIVE[text.lower()]

    def valid_from(self, text: str) -> str | None:
        """The local date-time of a later price; None when it has come (the price holds now)."""
        moment = valid_from(text)
        return local_text(moment) if moment > self.rules.now_local else None


def check_rows(
    rows: Iterable[tuple[int, list[str]]],
    columns: Mapping[str, int],
    rules: Rules,
    owners: Mapping[str, str],
    known_skus: Container[str] = (),
) -> Checked:
    """Every row of a file: each alone, then a SKU twice and a barcode on two products (in the
    file, or in the catalog: `owners` maps each barcode the catalog has to its SKU), and a later
    price of a product the catalog does not have (`known_skus`).

    A barcode may move from one product to another when the file also gives the first product's
    barcodes without it. Rows that take a barcode over come last in `accepted`, after the rows
    that give it up, so a station applying the changes in order never sees it on two products."""
    out = Checked()
    seen: dict[str, int] = {}  # sku -> row
    checker = RowChecker(columns, rules)
    for n, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # a blank line
        out.rows_read += 1
        checked = checker.check(n, cells)
        if isinstance(checked, list):
            out.problems.extend(checked)
        elif checked.sku in seen:
            out.problems.append(Problem(n, "sku", f"SKU {checked.sku} is already on row {seen[checked.sku]}"))
        elif checked.valid_from is not None and checked.sku not in known_skus:
            out.problems.append(Problem(n, "valid_from", _NEW_AND_LATER.format(sku=checked.sku)))
        else:
            seen[checked.sku] = n
            out.accepted.append(checked)
    _check_barcodes(out, owners)
    out.problems.sort(key=lambda p: (p.row, COLUMNS.index(p.column) if p.column in COLUMNS else -1))
    return out


def _check_barcodes(out: Checked, owners: Mapping[str, str]) -> None:
    claimed: dict[str, CatalogRow] = {}  # barcode -> the first accepted row giving it
    kept: list[CatalogRow] = []
    for row in out.accepted:
        clash = next((b for b in row.barcodes or () if b in claimed), None)
        if clash is not None:
            first = claimed[clash]
            out.problems.append(
                Problem(row.row, "barcodes", f"barcode {clash} is also on row {first.row} (SKU {first.sku})")
            )
            continue
        claimed.update((b, row) for b in row.barcodes or ())
        kept.append(row)
    # against the catalog, until no rejection frees or keeps a barcode anew (a row may rely on another)
    while True:
        by_sku = {r.sku: r for r in kept}
        bad = {r.sku: p for r in kept if (p := _catalog_clash(r, by_sku, owners)) is not None}
        if not bad:
            break
        out.problems.extend(bad.values())
        kept = [r for r in kept if r.sku not in bad]
    takes = {r.sku for r in kept if any(owners.get(b, r.sku) != r.sku for b in r.barcodes or ())}
    out.accepted = [r for r in kept if r.sku not in takes] + [r for r in kept if r.sku in takes]


def _catalog_clash(row: CatalogRow, by_sku: Mapping[str, CatalogRow], owners: Mapping[str, str]) -> Problem | None:
    for code in row.barcodes or ():
        owner = owners.get(code)
        if owner is None or owner == row.sku:
            continue
        other = by_sku.get(owner)
        if other is None or other.barcodes is None or code in other.barcodes:
            return Problem(row.row, "barcodes", f"barcode {code} already belongs to SKU {owner}")
    return None


@dataclass(frozen=True)
class Outcome:
    """What an import did (or, dry, would do): the summary both commands print and their exit code."""

    rows_read: int
    rejected_rows: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    scheduled: int = 0  # later prices (valid_from to come), among the rows imported

    @property
    def exit_code(self) -> int:
        """0 every row accepted, 1 some rejected (the rest imported); 2, the file unreadable, is a FileError."""
        return 1 if self.rejected_rows else 0

    def summary(self) -> str:
        accepted = self.rows_read - self.rejected_rows
        if self.dry_run:
            done = f"{accepted} would be imported ({self.created} new, {self.updated + self.unchanged} already known)"
        else:
            done = f"{accepted} imported ({self.created} new, {self.updated} changed, {self.unchanged} unchanged)"
        later = f", {self.scheduled} with a price from a later date" if self.scheduled else ""
        return f"{self.rows_read} rows read, {done}{later}, {self.rejected_rows} rejected" + (
            "; dry run: nothing was written" if self.dry_run else ""
        )


def report_csv(problems: Iterable[Problem]) -> str:
    """The report of rejected rows: a CSV with row, column, reason (a row may have several lines)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["row", "column", "reason"])
    w.writerows([p.row, p.column, p.reason] for p in problems)
    return buf.getvalue()


def report_lines(problems: list[Problem], shown: int = 50) -> list[str]:
    """The first rejected rows as lines for a terminal, when no report file was asked for."""
    lines = [
        f"row {p.row}, {p.column}: {p.reason}" if p.column else f"row {p.row}: {p.reason}" for p in problems[:shown]
    ]
    if len(problems) > shown:
        lines.append(f"... and {len(problems) - shown} more problems: --report FILE lists them all")
    return lines
